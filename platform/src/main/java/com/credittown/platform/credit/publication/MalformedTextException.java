package com.credittown.platform.credit.publication;

import java.io.IOException;
import java.nio.charset.Charset;

/** The bytes read are not valid in the charset; {@link #offset()} is the 0-based offset of the first bad byte. */
class MalformedTextException extends IOException {

    private final long offset;
    private long nonAsciiBefore;

    MalformedTextException(Charset charset, long offset) {
        this("the file is not valid " + charset.name() + " (first bad byte at offset " + offset + ")", offset);
    }

    MalformedTextException(String message, long offset) {
        super(message);
        this.offset = offset;
    }

    long offset() {
        return offset;
    }

    /** Records how many non-ASCII characters decoded well before the bad byte. */
    MalformedTextException afterNonAscii(long count) {
        this.nonAsciiBefore = count;
        return this;
    }

    /** Non-ASCII characters decoded well before the bad byte: several mean the file is in this charset, broken. */
    long nonAsciiBefore() {
        return nonAsciiBefore;
    }
}
