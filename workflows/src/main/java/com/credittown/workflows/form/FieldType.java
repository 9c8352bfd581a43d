package com.credittown.workflows.form;

/** The kinds of field a form can have. */
public enum FieldType {
    /** One line of text. */
    TEXT,
    /** Several lines of text. */
    TEXTAREA,
    NUMBER,
    /** An ISO date (yyyy-MM-dd). */
    DATE,
    /** One of the field's options. */
    CHOICE,
    /** A yes/no confirmation. */
    BOOLEAN,
    /** A unified social credit code (统一社会信用代码), checked with its check character. */
    USCC,
    /** A reference to an attached file (its name or attachment id). */
    FILE,
    /** A credit subject, named by its unified social credit code (checked like {@link #USCC}). */
    SUBJECT
}
