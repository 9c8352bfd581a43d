package com.credittown.platform.credit.publication;

import com.credittown.platform.credit.Severity;
import com.credittown.platform.uscc.Uscc;
import java.time.LocalDate;
import java.util.List;

/** A valid row of a 双公示 file, its text stripped; {@code values} are the row's fields as the file holds them. */
record PublicationRow(long row, long line, PublicationKind kind, String decisionNumber, Uscc subjectCode,
                      String subjectName, String department, LocalDate decisionDate, LocalDate publicationDate,
                      String title, String legalBasis, Severity severity, List<String> values) {

    EntryKey key() {
        return new EntryKey(kind, decisionNumber, subjectCode.value());
    }

    /** What identifies an entry within a tenant: kind, decision number and subject code. */
    record EntryKey(PublicationKind kind, String decisionNumber, String subjectCode) {
    }
}
