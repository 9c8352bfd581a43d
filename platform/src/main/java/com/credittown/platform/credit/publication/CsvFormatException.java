package com.credittown.platform.credit.publication;

import java.io.IOException;

/** The text is not well-formed CSV (RFC 4180): the message names the line. */
final class CsvFormatException extends IOException {

    CsvFormatException(String message) {
        super(message);
    }
}
