package com.credittown.ui.objection;

import com.credittown.platform.credit.objection.ObjectionView;
import com.credittown.ui.i18n.DisplayNames;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

/** The columns every objection list shows (the town's and the city office's): who, which record, where, status. */
final class ObjectionColumns {

    private ObjectionColumns() {
    }

    /** Number, subject, record (with its department), what it disputes, the examining authority, where it was raised. */
    static void leading(Component page, Grid<ObjectionView> grid, DisplayNames names) {
        grid.addColumn(ObjectionView::id).setHeader("#").setAutoWidth(true);
        grid.addColumn(o -> o.subjectName() + " · " + o.subjectCode())
                .setHeader(page.getTranslation("objection.col.subject")).setAutoWidth(true);
        grid.addColumn(o -> o.recordTitle() + "（" + o.recordDepartment() + "）")
                .setHeader(page.getTranslation("objection.col.record")).setAutoWidth(true);
        grid.addColumn(o -> page.getTranslation("objection.concerns." + o.concerns().name()))
                .setHeader(page.getTranslation("objection.field.concerns")).setAutoWidth(true);
        grid.addColumn(o -> examiner(page, o, names)).setHeader(page.getTranslation("objection.col.owner"))
                .setAutoWidth(true);
        grid.addColumn(o -> names.tenant(o.raisedInTenant()) + (o.onBehalf() ? " · "
                + page.getTranslation("objection.onBehalf") : ""))
                .setHeader(page.getTranslation("objection.col.raisedIn")).setAutoWidth(true);
    }

    /** Status (overdue marked) and last day. */
    static void trailing(Component page, Grid<ObjectionView> grid) {
        grid.addColumn(o -> page.getTranslation("objection.status." + o.status().name())
                + (o.overdue() ? " · " + page.getTranslation("objection.overdue") : ""))
                .setHeader(page.getTranslation("objection.col.status")).setAutoWidth(true);
        grid.addColumn(ObjectionView::due).setHeader(page.getTranslation("objection.col.due")).setAutoWidth(true);
    }

    /** Who examines it: the recording town, the city office for the city's records, and for a list entry. */
    static String examiner(Component page, ObjectionView o, DisplayNames names) {
        if (o.listEntry()) {
            return page.getTranslation("objection.listEntryOwner", names.tenant(o.ownerTenant()));
        }
        return o.ownerTenant() == null ? page.getTranslation("objection.cityOwner") : names.tenant(o.ownerTenant());
    }
}
