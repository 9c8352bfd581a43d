package com.credittown.platform.credit;

import com.credittown.platform.tenancy.CityWrites;
import com.credittown.platform.tenancy.EveryTenant;
import com.credittown.platform.tenancy.EveryTenantJob;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends, every night, the publicity of every record that reached its maximum publicity period
 * ("publicity also ends by itself at the maximum period"), tenant by tenant, each in its own context, then the
 * city's own records.
 */
@Component
class PublicityExpiry {

    // once a night on one node of the cluster; the total logged below includes the city's own records
    private static final EveryTenantJob JOB = new EveryTenantJob("publicity-expiry", "Ending expired publicity",
            Duration.ofHours(2), Duration.ofMinutes(5), null);
    private static final Logger log = LoggerFactory.getLogger(PublicityExpiry.class);

    private final EveryTenant everyTenant;
    private final CityWrites city;
    private final CreditPublicity publicity;

    PublicityExpiry(EveryTenant everyTenant, CityWrites city, CreditPublicity publicity) {
        this.everyTenant = everyTenant;
        this.city = city;
        this.publicity = publicity;
    }

    @Scheduled(cron = "${credittown.credit.publicity.expiry-cron:0 10 1 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        everyTenant.onOneNode(JOB, this::endExpiredEverywhere);
    }

    /** Returns how many records ended, over all tenants. */
    int endExpiredEverywhere() {
        int ended = everyTenant.run(JOB, publicity::endExpiredPublicity);
        // the city's own records (the city office's and city departments'), which belong to no tenant
        ended += city.write(publicity::endExpiredPublicity);
        if (ended > 0) {
            log.info("Publicity ended at its maximum period for {} records", ended);
        }
        return ended;
    }
}
