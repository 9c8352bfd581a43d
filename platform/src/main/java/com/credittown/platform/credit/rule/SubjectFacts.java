package com.credittown.platform.credit.rule;

import com.credittown.platform.credit.grade.Grade;
import java.util.List;
import java.util.Map;

/**
 * What the rules read of one subject: whether it is registered, its grade, every record of the city's archive, and
 * the named facts features know (e.g. {@code earlier-false-commitment}) with their evidence.
 */
public record SubjectFacts(String code, boolean registered, Grade grade, List<ArchiveFact> records,
                           Map<String, List<String>> facts) {

    public SubjectFacts {
        records = List.copyOf(records);
        facts = Map.copyOf(facts);
    }
}
