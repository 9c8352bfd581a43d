package com.credittown.platform.search;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Cases by a part of their process name, subject name or open tasks' names (Chinese included), or by their subject's
 * code (or its prefix); the third group of the search box, newest first after relevance.
 */
@Service
@Order(3)
public class CaseSearch extends SearchGroup<CaseDocument, CaseHit> {

    private final Clock clock;

    CaseSearch(CaseDocumentType type, Clock clock) {
        super("cases", type, CaseDocument.class,
                SearchFields.code("subjectCode").text("subjectName", 3f).text("processName", 2f)
                        .text("openTasks.name", 1f),
                List.of(descending("startedAt"), ascending("id")));
        this.clock = clock;
    }

    @Override
    protected CaseHit hit(CaseDocument d) {
        boolean overdue = d.nearestDueAt() != null && Instant.parse(d.nearestDueAt()).isBefore(clock.instant());
        return new CaseHit(d.tenant(), d.id(), d.processKey(), d.processName(), d.businessKey(), d.subjectName(),
                d.subjectCode(), d.state(), d.openTasks() == null ? List.of() : d.openTasks(), d.nearestDueAt(),
                overdue, d.startedAt(), d.endedAt(), "tenants/" + d.tenant() + "/cases/" + d.id());
    }
}
