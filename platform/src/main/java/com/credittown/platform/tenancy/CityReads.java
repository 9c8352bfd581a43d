package com.credittown.platform.tenancy;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The city office's one read path across tenants (architecture.md, "Tenancy: two levels"): the work runs with no tenant
 * current, in a new read-only transaction whose Hibernate session sees every tenant's rows, so a city figure is one
 * query grouped by {@code tenant_id}, not one query per tenant. Tenant-scoped code that needs a current tenant fails
 * closed here; nothing can be written (the transaction is read-only and the root tenant is no tenant).
 */
@Component
public class CityReads {

    private final TransactionTemplate readOnly;

    CityReads(PlatformTransactionManager transactions) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <T> T read(Supplier<T> work) {
        return TenantContext.callAsCity(() -> readOnly.execute(status -> work.get()));
    }
}
