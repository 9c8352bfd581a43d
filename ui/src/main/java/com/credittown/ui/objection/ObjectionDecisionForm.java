package com.credittown.ui.objection;

import com.credittown.platform.credit.CreditRecordObjections;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.objection.CreditObjections;
import com.credittown.platform.credit.objection.ObjectionConcern;
import com.credittown.platform.credit.objection.ObjectionOutcome;
import com.credittown.platform.credit.objection.ObjectionView;
import com.credittown.platform.credit.severelist.ListEntryView;
import com.credittown.ui.error.PageActions;
import com.credittown.ui.severelist.EntryCorrectionFields;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The examiner's answer to an objection, the same on the town's page and the city office's: the reason, then upheld
 * (revoke the record, remove a severe-list entry from the list, or grant the repair), corrected (a record: corrected
 * severity and title; a listed entry, on the city office's page: 更正名单信息, its department, basis, grounds or
 * listed period), or rejected. Each page says who decides through {@code decider} (the town on
 * its path, the city office on the city's) and what follows a decision through {@code decided}.
 */
class ObjectionDecisionForm extends VerticalLayout {

    /** The page's door to the decision: {@code CreditObjections.decide} or {@code decideAsCity}. */
    interface Decider {
        void decide(long objectionId, CreditObjections.Decision decision);
    }

    private final Component page;
    private final ObjectionView objection;
    private final Decider decider;
    private final Consumer<ObjectionView> decided;

    /**
     * @param idPrefix the element ids' prefix ({@code objection} on the town's page, {@code city-objection} on the
     *                 city office's): {@code <prefix>-decision-reason}, {@code -uphold}, {@code -reject},
     *                 {@code -correct-severity}, {@code -correct-title}, {@code -correct}
     */
    ObjectionDecisionForm(Component page, ObjectionView objection, String idPrefix, Decider decider,
                          Consumer<ObjectionView> decided) {
        this(page, objection, null, idPrefix, decider, decided);
    }

    /**
     * @param listed the listed entry the objection disputes (on the city office's page), or null: with it, the entry
     *               may be corrected (更正名单信息, {@code <prefix>-list-correct-*} and {@code <prefix>-list-correct})
     */
    ObjectionDecisionForm(Component page, ObjectionView objection, ListEntryView listed, String idPrefix,
                          Decider decider, Consumer<ObjectionView> decided) {
        this.page = page;
        this.objection = objection;
        this.decider = decider;
        this.decided = decided;
        setPadding(false);
        TextArea reason = new TextArea(page.getTranslation("objection.field.decisionReason"));
        reason.setId(idPrefix + "-decision-reason");
        reason.setMaxLength(2000);
        reason.setWidthFull();
        Map<String, HasValidation> fields = Map.of("reason", reason);
        Button uphold = new Button(page.getTranslation(objection.concerns() == ObjectionConcern.REPAIR_RESULT
                ? "objection.upholdRepair" : objection.listEntry() ? "objection.upholdRemoveFromList"
                : "objection.upholdRevoke"), e -> decide(fields,
                new CreditObjections.Decision(true, reason.getValue(), null, null)));
        uphold.setId(idPrefix + "-uphold");
        uphold.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(page.getTranslation("objection.reject"), e -> decide(fields,
                new CreditObjections.Decision(false, reason.getValue(), null, null)));
        reject.setId(idPrefix + "-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(reason, new HorizontalLayout(uphold, reject));
        if (objection.concerns() == ObjectionConcern.RECORD && !objection.listEntry()) {
            Select<Severity> severity = new Select<>();
            severity.setId(idPrefix + "-correct-severity");
            severity.setLabel(page.getTranslation("objection.correct.severity"));
            severity.setItems(Severity.values());
            severity.setEmptySelectionAllowed(true);
            severity.setItemLabelGenerator(s -> s == null ? "—"
                    : page.getTranslation("objection.severity." + s.name()));
            TextField title = new TextField(page.getTranslation("objection.correct.title"));
            title.setId(idPrefix + "-correct-title");
            title.setMaxLength(200);
            Button correct = new Button(page.getTranslation("objection.upholdCorrect"), e -> decide(
                    Map.of("reason", reason, "correction", title), new CreditObjections.Decision(true,
                            reason.getValue(), ObjectionOutcome.CORRECTED, new CreditRecordObjections.Correction(
                            severity.getValue(), title.getValue(), null, null))));
            correct.setId(idPrefix + "-correct");
            add(new Paragraph(page.getTranslation("objection.correct.help")), new FormLayout(severity, title),
                    correct);
        }
        if (listed != null && objection.listEntry()) {
            add(listCorrection(page, listed, idPrefix, reason));
        }
    }

    /** An objection to a list entry upheld in part: the entry corrected (still listed), through the same decision. */
    private VerticalLayout listCorrection(Component page, ListEntryView listed, String idPrefix, TextArea reason) {
        EntryCorrectionFields correction = new EntryCorrectionFields(page, listed, idPrefix + "-list-correct");
        Map<String, HasValidation> fields = new HashMap<>(correction.fields("listCorrection"));
        fields.put("reason", reason);
        Button correct = new Button(page.getTranslation("objection.upholdCorrectList"), e -> decide(fields,
                new CreditObjections.Decision(true, reason.getValue(), ObjectionOutcome.CORRECTED, null,
                        correction.correction())));
        correct.setId(idPrefix + "-list-correct");
        VerticalLayout section = new VerticalLayout(new Paragraph(page.getTranslation("objection.correctList.help")),
                correction, correct);
        section.setPadding(false);
        return section;
    }

    private void decide(Map<String, ? extends HasValidation> fields, CreditObjections.Decision decision) {
        if (PageActions.run("objection", page, fields, () -> decider.decide(objection.id(), decision),
                "objection.decided")) {
            decided.accept(objection);
        }
    }
}
