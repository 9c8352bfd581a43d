package com.credittown.workflows.commitment;

import com.credittown.platform.credit.SubjectFact;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The fact {@code earlier-false-commitment} of the city's decision rules: the subject made a commitment, in any town,
 * whose breach was a false statement. A fact of the city-wide archive, so it is read across tenants (system read for a
 * decision; nothing of another tenant is shown but the commitment's number and its tenant).
 */
@Component
class EarlierFalseCommitments implements SubjectFact {

    static final String NAME = "earlier-false-commitment";

    private final JdbcTemplate jdbc;

    EarlierFalseCommitments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> evidence(String subjectCode) {
        return jdbc.query("select id, tenant_id from commitment where subject_code = ? and breach_kind = ?"
                        + " order by id", (rs, row) -> "commitment " + rs.getString("id") + " (" + rs.getString("tenant_id")
                        + ")", subjectCode, CommitmentEligibility.FALSE_STATEMENT);
    }
}
