package com.credittown.platform.credit.publication;

import java.io.IOException;
import java.nio.charset.Charset;

/** The bytes read are not valid in the charset; {@link #offset()} is the 0-based offset of the first bad byte. */
class MalformedTextException extends IOException {

    private final long offset;

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
}
