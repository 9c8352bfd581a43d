package com.credittown.ui.keytask;

import com.credittown.workflows.keytask.KeyTaskView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Every revision of one tenant's copy: who changed it, when, and what changed. */
public class KeyTaskHistoryDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public KeyTaskHistoryDialog(String heading, List<KeyTaskView.Revision> revisions) {
        setHeaderTitle(heading);
        Grid<KeyTaskView.Revision> grid = new Grid<>();
        grid.setId("key-task-history");
        grid.addColumn(KeyTaskView.Revision::revision).setHeader(getTranslation("keytask.col.revision"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.changedAt() == null ? "" : WHEN.format(r.changedAt()))
                .setHeader(getTranslation("keytask.col.changedAt")).setAutoWidth(true);
        grid.addColumn(KeyTaskView.Revision::changedBy).setHeader(getTranslation("keytask.col.changedBy"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("keytask.status." + r.state().name()))
                .setHeader(getTranslation("keytask.col.status")).setAutoWidth(true);
        grid.addColumn(KeyTaskView.Revision::changes).setHeader(getTranslation("keytask.col.changes"))
                .setFlexGrow(1);
        grid.setItems(revisions);
        grid.setAllRowsVisible(true);
        add(grid);
        Button close = new Button(getTranslation("keytask.close"), e -> close());
        close.setId("history-close");
        getFooter().add(close);
        setWidth("min(900px, 100vw)");
    }
}
