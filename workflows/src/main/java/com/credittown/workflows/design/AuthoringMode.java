package com.credittown.workflows.design;

/**
 * Where a design's BPMN comes from. A design starts in {@link #CHAIN}; saving from the BPMN modeler switches it to
 * {@link #BPMN}, and only an explicit "discard the BPMN edits" goes back, so no edit is ever replaced silently.
 */
public enum AuthoringMode {
    /** The BPMN is generated from the chain of steps (the simple designer is the source of truth). */
    CHAIN,
    /** The BPMN saved from the modeler is the source of truth; the chain is frozen until the edits are discarded. */
    BPMN
}
