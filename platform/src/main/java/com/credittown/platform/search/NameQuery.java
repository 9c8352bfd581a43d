package com.credittown.platform.search;

/**
 * A subject search ({@link SubjectQuery}) for a name or part of one.
 *
 * @param alsoCodePrefix the text as a code prefix when it could be one (letters only), else null
 */
record NameQuery(String text, String alsoCodePrefix) implements SubjectQuery {
}
