package com.credittown.ui.audit;

import com.credittown.platform.audit.ChainBreak;
import com.credittown.platform.audit.ChainStatus;
import com.vaadin.flow.component.Component;

/** How a chain's verification reads on a page: intact with its length, or where it first breaks and why. */
final class ChainStatusText {

    private ChainStatusText() {
    }

    static String of(Component page, ChainStatus status) {
        if (status.intact()) {
            return page.getTranslation("audit.chain.intact", status.entries(), status.headSeq());
        }
        ChainBreak broken = status.firstBreak().orElseThrow();
        return page.getTranslation("audit.chain.broken", broken.seq(),
                broken.entryId() == null ? "-" : broken.entryId(), page.getTranslation("audit.break." + broken.kind()));
    }
}
