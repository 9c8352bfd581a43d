package com.credittown.ui.objection;

import com.credittown.platform.credit.objection.ObjectionOutcome;
import com.credittown.platform.credit.objection.ObjectionView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** An objection's reasons, status, last day, basis and decision as lines of text, for every page. */
public final class ObjectionText {

    private ObjectionText() {
    }

    public static Div of(Component page, ObjectionView o) {
        Div text = new Div();
        text.addClassName("objection");
        text.getElement().setAttribute("data-status", o.status().name());
        line(page, text, "objection.col.status", page.getTranslation("objection.status." + o.status().name())
                + (o.overdue() ? " · " + page.getTranslation("objection.overdue") : ""));
        line(page, text, "objection.field.concerns", page.getTranslation("objection.concerns." + o.concerns().name()));
        line(page, text, "objection.field.reasons", o.reasons());
        line(page, text, "objection.col.due", o.due() + (o.dueFlagged()
                ? " " + page.getTranslation("severeList.calendarMissing") : ""));
        line(page, text, "objection.col.effect", page.getTranslation(o.effectSuspended()
                ? "objection.effect.suspended" : "objection.effect.continues"));
        line(page, text, "objection.field.basis", o.basis());
        if (o.outcome() != null) {
            // a list entry upheld in part: the entry was corrected, not a record
            line(page, text, "objection.field.outcome", page.getTranslation(o.listEntry()
                    && o.outcome() == ObjectionOutcome.CORRECTED ? "objection.outcome.listCorrected"
                    : "objection.outcome." + o.outcome().name()));
            line(page, text, "objection.field.decisionReason", o.decisionReason());
        }
        return text;
    }

    private static void line(Component page, Div text, String labelKey, String value) {
        Span label = new Span(page.getTranslation(labelKey) + "：");
        label.getStyle().set("font-weight", "600");
        Paragraph p = new Paragraph(label, new Span(value == null ? "" : value));
        p.getStyle().set("margin", "var(--lumo-space-xs) 0");
        text.add(p);
    }
}
