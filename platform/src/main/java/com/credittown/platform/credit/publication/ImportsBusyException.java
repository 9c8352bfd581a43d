package com.credittown.platform.credit.publication;

/** Every import worker is busy and the queue is full (answered with 503). */
public final class ImportsBusyException extends RuntimeException {

    ImportsBusyException(String message) {
        super(message);
    }
}
