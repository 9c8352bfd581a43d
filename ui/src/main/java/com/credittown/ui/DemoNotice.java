package com.credittown.ui;

import com.credittown.demo.DemoDataset;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/**
 * The notice every frame shows while the database holds the demo city (docs/demo.md): a badge saying that the data
 * marked （演示） is made up. Absent when the demo was never loaded.
 */
public final class DemoNotice {

    private DemoNotice() {
    }

    /** The badge, or empty when this database has no demo city. */
    public static Optional<Span> of(DemoDataset dataset) {
        if (!dataset.present()) {
            return Optional.empty();
        }
        Span notice = new Span();
        notice.setText(notice.getTranslation("demo.notice"));
        notice.getElement().setAttribute("title", notice.getTranslation("demo.notice.detail"));
        notice.getElement().getThemeList().add("badge contrast");
        notice.setId("demo-notice");
        return Optional.of(notice);
    }
}
