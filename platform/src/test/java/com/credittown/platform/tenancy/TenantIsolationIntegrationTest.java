package com.credittown.platform.tenancy;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.audit.AuditEntry;
import com.credittown.platform.audit.AuditLog;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Application tables on the real PostgreSQL: a tenant's queries never return another tenant's rows. */
@SpringBootTest
class TenantIsolationIntegrationTest {

    @Autowired
    TenantDirectory directory;
    @Autowired
    AuditLog audit;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    @Test
    void rowsWrittenForOneTenantAreInvisibleToAnother() {
        String subject = UUID.randomUUID().toString();
        TenantContext.runAs(HUMEN, () -> transactions.executeWithoutResult(tx ->
                audit.record("officer-1", "TEST", "case", subject, "written by humen")));

        List<AuditEntry> seenByHumen = TenantContext.callAs(HUMEN, () -> audit.trailOf("case", subject));
        List<AuditEntry> seenByChangan = TenantContext.callAs(CHANGAN, () -> audit.trailOf("case", subject));

        assertThat(seenByHumen).singleElement()
                .satisfies(entry -> assertThat(entry.getTenantId()).isEqualTo("humen"))
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("written by humen"));
        assertThat(seenByChangan).isEmpty();
    }

    @Test
    void writingWithoutATenantFailsClosed() {
        String subject = UUID.randomUUID().toString();

        assertThatThrownBy(() -> transactions.executeWithoutResult(tx ->
                audit.record("officer-1", "TEST", "case", subject, "no tenant")))
                .isInstanceOf(TenantContext.MissingTenantException.class);
        assertThat(TenantContext.callAs(HUMEN, () -> audit.trailOf("case", subject))).isEmpty();
    }

    @Test
    void registeringATenantTwiceChangesNothing() {
        assertThat(directory.register(HUMEN, "虎门镇", TenantKind.TOWN)).isFalse();
        assertThat(directory.find("humen")).get().extracting(Tenant::nameZh).isEqualTo("虎门镇");
        assertThat(directory.find("HUMEN' OR 1=1 --")).isEmpty();
    }
}
