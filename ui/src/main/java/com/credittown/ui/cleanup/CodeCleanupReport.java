package com.credittown.ui.cleanup;

import com.credittown.platform.credit.cleanup.CleanupItemView;
import com.credittown.platform.credit.cleanup.CleanupKind;
import com.credittown.platform.credit.cleanup.CleanupStatus;
import com.credittown.platform.credit.cleanup.CodeCleanup;
import com.credittown.platform.credit.cleanup.Finding;
import com.credittown.ui.error.PageActions;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.workflows.cleanup.CodeCleanupSpreadsheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clean-up report's page as the city office and a town read it (统一社会信用代码重错码清理, plan (二)): filters by kind
 * and status, the items with their findings, detecting again, the .xlsx export, and the form to work an item the
 * reader owns (已核实更正, 确认无误, 转数源单位, with a note). What is listed and who may work what is the service's rule.
 */
abstract class CodeCleanupReport extends VerticalLayout implements HasDynamicTitle {

    protected final CodeCleanup cleanup;
    protected final DisplayNames names;
    protected final Select<CleanupKind> kind = new Select<>();
    protected final Select<CleanupStatus> status = new Select<>();
    private final Grid<CleanupItemView> grid = new Grid<>();
    private final Grid<Finding> findings = new Grid<>();
    private final Span itemInfo = new Span();
    private final VerticalLayout detail = new VerticalLayout();
    private final Select<CleanupStatus> outcome = new Select<>();
    private final TextArea note = new TextArea();
    private final Button workButton = new Button();
    private final HorizontalLayout download = new HorizontalLayout();
    private CleanupItemView selected;

    CodeCleanupReport(CodeCleanup cleanup, DisplayNames names, String titleKey, String helpKey) {
        this.cleanup = cleanup;
        this.names = names;
        setWidthFull();
        kind.setId("cleanup-kind-filter");
        kind.setLabel(getTranslation("cleanup.col.kind"));
        kind.setItems(CleanupKind.values());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("cleanup.all"));
        kind.setItemLabelGenerator(k -> k == null ? getTranslation("cleanup.all")
                : getTranslation("cleanup.kind." + k.name()));
        kind.addValueChangeListener(e -> refresh());
        status.setId("cleanup-status-filter");
        status.setLabel(getTranslation("cleanup.col.status"));
        status.setItems(CleanupStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("cleanup.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("cleanup.all")
                : getTranslation("cleanup.status." + s.name()));
        status.addValueChangeListener(e -> refresh());
        Button detect = new Button(getTranslation("cleanup.detect"), e -> detect());
        detect.setId("cleanup-detect");
        detect.setVisible(mayDetect());

        grid.setId("cleanup-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(CleanupItemView::id).setHeader("#").setAutoWidth(true);
        grid.addColumn(i -> i.ownerTenant() == null ? getTranslation("cleanup.cityOwned") : names.tenant(i.ownerTenant()))
                .setHeader(getTranslation("cleanup.col.owner")).setAutoWidth(true);
        grid.addColumn(i -> getTranslation("cleanup.kind." + i.kind().name()))
                .setHeader(getTranslation("cleanup.col.kind")).setAutoWidth(true);
        grid.addColumn(this::group).setHeader(getTranslation("cleanup.col.group")).setAutoWidth(true);
        grid.addColumn(i -> i.findings().stream().map(Finding::value).limit(3).reduce((a, b) -> a + "、" + b)
                .orElse("") + (i.distinctValues() > 3 ? " …" : ""))
                .setHeader(getTranslation("cleanup.col.values")).setAutoWidth(true);
        grid.addColumn(CleanupItemView::distinctValues).setHeader(getTranslation("cleanup.col.distinct"))
                .setAutoWidth(true);
        grid.addColumn(CleanupItemView::occurrences).setHeader(getTranslation("cleanup.col.occurrences"))
                .setAutoWidth(true);
        grid.addColumn(i -> getTranslation("cleanup.status." + i.status().name())
                + (i.reopened() ? " · " + getTranslation("cleanup.reopened") : ""))
                .setHeader(getTranslation("cleanup.col.status")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

        findings.setId("cleanup-findings");
        findings.setAllRowsVisible(true);
        findings.addColumn(Finding::value).setHeader(getTranslation("cleanup.col.value")).setAutoWidth(true);
        findings.addColumn(Finding::detail).setHeader(getTranslation("cleanup.col.detail")).setAutoWidth(true);
        findings.addColumn(Finding::count).setHeader(getTranslation("cleanup.col.count")).setAutoWidth(true);
        findings.addColumn(Finding::seenIn).setHeader(getTranslation("cleanup.col.seenIn")).setAutoWidth(true);
        itemInfo.setId("cleanup-item-info");
        outcome.setId("cleanup-outcome");
        outcome.setLabel(getTranslation("cleanup.field.outcome"));
        outcome.setItems(CleanupStatus.CORRECTED, CleanupStatus.CONFIRMED, CleanupStatus.REFERRED);
        outcome.setItemLabelGenerator(s -> getTranslation("cleanup.status." + s.name()));
        note.setId("cleanup-note");
        note.setLabel(getTranslation("cleanup.field.note"));
        note.setHelperText(getTranslation("cleanup.field.noteHelp"));
        note.setMaxLength(1000);
        note.setWidthFull();
        workButton.setText(getTranslation("cleanup.work"));
        workButton.setId("cleanup-work");
        workButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        workButton.addClickListener(e -> work());
        detail.setId("cleanup-detail");
        detail.setPadding(false);
        detail.add(new H3(getTranslation("cleanup.detailTitle")), itemInfo, findings, outcome, note, workButton);
        detail.setVisible(false);

        Paragraph basis = new Paragraph(getTranslation("cleanup.basis", CodeCleanupSpreadsheet.basis(getLocale())));
        basis.setId("cleanup-basis");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(helpKey)), basis);
        HorizontalLayout filters = new HorizontalLayout();
        filters.setAlignItems(Alignment.BASELINE);
        addFilters(filters);
        filters.add(kind, status, detect, download);
        add(filters, grid, detail);
        refresh();
    }

