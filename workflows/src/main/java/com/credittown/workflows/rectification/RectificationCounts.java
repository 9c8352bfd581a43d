package com.credittown.workflows.rectification;

/** Cases open at the span's end, closed in it, and overdue at its end. */
public record RectificationCounts(long openAtEnd, long closed, long overdueAtEnd) {

    public static final RectificationCounts NONE = new RectificationCounts(0, 0, 0);
}
