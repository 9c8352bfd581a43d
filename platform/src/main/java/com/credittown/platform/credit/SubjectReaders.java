package com.credittown.platform.credit;

import com.credittown.platform.tenancy.TenantId;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tenants that may read a subject whose identity is not public (a natural person): the one that registered it
 * and every one that registered the same person again. Rows are added, never removed, in the caller's transaction.
 */
@Component
class SubjectReaders {

    private final JdbcTemplate jdbc;

    SubjectReaders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean mayRead(long subjectId, TenantId tenant) {
        Integer found = jdbc.queryForObject("select count(*) from credit_subject_reader where subject_id = ?"
                + " and tenant_id = ?", Integer.class, subjectId, tenant.code());
        return found != null && found > 0;
    }

    /** Adds the tenant as a reader. @return whether it was not one already */
    boolean add(long subjectId, TenantId tenant, Instant since) {
        if (mayRead(subjectId, tenant)) {
            return false;
        }
        jdbc.update("insert into credit_subject_reader (subject_id, tenant_id, since) values (?, ?, ?)",
                subjectId, tenant.code(), Timestamp.from(since));
        return true;
    }

    /** The tenant codes that read the subject, in code order. */
    List<String> of(long subjectId) {
        return jdbc.queryForList("select tenant_id from credit_subject_reader where subject_id = ? order by tenant_id",
                String.class, subjectId);
    }
}
