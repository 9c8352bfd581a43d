package com.credittown.workflows.cases;

import com.credittown.platform.workflow.TaskMoves;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.template.TemplateLibrary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Where a case may go back to (退回, 撤回): the earlier user steps it has completed, each refused when a locked step
 * (a recorded legal decision) has taken effect since, because no task operation undoes one.
 */
@Component
class ReturnTargets {

    private final TaskMoves moves;
    private final TemplateLibrary templates;

    ReturnTargets(TaskMoves moves, TemplateLibrary templates) {
        this.moves = moves;
        this.templates = templates;
    }

    /** The earlier user steps of the task's case, latest completion of each, without those open now. */
    List<TaskOperations.ReturnTarget> of(WorkTask task) {
        if (task.isCosign() || task.caseId() == null) {
            return List.of();
        }
        List<String> openKeys = moves.openStepsOf(task.caseId()).stream().map(WorkTask::stepKey).toList();
        Map<String, TaskMoves.CompletedStep> latest = new LinkedHashMap<>();
        for (TaskMoves.CompletedStep step : moves.completedSteps(task.caseId())) {
            latest.remove(step.stepKey());
            latest.put(step.stepKey(), step);
        }
        List<TaskOperations.ReturnTarget> targets = new ArrayList<>();
        for (TaskMoves.CompletedStep step : latest.values()) {
            if (openKeys.contains(step.stepKey())) {
                continue;
            }
            targets.add(new TaskOperations.ReturnTarget(step.stepKey(), step.name(), step.assignee(),
                    lockedSince(task.processKey(), task.caseId(), step).orElse(null)));
        }
        return targets;
    }

    /**
     * The locked automatic step (a recorded legal decision: registration, acceptance, publication, a result) that has
     * taken effect since the given step was completed, as a refusal naming its legal basis; empty if none.
     */
    Optional<String> lockedSince(String processKey, String caseId, TaskMoves.CompletedStep step) {
        Map<String, String> locked = templates.lockedSteps(processKey);
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        // on a path from that step to where the case stands now, and run since that step was completed
        Set<String> between = moves.stepsBetween(caseId, step.stepKey(),
                moves.openStepsOf(caseId).stream().map(WorkTask::stepKey).toList());
        return moves.stepsEndedSince(caseId, step.completedAt()).stream()
                .filter(ended -> !"userTask".equals(ended.type()) && locked.containsKey(ended.stepKey())
                        && between.contains(ended.stepKey()))
                .findFirst()
                .map(ended -> "the locked step " + ended.stepKey() + " has taken effect since " + step.name()
                        + " was completed and cannot be undone by a task operation (" + locked.get(ended.stepKey())
                        + ")");
    }
}
