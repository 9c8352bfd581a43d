package com.credittown.workflows.repair;

import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which records a repair application may list (东府办〔2024〕6号（二十）): dishonesty and penalty records still in
 * publicity; and which of them may be repaired on a given day (the minimum publicity period has passed).
 */
public final class RepairableRecords {

    static final Set<RecordKind> REPAIRABLE_KINDS = Set.of(RecordKind.DISHONESTY, RecordKind.PENALTY);

    private RepairableRecords() {
    }

    /** A dishonesty or penalty record in publicity: it can be named in an application. */
    public static boolean listable(RecordView record) {
        return REPAIRABLE_KINDS.contains(record.kind()) && record.state() == RecordState.PUBLISHED;
    }

    /** Listable, and its minimum publicity period has passed on this day. */
    public static boolean repairableOn(RecordView record, LocalDate day) {
        return listable(record) && (record.publicity() == null || record.publicity().repairAllowedOn(day));
    }
}
