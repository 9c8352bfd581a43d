package com.credittown.workflows.district;

import com.credittown.platform.tenancy.TenantJobs;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Rates, every night, every tenant's shops and districts, tenant by tenant, each in its own context. */
@Component
class DistrictRatingJob {


    private final TenantJobs tenants;
    private final ShopSupervision supervision;

    DistrictRatingJob(TenantJobs tenants, ShopSupervision supervision) {
        this.tenants = tenants;
        this.supervision = supervision;
    }

    @Scheduled(cron = "${credittown.district.rating-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        rateEverywhere();
    }

    /** Returns how many member shops were rated, over all tenants. */
    int rateEverywhere() {
        return tenants.forEachTenant("Rating districts", () -> supervision.rateAll().shops());
    }
}
