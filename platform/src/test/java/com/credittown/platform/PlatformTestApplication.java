package com.credittown.platform;

import com.credittown.platform.identity.BearerTokenTestConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The platform module's own application for its integration tests. */
@SpringBootApplication
@Import(BearerTokenTestConfiguration.class)
public class PlatformTestApplication {
}
