package com.credittown.workflows.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.StatementCounter;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.tenancy.TenantKind;
import com.credittown.workflows.WorkflowFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The city office's figures come through one read path (CityReads) with statements grouped by tenant: the statements a
 * request sends do not grow with the number of tenants. Counted on the real PostgreSQL (JPA, Flowable and JDBC share
 * the data source the counter wraps), before and after more tenants are registered.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class CityReadsStatementCountIntegrationTest {

    private static final List<String> CITY_PAGES = List.of("/api/city/ledgers?period=2025-Q3", "/api/city/overdue",
            "/api/city/key-tasks", "/api/city/supervision");

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantDirectory directory;
    @Autowired
    WorkflowFixtures fixtures;

    @Test
    void aCityFigureIsTheSameStatementsWhateverTheNumberOfTenants() {
        fixtures.provisionHumenAndChangan();
        CITY_PAGES.forEach(this::statementsOf); // warm: caches (process definitions, templates) filled once

        Map<String, Long> before = statements();
        int tenantsBefore = directory.all().size();
        for (int i = 0; i < 5; i++) {
            TenantId extra = new TenantId("count" + Math.abs(new Random().nextInt(1_000_000)));
            directory.register(extra, "统计测试镇" + extra.code(), TenantKind.TOWN);
        }
        Map<String, Long> after = statements();

        assertThat(directory.all()).hasSize(tenantsBefore + 5);
        assertThat(after).as("statements per city request with %d and with %d tenants", tenantsBefore,
                tenantsBefore + 5).isEqualTo(before);
        // and few: one grouped statement per figure, not one per tenant
        assertThat(before).allSatisfy((page, statements) -> assertThat(statements).as(page).isLessThan(40));
    }

    private Map<String, Long> statements() {
        Map<String, Long> counts = new LinkedHashMap<>();
        CITY_PAGES.forEach(page -> counts.put(page, statementsOf(page)));
        return counts;
    }

    private long statementsOf(String page) {
        return StatementCounter.count(() -> {
            try {
                mvc.perform(get(page).with(TestUsers.cityOffice())).andExpect(status().isOk());
            } catch (Exception e) {
                throw new IllegalStateException(page, e);
            }
        });
    }
}
