package com.credittown.platform.credit.publication;

import com.credittown.platform.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DoublePublicitySettings.class)
class PublicationConfiguration {

    @Bean
    PublicationDeadline publicationDeadline(WorkingDayCalendar calendar, DoublePublicitySettings settings) {
        return new PublicationDeadline(calendar, settings.deadlineWorkingDays());
    }

    @Bean
    ImportFileInspector importFileInspector(DoublePublicitySettings settings) {
        return new ImportFileInspector(settings);
    }
}
