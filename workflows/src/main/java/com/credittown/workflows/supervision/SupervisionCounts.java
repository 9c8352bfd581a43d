package com.credittown.workflows.supervision;

/** Notices received in the span, handled in it on time or late, open at its end, and of those overdue. */
public record SupervisionCounts(long received, long handledOnTime, long handledLate, long openAtEnd,
                                long overdueAtEnd) {

    public static final SupervisionCounts NONE = new SupervisionCounts(0, 0, 0, 0, 0);
}
