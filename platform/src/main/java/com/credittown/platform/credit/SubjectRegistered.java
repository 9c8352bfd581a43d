package com.credittown.platform.credit;

/**
 * A credit subject was registered in the city's archive, or a tenant became one of its readers (published in that
 * transaction).
 */
public record SubjectRegistered(long subjectId) {
}
