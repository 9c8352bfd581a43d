package com.credittown.platform.credit;

import java.util.List;

/**
 * A fact about a subject that a feature knows and a decision rule names ({@code "fact": "<name>"} in the decision
 * rules), e.g. the commitments feature knows whether a subject made a false commitment. A bean of this interface
 * answers it.
 */
public interface SubjectFact {

    /** The name the rules use, e.g. {@code earlier-false-commitment}. */
    String name();

    /** What shows the fact for this subject (e.g. the commitment's number); empty when the fact does not hold. */
    List<String> evidence(String subjectCode);
}
