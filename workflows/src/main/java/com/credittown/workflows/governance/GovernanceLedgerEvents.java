package com.credittown.workflows.governance;

import com.credittown.platform.credit.CreditRecordChanged;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the governance ledger (plan (四)) in step with the archive: a severe record of the tenant's added or ended, or
 * a severe-dishonesty list entry published or removed, updates the subject's entry in the same transaction, so the
 * ledger shows it without an officer's refresh. The archive publishes {@link CreditRecordChanged} inside the change's
 * transaction; this listener runs synchronously in it.
 *
 * <p>Only a change made in the owning tenant's context is followed (an officer's record, the nightly expiry run tenant
 * by tenant, the city office's list decision written through {@code CityWrites.inTenant}, an objection's decision):
 * the ledger belongs to that tenant. The city's own records belong to no tenant's ledger. Anything else is picked up
 * by the next refresh (the ledger page refreshes on opening).
 */
@Component
class GovernanceLedgerEvents {

    /** The kinds {@code SubjectRosters.severeSubjects} reads: SEVERE dishonesty or penalty records, list entries. */
    private static final Set<RecordKind> SEVERE_KINDS = Set.of(RecordKind.DISHONESTY, RecordKind.PENALTY,
            RecordKind.SEVERE_LIST);

    private final GovernanceLedger ledger;

    GovernanceLedgerEvents(GovernanceLedger ledger) {
        this.ledger = ledger;
    }

    @EventListener
    void recordChanged(CreditRecordChanged changed) {
        if (changed.ownerTenant() == null || !SEVERE_KINDS.contains(changed.kind())) {
            return;
        }
        boolean ownersContext = TenantContext.current().map(TenantId::code).filter(changed.ownerTenant()::equals)
                .isPresent();
        if (ownersContext) {
            ledger.followArchive(changed.subjectId());
        }
    }
}
