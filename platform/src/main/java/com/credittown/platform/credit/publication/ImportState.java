package com.credittown.platform.credit.publication;

/** Where an import job is. */
public enum ImportState {
    RUNNING,
    DONE,
    FAILED
}
