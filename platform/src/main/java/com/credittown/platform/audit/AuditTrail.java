package com.credittown.platform.audit;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.time.PlatformClock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit viewer's reads: a tenant's administrator reads its own tenant's entries and chain, the city office any
 * tenant's, the city level's, or all at once (one query, not a loop over tenants). Newest first, at most
 * {@link #MAX_ROWS}.
 */
@Service
public class AuditTrail {

    public static final int MAX_ROWS = 200;

    private final JdbcTemplate jdbc;
    private final AuditVerification verification;

    AuditTrail(JdbcTemplate jdbc, AuditVerification verification) {
        this.jdbc = jdbc;
        this.verification = verification;
    }

    @Allowed(Permission.AUDIT_READ)
    @Transactional(readOnly = true)
    public List<AuditRow> search(AuditFilter filter) {
        StringBuilder sql = new StringBuilder("select id, chain, chain_seq, tenant_id, occurred_at, actor, action,"
                + " subject_type, subject_id, detail from audit_entry where 1 = 1");
        List<Object> arguments = new ArrayList<>();
        chainOf(filter.tenant()).ifPresent(chain -> {
            sql.append(" and chain = ?");
            arguments.add(chain);
        });
        condition(sql, arguments, "subject_type", filter.subjectType());
        condition(sql, arguments, "subject_id", filter.subjectId());
        if (filter.caseId() != null && !filter.caseId().isBlank()) {
            condition(sql, arguments, "subject_type", AuditFilter.CASE);
            condition(sql, arguments, "subject_id", filter.caseId());
        }
        condition(sql, arguments, "actor", filter.actor());
        if (filter.from() != null) {
            sql.append(" and occurred_at >= ?");
            arguments.add(filter.from().atStartOfDay(PlatformClock.CITY_ZONE).toOffsetDateTime());
        }
        if (filter.to() != null) {
            sql.append(" and occurred_at < ?");
            arguments.add(filter.to().plusDays(1).atStartOfDay(PlatformClock.CITY_ZONE).toOffsetDateTime());
        }
        sql.append(" order by occurred_at desc, id desc limit ").append(MAX_ROWS);
        return jdbc.query(sql.toString(), (rs, row) -> new AuditRow(rs.getLong(1), rs.getString(2), rs.getLong(3),
                rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10)), arguments.toArray());
    }

    /** The kinds of audited things in the chain(s) the caller may read, for the viewer's choice. */
    @Allowed(Permission.AUDIT_READ)
    @Transactional(readOnly = true)
    public List<String> subjectTypes(String tenant) {
        return chainOf(tenant)
                .map(chain -> jdbc.queryForList("select distinct subject_type from audit_entry where chain = ?"
                        + " order by subject_type", String.class, chain))
                .orElseGet(() -> jdbc.queryForList("select distinct subject_type from audit_entry"
                        + " order by subject_type", String.class));
    }

    /** The chain of the caller's tenant (an administrator), or of the given tenant (the city office). */
    @Allowed(Permission.AUDIT_READ)
    public ChainStatus chainStatus(String tenant) {
        return verification.verify(chainOf(tenant).orElseThrow(() ->
                new IllegalArgumentException("a chain is required")));
    }

    /** Every chain, for the city office. */
    @Allowed(Permission.CITY_OFFICE)
    public List<ChainStatus> everyChain() {
        return verification.verifyAll();
    }

    /** The chain the caller reads: an administrator its own tenant's only; the city office the one it asked for. */
    private static java.util.Optional<String> chainOf(String asked) {
        boolean cityOffice = CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(false);
        if (!cityOffice) {
            return java.util.Optional.of(TenantContext.require().code());
        }
        return asked == null || asked.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(asked);
    }

    private static void condition(StringBuilder sql, List<Object> arguments, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" and ").append(column).append(" = ?");
            arguments.add(value.strip());
        }
    }
}
