package com.credittown.ui.notification;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.notification.NotificationEntry;
import com.credittown.platform.notification.NotificationInbox;
import com.credittown.ui.MainLayout;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.security.PagePermission;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/**
 * The notification page of officers, reviewers, administrators and the city office (我的通知), opened from the bell: a
 * notification leads to the case it is about, a key-task reminder to the key tasks, any other to the inbox.
 */
@Route(value = "notifications", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.NOTIFICATIONS)
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    public NotificationsView(NotificationInbox inbox, DisplayNames names) {
        boolean cityOffice = CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(false);
        add(new NotificationList(inbox, names, entry -> target(entry, cityOffice)));
    }

    static Optional<String> target(NotificationEntry entry, boolean cityOffice) {
        if (entry.aboutKeyTask()) {
            return Optional.of(cityOffice ? "city/key-tasks" : "tenants/" + entry.tenant() + "/key-tasks");
        }
        if (entry.caseId() != null) {
            return Optional.of("tenants/" + entry.tenant() + "/cases/" + entry.caseId());
        }
        return Optional.of("tenants/" + entry.tenant() + "/tasks");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
