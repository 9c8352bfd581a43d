package com.credittown.workflows.cases;

import com.credittown.platform.tenancy.TenantNames;
import com.credittown.platform.workflow.TenantProcesses;
import com.credittown.workflows.form.LocalizedText;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The legal basis (依据) of a step: the data in {@code templates/step-legal-basis.json} (Chinese, and English for
 * users who chose English), else the basis its process names in the BPMN documentation. Law is data, not code.
 */
@Component
public class StepLegalBasis {

    static final String FILE = "templates/step-legal-basis.json";
    static final String PROCESS = "_process";

    private final Map<String, Map<String, LocalizedText>> byProcess;
    private final TenantProcesses processes;

    StepLegalBasis(ObjectMapper json, TenantProcesses processes) throws IOException {
        this.processes = processes;
        this.byProcess = read(json);
    }

    static Map<String, Map<String, LocalizedText>> read(ObjectMapper json) throws IOException {
        try (InputStream in = new org.springframework.core.io.ClassPathResource(FILE).getInputStream()) {
            Map<String, Object> all = json.readValue(in, new TypeReference<Map<String, Object>>() {
            });
            all.remove("_comment");
            return json.convertValue(all, new TypeReference<Map<String, Map<String, LocalizedText>>>() {
            });
        }
    }

    /** The basis of a step of a process in this language; the process's own basis when the step names none. */
    public Optional<String> of(String processKey, String stepKey, Locale locale) {
        if (!PROCESS.equals(stepKey)) {
            LocalizedText basis = byProcess.getOrDefault(processKey, Map.of()).get(stepKey);
            if (basis != null) {
                return Optional.of(basis.in(language(locale)));
            }
        }
        return processBasis(processKey, locale);
    }

    /**
     * The basis the published process names (its BPMN documentation); in English when the file has the English of
     * that very text (a tenant's own process keeps its own words).
     */
    public Optional<String> processBasis(String processKey, Locale locale) {
        Optional<String> published = processes.documentation(processKey);
        LocalizedText known = byProcess.getOrDefault(processKey, Map.of()).get(PROCESS);
        if (published.isPresent() && known != null && published.get().equals(known.zh())) {
            return Optional.of(known.in(language(locale)));
        }
        return published;
    }

    private static Locale language(Locale locale) {
        return TenantNames.english(locale) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
