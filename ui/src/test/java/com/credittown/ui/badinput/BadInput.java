package com.credittown.ui.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One entry of the bad-input corpus: a request a careless or hostile client sends, and what the answer must say.
 * Every answer must be a 4xx in {@code application/problem+json}; {@code status} narrows it where the status is part
 * of the contract, {@code mentions} are words the problem's detail or errors must contain (the field, the position,
 * the rule), and {@code counted} are tables whose row count must not change (nothing half-written).
 *
 * <p>The target may contain placeholders filled from the fixture ({@code {case}}, {@code {subject}},
 * {@code {record}}).
 */
final class BadInput {

    final String group;
    final String name;
    final String method;
    String target;
    String user;
    String contentType;
    Supplier<byte[]> body = () -> new byte[0];
    final Map<String, String> headers = new LinkedHashMap<>();
    byte[] rawHead;
    int status;
    final List<String> mentions = new ArrayList<>();
    final List<String> counted = new ArrayList<>();

    private BadInput(String group, String name, String method, String target) {
        this.group = group;
        this.name = name;
        this.method = method;
        this.target = target;
    }

    static BadInput of(String group, String name, String method, String target) {
        return new BadInput(group, name, method, target);
    }

    static BadInput get(String group, String name, String target) {
        return of(group, name, "GET", target);
    }

    static BadInput post(String group, String name, String target) {
        return of(group, name, "POST", target);
    }

    static BadInput put(String group, String name, String target) {
        return of(group, name, "PUT", target);
    }

    /** A request whose request line and headers are exactly these bytes (no Authorization is added). */
    static BadInput raw(String group, String name, byte[] head) {
        BadInput input = new BadInput(group, name, "RAW", "");
        input.rawHead = head;
        return input;
    }

    BadInput as(String username) {
        this.user = username;
        return this;
    }

    BadInput json(String text) {
        return body("application/json", text.getBytes(StandardCharsets.UTF_8));
    }

    BadInput body(String type, byte[] bytes) {
        this.contentType = type;
        this.body = () -> bytes;
        return this;
    }

    /** A body made when the entry runs (large payloads are not kept in memory for the whole run). */
    BadInput body(String type, Supplier<byte[]> bytes) {
        this.contentType = type;
        this.body = bytes;
        return this;
    }

    BadInput header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    BadInput expect(int expectedStatus, String... words) {
        this.status = expectedStatus;
        this.mentions.addAll(List.of(words));
        return this;
    }

    BadInput counting(String... tables) {
        counted.addAll(List.of(tables));
        return this;
    }

    String displayName() {
        return "[" + group + "] " + name;
    }

    @Override
    public String toString() {
        return displayName();
    }
}
