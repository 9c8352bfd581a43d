package com.credittown.workflows.notices;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A client has filed its allowance of objections for this hour (answered 429). */
public class TooManyObjectionsException extends ResponseStatusException {

    public TooManyObjectionsException(int perHour) {
        super(HttpStatus.TOO_MANY_REQUESTS, "At most " + perHour + " objections per hour may be filed from one address;"
                + " please try again later.");
    }
}
