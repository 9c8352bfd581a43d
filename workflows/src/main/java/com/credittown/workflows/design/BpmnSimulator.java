package com.credittown.workflows.design;

import com.credittown.platform.calendar.Deadline;
import com.credittown.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.EndEvent;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.ServiceTask;
import org.flowable.bpmn.model.StartEvent;
import org.flowable.bpmn.model.UserTask;

/**
 * Runs a diagram saved from the modeler on paper, the way {@link DesignSimulator} runs a chain: user tasks in the order
 * a case reaches them, exclusive gateways decided with the same {@link ConditionEvaluator} as running cases (for the
 * conditions the generator writes), parallel gateways as branches that start together and join when the last is due,
 * candidate groups and assignees as who gets each task, and {@code flowable:dueDate="P<n>D"} on the {@code workingDays}
 * calendar counted on the city calendar. What it cannot decide (another kind of condition, an element it does not
 * know) is reported as a {@link SimulationNote} and the path stops there: it never guesses.
 */
public final class BpmnSimulator {

    /** Far more elements than a designed process holds: a guard against diagrams that loop on the sample data. */
    private static final int MAX_VISITS = 1_000;

    private final WorkingDayCalendar calendar;

    public BpmnSimulator(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * @param forms the design's model, for what the diagram does not say itself (a copy-to's recipients)
     */
    public Simulation simulate(String xml, DesignModel forms, Map<String, ?> sample, LocalDate start) {
        BpmnModel bpmn = xml == null ? null : BpmnChecker.parse(xml);
        if (bpmn == null || bpmn.getProcesses().isEmpty()) {
            return new Simulation(start, List.of(), List.of(new SimulationNote(null, null, "malformed",
                    "the diagram is not BPMN 2.0 with a process")));
        }
        Process process = bpmn.getMainProcess();
        Walk walk = new Walk(forms, sample == null ? Map.of() : sample);
        List<StartEvent> starts = process.findFlowElementsOfType(StartEvent.class, false);
        if (starts.isEmpty()) {
            walk.note(null, "malformed", "the process has no start event");
        } else {
            walk.enter(starts.get(0), start, List.of(), Set.of());
        }
        walk.reportIncompleteJoins();
        return new Simulation(start, walk.reached, walk.notes);
    }

    /** One token's position: the day it got there, the branch labels it is inside and the elements on its path. */
    private record Token(LocalDate day, List<String> branches, Set<String> path) {
    }

    private final class Walk {

        private final DesignModel forms;
        private final Map<String, ?> sample;
        private final List<SimulatedStep> reached = new ArrayList<>();
        private final List<SimulationNote> notes = new ArrayList<>();
        private final Map<String, List<Token>> arrivals = new HashMap<>();
        private final Map<String, FlowNode> joins = new HashMap<>();
        private final Set<String> noted = new HashSet<>();
        private int visits;

        Walk(DesignModel forms, Map<String, ?> sample) {
            this.forms = forms;
            this.sample = sample;
        }

        void enter(FlowNode node, LocalDate day, List<String> branches, Set<String> path) {
            if (++visits > MAX_VISITS || path.contains(node.getId())) {
                note(node, "loop", "the path comes back to '" + label(node) + "' with the same sample data: it would "
                        + "not end, so the simulation stops here");
                return;
            }
            Set<String> here = new LinkedHashSet<>(path);
            here.add(node.getId());
            List<SequenceFlow> outgoing = node.getOutgoingFlows();
            if (node instanceof StartEvent) {
                follow(node, outgoing, day, branches, here);
            } else if (node instanceof EndEvent) {
                return;
            } else if (node instanceof UserTask task) {
                follow(node, outgoing, userTask(task, day, branches), branches, here);
            } else if (node instanceof ServiceTask service) {
                DesignStep copy = forms == null ? null : forms.step(service.getId()).orElse(null);
                reached.add(new SimulatedStep(service.getId(), label(service), StepKind.COPY_TO,
                        branch(branches), copy == null || copy.assignee() == null ? "" : copy.assignee().describe(),
                        null, null, false));
                follow(node, outgoing, day, branches, here);
            } else if (node instanceof ExclusiveGateway gateway) {
                exclusive(gateway, day, node.getIncomingFlows().size() > 1 ? leave(branches) : branches, here);
            } else if (node instanceof ParallelGateway gateway) {
                parallel(gateway, new Token(day, branches, here));
            } else {
                note(node, "not-simulated", "'" + label(node) + "' is a " + node.getClass().getSimpleName()
                        + ", which the simulation does not follow; it stops here");
            }
        }

        private LocalDate userTask(UserTask task, LocalDate day, List<String> branches) {
            Integer days = null;
            LocalDate dueOn = null;
            boolean flagged = false;
            String due = task.getDueDate();
            if (due != null && !due.isBlank()) {
                java.util.Optional<Integer> workingDays = DesignGrammar.workingDays(due);
                if (workingDays.isPresent() && DesignGrammar.CALENDAR.equals(task.getBusinessCalendarName())) {
                    days = workingDays.get();
                    Deadline answer = Deadline.afterWorkingDays(day, days, calendar);
                    dueOn = answer.date();
                    flagged = answer.flagged();
                } else {
                    note(task, "due-date-not-evaluable", "the due date '" + due + "' of '" + label(task)
                            + "' is not P<n>D on the workingDays calendar; no date is shown for it");
                }
            }
            reached.add(new SimulatedStep(task.getId(), label(task), StepKind.APPROVAL,
                    branch(branches), assignee(task), days, dueOn, flagged));
            return dueOn == null ? day : dueOn;
        }

