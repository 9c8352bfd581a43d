package com.credittown.workflows.design;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the BPMN of a design: Flowable's namespace for candidate groups, assignees, form keys and due dates (in
 * working days on the city calendar, resolved by the {@code workingDays} business calendar), and diagram interchange
 * so bpmn-js can show it. The same model and version always give the same text, byte for byte. Where the engine reads
 * an expression it writes only {@link DesignGrammar}'s.
 */
public final class BpmnGenerator {

    private BpmnGenerator() {
    }

    /** The form key of a step (or {@code start}) of a published version of a design. */
    public static String formKey(String processKey, int version, String stepId) {
        return "design:" + processKey + "@" + version + ":" + stepId;
    }

    public static String generate(String processKey, int version, DesignModel model) {
        DesignGraph graph = DesignGraph.of(model);
        StringBuilder xml = new StringBuilder(4096);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"\n")
                .append("             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n")
                .append("             xmlns:flowable=\"http://flowable.org/bpmn\"\n")
                .append("             xmlns:bpmndi=\"http://www.omg.org/spec/BPMN/20100524/DI\"\n")
                .append("             xmlns:dc=\"http://www.omg.org/spec/DD/20100524/DC\"\n")
                .append("             xmlns:di=\"http://www.omg.org/spec/DD/20100524/DI\"\n")
                .append("             targetNamespace=\"https://credittown.example/designs\">\n");
        xml.append("  <process id=\"").append(esc(processKey)).append("\" name=\"").append(esc(model.name()))
                .append("\" isExecutable=\"true\">\n");
        for (DesignGraph.Node node : graph.nodes()) {
            element(xml, processKey, version, node, graph);
        }
        for (DesignGraph.Flow flow : graph.flows()) {
            xml.append("    <sequenceFlow id=\"").append(flow.id()).append("\" sourceRef=\"").append(flow.source())
                    .append("\" targetRef=\"").append(flow.target()).append('"');
            if (flow.name() != null) {
                xml.append(" name=\"").append(esc(flow.name())).append('"');
            }
            if (flow.condition() == null) {
                xml.append("/>\n");
            } else {
                xml.append(">\n      <conditionExpression xsi:type=\"tFormalExpression\"><![CDATA[")
                        .append(DesignGrammar.condition(flow.condition())).append("]]></conditionExpression>\n")
                        .append("    </sequenceFlow>\n");
            }
        }
        xml.append("  </process>\n");
        diagram(xml, processKey, graph);
        xml.append("</definitions>\n");
        return xml.toString();
    }

    private static void element(StringBuilder xml, String processKey, int version, DesignGraph.Node node,
                                DesignGraph graph) {
        String common = " id=\"" + node.id() + "\"" + (node.name() == null ? "" : " name=\"" + esc(node.name()) + "\"");
        switch (node.type()) {
            case START -> xml.append("    <startEvent").append(common).append(" flowable:formKey=\"")
                    .append(esc(formKey(processKey, version, "start"))).append("\"/>\n");
            case END -> xml.append("    <endEvent").append(common).append("/>\n");
            case USER_TASK -> {
                DesignStep step = node.step();
                xml.append("    <userTask").append(common);
                if (step.assignee().kind() == AssigneeKind.USER) {
                    xml.append(" flowable:assignee=\"").append(esc(step.assignee().value())).append('"');
                } else {
                    xml.append(" flowable:candidateGroups=\"").append(esc(step.assignee().candidateGroup())).append('"');
                }
                xml.append(" flowable:formKey=\"").append(esc(formKey(processKey, version, step.id()))).append('"');
                if (step.deadlineWorkingDays() != null) {
                    xml.append(" flowable:dueDate=\"P").append(step.deadlineWorkingDays()).append("D\"")
                            .append(" flowable:businessCalendarName=\"").append(DesignGrammar.CALENDAR)
                            .append('"');
                }
                xml.append("/>\n");
            }
            case SERVICE_TASK -> xml.append("    <serviceTask").append(common)
                    .append(" flowable:delegateExpression=\"").append(DesignGrammar.COPY_TO_DELEGATE).append("\"/>\n");
            case PARALLEL_GATEWAY -> xml.append("    <parallelGateway").append(common).append("/>\n");
            case EXCLUSIVE_GATEWAY -> {
                xml.append("    <exclusiveGateway").append(common);
                String defaultFlow = graph.defaultFlowOf(node.id());
                if (defaultFlow != null) {
                    xml.append(" default=\"").append(defaultFlow).append('"');
                }
                xml.append("/>\n");
            }
        }
    }

    private static void diagram(StringBuilder xml, String processKey, DesignGraph graph) {
        xml.append("  <bpmndi:BPMNDiagram id=\"diagram_").append(esc(processKey)).append("\">\n")
                .append("    <bpmndi:BPMNPlane id=\"plane_").append(esc(processKey)).append("\" bpmnElement=\"")
                .append(esc(processKey)).append("\">\n");
        for (DesignGraph.Node node : graph.nodes()) {
            xml.append("      <bpmndi:BPMNShape id=\"").append(node.id()).append("_di\" bpmnElement=\"")
                    .append(node.id()).append('"');
            if (node.type() == DesignGraph.NodeType.EXCLUSIVE_GATEWAY) {
                xml.append(" isMarkerVisible=\"true\"");
            }
            xml.append(">\n        <dc:Bounds x=\"").append(node.x()).append("\" y=\"").append(node.y())
                    .append("\" width=\"").append(node.width()).append("\" height=\"").append(node.height())
                    .append("\"/>\n      </bpmndi:BPMNShape>\n");
        }
        for (DesignGraph.Flow flow : graph.flows()) {
            xml.append("      <bpmndi:BPMNEdge id=\"").append(flow.id()).append("_di\" bpmnElement=\"")
                    .append(flow.id()).append("\">\n");
            for (int[] point : waypoints(graph.node(flow.source()), graph.node(flow.target()))) {
                xml.append("        <di:waypoint x=\"").append(point[0]).append("\" y=\"").append(point[1])
                        .append("\"/>\n");
            }
            xml.append("      </bpmndi:BPMNEdge>\n");
        }
        xml.append("    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n");
    }

    /** Down from the source's bottom, across, and down into the target's top. */
    private static List<int[]> waypoints(DesignGraph.Node source, DesignGraph.Node target) {
        int sx = source.x() + source.width() / 2;
        int sy = source.y() + source.height();
        int tx = target.x() + target.width() / 2;
        int ty = target.y();
        List<int[]> points = new ArrayList<>();
        points.add(new int[] {sx, sy});
        if (sx != tx) {
            int bend = source.type().isGateway() && source.id().endsWith("_split")
                    ? sy + DesignGraph.GAP / 2 : ty - DesignGraph.GAP / 2;
            points.add(new int[] {sx, bend});
            points.add(new int[] {tx, bend});
        }
        points.add(new int[] {tx, ty});
        return points;
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
