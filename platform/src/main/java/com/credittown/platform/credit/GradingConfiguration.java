package com.credittown.platform.credit;

import com.credittown.platform.credit.rule.DecisionRules;
import com.credittown.platform.credit.grade.GradeCalculator;
import com.credittown.platform.credit.grade.ScoringModelReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the scoring model and the decision rules named in the settings; a missing or malformed one stops the
 * application.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CreditSettings.class)
class GradingConfiguration {

    @Bean
    GradeCalculator gradeCalculator(CreditSettings settings, ResourceLoader resources) {
        String location = settings.grading().model();
        Resource resource = resources.getResource(location);
        try (InputStream in = resource.getInputStream()) {
            return new GradeCalculator(new ScoringModelReader().read(in, location));
        } catch (IOException e) {
            throw new UncheckedIOException("The scoring model " + location + " cannot be opened", e);
        }
    }

    @Bean
    DecisionRules decisionRules(CreditSettings settings, ResourceLoader resources) {
        String location = settings.decisions().rules();
        try (InputStream in = resources.getResource(location).getInputStream()) {
            return DecisionRules.read(in, location);
        } catch (IOException e) {
            throw new UncheckedIOException("The decision rules " + location + " cannot be opened", e);
        }
    }
}
