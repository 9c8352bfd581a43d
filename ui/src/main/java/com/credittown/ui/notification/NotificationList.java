package com.credittown.ui.notification;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.notification.NotificationEntry;
import com.credittown.platform.notification.NotificationInbox;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.NotFoundException;
import com.credittown.ui.i18n.DisplayNames;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The user's notifications, newest first: unread ones marked, each with what it is about (opening it marks it read) and
 * a button to mark it read, and one to mark all read. Shared by the officers' page and the merchant portal's; where a
 * notification leads is the page's rule.
 */
public class NotificationList extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.CITY_ZONE);

    private final NotificationInbox inbox;
    private final DisplayNames names;
    private final Function<NotificationEntry, Optional<String>> target;
    private final CurrentUser user;
    private final Div entries = new Div();
    private final Button markAll = new Button();

    public NotificationList(NotificationInbox inbox, DisplayNames names,
                            Function<NotificationEntry, Optional<String>> target) {
        this.inbox = inbox;
        this.names = names;
        this.target = target;
        this.user = CurrentUsers.current().orElseThrow();
        setPadding(false);
        markAll.setText(getTranslation("notification.markAll"));
        markAll.setId("notifications-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
        markAll.addClickListener(e -> {
            inbox.markAllRead(user);
            changed();
        });
        HorizontalLayout top = new HorizontalLayout(new H2(getTranslation("notification.title")), markAll);
        top.setAlignItems(Alignment.BASELINE);
        entries.setId("notifications");
        entries.setWidthFull();
        add(top, entries);
        show();
    }

    private void show() {
        entries.removeAll();
        List<NotificationEntry> latest = inbox.latest(user);
        if (latest.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("notification.none"));
            none.setId("notifications-none");
            entries.add(none);
        }
        latest.forEach(entry -> entries.add(card(entry)));
        markAll.setEnabled(latest.stream().anyMatch(NotificationEntry::unread));
    }

    private Div card(NotificationEntry entry) {
        Div card = new Div();
        card.addClassName("notification-entry");
        card.getElement().setAttribute("data-id", String.valueOf(entry.id()));
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)")
                .set("border-left", "4px solid " + (entry.unread() ? "var(--lumo-primary-color)" : "var(--lumo-contrast-20pct)"))
                .set("background", entry.unread() ? "var(--lumo-primary-color-10pct)" : "transparent");
        Span kind = new Span(getTranslation("notification.kind." + entry.kind().name()));
        kind.getElement().getThemeList().add(entry.unread() ? "badge primary" : "badge contrast");
        Span title = new Span(entry.title());
        title.addClassName("notification-title");
        title.getStyle().set("font-weight", entry.unread() ? "600" : "normal").set("margin", "0 var(--lumo-space-s)");
        HorizontalLayout line = new HorizontalLayout(kind, title);
        line.setAlignItems(Alignment.BASELINE);
        line.setSpacing(false);
        if (entry.unread()) {
            card.addClassName("unread");
            Span unread = new Span(getTranslation("notification.unread"));
            unread.addClassName("notification-unread");
            unread.getElement().getThemeList().add("badge error small");
            line.add(unread);
        }
        StringBuilder when = new StringBuilder(getTranslation("notification.at", format(entry.createdAt())));
        if (entry.dueAt() != null) {
            when.append(" · ").append(getTranslation("notification.due", format(entry.dueAt())));
        }
        if (user.isCityOffice()) {
            when.append(" · ").append(names.tenant(entry.tenant()));
        }
        Span details = new Span(when.toString());
        details.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        target.apply(entry).ifPresent(href -> {
            Button open = new Button(getTranslation(entry.caseId() != null ? "notification.openCase"
                    : "notification.open"), e -> open(entry, href));
            open.addClassName("notification-open");
            open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(open);
        });
        if (entry.unread()) {
            Button read = new Button(getTranslation("notification.markRead"), e -> markRead(entry));
            read.addClassName("notification-mark-read");
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(read);
        }
        card.add(line, details, actions);
        return card;
    }

    private void open(NotificationEntry entry, String href) {
        if (entry.unread()) {
            markRead(entry);
        }
        UI.getCurrent().navigate(href);
    }

    private void markRead(NotificationEntry entry) {
        try {
            inbox.markRead(user, entry.id());
        } catch (NotFoundException gone) {
            // gone meanwhile (not the user's any more): the list below is read again
        }
        changed();
    }

    private void changed() {
        show();
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new UnreadChanged(ui));
    }

    private static String format(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
