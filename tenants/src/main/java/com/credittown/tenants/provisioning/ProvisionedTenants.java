package com.credittown.tenants.provisioning;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The provisioning fingerprint recorded for each registered tenant ({@code tenant.provisioning_fingerprint}, this
 * module's changelog): null until the tenant's first provisioning without a failure.
 */
@Repository
class ProvisionedTenants {

    private final JdbcTemplate jdbc;

    ProvisionedTenants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every tenant's recorded fingerprint, by code (tenants without one are left out). */
    Map<String, String> fingerprints() {
        Map<String, String> found = new HashMap<>();
        jdbc.query("select code, provisioning_fingerprint from tenant where provisioning_fingerprint is not null",
                row -> {
                    found.put(row.getString(1), row.getString(2));
                });
        return found;
    }

    void record(String code, String fingerprint) {
        jdbc.update("update tenant set provisioning_fingerprint = ? where code = ?", fingerprint, code);
    }
}
