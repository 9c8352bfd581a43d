package com.credittown.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantKind;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit chain tests' set-up: a tenant of the test's own (so what a test writes or tampers with stays in its own
 * chain), writing as it, and the check that its whole chain verifies.
 */
@Component
class OwnChains {

    private final TenantDirectory directory;
    private final TransactionTemplate transactions;
    private final AuditVerification verification;

    OwnChains(TenantDirectory directory, TransactionTemplate transactions, AuditVerification verification) {
        this.directory = directory;
        this.transactions = transactions;
        this.verification = verification;
    }

    /** Registers the fixtures' tenants and a new one, {@code <prefix>-<8 random characters>}. */
    TenantId newTenant(String prefix, String nameZh) {
        TenantFixtures.register(directory);
        TenantId tenant = new TenantId(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
        directory.register(tenant, nameZh, TenantKind.TOWN);
        return tenant;
    }

    /** Runs the work as the tenant, in a transaction of its own. */
    <T> T inTransactionAs(TenantId tenant, TransactionCallback<T> work) {
        return TenantContext.callAs(tenant, () -> transactions.execute(work));
    }

    /** Asserts that the tenant's chain verifies, holds this many entries and that its head records the last. */
    ChainStatus assertIntact(TenantId tenant, long entries) {
        ChainStatus status = verification.verify(tenant.code());
        assertThat(status.intact()).as("%s", status.firstBreak()).isTrue();
        assertThat(status.entries()).isEqualTo(entries);
        assertThat(status.headSeq()).isEqualTo(entries);
        return status;
    }
}
