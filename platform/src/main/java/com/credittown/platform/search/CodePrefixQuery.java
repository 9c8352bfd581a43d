package com.credittown.platform.search;

/** A subject search ({@link SubjectQuery}) for a unified social credit code or its first characters, upper-case. */
record CodePrefixQuery(String prefix) implements SubjectQuery {
}
