package com.credittown.ui.design;

import com.credittown.workflows.design.DesignComparison;
import com.credittown.workflows.design.DesignService;
import com.credittown.workflows.design.DesignViews;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;

/** The published versions (who, when, why) and a step-level comparison of two of them, or of one with the draft. */
class VersionsPanel extends VerticalLayout {

    private final Grid<DesignViews.Version> versions = new Grid<>();
    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Grid<DesignComparison.Change> changes = new Grid<>();

    VersionsPanel(DesignService designs, String processKey) {
        setId("versions-panel");
        versions.setId("version-grid");
        versions.addColumn(DesignViews.Version::version).setHeader(getTranslation("designer.version.version"));
        versions.addColumn(v -> DesignerListView.WHEN.format(v.publishedAt()))
                .setHeader(getTranslation("designer.version.at")).setAutoWidth(true);
        versions.addColumn(DesignViews.Version::publishedBy).setHeader(getTranslation("designer.version.by"));
        versions.addColumn(DesignViews.Version::reason).setHeader(getTranslation("designer.version.reason"))
                .setAutoWidth(true);
        versions.setAllRowsVisible(true);
        from.setLabel(getTranslation("designer.compare.from"));
        from.setId("compare-from");
        to.setLabel(getTranslation("designer.compare.to"));
        to.setId("compare-to");
        for (Select<Integer> select : List.of(from, to)) {
            select.setItemLabelGenerator(v -> v == 0 ? getTranslation("designer.compare.draft")
                    : getTranslation("designer.status.published", v));
        }
        changes.setId("change-grid");
        changes.addColumn(c -> getTranslation("designer.change." + c.kind().name()))
                .setHeader(getTranslation("designer.change.kind"));
        changes.addColumn(DesignComparison.Change::target).setHeader(getTranslation("designer.change.target"));
        changes.addColumn(DesignComparison.Change::description).setHeader(getTranslation("designer.change.description"))
                .setAutoWidth(true);
        changes.setAllRowsVisible(true);
        changes.setEmptyStateText(getTranslation("designer.change.none"));
        Button compare = new Button(getTranslation("designer.compare"), e -> {
            if (from.getValue() != null && to.getValue() != null) {
                changes.setItems(designs.compare(processKey, from.getValue(), to.getValue()));
            }
        });
        compare.setId("compare");
        HorizontalLayout bar = new HorizontalLayout(from, to, compare);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(versions, new H3(getTranslation("designer.compare")), bar, changes);
        refresh(designs.versions(processKey));
    }

    void refresh(List<DesignViews.Version> published) {
        versions.setItems(published);
        List<Integer> choices = new ArrayList<>();
        choices.add(0);
        published.forEach(v -> choices.add(v.version()));
        from.setItems(choices);
        to.setItems(choices);
        if (!published.isEmpty()) {
            from.setValue(published.get(0).version());
            to.setValue(0);
        }
    }
}
