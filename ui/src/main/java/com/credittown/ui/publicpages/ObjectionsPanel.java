package com.credittown.ui.publicpages;

import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.star.IntegrityStarSelection;
import com.credittown.workflows.star.StarObjection;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The objections filed on the public page, shown to the officer above the form of the step "answer objections"
 * (答复异议) of an integrity star: who (name and contact, for the answer), when, and the text, as text.
 */
public class ObjectionsPanel extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PlatformClock.CITY_ZONE);

    private ObjectionsPanel(Iterable<StarObjection> objections) {
        setId("objections-panel");
        add(new H4(getTranslation("objections.title")));
        for (StarObjection objection : objections) {
            Div item = new Div();
            item.addClassName("objection");
            Span who = new Span(WHEN.format(objection.filedAt()) + " · "
                    + (objection.objectorName() == null ? getTranslation("objections.anonymous") : objection.objectorName())
                    + (objection.objectorContact() == null ? "" : " · " + objection.objectorContact())
                    + (objection.answered() ? " · " + getTranslation("objections.answered") : ""));
            who.getStyle().set("color", "var(--lumo-secondary-text-color)");
            Paragraph text = new Paragraph(objection.text());
            text.addClassName("objection-text");
            item.add(who, text);
            add(item);
        }
    }

    /** The panel for an "answer objections" step of an integrity star; nothing for any other step. */
    public static Optional<ObjectionsPanel> forTask(WorkTask task) {
        if (!IntegrityStarSelection.PROCESS_KEY.equals(task.processKey()) || !"answerObjections".equals(task.stepKey())) {
            return Optional.empty();
        }
        IntegrityStarSelection selection = VaadinService.getCurrent().getInstantiator()
                .getOrCreate(IntegrityStarSelection.class);
        return Optional.of(new ObjectionsPanel(selection.objectionsOf(task.caseId())));
    }
}
