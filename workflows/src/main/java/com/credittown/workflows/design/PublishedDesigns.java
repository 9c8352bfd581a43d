package com.credittown.workflows.design;

import com.credittown.workflows.cases.StartableProcesses;
import com.credittown.workflows.publishing.PublicationOrigin;
import com.credittown.workflows.publishing.Publishing;
import org.springframework.stereotype.Component;

/** A tenant's published designs are started by its users through the cases API, like the city templates. */
@Component
class PublishedDesigns implements StartableProcesses {

    private final Publishing publishing;

    PublishedDesigns(Publishing publishing) {
        this.publishing = publishing;
    }

    @Override
    public boolean startable(String processKey) {
        return publishing.latest(PublicationOrigin.TENANT_DESIGN, processKey).isPresent();
    }
}
