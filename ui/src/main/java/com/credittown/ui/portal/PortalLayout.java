package com.credittown.ui.portal;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.ui.i18n.LanguageSwitch;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The merchant portal's frame, narrow enough for a phone: the home link, the language switch and logout. */
public class PortalLayout extends AppLayout {

    public PortalLayout(AuthenticationContext authentication, com.credittown.demo.DemoDataset demo,
                        com.credittown.ui.notification.NotificationBells bells) {
        String tenant = CurrentUsers.current().flatMap(CurrentUser::tenant).map(t -> t.code()).orElse("");
        Anchor home = new Anchor("/tenants/" + tenant + "/merchant", getTranslation("portal.title"));
        home.setId("portal-home-link");
        home.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");
        Span user = new Span(CurrentUsers.current().map(CurrentUser::username).orElse(""));
        user.setId("current-user");
        user.getStyle().set("font-size", "var(--lumo-font-size-s)");
        Button logout = new Button(getTranslation("app.logout"), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(home, user, new LanguageSwitch(), logout);
        // the merchant's unread notifications (铃铛), opening the portal's notification page
        if (com.credittown.platform.identity.AccessPolicy.allows(
                com.credittown.platform.identity.Permission.NOTIFICATIONS)) {
            bar.addComponentAtIndex(1, bells.bell("/tenants/" + tenant + "/merchant/notifications"));
        }
        com.credittown.ui.DemoNotice.of(demo).ifPresent(notice -> bar.addComponentAtIndex(1, notice));
        bar.setWidthFull();
        bar.setSpacing(false);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(home);
        bar.getStyle().set("padding", "0 var(--lumo-space-s)").set("flex-wrap", "wrap");
        addToNavbar(bar);
    }
}
