package com.credittown.workflows.design;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Edits of the designer's chain as pure functions: the model's records stay immutable, each edit gives a new chain. */
final class DesignChains {

    private DesignChains() {
    }

    /** Replaces the step with the given id wherever it is nested. */
    static List<DesignStep> replace(List<DesignStep> chain, String id, UnaryOperator<DesignStep> change) {
        List<DesignStep> result = new ArrayList<>();
        for (DesignStep step : chain) {
            if (step.id().equals(id)) {
                result.add(change.apply(step));
            } else {
                result.add(withBranches(step, step.branches().stream()
                        .map(b -> new Branch(b.name(), b.condition(), replace(b.steps(), id, change)))
                        .toList()));
            }
        }
        return result;
    }

    static List<DesignStep> remove(List<DesignStep> chain, String id) {
        List<DesignStep> result = new ArrayList<>();
        for (DesignStep step : chain) {
            if (!step.id().equals(id)) {
                result.add(withBranches(step, step.branches().stream()
                        .map(b -> new Branch(b.name(), b.condition(), remove(b.steps(), id))).toList()));
            }
        }
        return result;
    }

    /** Moves a step up (-1) or down (+1) within its own chain. */
    static List<DesignStep> move(List<DesignStep> chain, String id, int delta) {
        List<DesignStep> result = new ArrayList<>(chain);
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).id().equals(id)) {
                int j = i + delta;
                if (j >= 0 && j < result.size()) {
                    DesignStep moved = result.remove(i);
                    result.add(j, moved);
                }
                return result;
            }
        }
        return result.stream().map(step -> withBranches(step, step.branches().stream()
                .map(b -> new Branch(b.name(), b.condition(), move(b.steps(), id, delta))).toList()))
                .toList();
    }

    /** Appends a step to the main chain ({@code blockId} null) or to one branch of a block. */
    static List<DesignStep> append(List<DesignStep> chain, String blockId, int branch, DesignStep added) {
        if (blockId == null) {
            List<DesignStep> result = new ArrayList<>(chain);
            result.add(added);
            return result;
        }
        return replace(chain, blockId, block -> {
            List<Branch> branches = new ArrayList<>(block.branches());
            Branch target = branches.get(branch);
            List<DesignStep> steps = new ArrayList<>(target.steps());
            steps.add(added);
            branches.set(branch, new Branch(target.name(), target.condition(), steps));
            return withBranches(block, branches);
        });
    }

    static DesignStep withBranches(DesignStep step, List<Branch> branches) {
        return new DesignStep(step.id(), step.kind(), step.name(), step.assignee(), step.deadlineWorkingDays(),
                step.visibleFields(), step.editableFields(), branches);
    }

    /** An id not used yet in the chain: {@code step1}, {@code step2}, ... */
    static String freshId(List<DesignStep> chain, String prefix) {
        List<String> used = new DesignModel(null, null, null, chain).allSteps()
                .stream().map(DesignStep::id).toList();
        int n = 1;
        while (used.contains(prefix + n)) {
            n++;
        }
        return prefix + n;
    }
}
