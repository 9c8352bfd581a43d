package com.credittown.ui.notification;

import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.notification.NotificationInbox;
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
 * else's), linking to their notification page. Counts again on every navigation and when a page marks some read.
 */
public class NotificationBell extends Anchor implements AfterNavigationObserver {

    private final NotificationInbox inbox;
    private final Span count = new Span();
    private Registration marked;

    public NotificationBell(NotificationInbox inbox, String notificationPage) {
        super(notificationPage);
        this.inbox = inbox;
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
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (marked != null) {
            marked.remove();
            marked = null;
        }
        super.onDetach(event);
    }
}
