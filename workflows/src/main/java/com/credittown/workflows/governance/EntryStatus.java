package com.credittown.workflows.governance;

/** Whether the entity is on the town's ledger now. */
public enum EntryStatus {
    /** 在册: the archive holds a severe record of the town's in publicity (or the town's list entry). */
    IN_LEDGER,
    /** 已出库: none any more (repaired, expired or removed from the list); kept with the day it left. */
    EXITED
}
