package com.credittown.ui.severelist;

import com.credittown.platform.credit.severelist.ListEntryView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A proposal's grounds, basis, notice, statement, decision, correction and removal as lines of text, and its status
 * with the 异议处理中 mark of a listed entry under objection, for every page.
 */
public final class EntryText {

    private EntryText() {
    }

    public static Div of(Component page, ListEntryView e) {
        Div text = new Div();
        text.addClassName("severe-list-entry");
        text.getElement().setAttribute("data-status", e.status().name());
        text.getElement().setAttribute("data-under-objection", String.valueOf(e.underObjection()));
        line(page, text, "severeList.col.status", status(page, e));
        line(page, text, "severeList.field.grounds", e.grounds());
        line(page, text, "severeList.field.legalBasis", e.legalBasis());
        line(page, text, "severeList.field.department", e.department());
        if (e.statementDue() != null) {
            line(page, text, "severeList.col.statementDue", e.statementDue()
                    + (e.statementDueFlagged() ? " " + page.getTranslation("severeList.calendarMissing") : ""));
        }
        if (e.statement() != null) {
            line(page, text, "severeList.field.statement", e.statement());
        }
        if (e.decisionReason() != null) {
            line(page, text, "severeList.field.decisionReason", e.decisionReason());
        }
        if (e.listedFrom() != null) {
            line(page, text, "severeList.listedPeriod", e.listedFrom() + " – " + e.listedUntil());
        }
        if (e.correctedAt() != null) {
            line(page, text, "severeList.field.correction", page.getTranslation("severeList.correctedOn",
                    java.time.LocalDate.ofInstant(e.correctedAt(), com.credittown.platform.time.PlatformClock.CITY_ZONE),
                    e.correctionNote() == null ? "" : e.correctionNote()));
        }
        if (e.removalReason() != null) {
            line(page, text, "severeList.field.removalReason",
                    page.getTranslation("severeList.removal." + e.removalReason().name()) + "："
                            + (e.removalNote() == null ? "" : e.removalNote()));
        }
        return text;
    }

    /**
     * The status as every list page shows it: a listed entry whose record is under objection says so (异议处理中),
     * whether or not its effect is suspended meanwhile.
     */
    public static String status(Component page, ListEntryView e) {
        String status = page.getTranslation("severeList.status." + e.status().name());
        return e.underObjection() ? status + " · " + page.getTranslation("severeList.underObjection") : status;
    }

    private static void line(Component page, Div text, String labelKey, String value) {
        Span label = new Span(page.getTranslation(labelKey) + "：");
        label.getStyle().set("font-weight", "600");
        Paragraph p = new Paragraph(label, new Span(value == null ? "" : value));
        p.getStyle().set("margin", "var(--lumo-space-xs) 0");
        text.add(p);
    }
}
