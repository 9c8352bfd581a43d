package com.credittown.platform.search;

import com.credittown.platform.credit.CreditRecordChanged;
import com.credittown.platform.credit.SubjectGradeChanged;
import com.credittown.platform.credit.SubjectRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns credit-archive events into outbox rows for the subject and record indices. The events are published inside the
 * transaction that made the change, and these listeners run synchronously, so the outbox row commits with it
 * ({@link SearchOutbox} refuses to run outside a transaction).
 *
 * <p>A record change re-indexes its subject because the subject's score may change with it (a grade change also
 * arrives as {@link SubjectGradeChanged}; collapsing in the dispatcher makes the second row free).
 */
@Component
class SubjectSearchEvents {

    private final SearchOutbox outbox;

    SubjectSearchEvents(SearchOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void registered(SubjectRegistered event) {
        outbox.subjectChanged(event.subjectId());
    }

    @EventListener
    void recordChanged(CreditRecordChanged event) {
        outbox.recordChanged(event.recordId());
        outbox.subjectChanged(event.subjectId());
    }

    @EventListener
    void gradeChanged(SubjectGradeChanged event) {
        outbox.subjectChanged(event.subjectId());
    }
}
