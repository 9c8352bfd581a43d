package com.credittown.workflows.cases;

import com.credittown.platform.workflow.TenantWorkflow;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The legal basis (依据) of a step: the data in {@code templates/step-legal-basis.json}, else the basis its process
 * names in the BPMN documentation. Law is data, not code.
 */
@Component
public class StepLegalBasis {

    private static final String FILE = "templates/step-legal-basis.json";

    private final Map<String, Object> byProcess;
    private final TenantWorkflow workflow;

    StepLegalBasis(ObjectMapper json, TenantWorkflow workflow) throws IOException {
        this.workflow = workflow;
        try (InputStream in = new org.springframework.core.io.ClassPathResource(FILE).getInputStream()) {
            this.byProcess = json.readValue(in, new TypeReference<Map<String, Object>>() {
            });
        }
    }

    /** The basis of a step of a process; the process's own basis when the step names none. */
    public Optional<String> of(String processKey, String stepKey) {
        if (byProcess.get(processKey) instanceof Map<?, ?> steps && steps.get(stepKey) instanceof String basis) {
            return Optional.of(basis);
        }
        return processBasis(processKey);
    }

    /** The basis the published process names (its BPMN documentation). */
    public Optional<String> processBasis(String processKey) {
        return workflow.processDocumentation(processKey);
    }
}
