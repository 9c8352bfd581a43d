package com.credittown.platform.credit;

/**
 * A subject of the city's archive that has a unified social credit code (not a natural person), as the code clean-up
 * (重错码清理, plan (二)) reads it: code, name and who registered it ({@code null}: the city).
 */
public record CodedSubject(long id, SubjectKind kind, String code, String name, String registeredBy) {
}
