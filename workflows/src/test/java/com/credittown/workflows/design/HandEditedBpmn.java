package com.credittown.workflows.design;

/** Diagrams as an officer leaves them after editing in the BPMN modeler, built from generated ones. */
final class HandEditedBpmn {

    static final String KEY = "subsidy";

    private HandEditedBpmn() {
    }

    /** {@link SampleDesigns#everyKind()} as generated for version 1. */
    static String generated() {
        return BpmnGenerator.generate(KEY, 1, SampleDesigns.everyKind());
    }

    /**
     * The generated diagram with a user task 法制审核 inserted between the review and the amount gateway: the legal
     * department, 4 working days, the review's form.
     */
    static String withLegalCheck() {
        String xml = generated();
        String flow = "<sequenceFlow id=\"flow_2\" sourceRef=\"review\" targetRef=\"byAmount_split\"/>";
        if (!xml.contains(flow)) {
            throw new IllegalStateException("the generated diagram changed: " + xml);
        }
        return xml.replace(flow, """
                <userTask id="legalCheck" name="法制审核" flowable:candidateGroups="department:legal" \
                flowable:formKey="design:subsidy@1:review" flowable:dueDate="P4D" \
                flowable:businessCalendarName="workingDays"/>
                    <sequenceFlow id="flow_legal_in" sourceRef="review" targetRef="legalCheck"/>
                    <sequenceFlow id="flow_legal_out" sourceRef="legalCheck" targetRef="byAmount_split"/>""");
    }

    /**
     * A small diagram drawn in the modeler: after the review, an exclusive gateway sends urgent matters to the
     * administrator (a condition as the designer writes it) and everything else to the officers' sign-off; the
     * {@code other} condition, if given, is put on a third flow before the default.
     */
    static String withGateway(String otherCondition) {
        String other = otherCondition == null ? "" : """
                    <sequenceFlow id="toOther" sourceRef="urgent" targetRef="signOff" name="其他写法">
                      <conditionExpression xsi:type="tFormalExpression"><![CDATA[%s]]></conditionExpression>
                    </sequenceFlow>
                """.formatted(otherCondition);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                             xmlns:flowable="http://flowable.org/bpmn" targetNamespace="https://credittown.example/designs">
                  <process id="subsidy" name="补贴申请" isExecutable="true">
                    <startEvent id="start" flowable:formKey="design:subsidy@1:start"/>
                    <userTask id="review" name="受理审核" flowable:candidateGroups="officer"
                              flowable:formKey="design:subsidy@1:review" flowable:dueDate="P2D"
                              flowable:businessCalendarName="workingDays"/>
                    <exclusiveGateway id="urgent" name="是否加急" default="toSignOff"/>
                    <userTask id="fastTrack" name="加急审批" flowable:assignee="humen.admin"
                              flowable:formKey="design:subsidy@1:admin" flowable:dueDate="P1D"
                              flowable:businessCalendarName="workingDays"/>
                    <userTask id="signOff" name="经办签发" flowable:candidateGroups="officer"
                              flowable:formKey="design:subsidy@1:review" flowable:dueDate="P3D"
                              flowable:businessCalendarName="workingDays"/>
                    <endEvent id="end"/>
                    <sequenceFlow id="f1" sourceRef="start" targetRef="review"/>
                    <sequenceFlow id="f2" sourceRef="review" targetRef="urgent"/>
                %s    <sequenceFlow id="toFast" sourceRef="urgent" targetRef="fastTrack" name="加急">
                      <conditionExpression xsi:type="tFormalExpression"><![CDATA[${designConditions.test(execution.getVariable('matter'), 'EQUALS', '加急')}]]></conditionExpression>
                    </sequenceFlow>
                    <sequenceFlow id="toSignOff" sourceRef="urgent" targetRef="signOff" name="普通"/>
                    <sequenceFlow id="f5" sourceRef="fastTrack" targetRef="end"/>
                    <sequenceFlow id="f6" sourceRef="signOff" targetRef="end"/>
                  </process>
                </definitions>
                """.formatted(other);
    }
}
