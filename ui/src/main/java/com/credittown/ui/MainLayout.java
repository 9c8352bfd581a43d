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
        // the city office's dashboard (驾驶舱): all tenants side by side
        Anchor dashboard = new Anchor("city/dashboard", getTranslation("city.dashboard.nav"));
        dashboard.setId("nav-city-dashboard");
        dashboard.setVisible(cityOffice);
        DrawerToggle menu = new DrawerToggle();
        menu.setId("nav-toggle");
        HorizontalLayout bar = new HorizontalLayout(menu, home, search);
        // the pages a user may open, in the drawer beside the page (a city office sees a dozen): the top bar keeps
        // the name, search, notifications and the user
        VerticalLayout nav = new VerticalLayout(dashboard);
        nav.setId("main-nav");
        nav.setSpacing(false);
        nav.getStyle().set("gap", "var(--lumo-space-s)");
        // the demo city's notice (docs/demo.md): data marked （演示） is made up
        DemoNotice.of(demo).ifPresent(notice -> bar.addComponentAtIndex(2, notice));
        // the city office's key-task ledger (重点任务) and supervision (督办)
        if (cityOffice) {
            Anchor cityKeyTasks = new Anchor("city/key-tasks", getTranslation("keytask.city.nav"));
            cityKeyTasks.setId("nav-city-key-tasks");
            Anchor citySupervision = new Anchor("city/supervision", getTranslation("supervision.nav"));
            citySupervision.setId("nav-city-supervision");
            // every tenant's audit chain and entries (审计)
            Anchor cityAudit = new Anchor("city/audit", getTranslation("audit.city.nav"));
            cityAudit.setId("nav-city-audit");
            // the severe-dishonesty list (严重失信主体名单): every town's proposals, decisions, removals
            Anchor citySevereList = new Anchor("city/severe-list", getTranslation("severeList.nav"));
            citySevereList.setId("nav-city-severe-list");
            // the catalogue of credit measures (信用措施清单): draft, review, put in use, withdraw
            Anchor cityMeasures = new Anchor("city/credit-measures", getTranslation("measure.nav"));
            cityMeasures.setId("nav-city-credit-measures");
            // the search index (搜索索引): progress of a full reindex, and starting one
            Anchor searchIndex = new Anchor("city/search-index", getTranslation("reindex.nav"));
            searchIndex.setId("nav-city-search-index");
            // every town's governance ledger (plan (四)) and graded inspection plans (plan (十八)), read only
            Anchor cityGovernance = new Anchor("city/governance-ledger", getTranslation("governance.city.nav"));
            cityGovernance.setId("nav-city-governance-ledger");
            Anchor cityInspections = new Anchor("city/inspection-plans", getTranslation("inspection.city.nav"));
            cityInspections.setId("nav-city-inspection-plans");
            // objections (异议申诉) of every town, overdue ones marked
            Anchor cityObjections = new Anchor("city/objections", getTranslation("objection.city.nav"));
            cityObjections.setId("nav-city-objections");
            nav.add(cityKeyTasks, citySupervision, citySevereList, cityObjections, cityGovernance, cityInspections,
                    cityMeasures, cityAudit, searchIndex);
        }
        // officer workspace: the tenant's inbox, and its settings for the administrator and the city office
        TenantContext.current().filter(tenant -> authentication.isAuthenticated()).ifPresent(tenant -> {
            Anchor inbox = new Anchor("tenants/" + tenant.code() + "/tasks", getTranslation("nav.tasks"));
            inbox.setId("nav-tasks");
            nav.add(inbox);
            boolean mayDesign = AccessPolicy.allows(Permission.DESIGN_READ);
            if (mayDesign) {
                Anchor designer = new Anchor("tenants/" + tenant.code() + "/designer", getTranslation("nav.designer"));
                designer.setId("nav-designer");
                nav.add(designer);
            }
            // the tenant's key tasks from the city office, for its officers and administrators
            boolean keepsKeyTasks = AccessPolicy.allows(Permission.KEY_TASK_UPDATE);
            if (keepsKeyTasks) {
                Anchor keyTasks = new Anchor("tenants/" + tenant.code() + "/key-tasks", getTranslation("keytask.nav"));
                keyTasks.setId("nav-key-tasks");
                nav.add(keyTasks);
            }
            // the severe-dishonesty list: the town's proposals and who is on the list
            if (AccessPolicy.allows(Permission.SEVERE_LIST_READ)) {
                Anchor severeList = new Anchor("tenants/" + tenant.code() + "/severe-list",
                        getTranslation("severeList.nav"));
                severeList.setId("nav-severe-list");
                nav.add(severeList);
            }
            // the credit measures in use: apply one to a subject, report its effect
            if (AccessPolicy.allows(Permission.MEASURE_READ) && !CurrentUsers.current()
                    .map(u -> u.isCityOffice()).orElse(false)) {
                Anchor measures = new Anchor("tenants/" + tenant.code() + "/credit-measures",
                        getTranslation("measure.nav"));
                measures.setId("nav-credit-measures");
                nav.add(measures);
            }
            // the 双公示 import (licences and penalties) with its progress and error rows
            if (AccessPolicy.allows(Permission.IMPORT)) {
                Anchor imports = new Anchor("tenants/" + tenant.code() + "/imports", getTranslation("imports.nav"));
                imports.setId("nav-imports");
                nav.add(imports);
            }
            // the town's governance ledger (plan (四)) and graded inspection plans (plan (十八))
            if (AccessPolicy.allows(Permission.GOVERNANCE_LEDGER)) {
                Anchor governance = new Anchor("tenants/" + tenant.code() + "/governance-ledger",
                        getTranslation("governance.nav"));
                governance.setId("nav-governance-ledger");
                nav.add(governance);
            }
            if (AccessPolicy.allows(Permission.INSPECTION_PLAN)) {
                Anchor inspections = new Anchor("tenants/" + tenant.code() + "/inspection-plans",
                        getTranslation("inspection.nav"));
                inspections.setId("nav-inspection-plans");
                nav.add(inspections);
            }
            // objections (异议申诉) to the town's records, and those it raised on a subject's behalf
            if (AccessPolicy.allows(Permission.OBJECTION_EXAMINE)) {
                Anchor objectionsNav = new Anchor("tenants/" + tenant.code() + "/objections",
                        getTranslation("objection.nav"));
                objectionsNav.setId("nav-objections");
                nav.add(objectionsNav);
            }
            boolean mayOpenSettings = AccessPolicy.allows(Permission.SETTINGS_READ);
            if (mayOpenSettings) {
                Anchor settings = new Anchor("tenants/" + tenant.code() + "/settings", getTranslation("nav.settings"));
                settings.setId("nav-settings");
                nav.add(settings);
            }
            // the tenant's audit log (审计日志) for its administrator
            boolean administers = CurrentUsers.current().map(u -> !u.isCityOffice()
                    && u.has(com.credittown.platform.identity.Roles.ADMINISTRATOR)).orElse(false);
            if (administers) {
                Anchor audit = new Anchor("tenants/" + tenant.code() + "/audit", getTranslation("audit.nav"));
                audit.setId("nav-audit");
                nav.add(audit);
            }
        });
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

    private static void switchLanguage() {
        LanguageChoice.toggle();
    }
}
