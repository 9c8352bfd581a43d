package com.credittown;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The workflows module's own application for its integration tests (platform + workflows). */
@SpringBootApplication
public class WorkflowsTestApplication {
}
