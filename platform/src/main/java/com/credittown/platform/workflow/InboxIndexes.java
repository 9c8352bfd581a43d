package com.credittown.platform.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flowable.common.engine.api.engine.EngineLifecycleListener;
import org.flowable.common.engine.api.Engine;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The index the inbox needs on Flowable's open tasks: every inbox query and count is bound to one tenant and ordered
 * by creation time, and Flowable's own schema indexes neither (its {@code ACT_RU_TASK} has no index on
 * {@code TENANT_ID_}), so a tenant's inbox count read every open task of every tenant. Flowable creates and upgrades
 * its {@code ACT_*} tables itself when the engine is built, after Liquibase has run (the JPA transaction manager the
 * engine uses waits for Liquibase), so a Liquibase changeset would find no table on a fresh database: the index is
 * created, if missing, right after the engine has built its schema, on H2 and PostgreSQL alike
 * (docs/benchmarks/inbox.md measures it).
 */
@Configuration(proxyBeanMethods = false)
class InboxIndexes {

    static final String TENANT_CREATED = "ct_ix_task_tenant_created";

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

    static void create(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create index if not exists " + TENANT_CREATED
                    + " on ACT_RU_TASK (TENANT_ID_, CREATE_TIME_)");
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the inbox index on ACT_RU_TASK", e);
        }
    }
}
