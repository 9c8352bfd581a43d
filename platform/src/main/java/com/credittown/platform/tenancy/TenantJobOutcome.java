package com.credittown.platform.tenancy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a run of background work over every tenant came to ({@link TenantJobs#forEachTenant}).
 *
 * @param total  the sum of the counts the work returned for the tenants it was done for
 * @param done   the tenants the work was done for, in the order run
 * @param failed the tenants whose work failed (logged and skipped; the job tries them again at its next run)
 */
public record TenantJobOutcome(int total, List<TenantId> done, List<TenantId> failed) {

    public TenantJobOutcome {
        done = List.copyOf(done);
        failed = List.copyOf(failed);
    }

    /** How many tenants the run went over. */
    public int tenants() {
        return done.size() + failed.size();
    }

    /** The failed tenants' codes, for a log line ("changan, humen"). */
    public String failedCodes() {
        return failed.stream().map(TenantId::code).collect(Collectors.joining(", "));
    }
}
