package com.credittown.ui.notification;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.notification.NotificationInbox;
import com.credittown.ui.UiPolling;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;

/**
 * The frame's bell: the signed-in user's unread notifications ({@link NotificationInbox}: their own, never anyone
 * else's), linking to their notification page. Counts again on every navigation, when a page marks some read, and at
 * every poll of the page: the bell asks the page to poll every {@code refreshMillis} ({@link UiPolling}), so a new
 * notification shows while the page stays open. Polling rather than server push: the count is read from the shared
 * database, so a notification written on another node (or by the deadline job, wherever it ran) shows too, and no
 * WebSocket has to pass the load balancer (docs/reliability.md).
 */
public class NotificationBell extends Anchor implements AfterNavigationObserver {

    private final NotificationInbox inbox;
    private final Span count = new Span();
    private final int refreshMillis;
    private Registration marked;
    private Registration polled;

    NotificationBell(NotificationInbox inbox, String notificationPage, int refreshMillis) {
        super(notificationPage);
        this.inbox = inbox;
        this.refreshMillis = refreshMillis;
        setId("notification-bell");
        count.setId("notification-count");
        count.getElement().getThemeList().add("badge error primary pill small");
        add(VaadinIcon.BELL.create(), count);
        getStyle().set("display", "inline-flex").set("align-items", "center").set("gap", "2px")
                .set("padding", "0 var(--lumo-space-s)");
        refresh();
    }

    /** Counts the user's unread notifications again. */
    public void refresh() {
        long unread = CurrentUsers.current().map(inbox::unread).orElse(0L);
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        getElement().setAttribute("data-unread", String.valueOf(unread));
        String label = getTranslation("notification.bell", unread);
        getElement().setAttribute("aria-label", label);
        getElement().setAttribute("title", label);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        marked = ComponentUtil.addListener(event.getUI(), UnreadChanged.class, changed -> refresh());
        polled = event.getUI().addPollListener(poll -> refresh());
        UiPolling.ask(event.getUI(), this, refreshMillis);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (marked != null) {
            marked.remove();
            marked = null;
        }
        if (polled != null) {
            polled.remove();
            polled = null;
        }
        UiPolling.stop(event.getUI(), this);
        super.onDetach(event);
    }
}
