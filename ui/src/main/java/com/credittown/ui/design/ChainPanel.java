package com.credittown.ui.design;

import com.credittown.workflows.design.Branch;
import com.credittown.workflows.design.Condition;
import com.credittown.workflows.design.StepKind;
import com.credittown.workflows.design.DesignModel;
import com.credittown.workflows.design.DesignStep;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;

/**
 * The vertical chain of step cards, DingTalk/Feishu style: each card with its assignee, deadline and problems; blocks
 * with their branches side by side; buttons to add, move and remove steps.
 */
class ChainPanel extends VerticalLayout {

    /** What the designer view does when a card's button is used. */
    interface Actions {
        void select(DesignStep step);

        void move(String id, int delta);

        void remove(String id);

        void add(String blockId, int branch, StepKind kind);
    }

    private final Actions actions;

    ChainPanel(Actions actions) {
        this.actions = actions;
        setId("chain");
        setAlignItems(FlexComponent.Alignment.CENTER);
        getStyle().set("overflow", "auto").set("background", "var(--lumo-contrast-5pct)");
    }

    void render(DesignModel model, Map<String, List<String>> problems, String selected, boolean readOnly) {
        removeAll();
        Div start = new Div(new Span(getTranslation("designer.chain.start")));
        start.addClassName("chain-terminal");
        style(start, false);
        add(start);
        problems.getOrDefault("start", List.of()).forEach(p -> add(problem(p)));
        problems.getOrDefault("steps", List.of()).forEach(p -> add(problem(p)));
        chain(this, model.steps(), problems, selected, readOnly);
        if (!readOnly) {
            add(addButtons(null, 0, "main"));
        }
        Div end = new Div(new Span(getTranslation("designer.chain.end")));
        style(end, false);
        add(end);
    }

    private void chain(VerticalLayout into, List<DesignStep> steps, Map<String, List<String>> problems,
                       String selected, boolean readOnly) {
        for (DesignStep step : steps) {
            into.add(arrow());
            into.add(card(step, problems, selected, readOnly));
        }
        into.add(arrow());
    }

    private Component card(DesignStep step, Map<String, List<String>> problems, String selected, boolean readOnly) {
        VerticalLayout card = new VerticalLayout();
        card.setId("card-" + step.id());
        card.addClassName("step-card");
        card.setSpacing(false);
        card.setPadding(true);
        style(card, step.id().equals(selected));
        Span title = new Span(step.name() == null || step.name().isBlank() ? step.id() : step.name());
        title.getStyle().set("font-weight", "600");
        Span kind = new Span(getTranslation("designer.kind." + step.kind().name()));
        kind.getElement().getThemeList().add("badge contrast");
        HorizontalLayout head = new HorizontalLayout(kind, title);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        if (!readOnly) {
            head.add(icon(VaadinIcon.ARROW_UP, "up-" + step.id(), () -> actions.move(step.id(), -1)),
                    icon(VaadinIcon.ARROW_DOWN, "down-" + step.id(), () -> actions.move(step.id(), 1)),
                    icon(VaadinIcon.CLOSE_SMALL, "remove-" + step.id(), () -> actions.remove(step.id())));
        }
        card.add(head);
        if (step.assignee() != null && step.assignee().kind() != null) {
            card.add(new Span(getTranslation("designer.assignee." + step.assignee().kind().name()) + "："
                    + (step.assignee().value() == null ? "" : step.assignee().value())));
        }
        if (step.deadlineWorkingDays() != null) {
            card.add(new Span(getTranslation("designer.card.deadline", step.deadlineWorkingDays())));
        }
        problems.getOrDefault("step:" + step.id(), List.of()).forEach(p -> card.add(problem(p)));
        // a click on the card itself (not on a button, not on a nested card) selects the step
        card.getElement().addEventListener("click", e -> actions.select(step))
                .setFilter("event.target.closest('vaadin-button') === null && event.target.closest('.step-card') === element");
        if (step.kind() == StepKind.PARALLEL || step.kind() == StepKind.CONDITION) {
            HorizontalLayout columns = new HorizontalLayout();
            columns.setId("branches-" + step.id());
            for (int i = 0; i < step.branches().size(); i++) {
                Branch branch = step.branches().get(i);
                VerticalLayout column = new VerticalLayout();
                column.setAlignItems(FlexComponent.Alignment.CENTER);
                column.setPadding(false);
                column.getStyle().set("border", "1px dashed var(--lumo-contrast-30pct)")
                        .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)");
                Span label = new Span(branchLabel(step, branch));
                label.getElement().getThemeList().add("badge");
                column.add(label);
                chain(column, branch.steps(), problems, selected, readOnly);
                if (!readOnly) {
                    column.add(addButtons(step.id(), i, step.id() + "-" + i));
                }
                columns.add(column);
            }
            card.add(columns);
        }
        return card;
    }

    private String branchLabel(DesignStep block, Branch branch) {
        String name = branch.name() == null ? "" : branch.name();
        if (block.kind() != StepKind.CONDITION) {
            return name;
        }
        if (branch.condition() == null) {
            return name + "（" + getTranslation("designer.branch.default") + "）";
        }
        Condition c = branch.condition();
        return name + "：" + c.field() + " " + (c.operator() == null ? "?" : getTranslation("designer.operator."
                + c.operator().name())) + " " + (c.value() == null ? "" : c.value());
    }

    private Component addButtons(String blockId, int branch, String idSuffix) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        for (StepKind kind : StepKind.values()) {
            if (blockId != null && kind != StepKind.APPROVAL && kind != StepKind.COPY_TO) {
                continue;
            }
            Button add = new Button("+ " + getTranslation("designer.kind." + kind.name()),
                    e -> actions.add(blockId, branch, kind));
            add.setId("add-" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + idSuffix);
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            buttons.add(add);
        }
        return buttons;
    }

    private static Button icon(VaadinIcon icon, String id, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private static Span problem(String text) {
        Span problem = new Span(text);
        problem.addClassName("step-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return problem;
    }

    private static Span arrow() {
        Span arrow = new Span("↓");
        arrow.getStyle().set("color", "var(--lumo-contrast-50pct)");
        return arrow;
    }

    private static void style(Component box, boolean selected) {
        box.getElement().getStyle().set("background", "var(--lumo-base-color)")
                .set("border-radius", "var(--lumo-border-radius-l)")
                .set("box-shadow", selected ? "0 0 0 2px var(--lumo-primary-color)" : "var(--lumo-box-shadow-xs)")
                .set("min-width", "220px").set("width", "auto").set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
    }
}
