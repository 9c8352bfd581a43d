package com.credittown.platform.credit;

import com.credittown.platform.tenancy.TenantJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.credittown.platform.cluster.ClusterLock;
import com.credittown.platform.tenancy.CityWrites;
import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends, every night, the publicity of every record that reached its maximum publicity period
 * ("publicity also ends by itself at the maximum period"), tenant by tenant, each in its own context, then the
 * city's own records.
 */
@Component
class PublicityExpiry {

    private static final Logger log = LoggerFactory.getLogger(PublicityExpiry.class);

    private final TenantJobs tenants;
    private final CityWrites city;
    private final CreditPublicity publicity;
    private final ClusterLock locks;

    PublicityExpiry(TenantJobs tenants, CityWrites city, CreditPublicity publicity, ClusterLock locks) {
        this.tenants = tenants;
        this.city = city;
        this.locks = locks;
        this.publicity = publicity;
    }

    @Scheduled(cron = "${credittown.credit.publicity.expiry-cron:0 10 1 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        // once a night on one node of the cluster
        locks.runExclusively("publicity-expiry", Duration.ofHours(2), Duration.ofMinutes(5),
                this::endExpiredEverywhere);
    }

    /** Returns how many records ended, over all tenants. */
    int endExpiredEverywhere() {
        int ended = tenants.forEachTenant("Ending expired publicity", publicity::endExpiredPublicity);
        // the city's own records (the city office's and city departments'), which belong to no tenant
        ended += city.write(publicity::endExpiredPublicity);
        if (ended > 0) {
            log.info("Publicity ended at its maximum period for {} records", ended);
        }
        return ended;
    }
}
