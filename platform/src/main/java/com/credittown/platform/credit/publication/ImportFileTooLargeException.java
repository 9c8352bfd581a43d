package com.credittown.platform.credit.publication;

/** The file is over the size limit (answered with 413). */
public final class ImportFileTooLargeException extends RuntimeException {

    ImportFileTooLargeException(String message) {
        super(message);
    }
}
