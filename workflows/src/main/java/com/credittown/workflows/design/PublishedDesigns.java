package com.credittown.workflows.design;

import com.credittown.workflows.cases.StartableProcesses;
import org.springframework.stereotype.Component;

/** A tenant's published designs are started by its users through the cases API, like the city templates. */
@Component
class PublishedDesigns implements StartableProcesses {

    private final DesignVersions versions;

    PublishedDesigns(DesignVersions versions) {
        this.versions = versions;
    }

    @Override
    public boolean startable(String processKey) {
        return versions.findFirstByProcessKeyOrderByVersionDesc(processKey).isPresent();
    }
}
