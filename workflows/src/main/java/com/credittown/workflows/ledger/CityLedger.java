package com.credittown.workflows.ledger;

import java.time.LocalDate;
import java.util.List;

/** The city office's view: one ledger per tenant and the totals. */
public record CityLedger(String period, String periodName, LocalDate firstDay, LocalDate lastDay,
                         List<TenantLedger> tenants, TenantLedger total) {
}
