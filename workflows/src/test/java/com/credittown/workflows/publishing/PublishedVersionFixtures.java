package com.credittown.workflows.publishing;

import java.time.Instant;
import org.springframework.stereotype.Component;

/** Writes a published version without deploying anything, for tests that stage what an earlier publication left. */
@Component
public class PublishedVersionFixtures {

    private final PublishedVersions versions;

    PublishedVersionFixtures(PublishedVersions versions) {
        this.versions = versions;
    }

    /** A city template version of the current tenant, as if published with these values and step changes. */
    public PublishedVersion cityTemplate(String processKey, int version, String deploymentId, int definitionVersion,
                                         String parametersJson, String stepsJson, Instant publishedAt,
                                         String publishedBy, String reason) {
        return versions.save(new PublishedVersion(PublicationOrigin.CITY_TEMPLATE, processKey, version, deploymentId,
                definitionVersion, Publishing.Authored.template(parametersJson, stepsJson), publishedAt, publishedBy,
                reason));
    }
}