        private void exclusive(ExclusiveGateway gateway, LocalDate day, List<String> branches, Set<String> path) {
            List<SequenceFlow> outgoing = gateway.getOutgoingFlows();
            if (outgoing.size() == 1) {
                enter(target(outgoing.get(0)), day, branches, path);
                return;
            }
            SequenceFlow chosen = null;
            for (SequenceFlow flow : outgoing) {
                if (flow.getId().equals(gateway.getDefaultFlow())) {
                    continue;
                }
                String condition = flow.getConditionExpression();
                if (condition == null || condition.isBlank()) {
                    chosen = flow; // the engine takes a flow without a condition as true
                    break;
                }
                Condition generated = DesignGrammar.parseCondition(condition).orElse(null);
                if (generated == null) {
                    note(gateway, "condition-not-evaluable", "the condition " + condition.strip() + " on the flow to '"
                            + label(target(flow)) + "' is not one the designer writes, so the simulation cannot "
                            + "decide '" + label(gateway) + "'; it stops here");
                    return;
                }
                if (ConditionEvaluator.holds(sample.get(generated.field()), generated.operator(), generated.value())) {
                    chosen = flow;
                    break;
                }
            }
            if (chosen == null && gateway.getDefaultFlow() != null) {
                chosen = outgoing.stream().filter(f -> f.getId().equals(gateway.getDefaultFlow())).findFirst()
                        .orElse(null);
            }
            if (chosen == null) {
                note(gateway, "no-way-out", "no condition of '" + label(gateway) + "' holds for the sample data and it "
                        + "has no default flow: a case would fail here");
                return;
            }
            enter(target(chosen), day, enterBranch(branches, chosen), path);
        }

        private void parallel(ParallelGateway gateway, Token token) {
            Token going = token;
            if (gateway.getIncomingFlows().size() > 1) {
                List<Token> arrived = arrivals.computeIfAbsent(gateway.getId(), id -> new ArrayList<>());
                arrived.add(token);
                joins.put(gateway.getId(), gateway);
                if (arrived.size() < gateway.getIncomingFlows().size()) {
                    return;
                }
                arrivals.remove(gateway.getId());
                LocalDate last = arrived.stream().map(Token::day).max(LocalDate::compareTo).orElse(token.day());
                Set<String> path = new LinkedHashSet<>();
                arrived.forEach(t -> path.addAll(t.path()));
                going = new Token(last, leave(token.branches()), path);
            }
            List<SequenceFlow> outgoing = gateway.getOutgoingFlows();
            for (SequenceFlow flow : outgoing) {
                enter(target(flow), going.day(), outgoing.size() > 1 ? enterBranch(going.branches(), flow)
                        : going.branches(), going.path());
            }
        }

        private void follow(FlowNode node, List<SequenceFlow> outgoing, LocalDate day, List<String> branches,
                            Set<String> path) {
            if (outgoing.size() == 1) {
                enter(target(outgoing.get(0)), day, branches, path);
            } else if (outgoing.size() > 1) {
                note(node, "not-simulated", "'" + label(node) + "' has " + outgoing.size() + " outgoing flows "
                        + "without a gateway; the simulation only splits at gateways and stops here");
            }
        }

        void reportIncompleteJoins() {
            arrivals.forEach((id, arrived) -> {
                FlowNode join = joins.get(id);
                note(join, "join-incomplete", "only " + arrived.size() + " of the " + join.getIncomingFlows().size()
                        + " branches reach the parallel join '" + label(join) + "': a case would wait there");
            });
        }

        void note(FlowElement element, String code, String message) {
            String id = element == null ? null : element.getId();
            if (noted.add(id + "|" + code)) {
                notes.add(new SimulationNote(id, element == null ? null : label(element), code, message));
            }
        }
    }

    private static FlowNode target(SequenceFlow flow) {
        return (FlowNode) flow.getTargetFlowElement();
    }

    /** Who gets the task, as the chain simulation says it: {@code user li.si} or {@code group department:tax}. */
    static String assignee(UserTask task) {
        if (task.getAssignee() != null && !task.getAssignee().isBlank()) {
            return "user " + task.getAssignee().strip();
        }
        if (!task.getCandidateGroups().isEmpty()) {
            return "group " + String.join(", ", task.getCandidateGroups());
        }
        if (!task.getCandidateUsers().isEmpty()) {
            return "user " + String.join(", ", task.getCandidateUsers());
        }
        return "";
    }

    private static List<String> enterBranch(List<String> branches, SequenceFlow flow) {
        List<String> inside = new ArrayList<>(branches);
        String name = flow.getName();
        if (name == null || name.isBlank()) {
            name = flow.getTargetFlowElement() == null ? "" : nullToEmpty(flow.getTargetFlowElement().getName());
        }
        inside.add(name);
        return inside;
    }

    private static List<String> leave(List<String> branches) {
        return branches.isEmpty() ? branches : branches.subList(0, branches.size() - 1);
    }

    /** The innermost named branch, as the chain simulation reports it; null on the main line. */
    private static String branch(List<String> branches) {
        for (int i = branches.size() - 1; i >= 0; i--) {
            if (!branches.get(i).isBlank()) {
                return branches.get(i);
            }
        }
        return null;
    }

    private static String label(FlowElement element) {
        return element.getName() == null || element.getName().isBlank() ? element.getId() : element.getName();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
