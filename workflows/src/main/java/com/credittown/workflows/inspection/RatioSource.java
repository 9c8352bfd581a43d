package com.credittown.workflows.inspection;

/** Whose sampling ratio a grade applies: the city's setting, or the tenant's override above it. */
public enum RatioSource {
    CITY, TENANT
}
