package com.credittown.ui;

import com.credittown.platform.identity.AccessPolicy;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.ui.i18n.LanguageChoice;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;

/**
 * The frame of every page: the top bar (the platform's name, the demo notice, search, notifications, the user and the
 * language switch) and the drawer with the pages the user may open.
 */
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, com.credittown.demo.DemoDataset demo,
                      com.credittown.ui.notification.NotificationBells bells) {
        H1 title = new H1(getTranslation("app.title"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Anchor home = new Anchor("/", title);
        Button language = new Button(getTranslation("app.language"), e -> switchLanguage());
        language.setId("language-switch");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span user = new Span(CurrentUsers.current().map(CurrentUser::username).orElse(""));
        user.setId("current-user");
        Button logout = new Button(getTranslation("app.logout"), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setVisible(authentication.isAuthenticated());
        TextField search = new TextField();
        search.setId("global-search");
        search.setPlaceholder(getTranslation("search.placeholder"));
        search.setClearButtonVisible(true);
        search.setMaxLength(100);
        // the city office outside a tenant searches every tenant (route "search")
        boolean cityOffice = AccessPolicy.allows(Permission.CITY_OFFICE);
        search.addKeyPressListener(Key.ENTER, e -> UI.getCurrent().navigate(TenantContext.current()
                .map(tenant -> "tenants/" + tenant.code() + "/search").orElse("search"),
                QueryParameters.of("q", search.getValue())));
        search.setVisible(authentication.isAuthenticated() && (TenantContext.current().isPresent() || cityOffice));
        DrawerToggle menu = new DrawerToggle();
        menu.setId("nav-toggle");
        HorizontalLayout bar = new HorizontalLayout(menu, home, search);
        // the pages a user may open, in the drawer beside the page (a city office sees a dozen): the top bar keeps
        // the name, search, notifications and the user
        VerticalLayout nav = new VerticalLayout();
        nav.setId("main-nav");
        nav.setSpacing(false);
        nav.getStyle().set("gap", "var(--lumo-space-s)");
        // the demo city's notice (docs/demo.md): data marked （演示） is made up
        DemoNotice.of(demo).ifPresent(notice -> bar.addComponentAtIndex(2, notice));
        CITY_PAGES.forEach(page -> page.addTo(nav, ""));
        // officer workspace: the tenant's pages the user may open
        TenantContext.current().filter(tenant -> authentication.isAuthenticated())
                .ifPresent(tenant -> TENANT_PAGES.forEach(page -> page.addTo(nav, tenant.code())));
        // the signed-in user's unread notifications (铃铛), opening their notification page
        if (authentication.isAuthenticated() && CurrentUsers.current().isPresent()
                && AccessPolicy.allows(Permission.NOTIFICATIONS)) {
            bar.add(bells.bell("notifications"));
        }
        bar.add(user, language, logout);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(home);
        bar.getStyle().set("padding", "0 var(--lumo-space-m)");
        addToNavbar(bar);
        addToDrawer(nav);
        // nothing to open (an anonymous visitor, a merchant outside the portal): no empty drawer
        boolean anyPage = nav.getChildren().anyMatch(Component::isVisible);
        setDrawerOpened(anyPage);
        menu.setVisible(anyPage);
    }

    /**
     * A page in the drawer: its path ({@code {tenant}} stands for the tenant's code), the key of its label, the link's
     * element id (the browser tests find the links by it), the permission it needs ({@code null}: every signed-in user
     * of the tenant) and whether the city office, which has its own city-wide page for it, does without it.
     */
    private record PageLink(String path, String labelKey, String id, Permission permission, boolean townsOnly) {

        static PageLink of(String path, String labelKey, String id, Permission permission) {
            return new PageLink(path, labelKey, id, permission, false);
        }

        static PageLink townsOnly(String path, String labelKey, String id, Permission permission) {
            return new PageLink(path, labelKey, id, permission, true);
        }

        void addTo(VerticalLayout nav, String tenant) {
            if (permission != null && !AccessPolicy.allows(permission)) {
                return;
            }
            if (townsOnly && CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(false)) {
                return;
            }
            Anchor link = new Anchor(path.replace("{tenant}", tenant), nav.getTranslation(labelKey));
            link.setId(id);
            nav.add(link);
        }
    }

    /** The city office's pages, in the drawer's order. */
    private static final Permission CITY_OFFICE = Permission.CITY_OFFICE;

    private static final List<PageLink> CITY_PAGES = List.of(
            // the dashboard (驾驶舱): all tenants side by side
            PageLink.of("city/dashboard", "city.dashboard.nav", "nav-city-dashboard", CITY_OFFICE),
            // the key-task ledger (重点任务) and supervision (督办)
            PageLink.of("city/key-tasks", "keytask.city.nav", "nav-city-key-tasks", CITY_OFFICE),
            PageLink.of("city/supervision", "supervision.nav", "nav-city-supervision", CITY_OFFICE),
            // the severe-dishonesty list (严重失信主体名单): every town's proposals, decisions, removals
            PageLink.of("city/severe-list", "severeList.nav", "nav-city-severe-list", CITY_OFFICE),
            // objections (异议申诉) of every town, overdue ones marked
            PageLink.of("city/objections", "objection.city.nav", "nav-city-objections", CITY_OFFICE),
            // every town's governance ledger (plan (四)) and graded inspection plans (plan (十八)), read only
            PageLink.of("city/governance-ledger", "governance.city.nav", "nav-city-governance-ledger", CITY_OFFICE),
            PageLink.of("city/inspection-plans", "inspection.city.nav", "nav-city-inspection-plans", CITY_OFFICE),
            // the catalogue of credit measures (信用措施清单): draft, review, put in use, withdraw
            PageLink.of("city/credit-measures", "measure.nav", "nav-city-credit-measures", CITY_OFFICE),
            // the clean-up report of unified social credit codes (重错码清理, plan (二)) of every town
            PageLink.of("city/code-cleanup", "cleanup.city.nav", "nav-city-code-cleanup", CITY_OFFICE),
            // every tenant's audit chain and entries (审计)
            PageLink.of("city/audit", "audit.city.nav", "nav-city-audit", CITY_OFFICE),
            // the search index (搜索索引): progress of a full reindex, and starting one
            PageLink.of("city/search-index", "reindex.nav", "nav-city-search-index", CITY_OFFICE));

    /** A tenant's pages, in the drawer's order, each for those its permission admits. */
    private static final List<PageLink> TENANT_PAGES = List.of(
            // the tenant's inbox
            PageLink.of("tenants/{tenant}/tasks", "nav.tasks", "nav-tasks", null),
            PageLink.of("tenants/{tenant}/designer", "nav.designer", "nav-designer", Permission.DESIGN_READ),
            // the key tasks from the city office, for its officers and administrators
            PageLink.of("tenants/{tenant}/key-tasks", "keytask.nav", "nav-key-tasks", Permission.KEY_TASK_UPDATE),
            // the severe-dishonesty list: the town's proposals and who is on the list
            PageLink.of("tenants/{tenant}/severe-list", "severeList.nav", "nav-severe-list",
                    Permission.SEVERE_LIST_READ),
            // the credit measures in use: apply one to a subject, report its effect
            PageLink.townsOnly("tenants/{tenant}/credit-measures", "measure.nav", "nav-credit-measures",
                    Permission.MEASURE_READ),
            // the 双公示 import (licences and penalties) with its progress and error rows
            PageLink.of("tenants/{tenant}/imports", "imports.nav", "nav-imports", Permission.IMPORT),
            // the town's governance ledger (plan (四)) and graded inspection plans (plan (十八))
            PageLink.of("tenants/{tenant}/governance-ledger", "governance.nav", "nav-governance-ledger",
                    Permission.GOVERNANCE_LEDGER),
            PageLink.of("tenants/{tenant}/inspection-plans", "inspection.nav", "nav-inspection-plans",
                    Permission.INSPECTION_PLAN),
            PageLink.of("tenants/{tenant}/sampling-ratios", "sampling.nav", "nav-sampling-ratios",
                    Permission.INSPECTION_PLAN),
            // objections (异议申诉) to the town's records, and those it raised on a subject's behalf
            PageLink.of("tenants/{tenant}/objections", "objection.nav", "nav-objections", Permission.OBJECTION_EXAMINE),
            // the town's part of the code clean-up report (重错码清理, plan (二))
            PageLink.of("tenants/{tenant}/code-cleanup", "cleanup.nav", "nav-code-cleanup", Permission.CODE_CLEANUP_READ),
            // the tenant's settings, for the administrator and the city office
            PageLink.of("tenants/{tenant}/settings", "nav.settings", "nav-settings", Permission.SETTINGS_READ),
            // the tenant's audit log (审计日志) for its administrator
            PageLink.townsOnly("tenants/{tenant}/audit", "audit.nav", "nav-audit", Permission.AUDIT_READ));

    private static void switchLanguage() {
        LanguageChoice.toggle();
    }
}
