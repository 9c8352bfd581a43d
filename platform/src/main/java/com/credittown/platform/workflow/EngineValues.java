package com.credittown.platform.workflow;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.identitylink.api.IdentityLinkInfo;

/** Conversions from the engine's values to the project's records, shared by the workflow package's doors. */
final class EngineValues {

    private EngineValues() {
    }

    static Instant toInstant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** A copy of the variables without the null ones (the records' maps hold no nulls). */
    static Map<String, Object> nonNull(Map<String, Object> variables) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (variables != null) {
            variables.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k, v);
                }
            });
        }
        return copy;
    }

    /** Flowable definition ids read {@code key:version:uuid}. */
    static String processKeyOf(String processDefinitionId) {
        int colon = processDefinitionId == null ? -1 : processDefinitionId.indexOf(':');
        return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
    }

    /** The candidate groups among a task's identity links, each once. */
    static List<String> candidateGroups(List<? extends IdentityLinkInfo> links) {
        return links.stream()
                .filter(link -> "candidate".equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLinkInfo::getGroupId)
                .distinct()
                .toList();
    }
}
