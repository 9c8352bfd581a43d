package com.credittown.platform.idempotency;

/**
 * An idempotency key as stored ({@link IdempotentRequests}): the hash of the request that took it and, once that
 * request was answered, its answer to replay.
 */
record StoredRequest(String requestHash, Integer status, String contentType, String location, String body) {

    boolean answered() {
        return status != null;
    }
}
