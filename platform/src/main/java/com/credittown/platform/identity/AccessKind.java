package com.credittown.platform.identity;

/** What an entry of the security log ({@link AccessEvents}) records. */
public enum AccessKind { LOGIN, LOGIN_FAILED, PERSON_READ }
