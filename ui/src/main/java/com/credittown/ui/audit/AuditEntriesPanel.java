package com.credittown.ui.audit;

import com.credittown.platform.audit.AuditFilter;
import com.credittown.platform.audit.AuditRow;
import com.credittown.platform.audit.AuditTrail;
import com.credittown.platform.audit.ChainedEntry;
import com.credittown.platform.time.PlatformClock;
import com.credittown.ui.i18n.DisplayNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Supplier;

/**
 * The audit entries of one chain (an administrator's tenant) or of every chain (the city office, with a tenant
 * choice): filters by subject, case, user and period, newest first, each row with its position in its chain.
 */
class AuditEntriesPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(PlatformClock.CITY_ZONE);

    private final AuditTrail trail;
    private final Supplier<String> tenant;
    private final ComboBox<String> subjectType = new ComboBox<>();
    private final TextField subjectId = new TextField();
    private final TextField caseId = new TextField();
    private final TextField actor = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditRow> entries = new Grid<>();
    private final Paragraph count = new Paragraph();

    /**
     * @param tenant the chain to read: the administrator's tenant, or what the city office chose (null: every chain)
     */
    AuditEntriesPanel(AuditTrail trail, DisplayNames names, Supplier<String> tenant) {
        this.trail = trail;
        this.tenant = tenant;
        subjectType.setId("audit-subject-type");
        subjectType.setLabel(getTranslation("audit.filter.subjectType"));
        subjectType.setClearButtonVisible(true);
        subjectId.setId("audit-subject-id");
        subjectId.setLabel(getTranslation("audit.filter.subjectId"));
        subjectId.setMaxLength(100);
        subjectId.setClearButtonVisible(true);
        caseId.setId("audit-case-id");
        caseId.setLabel(getTranslation("audit.filter.caseId"));
        caseId.setMaxLength(100);
        caseId.setClearButtonVisible(true);
        actor.setId("audit-actor");
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setMaxLength(100);
        actor.setClearButtonVisible(true);
        from.setId("audit-from");
        from.setLabel(getTranslation("audit.filter.from"));
        to.setId("audit-to");
        to.setLabel(getTranslation("audit.filter.to"));
        Button search = new Button(getTranslation("audit.filter.search"), e -> reload());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(subjectType, subjectId, caseId, actor, from, to, search);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        entries.setId("audit-entries");
        entries.addColumn(row -> WHEN.format(row.occurredAt())).setHeader(getTranslation("audit.col.at"))
                .setAutoWidth(true);
        entries.addColumn(row -> ChainedEntry.CITY.equals(row.chain()) ? getTranslation("audit.cityLevel")
                : names.tenant(row.tenant())).setHeader(getTranslation("audit.col.tenant")).setAutoWidth(true);
        entries.addColumn(AuditRow::seq).setHeader(getTranslation("audit.col.position")).setAutoWidth(true);
        entries.addColumn(AuditRow::actor).setHeader(getTranslation("audit.col.actor")).setAutoWidth(true);
        entries.addColumn(AuditRow::action).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        entries.addColumn(row -> row.subjectType() + " " + row.subjectId()).setHeader(getTranslation("audit.col.subject"))
                .setAutoWidth(true);
        entries.addColumn(AuditRow::detail).setHeader(getTranslation("audit.col.detail")).setFlexGrow(1);
        entries.setClassNameGenerator(row -> "audit-row");
        entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        count.setId("audit-count");
        add(filters, count, entries);
        setPadding(false);
    }

    /** Reads the entries again with the current filters (and the subject types of the chosen chain). */
    void reload() {
        String chosen = tenant.get();
        List<String> types = trail.subjectTypes(chosen);
        String type = subjectType.getValue();
        subjectType.setItems(types);
        subjectType.setValue(types.contains(type) ? type : null);
        List<AuditRow> found = trail.search(new AuditFilter(chosen, subjectType.getValue(), subjectId.getValue(),
                caseId.getValue(), actor.getValue(), from.getValue(), to.getValue()));
        entries.setItems(found);
        count.setText(found.size() >= AuditTrail.MAX_ROWS
                ? getTranslation("audit.count.max", AuditTrail.MAX_ROWS)
                : getTranslation("audit.count", found.size()));
    }
}
