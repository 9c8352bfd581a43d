package com.credittown.platform.workflow;

/**
 * One deployed version of a process as the engine keeps it.
 *
 * @param definitionId the engine's id of the version ({@code key:version:uuid}); a version never changes
 * @param bpmnXml      the BPMN 2.0 XML as deployed (a city template carries no diagram coordinates, a designed
 *                     process does)
 */
public record DeployedProcess(String definitionId, String bpmnXml) {
}
