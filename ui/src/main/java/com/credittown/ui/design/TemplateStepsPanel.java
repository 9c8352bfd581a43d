package com.credittown.ui.design;

import com.credittown.ui.i18n.DisplayNames;
import com.credittown.ui.security.TenantPages;
import com.credittown.workflows.design.TemplateSteps;
import com.credittown.workflows.template.ExtraStep;
import com.credittown.workflows.template.StepChanges;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of a city template in the template designer: the city's steps in order (locked ones with their
 * basis, optional ones removable, the others' removal offered disabled with the reason the publication would refuse
 * it), the positions where the tenant may insert its own approval steps, and the step
 * changes made on screen, each step with the place its problem is shown when a publication is refused.
 */
class TemplateStepsPanel extends VerticalLayout {

    private final DisplayNames names;
    private final String processKey;
    private final Map<String, Span> stepProblems = new LinkedHashMap<>();
    private final List<ExtraStep> inserted = new ArrayList<>();
    private final Set<String> removed = new LinkedHashSet<>();
    private final TemplateSteps.Template shown;

    TemplateStepsPanel(DisplayNames names, String processKey, TemplateSteps.Template template) {
        this.names = names;
        this.processKey = processKey;
        this.shown = template;
        inserted.addAll(template.template().steps().inserted());
        removed.addAll(template.template().steps().removed());
        setId("template-steps");
        setPadding(false);
        renderSteps();
    }

    /** The tenant's step changes as on screen, to publish. */
    StepChanges changes() {
        return new StepChanges(List.copyOf(inserted), List.copyOf(removed));
    }

    void clearProblems() {
        stepProblems.values().forEach(problem -> problem.setText(""));
    }

    /** Shows a problem on its step; false when no such step is on screen. */
    boolean showProblem(String stepId, String text) {
        Span onStep = stepProblems.get(stepId);
        if (onStep == null) {
            return false;
        }
        onStep.setText(onStep.getText().isEmpty() ? text : onStep.getText() + "；" + text);
        return true;
    }

    /** The steps in their order, each open position beside the step it follows or precedes. */
    private void renderSteps() {
        removeAll();
        stepProblems.clear();
        boolean editable = !TenantPages.readOnly() && TenantPages.mayPublish();
        for (TemplateSteps.Step step : shown.steps()) {
            shown.positions().stream().filter(p -> p.before() && step.id().equals(p.anchor()))
                    .forEach(p -> add(position(p, editable)));
            add(cityStep(step, editable));
            shown.positions().stream().filter(p -> !p.before() && step.id().equals(p.anchor()))
                    .forEach(p -> add(position(p, editable)));
        }
        shown.positions().stream().filter(p -> p.anchor() == null).forEach(p -> add(position(p, editable)));
    }

    private VerticalLayout cityStep(TemplateSteps.Step step, boolean editable) {
        VerticalLayout card = card("template-step-" + step.id());
        Span name = new Span(names.step(processKey, step.id(), step.name()));
        name.getStyle().set("font-weight", "600");
        HorizontalLayout head = new HorizontalLayout(name);
        if (step.locked()) {
            Span lock = new Span(getTranslation("designer.template.locked"));
            lock.getElement().getThemeList().add("badge error");
            lock.addClassName("locked-step");
            head.add(lock);
        }
        if (step.optional()) {
            Span optional = new Span(getTranslation("designer.template.optional"));
            optional.getElement().getThemeList().add("badge");
            head.add(optional);
        }
        boolean goesWith = removedWith(step.id());
        if (removed.contains(step.id()) || goesWith) {
            Span gone = new Span(getTranslation("designer.template.removed"));
            gone.getElement().getThemeList().add("badge contrast");
            gone.addClassName("removed-step");
            head.add(gone);
            name.getStyle().set("text-decoration", "line-through");
        }
        if (!goesWith) {
            boolean restore = removed.contains(step.id());
            Button toggle = new Button(getTranslation(restore ? "designer.template.restore" : "designer.template.remove"),
                    e -> {
                        if (restore) {
                            removed.remove(step.id());
                        } else {
                            removed.add(step.id());
                        }
                        renderSteps();
                    });
            toggle.setId((restore ? "restore-" : "remove-") + step.id());
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            toggle.setVisible(editable);
            head.add(restore || step.removalRefused() == null ? toggle : refusedRemoval(toggle, step.removalRefused()));
        }
        card.add(head);
        if (!step.candidateGroups().isEmpty()) {
            card.add(new Span(getTranslation("designer.simulate.assignee") + "："
                    + String.join(", ", step.candidateGroups())));
        }
        if (step.basis() != null) {
            card.add(new Span(getTranslation("designer.template.basis") + "：" + step.basis()));
        }
        card.add(problem(step.id()));
        return card;
    }

