package com.credittown.workflows.repair;

/** Applications received in the span, decided in it on time or late, and open at its end. */
public record RepairCounts(long received, long decidedOnTime, long decidedLate, long openAtEnd) {

    public static final RepairCounts NONE = new RepairCounts(0, 0, 0, 0);
}
