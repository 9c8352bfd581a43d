package com.credittown.workflows.design;

import java.time.Instant;

/** What the designer shows of a tenant's designs. */
public final class DesignViews {

    private DesignViews() {
    }

    /** A design in the list: its latest published version, 0 if none. */
    public record Summary(String processKey, String name, int revision, Instant updatedAt, String updatedBy,
                          int publishedVersion) {
    }

    /**
     * A design as the editor opens it.
     *
     * @param bpmn       the BPMN the next publication would deploy (generated, or saved from the modeler)
     * @param mode       {@code CHAIN}: the BPMN is generated from the chain; {@code BPMN}: saved from the modeler, which
     *                   is the source of truth (the chain is read-only until the edits are discarded)
     * @param updatedBy  who saved the draft last
     */
    public record Draft(String processKey, int revision, DesignModel model, String bpmn, AuthoringMode mode,
                        String updatedBy, int publishedVersion) {

        /** Whether the BPMN was saved from the modeler rather than generated from the chain. */
        public boolean fromModeler() {
            return mode == AuthoringMode.BPMN;
        }
    }

    /** One published version. */
    public record Version(int version, int definitionVersion, Instant publishedAt, String publishedBy, String reason) {
    }
}
