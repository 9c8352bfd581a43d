package com.credittown.workflows.ledger;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.CityReads;
import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.ledger.internal.LedgerFigures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The assessment ledgers (考核台账): a tenant's own, and the city office's across all tenants. The figures are the same
 * grouped statements either way ({@link LedgerFigures}, from each feature's census API): in the tenant's context its tenant filter leaves its own
 * rows; the city office reads through {@link CityReads}, one statement per figure for every tenant together.
 */
@Service
@Allowed(Permission.CITY_OFFICE)
public class LedgerService {

    private final TenantDirectory directory;
    private final LedgerFigures figures;
    private final CityReads city;

    LedgerService(TenantDirectory directory, LedgerFigures figures, CityReads city) {
        this.directory = directory;
        this.figures = figures;
        this.city = city;
    }

    /** The current tenant's ledger for the period. */
    @Allowed(Permission.LEDGER_READ)
    public TenantLedger ofTenant(LedgerPeriod period) {
        TenantId tenant = TenantContext.require();
        return figures.of(Map.of(tenant.code(), nameOf(tenant)), period).get(tenant.code());
    }

    /** One tenant's ledger as the city office reads it (the city's read path, no tenant bound). */
    public TenantLedger ofTenant(TenantId tenant, LedgerPeriod period) {
        return city.read(() -> figures.of(Map.of(tenant.code(), nameOf(tenant)), period)).get(tenant.code());
    }

    /** Every tenant's ledger for the period, sorted by tenant code, with the city's totals (the city office). */
    public CityLedger ofCity(LedgerPeriod period) {
        Map<String, String> names = new LinkedHashMap<>();
        directory.all().forEach(tenant -> names.put(tenant.id().code(), tenant.nameZh()));
        List<TenantLedger> ledgers = List.copyOf(city.read(() -> figures.of(names, period)).values());
        return new CityLedger(period.code(), period.nameZh(), period.start(), period.lastDay(), ledgers,
                TenantLedger.totalOf(period.code(), ledgers));
    }

    private String nameOf(TenantId tenant) {
        return directory.find(tenant.code()).map(Tenant::nameZh).orElse(tenant.code());
    }
}
