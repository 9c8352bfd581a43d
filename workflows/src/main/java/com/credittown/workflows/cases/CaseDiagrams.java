package com.credittown.workflows.cases;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.workflow.CaseHistory;
import com.credittown.platform.workflow.CaseSummary;
import com.credittown.platform.workflow.DeployedProcess;
import com.credittown.platform.workflow.TenantProcesses;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flowable.bpmn.BpmnAutoLayout;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case page's process diagram: the BPMN of the very version the case runs on (read from the engine, not the
 * latest), with the elements done, current and overdue (every recorded element: tasks, gateways, timers and the
 * flows taken). City templates are deployed without diagram coordinates, so their
 * diagram is laid out here once per version (a deployed version never changes) and kept in a bounded cache.
 */
@Service
@Allowed(Permission.CASE_READ)
public class CaseDiagrams {

    /** Laid-out versions kept; the five templates and a few designs per tenant in use at once fit easily. */
    private static final int CACHED_VERSIONS = 64;

    private final CaseService cases;
    private final CaseHistory history;
    private final TenantProcesses processes;
    private final Clock clock;
    private final Map<String, String> laidOut = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                    return size() > CACHED_VERSIONS;
                }
            });

    CaseDiagrams(CaseService cases, CaseHistory history, TenantProcesses processes, Clock clock) {
        this.cases = cases;
        this.history = history;
        this.processes = processes;
        this.clock = clock;
    }

    /** The case's diagram; a case the user may not see is "not found", as on the rest of the case page. */
    @Transactional(readOnly = true)
    public CaseDiagram of(String caseId) {
        CaseSummary found = cases.caseById(caseId);
        DeployedProcess process = processes.processOfCase(found.id()).orElseThrow(() -> new IllegalStateException(
                "Case " + caseId + " has no process version"));
        String xml = laidOut.computeIfAbsent(process.definitionId(), id -> withDiagram(process.bpmnXml()));
        return CaseDiagram.of(xml, history.pathOf(found.id()), clock.instant());
    }

    /** The XML as deployed if it has a diagram, else laid out by Flowable's auto-layout. */
    static String withDiagram(String xml) {
        if (xml.contains("BPMNShape")) {
            return xml;
        }
        BpmnModel model;
        try {
            // as the templates are read (TemplateBpmn): no DTD, no external entities
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            model = new BpmnXMLConverter().convertToBpmnModel(factory.createXMLStreamReader(new StringReader(xml)));
        } catch (XMLStreamException unreadable) {
            throw new IllegalStateException("A deployed process is not readable BPMN", unreadable);
        }
        new BpmnAutoLayout(model).execute();
        return new String(new BpmnXMLConverter().convertToXML(model, "UTF-8"), StandardCharsets.UTF_8);
    }
}
