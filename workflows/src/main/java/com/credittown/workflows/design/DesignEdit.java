package com.credittown.workflows.design;

import com.credittown.workflows.form.FormField;
import java.util.ArrayList;
import java.util.List;

/**
 * One edit the designer makes to a model on screen, applied by {@link DesignService#edit}: the model's records stay
 * immutable, each edit gives the next model, computed once.
 */
public sealed interface DesignEdit {

    DesignModel applyTo(DesignModel model);

    /** The process's name. */
    record Rename(String name) implements DesignEdit {
        public DesignModel applyTo(DesignModel model) {
            return new DesignModel(name, model.fields(), model.startFields(), model.steps());
        }
    }

    /** A step changed in the step editor, wherever it is nested. */
    record ReplaceStep(DesignStep step) implements DesignEdit {
        public DesignModel applyTo(DesignModel model) {
            return withSteps(model, DesignChains.replace(model.steps(), step.id(), old -> step));
        }
    }

    /** A step moved up (-1) or down (+1) within its own chain. */
    record MoveStep(String id, int delta) implements DesignEdit {
        public DesignModel applyTo(DesignModel model) {
            return withSteps(model, DesignChains.move(model.steps(), id, delta));
        }
    }

    /** A step removed, with what is nested in it. */
    record RemoveStep(String id) implements DesignEdit {
        public DesignModel applyTo(DesignModel model) {
            return withSteps(model, DesignChains.remove(model.steps(), id));
        }
    }

    /** A step appended to the main chain ({@code blockId} null) or to one branch of a block. */
    record AppendStep(String blockId, int branch, DesignStep step) implements DesignEdit {
        public DesignModel applyTo(DesignModel model) {
            return withSteps(model, DesignChains.append(model.steps(), blockId, branch, step));
        }
    }

    /** A form field added at the end. */
    record AddField(FormField field) implements DesignEdit {
        public DesignModel applyTo(DesignModel model) {
            List<FormField> fields = new ArrayList<>(model.fields());
            fields.add(field);
            return new DesignModel(model.name(), fields, model.startFields(), model.steps());
        }
    }

    /** A form field removed, and no longer asked on the start form. */
    record RemoveField(FormField field) implements DesignEdit {
        public DesignModel applyTo(DesignModel model) {
            List<FormField> fields = new ArrayList<>(model.fields());
            fields.remove(field);
            return new DesignModel(model.name(), fields,
                    model.startFields().stream().filter(k -> !k.equals(field.key())).toList(), model.steps());
        }
    }

    /** Whether the start form asks for a field; the start fields keep the order of the fields. */
    record AskOnStart(String key, boolean asked) implements DesignEdit {
        public DesignModel applyTo(DesignModel model) {
            List<String> keys = new ArrayList<>(model.startFields());
            keys.remove(key);
            if (asked) {
                keys.add(key);
            }
            List<String> ordered = model.fields().stream().map(FormField::key).filter(keys::contains).toList();
            return new DesignModel(model.name(), model.fields(), ordered, model.steps());
        }
    }

    private static DesignModel withSteps(DesignModel model, List<DesignStep> steps) {
        return new DesignModel(model.name(), model.fields(), model.startFields(), steps);
    }
}
