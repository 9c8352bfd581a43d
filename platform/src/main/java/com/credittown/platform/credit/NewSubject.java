package com.credittown.platform.credit;

import java.util.List;

/**
 * What registering a credit subject needs.
 *
 * @param kind the kind of subject
 * @param code the unified social credit code as entered (white space and case are normalised); for a natural person
 *             the resident identity card number (GB 11643-1999)
 * @param name the subject's name, at most 200 characters
 * @param tags optional free tags (each at most 40 characters, no comma), at most 10
 */
public record NewSubject(SubjectKind kind, String code, String name, List<String> tags) {

    public NewSubject {
        // a null tag is kept for the input check to name, not turned into a NullPointerException here
        tags = tags == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(tags));
    }
}
