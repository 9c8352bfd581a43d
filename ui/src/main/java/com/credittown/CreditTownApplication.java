package com.credittown;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The CreditTown platform: platform, workflows and tenants assembled under the Vaadin UI. */
@SpringBootApplication
@EnableScheduling
public class CreditTownApplication {

    public static void main(String[] args) {
        // Liquibase 4.33 would otherwise try to send usage analytics.
        System.setProperty("liquibase.analytics.enabled", "false");
        SpringApplication.run(CreditTownApplication.class, args);
    }
}
