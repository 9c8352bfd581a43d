package com.credittown.workflows.district;

import com.credittown.platform.tenancy.TenantJobs;
import com.credittown.platform.cluster.ClusterLock;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Rates, every night, every tenant's shops and districts, tenant by tenant, each in its own context. */
@Component
class DistrictRatingJob {


    private final TenantJobs tenants;
    private final ShopSupervision supervision;
    private final ClusterLock locks;

    DistrictRatingJob(TenantJobs tenants, ShopSupervision supervision, ClusterLock locks) {
        this.tenants = tenants;
        this.locks = locks;
        this.supervision = supervision;
    }

    @Scheduled(cron = "${credittown.district.rating-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        // once a night on one node of the cluster
        locks.runExclusively("district-rating", Duration.ofHours(2), Duration.ofMinutes(5), this::rateEverywhere);
    }

    /** Returns how many member shops were rated, over all tenants. */
    int rateEverywhere() {
        return tenants.forEachTenant("Rating districts", () -> supervision.rateAll().shops());
    }
}