    /** Extra filters before kind and status (the city office: the tenant). */
    protected void addFilters(HorizontalLayout filters) {
    }

    protected abstract List<CleanupItemView> load();

    /** The .xlsx in the reader's language (its basis sentence too: {@code CodeCleanupSpreadsheet.basis}). */
    protected abstract byte[] sheet(Locale locale);

    protected abstract String sheetName();

    /** Whether the reader works this item (its owner). */
    protected abstract boolean mayWork(CleanupItemView item);

    protected abstract boolean mayDetect();

    /** Works the item through the service method of the reader's path (a town's, or the city office's). */
    protected abstract void work(long id, CodeCleanup.Work work);

    protected abstract void detectAgain();

    private String group(CleanupItemView item) {
        if (item.kind() == CleanupKind.WRONG_CODE && "REGISTRATION".equals(item.source())) {
            return getTranslation("cleanup.registration");
        }
        if (item.kind() == CleanupKind.NAME_CONFLICT) {
            return getTranslation("cleanup.codeWithArchiveName", item.group(), item.archiveName());
        }
        return item.group() == null ? getTranslation("cleanup.noDepartment") : item.group();
    }

    protected void refresh() {
        List<CleanupItemView> items = load();
        grid.setItems(items);
        download.removeAll();
        Locale locale = getLocale();
        Anchor xlsx = new Anchor(new StreamResource(sheetName(), () -> new ByteArrayInputStream(sheet(locale))),
                getTranslation("cleanup.download"));
        xlsx.setId("cleanup-xlsx");
        xlsx.getElement().setAttribute("download", true);
        download.add(xlsx);
        if (selected != null) {
            long id = selected.id();
            show(items.stream().filter(i -> i.id() == id).findFirst().orElse(null));
        }
    }

    private void show(CleanupItemView item) {
        selected = item;
        detail.setVisible(item != null);
        if (item == null) {
            return;
        }
        itemInfo.setText(getTranslation("cleanup.itemInfo", Long.toString(item.id()),
                getTranslation("cleanup.kind." + item.kind().name()), group(item),
                getTranslation("cleanup.status." + item.status().name()),
                item.note() == null ? "—" : item.note(), item.resolvedBy() == null ? "—" : item.resolvedBy()));
        findings.setItems(item.findings());
        boolean works = mayWork(item);
        outcome.setVisible(works);
        note.setVisible(works);
        workButton.setVisible(works);
        outcome.clear();
        note.clear();
    }

    private void work() {
        if (selected == null) {
            return;
        }
        long id = selected.id();
        if (PageActions.run("cleanup", this, Map.of("outcome", outcome, "note", note),
                () -> work(id, new CodeCleanup.Work(outcome.getValue(), note.getValue())), "cleanup.worked")) {
            refresh();
        }
    }

    private void detect() {
        if (PageActions.run("cleanup", this, Map.of(), this::detectAgain, "cleanup.detected")) {
            refresh();
        }
    }
}
