package com.credittown.platform.credit.publication;

import java.io.IOException;

/** The file looks like an .xlsx workbook (a zip) but cannot be read as one, or unpacks to too much. */
final class SpreadsheetFormatException extends IOException {

    SpreadsheetFormatException(String message) {
        super(message);
    }
}