    /**
     * The removal of a step the publication would refuse (TemplateStepRules: locked by the city, or not made optional),
     * offered disabled with that refusal's reason as its title, so the button and the refusal never disagree. A
     * disabled button takes no pointer events, so the title sits on the wrapper the pointer rests on, and on the
     * button for assistive technology.
     *
     * @param problem the problem code of the refusal ({@code designer.problem.<code>} in the bundle)
     */
    private Span refusedRemoval(Button remove, String problem) {
        String reason = getTranslation("designer.problem." + problem);
        remove.setEnabled(false);
        remove.getElement().setAttribute("title", reason);
        Span wrapper = new Span(remove);
        wrapper.setId(remove.getId().orElseThrow() + "-refused");
        wrapper.getElement().setAttribute("title", reason);
        wrapper.setVisible(remove.isVisible());
        return wrapper;
    }

    /** Whether a step goes with an optional step this tenant removes (e.g. the registration of an extension). */
    private boolean removedWith(String id) {
        return removed.stream().map(r -> shown.template().structure().optional().get(r))
                .anyMatch(optional -> optional != null && optional.with().contains(id));
    }

    private VerticalLayout position(TemplateSteps.Position position, boolean editable) {
        VerticalLayout box = new VerticalLayout();
        box.setId("position-" + position.flow());
        box.setSpacing(false);
        box.getStyle().set("border", "1px dashed var(--lumo-primary-color-50pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("max-width", "720px");
        String label = position.label() == null ? position.flow() : position.label().in(getLocale());
        Span title = new Span(getTranslation("designer.template.position", label, position.maxWorkingDays()));
        title.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        box.add(title);
        for (ExtraStep step : inserted) {
            if (position.flow().equals(step.position())) {
                box.add(extraStep(step, editable));
            }
        }
        Button add = new Button(getTranslation("designer.template.insert"), e -> openInsert(position));
        add.setId("insert-" + position.flow());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.setVisible(editable);
        box.add(add);
        return box;
    }

    private VerticalLayout extraStep(ExtraStep step, boolean editable) {
        VerticalLayout card = card("template-step-" + step.id());
        card.addClassName("extra-step");
        Span name = new Span(step.name());
        name.getStyle().set("font-weight", "600");
        Span badge = new Span(getTranslation("designer.template.extra"));
        badge.getElement().getThemeList().add("badge success");
        Button remove = new Button(getTranslation("designer.template.remove"), e -> {
            inserted.remove(step);
            renderSteps();
        });
        remove.setId("remove-" + step.id());
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        remove.setVisible(editable);
        card.add(new HorizontalLayout(name, badge, remove));
        card.add(new Span(getTranslation("designer.template.extraSummary", step.candidateGroup(),
                step.deadlineWorkingDays())));
        card.add(problem(step.id()));
        return card;
    }

    private void openInsert(TemplateSteps.Position position) {
        Dialog dialog = new Dialog();
        dialog.setId("extra-step-dialog");
        dialog.setHeaderTitle(getTranslation("designer.template.extraDialog"));
        TextField name = new TextField(getTranslation("designer.template.extraName"));
        name.setId("extra-name");
        name.setMaxLength(100);
        name.setWidthFull();
        Select<ExtraStep.CandidateKind> kind = new Select<>();
        kind.setId("extra-kind");
        kind.setLabel(getTranslation("designer.template.extraKind"));
        kind.setItems(ExtraStep.CandidateKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("designer.template.candidate." + k.name()));
        kind.setValue(ExtraStep.CandidateKind.ROLE);
        TextField candidate = new TextField(getTranslation("designer.template.extraCandidate"));
        candidate.setId("extra-candidate");
        candidate.setValue("officer");
        candidate.setHelperText(getTranslation("designer.template.extraCandidateHelp"));
        candidate.setWidthFull();
        IntegerField deadline = new IntegerField(getTranslation("designer.template.extraDeadline"));
        deadline.setId("extra-deadline");
        deadline.setMin(1);
        deadline.setMax(position.maxWorkingDays());
        deadline.setStepButtonsVisible(true);
        Button ok = new Button(getTranslation("designer.template.extraAdd"), e -> {
            inserted.add(new ExtraStep(nextId(), name.getValue().strip(), position.flow(), kind.getValue(),
                    candidate.getValue().strip(), deadline.getValue()));
            dialog.close();
            renderSteps();
        });
        ok.setId("extra-add");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(name, kind, candidate, deadline));
        dialog.getFooter().add(ok);
        dialog.open();
    }

    /** An id no step of the template or of this tenant uses yet. */
    private String nextId() {
        Set<String> used = new LinkedHashSet<>();
        shown.steps().forEach(step -> used.add(step.id()));
        inserted.forEach(step -> used.add(step.id()));
        int n = 1;
        while (used.contains("tenantStep" + n)) {
            n++;
        }
        return "tenantStep" + n;
    }

    private VerticalLayout card(String id) {
        VerticalLayout card = new VerticalLayout();
        card.addClassName("template-step");
        card.setId(id);
        card.setSpacing(false);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("max-width", "720px");
        return card;
    }

    private Span problem(String stepId) {
        Span problem = new Span();
        problem.setId("problem-" + stepId);
        problem.addClassName("step-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        stepProblems.put(stepId, problem);
        return problem;
    }

}
