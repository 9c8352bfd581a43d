package com.credittown.workflows.district;

import com.credittown.platform.tenancy.Tenant;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Rates, every night, every tenant's shops and districts, tenant by tenant, each in its own context. */
@Component
class DistrictRatingJob {

    private static final Logger log = LoggerFactory.getLogger(DistrictRatingJob.class);

    private final TenantDirectory tenants;
    private final ShopSupervision supervision;

    DistrictRatingJob(TenantDirectory tenants, ShopSupervision supervision) {
        this.tenants = tenants;
        this.supervision = supervision;
    }

    @Scheduled(cron = "${credittown.district.rating-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        rateEverywhere();
    }

    /** Returns how many member shops were rated, over all tenants. */
    int rateEverywhere() {
        int rated = 0;
        for (Tenant tenant : tenants.all()) {
            try {
                rated += TenantContext.callAs(tenant.id(), supervision::rateAll).shops();
            } catch (RuntimeException e) {
                log.warn("Rating districts failed for {}: {}", tenant.id(), e.toString());
            }
        }
        return rated;
    }
}
