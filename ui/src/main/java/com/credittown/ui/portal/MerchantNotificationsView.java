package com.credittown.ui.portal;

import com.credittown.platform.identity.Permission;
import com.credittown.platform.notification.NotificationInbox;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.notification.NotificationList;
import com.credittown.ui.security.PagePermission;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;

/** The merchant's notifications in the portal, opened from the bell: one about a case leads to "my cases". */
@Route(value = "tenants/:tenant/merchant/notifications", layout = PortalLayout.class)
@PermitAll
@PagePermission(Permission.NOTIFICATIONS)
public class MerchantNotificationsView extends PortalPage {

    private final NotificationInbox inbox;
    private final DisplayNames names;

    public MerchantNotificationsView(NotificationInbox inbox, DisplayNames names) {
        this.inbox = inbox;
        this.names = names;
    }

    @Override
    protected void show() {
        removeAll();
        add(new NotificationList(inbox, names, entry -> Optional.of("tenants/" + tenant
                + (entry.caseId() != null ? "/merchant/cases" : "/merchant"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
