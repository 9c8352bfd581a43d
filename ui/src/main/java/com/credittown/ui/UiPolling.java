package com.credittown.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A page's one poll interval, shared by whoever needs it: the notification bell (always, slowly) and a page that
 * follows a job (a reindex, an import: every second while it runs). Each asks for an interval under its own key and
 * stops asking under it; the UI polls at the shortest interval still asked for, and not at all when nobody asks. So a
 * page that stops following its job no longer switches the bell's refresh off with {@code setPollInterval(-1)}.
 */
public final class UiPolling {

    private UiPolling() {
    }

    /** Asks the UI to poll at least every {@code millis} milliseconds for {@code who} (replacing its earlier ask). */
    public static void ask(UI ui, Object who, int millis) {
        if (millis <= 0) {
            stop(ui, who);
            return;
        }
        asks(ui).put(who, millis);
        apply(ui);
    }

    /** {@code who} no longer needs the UI to poll. */
    public static void stop(UI ui, Object who) {
        asks(ui).remove(who);
        apply(ui);
    }

    private static void apply(UI ui) {
        ui.setPollInterval(asks(ui).values().stream().mapToInt(Integer::intValue).min().orElse(-1));
    }

    @SuppressWarnings("unchecked")
    private static Map<Object, Integer> asks(UI ui) {
        Asks asks = ComponentUtil.getData(ui, Asks.class);
        if (asks == null) {
            asks = new Asks();
            ComponentUtil.setData(ui, Asks.class, asks);
        }
        return asks.byWho;
    }

    /** The asks of one UI (only touched under the session's lock, as the UI itself). */
    private static final class Asks {
        private final Map<Object, Integer> byWho = new IdentityHashMap<>();
    }
}
