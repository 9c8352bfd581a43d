package com.credittown.platform.idempotency;

record StoredRequest(String requestHash, Integer status, String contentType, String location, String body) {

    boolean answered() {
        return status != null;
    }
}
