package com.credittown.workflows.design;

/** How a {@link Condition} compares the field's value. */
public enum Operator { EQUALS, GREATER_THAN, LESS_THAN, IS_EMPTY }
