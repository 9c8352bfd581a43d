package com.credittown.platform.credit;

/** Where a record is in its life: published → publicity ended → archived. Records are never deleted. */
public enum RecordState {
    /** In publicity (公示中). */
    PUBLISHED,
    /** Publicity ended (公示结束), by repair or because the maximum period was reached. */
    PUBLICITY_ENDED,
    /** Kept in the archive only (归档). */
    ARCHIVED
}
