package com.credittown.workflows.ledger;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The assessment ledgers (考核台账): a tenant's own, and the city office's across all tenants. Each tenant's figures
 * are computed in that tenant's context, so Hibernate's tenant filter, and nothing here, decides which rows count.
 * Not transactional itself: each tenant's figures are read in a transaction opened inside its own context.
 */
@Service
public class LedgerService {

    private final TenantDirectory directory;
    private final LedgerFigures figures;

    LedgerService(TenantDirectory directory, LedgerFigures figures) {
        this.directory = directory;
        this.figures = figures;
    }

    /** The current tenant's ledger for the period. */
    public TenantLedger ofTenant(LedgerPeriod period) {
        TenantId tenant = TenantContext.require();
        String name = directory.find(tenant.code()).map(Tenant::nameZh).orElse(tenant.code());
        return figures.of(name, period);
    }

    /** Every tenant's ledger for the period, sorted by tenant code, with the city's totals (the city office). */
    public CityLedger ofCity(LedgerPeriod period) {
        List<TenantLedger> ledgers = directory.all().stream()
                .sorted(Comparator.comparing(tenant -> tenant.id().code()))
                .map(tenant -> TenantContext.callAs(tenant.id(), () -> figures.of(tenant.nameZh(), period)))
                .toList();
        return new CityLedger(period.code(), period.nameZh(), period.start(), period.lastDay(), ledgers,
                TenantLedger.totalOf(period.code(), ledgers));
    }

    /** The city office's view: one ledger per tenant and the totals. */
    public record CityLedger(String period, String periodName, LocalDate firstDay, LocalDate lastDay,
                             List<TenantLedger> tenants, TenantLedger total) {
    }
}
