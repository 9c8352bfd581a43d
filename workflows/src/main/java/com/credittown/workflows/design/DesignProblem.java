package com.credittown.workflows.design;

import com.credittown.platform.web.FieldProblem;

/**
 * One thing wrong with a design, keyed to what it concerns: {@code step:<id>}, {@code field:<key>}, {@code process},
 * {@code steps} (the chain as a whole) or {@code bpmn} (an uploaded diagram).
 *
 * @param code a stable reason the UI translates, e.g. {@code missing-assignee}
 */
public record DesignProblem(String target, String code, String message) {

    static DesignProblem step(String id, String code, String message) {
        return new DesignProblem("step:" + id, code, message);
    }

    static DesignProblem field(String key, String code, String message) {
        return new DesignProblem("field:" + key, code, message);
    }

    FieldProblem asFieldProblem() {
        return new FieldProblem(target, code, message);
    }
}
