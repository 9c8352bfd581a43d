package com.credittown.platform.credit;

/** How serious a record is (轻微 / 一般 / 严重); it sets the record's publicity window. */
public enum Severity {
    MINOR,
    GENERAL,
    SEVERE
}
