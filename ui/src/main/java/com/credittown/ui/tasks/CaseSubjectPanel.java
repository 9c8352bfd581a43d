package com.credittown.ui.tasks;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.SubjectArchive;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.workflow.CaseSummary;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Optional;

/** The case's subject in brief: a link to its credit archive, its grade, and how many records (失信) it has. */
class CaseSubjectPanel extends Div {

    private final CreditSubjectRegistry subjects;
    private final CreditArchive archive;

    CaseSubjectPanel(CreditSubjectRegistry subjects, CreditArchive archive) {
        this.subjects = subjects;
        this.archive = archive;
        setId("case-subject");
    }

    void show(String tenant, CaseSummary found) {
        removeAll();
        Object code = found.data().get("subjectCode");
        Optional<SubjectView> subject = code == null ? Optional.empty() : registered(code.toString());
        if (subject.isEmpty()) {
            add(new Paragraph(getTranslation("case.subject.unregistered",
                    found.data().getOrDefault("subjectName", ""), code == null ? "—" : code)));
            return;
        }
        SubjectArchive summary = archive.archiveOf(subject.get().id());
        Anchor link = new Anchor("tenants/" + tenant + "/subjects/" + subject.get().id(),
                subject.get().name() + " · " + subject.get().code());
        link.setId("case-subject-link");
        add(link, new Paragraph(getTranslation("archive.gradeLine", summary.grade(), summary.score())),
                new Paragraph(getTranslation("case.subject.records", summary.records().size(),
                        summary.dishonestyRecords())));
    }

    private Optional<SubjectView> registered(String code) {
        try {
            return subjects.byCode(code);
        } catch (InvalidInputException notACode) {
            // a case's subject code that is no code at all names no registered subject
            return Optional.empty();
        }
    }
}
