package com.credittown.ui.tasks;

import com.credittown.platform.workflow.CaseSummary;
import com.credittown.ui.i18n.DisplayNames;
import com.credittown.workflows.attachment.Attachment;
import com.credittown.workflows.attachment.AttachmentService;
import com.credittown.workflows.cases.CaseTimeline;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.stream.Collectors;

/** A case's history as a timeline: each decision with its actor, time, deadline kept or missed, data, files, basis. */
class CaseTimelinePanel extends VerticalLayout {

    private final CaseTimeline caseTimeline;
    private final AttachmentService attachments;
    private final DisplayNames names;

    CaseTimelinePanel(CaseTimeline caseTimeline, AttachmentService attachments, DisplayNames names) {
        this.caseTimeline = caseTimeline;
        this.attachments = attachments;
        this.names = names;
        setId("case-timeline");
        setPadding(false);
    }

    void show(String caseId, CaseSummary found) {
        removeAll();
        CaseTimeline.Timeline read = caseTimeline.of(found, getLocale());
        // a file field's answer reads as the file's name; the file itself is linked under the entry
        FormDataText answers = new FormDataText(getLocale(), this::getTranslation).withFileNames(read.fileNames());
        for (CaseTimeline.Entry item : read.entries()) {
            CaseSummary.Decision decision = item.decision();
            Div entry = new Div();
            entry.addClassName("timeline-entry");
            entry.getStyle().set("border-left", "3px solid var(--lumo-primary-color)")
                    .set("padding", "0 var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");
            String step = "start".equals(decision.stepKey()) ? getTranslation("case.timeline.started")
                    : names.step(found.processKey(), decision.stepKey(), decision.stepName());
            Span what = new Span(step);
            what.getStyle().set("font-weight", "600");
            entry.add(what, new Span(" · " + decision.actor() + " · " + CaseView.format(decision.at())));
            if (decision.dueAt() != null) {
                Span due = new Span(" · " + getTranslation("case.due", CaseView.format(decision.dueAt())) + " · "
                        + getTranslation(Boolean.TRUE.equals(decision.onTime()) ? "case.onTime" : "case.late"));
                due.addClassName(Boolean.TRUE.equals(decision.onTime()) ? "on-time" : "late");
                entry.add(due);
            }
            String data = answers.answers(decision.data(), item.fields()).stream()
                    .filter(answer -> !"initiator".equals(answer.key()))
                    .map(FormDataText.Answer::toString).collect(Collectors.joining("；"));
            if (!data.isEmpty()) {
                entry.add(small(data, "timeline-data"));
            }
            item.files().forEach(file -> entry.add(file(caseId, file)));
            if (item.legalBasis() != null) {
                Paragraph law = small(getTranslation("case.basis", item.legalBasis()), "timeline-basis");
                law.getStyle().set("color", "var(--lumo-secondary-text-color)");
                entry.add(law);
            }
            add(entry);
        }
    }

    private Paragraph file(String caseId, Attachment file) {
        Paragraph line = small(getTranslation("case.timeline.file") + "：", "timeline-file");
        line.add(AttachmentLinks.download(attachments, caseId, file, file.fileName()));
        return line;
    }

    private static Paragraph small(String text, String className) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        paragraph.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-s)");
        return paragraph;
    }
}
