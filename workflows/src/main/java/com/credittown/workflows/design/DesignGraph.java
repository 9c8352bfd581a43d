package com.credittown.workflows.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chain of a design as BPMN nodes and flows, laid out top to bottom: each block's branches side by side between
 * its split and join gateways. Ids come from the step ids and a counter, so the same model gives the same graph.
 */
final class DesignGraph {

    static final int GAP = 40;
    private static final int COLUMN = 160;
    private static final int TASK_W = 100;
    private static final int TASK_H = 80;
    private static final int GATEWAY = 50;
    private static final int EVENT = 36;

    enum NodeType {
        START, END, USER_TASK, SERVICE_TASK, PARALLEL_GATEWAY, EXCLUSIVE_GATEWAY;

        boolean isGateway() {
            return this == PARALLEL_GATEWAY || this == EXCLUSIVE_GATEWAY;
        }
    }

    record Node(String id, NodeType type, String name, DesignStep step, int x, int y, int width, int height) {
    }

    record Flow(String id, String source, String target, String name, Condition condition,
                boolean isDefault) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<Flow> flows = new ArrayList<>();

    static DesignGraph of(DesignModel model) {
        DesignGraph graph = new DesignGraph();
        int width = Math.max(COLUMN, width(model.steps()));
        int center = width / 2 + 20;
        graph.add("start", NodeType.START, null, null, center, 20, EVENT, EVENT);
        int y = 20 + EVENT + GAP;
        String[] ends = graph.chain(model.steps(), center, y, "start");
        int bottom = graph.bottom();
        graph.add("end", NodeType.END, null, null, center, bottom + GAP, EVENT, EVENT);
        graph.flow(ends[0], "end", null, null, false);
        return graph;
    }

    List<Node> nodes() {
        return List.copyOf(nodes.values());
    }

    List<Flow> flows() {
        return List.copyOf(flows);
    }

    Node node(String id) {
        return nodes.get(id);
    }

    String defaultFlowOf(String gatewayId) {
        return flows.stream().filter(f -> f.source().equals(gatewayId) && f.isDefault()).map(Flow::id)
                .findFirst().orElse(null);
    }

    /** Lays out a chain below {@code y}, linked from {@code from}; returns the id of its last node. */
    private String[] chain(List<DesignStep> steps, int center, int y, String from) {
        String previous = from;
        int top = y;
        for (DesignStep step : steps) {
            previous = step(step, center, top, previous);
            top = bottom() + GAP;
        }
        return new String[] {previous};
    }

    private String step(DesignStep step, int center, int y, String from) {
        switch (step.kind()) {
            case APPROVAL, COPY_TO -> {
                add(step.id(), step.kind() == StepKind.APPROVAL ? NodeType.USER_TASK : NodeType.SERVICE_TASK,
                        step.name(), step, center, y, TASK_W, TASK_H);
                flow(from, step.id(), null, null, false);
                return step.id();
            }
            default -> {
                NodeType gateway = step.kind() == StepKind.PARALLEL
                        ? NodeType.PARALLEL_GATEWAY : NodeType.EXCLUSIVE_GATEWAY;
                String split = step.id() + "_split";
                String join = step.id() + "_join";
                add(split, gateway, step.name(), step, center, y, GATEWAY, GATEWAY);
                flow(from, split, null, null, false);
                int total = width(List.of(step));
                int left = center - total / 2;
                int branchTop = y + GATEWAY + GAP;
                List<String> lasts = new ArrayList<>();
                List<Flow> empties = new ArrayList<>();
                int lowest = branchTop;
                for (Branch branch : step.branches()) {
                    int branchWidth = Math.max(COLUMN, width(branch.steps()));
                    int branchCenter = left + branchWidth / 2;
                    left += branchWidth;
                    boolean isDefault = step.kind() == StepKind.CONDITION && branch.condition() == null;
                    if (branch.steps().isEmpty()) {
                        lasts.add(null);
                        empties.add(new Flow(null, split, join, branch.name(), branch.condition(), isDefault));
                        continue;
                    }
                    int before = flows.size();
                    String last = chain(branch.steps(), branchCenter, branchTop, split)[0];
                    Flow first = flows.get(before);
                    flows.set(before, new Flow(first.id(), first.source(), first.target(), branch.name(),
                            branch.condition(), isDefault));
                    lasts.add(last);
                    lowest = Math.max(lowest, bottom());
                }
                add(join, gateway, null, step, center, lowest + GAP, GATEWAY, GATEWAY);
                for (Flow empty : empties) {
                    flow(empty.source(), empty.target(), empty.name(), empty.condition(), empty.isDefault());
                }
                lasts.stream().filter(java.util.Objects::nonNull).forEach(last -> flow(last, join, null, null, false));
                return join;
            }
        }
    }

    private static int width(List<DesignStep> steps) {
        int widest = COLUMN;
        for (DesignStep step : steps) {
            if (step.kind() == StepKind.PARALLEL || step.kind() == StepKind.CONDITION) {
                int sum = 0;
                for (Branch branch : step.branches()) {
                    sum += Math.max(COLUMN, width(branch.steps()));
                }
                widest = Math.max(widest, sum);
            }
        }
        return widest;
    }

    private int bottom() {
        return nodes.values().stream().mapToInt(n -> n.y() + n.height()).max().orElse(0);
    }

    private void add(String id, NodeType type, String name, DesignStep step, int center, int y, int w, int h) {
        nodes.put(id, new Node(id, type, name, step, center - w / 2, y, w, h));
    }

    private void flow(String source, String target, String name, Condition condition, boolean isDefault) {
        flows.add(new Flow("flow_" + (flows.size() + 1), source, target, name, condition, isDefault));
    }
}
