package com.credittown.ui.design;

import com.credittown.workflows.design.Assignee;
import com.credittown.workflows.design.AssigneeKind;
import com.credittown.workflows.design.Branch;
import com.credittown.workflows.design.Condition;
import com.credittown.workflows.design.Operator;
import com.credittown.workflows.design.StepKind;
import com.credittown.platform.identity.Roles;
import com.credittown.workflows.design.DesignStep;
import com.vaadin.flow.component.Component;
import java.util.List;

/** The step the designer adds for each kind: named in the user's language, assigned to the officers at first. */
final class NewSteps {

    private NewSteps() {
    }

    static DesignStep of(Component on, String id, StepKind kind) {
        Assignee officers = new Assignee(AssigneeKind.ROLE, Roles.OFFICER);
        String name = on.getTranslation("designer.kind." + kind.name());
        String branch = on.getTranslation("designer.branch.name");
        return switch (kind) {
            case APPROVAL -> DesignStep.approval(id, name, officers, 5, List.of());
            case COPY_TO -> DesignStep.copyTo(id, name, officers);
            case PARALLEL -> DesignStep.parallel(id, name, List.of(
                    new Branch(branch + 1, null, List.of()),
                    new Branch(branch + 2, null, List.of())));
            case CONDITION -> DesignStep.condition(id, name, List.of(
                    new Branch(branch + 1,
                            new Condition(null, Operator.EQUALS, ""), List.of()),
                    new Branch(on.getTranslation("designer.branch.default"), null, List.of())));
        };
    }
}
