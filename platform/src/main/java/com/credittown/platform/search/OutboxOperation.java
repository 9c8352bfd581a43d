package com.credittown.platform.search;

/** What an outbox row asks of the index. */
public enum OutboxOperation {
    /** Index the document's current state (read from the database when the row is dispatched). */
    UPSERT,
    /** Remove the document from the index. */
    DELETE
}
