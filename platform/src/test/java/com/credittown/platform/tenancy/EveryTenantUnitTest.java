package com.credittown.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A scheduled job over every tenant when one tenant's work fails: the tenants after it are still served, the failed
 * one is named to the caller ({@link TenantJobOutcome}) and in the run's total line, so an operator reading the log
 * sees which tenants a run missed. Three tenants from a fake directory; no database.
 */
@ExtendWith(OutputCaptureExtension.class)
class EveryTenantUnitTest {

    private static final EveryTenantJob JOB = new EveryTenantJob("probe", "Probe job", Duration.ofMinutes(1),
            Duration.ZERO, "{} probes written");

    private final List<String> servedFor = new ArrayList<>();
    private final TenantJobs jobs = new TenantJobs(directoryOf("anping", "changan", "humen"), new NoRequest());
    // the cluster lock is only for onOneNode, which these tests do not call
    private final EveryTenant everyTenant = new EveryTenant(jobs, null);

    @Test
    void aFailingTenantDoesNotStopTheOthersAndTheTotalLineNamesIt(CapturedOutput output) {
        int total = everyTenant.run(JOB, twoEachExcept("changan"));

        assertThat(servedFor).containsExactly("anping", "changan", "humen");
        assertThat(total).as("the tenants served").isEqualTo(4);
        assertThat(output)
                .contains("Probe job failed for changan: java.lang.IllegalStateException: changan's database is away")
                .contains("4 probes written; failed for 1 of 3 tenants: changan (tried again at the next run)");
    }

    @Test
    void theOutcomeNamesTheTenantsDoneAndThoseThatFailed() {
        TenantJobOutcome outcome = jobs.forEachTenant("Probe job", twoEachExcept("anping", "humen"));

        assertThat(outcome.done()).containsExactly(new TenantId("changan"));
        assertThat(outcome.failed()).containsExactly(new TenantId("anping"), new TenantId("humen"));
        assertThat(outcome.total()).isEqualTo(2);
        assertThat(outcome.tenants()).isEqualTo(3);
        assertThat(outcome.failedCodes()).isEqualTo("anping, humen");
    }

    @Test
    void aJobWithoutATotalLineStillNamesTheFailedTenants(CapturedOutput output) {
        EveryTenantJob quiet = new EveryTenantJob("quiet-probe", "Quiet probe", Duration.ofMinutes(1), Duration.ZERO,
                null);

        everyTenant.run(quiet, twoEachExcept("humen"));

        assertThat(output).contains("Quiet probe; failed for 1 of 3 tenants: humen (tried again at the next run)");
    }

    @Test
    void aRunWithoutFailuresLogsOnlyItsTotal(CapturedOutput output) {
        int total = everyTenant.run(JOB, twoEachExcept());

        assertThat(total).isEqualTo(6);
        assertThat(output).contains("6 probes written").doesNotContain("failed for");
    }

    /** Work that counts two for each tenant and fails for the ones named. */
    private Callable<Integer> twoEachExcept(String... failing) {
        return () -> {
            String tenant = TenantContext.require().code();
            servedFor.add(tenant);
            if (List.of(failing).contains(tenant)) {
                throw new IllegalStateException(tenant + "'s database is away");
            }
            return 2;
        };
    }

    private static TenantDirectory directoryOf(String... codes) {
        List<Tenant> tenants = new ArrayList<>();
        for (String code : codes) {
            tenants.add(new Tenant(new TenantId(code), code, TenantKind.TOWN, Instant.EPOCH));
        }
        return new TenantDirectory(null, null) {
            @Override
            public List<Tenant> all() {
                return tenants;
            }
        };
    }

    /** Background work: no request is being served. */
    private static final class NoRequest implements RequestCallers {
        @Override
        public Optional<Caller> signedIn() {
            return Optional.empty();
        }

        @Override
        public boolean inRequest() {
            return false;
        }
    }
}
