package com.credittown.workflows.district;

import com.credittown.platform.tenancy.EveryTenant;
import com.credittown.platform.tenancy.EveryTenantJob;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Rates, every night, every tenant's shops and districts, tenant by tenant, each in its own context. */
@Component
class DistrictRatingJob {

    // once a night on one node of the cluster
    private static final EveryTenantJob JOB = new EveryTenantJob("district-rating", "Rating districts",
            Duration.ofHours(2), Duration.ofMinutes(5), null);

    private final EveryTenant everyTenant;
    private final ShopSupervision supervision;

    DistrictRatingJob(EveryTenant everyTenant, ShopSupervision supervision) {
        this.everyTenant = everyTenant;
        this.supervision = supervision;
    }

    @Scheduled(cron = "${credittown.district.rating-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        everyTenant.onOneNode(JOB, this::rateEverywhere);
    }

    /** Returns how many member shops were rated, over all tenants. */
    int rateEverywhere() {
        return everyTenant.run(JOB, () -> supervision.rateAll().shops());
    }
}
