package com.credittown.workflows.keytask;

import java.util.List;

/**
 * A key task the city office assigns to one or more tenants.
 *
 * @param basis               the plan item or document it implements (依据/计划条目), e.g. 东府办〔2024〕6号（二十四）
 * @param ownerUnit           the city unit leading it (牵头单位)
 * @param deadline            the last day on time, ISO date {@code 2025-12-31}
 * @param reminderWorkingDays optional: remind this many working days before the deadline (city calendar)
 * @param tenants             tenant codes, at least one
 */
public record NewKeyTask(String title, String description, String basis, String ownerUnit, String deadline,
                         Integer reminderWorkingDays, List<String> tenants) {
}
