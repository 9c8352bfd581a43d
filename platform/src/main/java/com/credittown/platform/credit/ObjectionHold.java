package com.credittown.platform.credit;

import com.credittown.platform.web.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * 异议处理中 on a credit record: an objection (异议申诉) against it is being examined by its owner, and whether its effect
 * (grading, decision rules, publication) is suspended meanwhile: the city's setting at the time the objection was
 * raised. Part of {@link CreditRecord}.
 */
@Embeddable
class ObjectionHold {

    @Column(name = "under_objection", nullable = false)
    private boolean underObjection;

    @Column(name = "effect_suspended", nullable = false)
    private boolean effectSuspended;

    /** An objection against the record is examined from now; {@code suspend}: its effect is suspended meanwhile. */
    void raise(Long recordId, boolean suspend) {
        if (underObjection) {
            throw new ConflictException("Credit record " + recordId + " is already under objection (异议处理中): one"
                    + " objection at a time is examined");
        }
        underObjection = true;
        effectSuspended = suspend;
    }

    /** The objection was decided: the record is no longer under objection and takes effect again (if it still can). */
    void clear() {
        underObjection = false;
        effectSuspended = false;
    }

    /**
     * Refuses to {@code act} on the record while the objection is examined: its decision applies to the record, so
     * the action waits for it.
     */
    void requireDecided(Long recordId, String act) {
        if (underObjection) {
            throw new ConflictException("Credit record " + recordId + " is under objection (异议处理中): " + act
                    + " it once the objection is decided");
        }
    }

    boolean active() {
        return underObjection;
    }

    /** Whether the record's effect is suspended now. */
    boolean suspends() {
        return underObjection && effectSuspended;
    }
}
