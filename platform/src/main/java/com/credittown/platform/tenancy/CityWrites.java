package com.credittown.platform.tenancy;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The city office's one write path into several tenants at once (e.g. assigning a key task to twenty towns): the work
 * runs with no tenant current, in one new transaction whose Hibernate session may write rows of any tenant, each row
 * naming its tenant ({@link TenantScoped#assignTenant}); a row that names none is refused by the tenant foreign key.
 * All tenants' rows commit together or not at all.
 */
@Component
public class CityWrites {

    private final TransactionTemplate transaction;

    CityWrites(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public <T> T write(Supplier<T> work) {
        return TenantContext.callAsCity(() -> transaction.execute(status -> work.get()));
    }

    /**
     * The city office's write into one tenant where the law gives it one (a supervision notice arriving as a task in
     * the town's inbox): the work runs as that tenant, in a new transaction.
     */
    public <T> T inTenant(TenantId tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant, () -> transaction.execute(status -> work.get()));
    }
}
