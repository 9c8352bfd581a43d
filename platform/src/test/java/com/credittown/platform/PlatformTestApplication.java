package com.credittown.platform;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform module's own application for its integration tests. */
@SpringBootApplication
public class PlatformTestApplication {
}
