package com.credittown.platform.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flowable.common.engine.api.engine.EngineLifecycleListener;
import org.flowable.common.engine.api.Engine;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The indexes the inbox needs on Flowable's open tasks. Every inbox query and count is bound to one tenant and
 * ordered by creation time, and Flowable's own schema indexes neither (its {@code ACT_RU_TASK} has no index on
 * {@code TENANT_ID_}), so without them a tenant's inbox count read every open task of every tenant. The group inbox's
 * total also asks, per task, for its candidate-group link: on PostgreSQL both indexes cover what the count reads (the
 * task index carries the assignee and id, the link index the task, type and group), so the total is two index-only
 * scans over the tenant's own tasks, whatever the other tenants hold (docs/benchmarks/inbox.md measures it; H2 has no
 * {@code INCLUDE} and answers from the plain index). Flowable creates and upgrades its {@code ACT_*} tables itself
 * when the engine is built, after Liquibase has run (the JPA transaction manager the engine uses waits for Liquibase),
 * so a Liquibase changeset would find no table on a fresh database: the indexes are created, if missing, right after
 * the engine has built its schema.
 */
@Configuration(proxyBeanMethods = false)
public class InboxIndexes {

    /** The tenant's open tasks by creation time (H2, and PostgreSQL databases from before the covering index). */
    static final String TENANT_CREATED = "ct_ix_task_tenant_created";
    /** The same, covering the group inbox's count on PostgreSQL. */
    static final String TENANT_OPEN = "ct_ix_task_tenant_open";
    /** A task's candidate links by type and group, covering the count's per-task probe. */
    static final String TASK_CANDIDATES = "ct_ix_idlink_task_candidate";

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> tenantInboxIndex() {
        return configuration -> configuration.addEngineLifecycleListener(new EngineLifecycleListener() {
            @Override
            public void onEngineBuilt(Engine engine) {
                create(configuration.getDataSource());
            }

            @Override
            public void onEngineClosed(Engine engine) {
                // nothing to undo
            }
        });
    }

    /** Creates the inbox indexes where missing (idempotent; what start-up does). */
    public static void create(DataSource dataSource) {
        run(dataSource, creation(dataSource));
    }

    /** Drops the inbox indexes (for the benchmark's comparison without them; never called by the application). */
    public static void drop(DataSource dataSource) {
        run(dataSource, List.of("drop index if exists " + TENANT_OPEN, "drop index if exists " + TENANT_CREATED,
                "drop index if exists " + TASK_CANDIDATES));
    }

    private static List<String> creation(DataSource dataSource) {
        String links = "create index if not exists " + TASK_CANDIDATES
                + " on ACT_RU_IDENTITYLINK (TASK_ID_, TYPE_, GROUP_ID_)";
        if (!postgres(dataSource)) {
            return List.of("create index if not exists " + TENANT_CREATED + " on ACT_RU_TASK (TENANT_ID_, CREATE_TIME_)",
                    links);
        }
        return List.of("create index if not exists " + TENANT_OPEN
                        + " on ACT_RU_TASK (TENANT_ID_, CREATE_TIME_) include (ASSIGNEE_, SUSPENSION_STATE_, ID_)",
                "drop index if exists " + TENANT_CREATED, links);
    }

    private static boolean postgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database product for the inbox indexes", e);
        }
    }

    private static void run(DataSource dataSource, List<String> statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the inbox indexes on Flowable's task tables", e);
        }
    }
}
