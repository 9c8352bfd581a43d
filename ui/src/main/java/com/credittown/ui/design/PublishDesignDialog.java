package com.credittown.ui.design;

import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.workflows.design.DesignViews;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The designer's publish dialog: asks for the reason, publishes, and on a refusal shows the reason's problem in the
 * field and hands the design's problems back to the designer.
 */
class PublishDesignDialog extends Dialog {

    /**
     * @param publish   publishes with the reason typed
     * @param published what the designer does once a version is published
     * @param problems  shows the design's problems (all but the reason's) in the designer
     */
    PublishDesignDialog(Function<String, DesignViews.Version> publish, Consumer<DesignViews.Version> published,
                        Consumer<List<FieldProblem>> problems) {
        setId("publish-dialog");
        setHeaderTitle(getTranslation("designer.publish"));
        TextArea reason = new TextArea(getTranslation("designer.publish.reason"));
        reason.setId("publish-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        Button ok = new Button(getTranslation("designer.publish.confirm"), e -> {
            try {
                DesignViews.Version version = publish.apply(reason.getValue());
                close();
                published.accept(version);
            } catch (InvalidInputException refused) {
                reason.setErrorMessage(refused.errors().stream().filter(p -> "reason".equals(p.field()))
                        .map(p -> Problems.explain(this, p.code(), p.message())).findFirst()
                        .orElse(getTranslation("designer.invalid")));
                reason.setInvalid(true);
                problems.accept(refused.errors().stream().filter(p -> !"reason".equals(p.field())).toList());
            }
        });
        ok.setId("publish-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(reason);
        setWidth("min(560px, 100vw)");
        getFooter().add(new Button(getTranslation("form.cancel"), e -> close()), ok);
    }
}
