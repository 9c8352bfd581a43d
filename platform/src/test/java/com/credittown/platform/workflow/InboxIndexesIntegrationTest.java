package com.credittown.platform.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inbox's indexes on Flowable's tables, on PostgreSQL: after start-up a tenant's open tasks are indexed by
 * tenant and creation time covering the assignee, suspension state and id, and candidate links by task, type and group, so the group
 * inbox's total is answered from the indexes (docs/benchmarks/inbox.md); a database from before the covering index
 * loses the older, narrower one when the application starts.
 */
@SpringBootTest
class InboxIndexesIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @AfterEach
    void restore() {
        InboxIndexes.create(dataSource);
    }

    @Test
    void theApplicationHasCreatedTheCoveringInboxIndexes() {
        assertThat(definition(InboxIndexes.TENANT_OPEN)).containsExactly(
                "CREATE INDEX ct_ix_task_tenant_open ON public.act_ru_task USING btree (tenant_id_, create_time_)"
                        + " INCLUDE (assignee_, suspension_state_, id_)");
        assertThat(definition(InboxIndexes.TASK_CANDIDATES)).containsExactly(
                "CREATE INDEX ct_ix_idlink_task_candidate ON public.act_ru_identitylink USING btree"
                        + " (task_id_, type_, group_id_)");
        assertThat(definition(InboxIndexes.TENANT_CREATED)).isEmpty();
    }

    @Test
    void aDatabaseWithTheOlderTenantIndexGetsTheCoveringOneInstead() {
        InboxIndexes.drop(dataSource);
        jdbc.execute("create index " + InboxIndexes.TENANT_CREATED + " on ACT_RU_TASK (TENANT_ID_, CREATE_TIME_)");

        InboxIndexes.create(dataSource);
        InboxIndexes.create(dataSource);

        assertThat(definition(InboxIndexes.TENANT_CREATED)).isEmpty();
        assertThat(definition(InboxIndexes.TENANT_OPEN)).hasSize(1);
        assertThat(definition(InboxIndexes.TASK_CANDIDATES)).hasSize(1);
    }

    private List<String> definition(String index) {
        return jdbc.queryForList("select indexdef from pg_indexes where indexname = ?", String.class, index);
    }
}
