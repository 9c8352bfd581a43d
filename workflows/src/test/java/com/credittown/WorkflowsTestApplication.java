package com.credittown;

import com.credittown.platform.identity.BearerTokenTestConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The workflows module's own application for its integration tests (platform + workflows). */
@SpringBootApplication
@Import(BearerTokenTestConfiguration.class)
public class WorkflowsTestApplication {
}
