package com.credittown.platform.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The decisions people take in cases, as the project records them beside the engine's history (append-only). */
@Component
class CaseDecisions {

    private final CaseStepRecords records;
    private final ObjectMapper json;
    private final Clock clock;

    CaseDecisions(CaseStepRecords records, ObjectMapper json, Clock clock) {
        this.records = records;
        this.json = json;
        this.clock = clock;
    }

    /** The case's start, with the data it started with. */
    void started(String caseId, String actor, Map<String, Object> data) {
        records.save(new CaseStepRecord(caseId, null, "start", null, actor, clock.instant(), null, write(data)));
    }

    /** A completed step, with the data it was completed with and the deadline it had. */
    void completed(String caseId, String taskId, String stepKey, String stepName, String actor, Instant dueAt,
                   Map<String, Object> data) {
        records.save(new CaseStepRecord(caseId, taskId, stepKey, stepName, actor, clock.instant(), dueAt, write(data)));
    }

    /** The decisions of these cases of the current tenant, by case id, in the order they were taken: one statement. */
    Map<String, List<CaseSummary.Decision>> of(Collection<String> caseIds) {
        Map<String, List<CaseSummary.Decision>> byCase = new HashMap<>();
        if (caseIds.isEmpty()) {
            return byCase;
        }
        for (CaseStepRecord record : records.findByCaseIdInOrderByIdAsc(caseIds)) {
            byCase.computeIfAbsent(record.caseId(), id -> new ArrayList<>()).add(new CaseSummary.Decision(
                    record.stepKey(), record.stepName(), record.actor(), record.completedAt(), record.dueAt(),
                    record.dueAt() == null ? null : !record.completedAt().isAfter(record.dueAt()),
                    read(record.dataJson())));
        }
        return byCase;
    }

    private String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data == null ? Map.of() : data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> read(String data) {
        try {
            return json.readValue(data, new TypeReference<Map<String, Object>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
