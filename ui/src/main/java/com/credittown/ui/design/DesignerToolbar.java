package com.credittown.ui.design;

import com.credittown.workflows.design.AuthoringMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The designer's toolbar: the process name, then Save and Validate (for those who may edit), Simulate, Publish (for
 * those who may publish) and starting a case once a version is published. Save shows only in chain mode: in BPMN mode
 * the diagram is saved from the modeler.
 */
class DesignerToolbar extends HorizontalLayout {

    /** What the buttons do. */
    record Actions(Runnable save, Runnable validate, Runnable simulate, Runnable publish, Runnable startCase) {
    }

    private final Button save;
    private final Button startCase;

    DesignerToolbar(TextField name, boolean readOnly, boolean mayPublish, Actions actions) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(name);
        if (!readOnly) {
            save = button("save-design", "designer.save", actions.save(), false);
            add(save, button("validate-design", "designer.validate", actions.validate(), false));
        } else {
            save = null;
        }
        add(button("simulate-design", "designer.simulate", actions.simulate(), false));
        if (!readOnly && mayPublish) {
            add(button("publish-design", "designer.publish", actions.publish(), true));
        }
        startCase = button("start-designed-case", "designer.startCase", actions.startCase(), false);
        add(startCase);
    }

    void showMode(AuthoringMode mode) {
        if (save != null) {
            save.setVisible(mode == AuthoringMode.CHAIN);
        }
    }

    void showStartCase(boolean shown) {
        startCase.setVisible(shown);
    }

    private Button button(String id, String key, Runnable action, boolean primary) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
