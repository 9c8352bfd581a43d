package com.credittown.ui.search;

import com.credittown.platform.identity.Permission;
import com.credittown.platform.search.FullReindex;
import com.credittown.platform.search.ReindexStatus;
import com.credittown.platform.web.ConflictException;
import com.credittown.ui.MainLayout;
import com.credittown.ui.security.PagePermission;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.PermitAll;

/**
 * The search index page (搜索索引) of the city office: the progress of a full reindex (all document types together and
 * each type), polled while it runs, and the button starting one. The same rule as the REST reindex
 * ({@code Permission.SEARCH_ADMIN}); the progress is the node's that runs it (docs/search.md).
 */
@Route(value = "city/search-index", layout = MainLayout.class)
@PermitAll
@PagePermission(Permission.SEARCH_ADMIN)
public class SearchIndexView extends VerticalLayout implements HasDynamicTitle {

    private static final int POLL_MILLIS = 1000;

    private final FullReindex reindex;
    private final ProgressBar progress = new ProgressBar(0, 1);
    private final Span state = new Span();
    private final Span counts = new Span();
    private final Span error = new Span();
    private final Grid<ReindexStatus> types = new Grid<>();
    private final Button start = new Button();
    private Registration polling;

    public SearchIndexView(FullReindex reindex) {
        this.reindex = reindex;
        progress.setId("reindex-progress");
        progress.setWidth("30em");
        state.setId("reindex-state");
        counts.setId("reindex-counts");
        error.setId("reindex-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        types.setId("reindex-types");
        types.addColumn(status -> getTranslation("reindex.type." + status.type()))
                .setHeader(getTranslation("reindex.col.type")).setAutoWidth(true);
        types.addColumn(status -> getTranslation("reindex.state." + status.state()))
                .setHeader(getTranslation("reindex.col.state")).setAutoWidth(true);
        types.addColumn(status -> status.done() + " / " + status.total())
                .setHeader(getTranslation("reindex.col.documents")).setAutoWidth(true);
        types.addColumn(ReindexStatus::perSecond).setHeader(getTranslation("reindex.col.perSecond"))
                .setAutoWidth(true);
        types.addColumn(status -> status.error() == null ? "" : status.error())
                .setHeader(getTranslation("reindex.col.error")).setFlexGrow(1);
        types.setAllRowsVisible(true);
        start.setId("reindex-start");
        start.setText(getTranslation("reindex.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> start());
        add(new H2(getTranslation("reindex.title")), new Paragraph(getTranslation("reindex.help")), start, state,
                new HorizontalLayout(progress, counts), error, types);
    }

    // Caught here, not left to the session's error handler: its "not done: <server text>" would show the service's
    // English sentence and index name, and only this page can show the running reindex's progress instead.
    private void start() {
        try {
            show(reindex.start());
        } catch (ConflictException running) {
            Notification note = Notification.show(getTranslation("reindex.running"), 6000,
                    Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
            show(reindex.status());
        } catch (RuntimeException unavailable) {
            Notification note = Notification.show(getTranslation("reindex.unavailable"), 6000,
                    Notification.Position.MIDDLE);
            note.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void show(FullReindex.Progress now) {
        boolean running = "RUNNING".equals(now.state());
        state.setText(getTranslation("reindex.state." + now.state()));
        state.getElement().setAttribute("data-state", now.state());
        progress.setValue("DONE".equals(now.state()) ? 1
                : now.total() == 0 ? 0 : Math.min(1, now.done() / (double) now.total()));
        counts.setText(getTranslation("reindex.counts", now.done(), now.total(), now.perSecond(),
                now.etaSeconds() == null ? "—" : now.etaSeconds()));
        error.setText(now.error() == null ? "" : now.error());
        error.setVisible(now.error() != null);
        types.setItems(now.types());
        start.setEnabled(!running);
        getUI().ifPresent(ui -> com.credittown.ui.UiPolling.ask(ui, this, running ? POLL_MILLIS : -1));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(e -> show(reindex.status()));
        show(reindex.status());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        com.credittown.ui.UiPolling.stop(event.getUI(), this);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reindex.title");
    }
}
