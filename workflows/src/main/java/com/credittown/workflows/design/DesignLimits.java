package com.credittown.workflows.design;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;

/**
 * The limits a designed process must keep, as data ({@code classpath:design/design-limits.json}): the longest
 * deadline of one step and its basis (a city setting). Which city-template steps are locked is the template
 * library's data ({@code templates/<process>.steps.json}).
 */
public record DesignLimits(int maxDeadlineWorkingDays, String basis) {

    public static DesignLimits load(ObjectMapper json) {
        try (InputStream in = new ClassPathResource("design/design-limits.json").getInputStream()) {
            return json.readValue(in, DesignLimits.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read design/design-limits.json", e);
        }
    }
}
