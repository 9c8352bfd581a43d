package com.credittown.ui.supervision;

import com.credittown.platform.identity.Permission;
import com.credittown.ui.security.PagePermission;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.ui.error.PageActions;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.ui.MainLayout;
import com.credittown.workflows.supervision.NewSupervision;
import com.credittown.workflows.supervision.SupervisionKind;
import com.credittown.workflows.supervision.SupervisionService;
import com.credittown.workflows.supervision.SupervisionView;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The city office's notices, supervision requests and interview reminders (通知、督办、约谈提醒): a form to send one
 * to a tenant (it lands in the tenant's inbox), and every sent notice with its status, the handling report and a
 * link to its case.
 */
@Route(value = "city/supervision", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.CITY_OFFICE)
public class CitySupervisionView extends VerticalLayout implements HasDynamicTitle {

    private final DisplayNames names;
    private final SupervisionService supervision;
    private final Grid<SupervisionView> grid = new Grid<>();
    private final Select<Tenant> tenant = new Select<>();
    private final Select<SupervisionKind> kind = new Select<>();
    private final TextField title = new TextField();
    private final TextArea text = new TextArea();
    private final IntegerField workingDays = new IntegerField();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public CitySupervisionView(SupervisionService supervision, TenantDirectory directory, DisplayNames names) {
        this.names = names;
        this.supervision = supervision;
        setWidthFull();
        tenant.setId("supervision-tenant");
        tenant.setLabel(getTranslation("supervision.field.tenant"));
        tenant.setItems(directory.all());
        tenant.setItemLabelGenerator(t -> t.name(getLocale()) + " (" + t.id().code() + ")");
        kind.setId("supervision-kind");
        kind.setLabel(getTranslation("supervision.field.kind"));
        kind.setItems(SupervisionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("supervision.kind." + k.name()));
        title.setId("supervision-title");
        title.setLabel(getTranslation("supervision.field.title"));
        title.setMaxLength(200);
        text.setId("supervision-text");
        text.setLabel(getTranslation("supervision.field.text"));
        text.setMaxLength(4000);
        workingDays.setId("supervision-working-days");
        workingDays.setLabel(getTranslation("supervision.field.workingDays"));
        fields.put("tenant", tenant);
        fields.put("kind", kind);
        fields.put("title", title);
        fields.put("text", text);
        fields.put("workingDays", workingDays);
        Button send = new Button(getTranslation("supervision.send"), e -> send());
        send.setId("supervision-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(tenant, kind, title, workingDays, text);
        configureGrid();
        add(new H2(getTranslation("supervision.title")), form, send, new H3(getTranslation("supervision.sent")),
                grid);
        refresh();
    }

    private void send() {
        if (PageActions.run(this, fields, () -> supervision.send(new NewSupervision(
                tenant.getValue() == null ? null : tenant.getValue().id().code(),
                kind.getValue() == null ? null : kind.getValue().name(), title.getValue(), text.getValue(),
                workingDays.getValue()), CurrentUsers.actor()), "supervision.sentOk")) {
            title.clear();
            text.clear();
            refresh();
        }
    }

    private void configureGrid() {
        grid.setId("supervision-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(SupervisionView::sentOn).setHeader(getTranslation("supervision.col.sentOn"))
                .setAutoWidth(true);
        grid.addColumn(n -> names.tenant(n.tenant())).setHeader(getTranslation("supervision.field.tenant"))
                .setAutoWidth(true);
        grid.addColumn(n -> getTranslation("supervision.kind." + n.kind().name()))
                .setHeader(getTranslation("supervision.field.kind")).setAutoWidth(true);
        grid.addColumn(SupervisionView::title).setHeader(getTranslation("supervision.field.title"))
                .setAutoWidth(true);
        grid.addColumn(SupervisionView::dueDate).setHeader(getTranslation("supervision.col.dueDate"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setHeader(getTranslation("supervision.col.status")).setAutoWidth(true);
        grid.addColumn(SupervisionView::handledOn).setHeader(getTranslation("supervision.col.handledOn"))
                .setAutoWidth(true);
        grid.addComponentColumn(n -> {
            Span report = new Span(n.report() == null ? "" : n.report()
                    + (n.contact() == null ? "" : " (" + n.contact() + ")"));
            report.setId("report-" + n.id());
            return report;
        }).setHeader(getTranslation("supervision.col.report")).setFlexGrow(1);
        grid.addComponentColumn(n -> {
            Anchor open = new Anchor();
            if (n.caseId() != null) {
                open.setHref("tenants/" + n.tenant() + "/cases/" + n.caseId());
                open.setText(getTranslation("supervision.openCase"));
            }
            open.setId("case-" + n.id());
            return open;
        }).setAutoWidth(true);
    }

    private Span status(SupervisionView notice) {
        Span badge = new Span(getTranslation("supervision.status." + notice.status().name()));
        badge.setId("status-" + notice.id());
        badge.addClassName("supervision-status");
        badge.getElement().setAttribute("data-status", notice.status().name());
        badge.getElement().setAttribute("data-tenant", notice.tenant());
        badge.getElement().setAttribute("data-title", notice.title());
        String colour = switch (notice.status()) {
            case OPEN_OVERDUE -> "var(--lumo-error-color)";
            case HANDLED_ON_TIME -> "var(--lumo-success-color)";
            case HANDLED_LATE -> "#b26b00";
            case SENT -> "var(--lumo-body-text-color)";
        };
        badge.getStyle().set("color", colour).set("font-weight", "600");
        return badge;
    }

    private void refresh() {
        grid.setItems(supervision.sent(null));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("supervision.title");
    }
}
