package com.credittown.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantKind;
import com.credittown.platform.time.PlatformClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit viewer's reads: who reads which chain, and the filters, on PostgreSQL. */
@SpringBootTest
class AuditTrailIntegrationTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditLog audit;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PlatformClock clock;

    private TenantId mine;
    private TenantId other;
    private final String marker = UUID.randomUUID().toString();

    @BeforeEach
    void twoTenantsWithEntries() {
        TenantFixtures.register(directory);
        mine = new TenantId("trail-" + UUID.randomUUID().toString().substring(0, 8));
        other = new TenantId("trail-" + UUID.randomUUID().toString().substring(0, 8));
        directory.register(mine, "甲镇", TenantKind.TOWN);
        directory.register(other, "乙镇", TenantKind.TOWN);
        write(mine, "alice", "credit-subject", "2026-03-01T02:00:00Z");
        write(mine, "bob", "case", "2026-03-05T02:00:00Z");
        write(other, "alice", "credit-subject", "2026-03-01T03:00:00Z");
        clock.reset();
    }

    @AfterEach
    void forget() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    private void write(TenantId tenant, String actor, String type, String at) {
        clock.moveTo(Instant.parse(at));
        TenantContext.runAs(tenant, () -> transactions.executeWithoutResult(tx ->
                audit.record(actor, "TEST", type, marker, "by " + actor)));
    }

    private static void loginAs(String username, String tenant, String... roles) {
        Jwt.Builder token = Jwt.withTokenValue("t").header("alg", "none").claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of(roles)));
        if (tenant != null) {
            token.claim("organization", List.of(tenant));
        }
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token.build(),
                java.util.Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
    }

    private AuditFilter bySubject() {
        return new AuditFilter(null, null, marker, null, null, null, null);
    }

    @Test
    void anAdministratorReadsItsOwnTenantOnlyWhateverItAsksFor() {
        loginAs("mine.admin", mine.code(), "administrator");

        List<AuditRow> rows = TenantContext.callAs(mine, () -> trail.search(
                new AuditFilter(other.code(), null, marker, null, null, null, null)));

        assertThat(rows).extracting(AuditRow::tenant).containsOnly(mine.code());
        assertThat(rows).extracting(AuditRow::actor).containsExactly("bob", "alice");
        assertThat(TenantContext.callAs(mine, () -> trail.chainStatus(other.code())).chain()).isEqualTo(mine.code());
    }

    @Test
    void theCityOfficeReadsEveryTenantAndFiltersByUserTypeAndPeriod() {
        loginAs("city.office", null, "city-office");

        assertThat(trail.search(bySubject())).extracting(AuditRow::tenant)
                .containsExactlyInAnyOrder(mine.code(), mine.code(), other.code());
        assertThat(trail.search(new AuditFilter(null, null, marker, null, "alice", null, null)))
                .extracting(AuditRow::tenant).containsExactlyInAnyOrder(mine.code(), other.code());
        assertThat(trail.search(new AuditFilter(mine.code(), "case", marker, null, null, null, null)))
                .singleElement().extracting(AuditRow::actor).isEqualTo("bob");
        assertThat(trail.search(new AuditFilter(null, null, null, marker, null, null, null)))
                .singleElement().extracting(AuditRow::actor).isEqualTo("bob");
        // 2026-03-05 10:00 in Dongguan is inside the period 03-02 .. 03-05; 03-01 is not
        assertThat(trail.search(new AuditFilter(null, null, marker, null, null, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 5)))).singleElement().extracting(AuditRow::actor).isEqualTo("bob");
        assertThat(trail.everyChain()).extracting(ChainStatus::chain).contains(mine.code(), other.code());
    }

    @Test
    void officersAndAnonymousCallersAreRefused() {
        loginAs("mine.officer", mine.code(), "officer");
        assertThatThrownBy(() -> TenantContext.callAs(mine, () -> trail.search(bySubject())))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("mine.admin", mine.code(), "administrator");
        assertThatThrownBy(() -> trail.everyChain()).isInstanceOf(AccessDeniedException.class);
    }
}
