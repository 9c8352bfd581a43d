package com.credittown.platform.credit.publication;

/** The bytes read are not valid UTF-8; {@link #offset()} is the 0-based offset of the first bad byte. */
final class MalformedUtf8Exception extends MalformedTextException {

    MalformedUtf8Exception(long offset) {
        super("the file is not valid UTF-8 (first bad byte at offset " + offset + ")", offset);
    }
}
