package com.credittown.workflows.inspection;

/**
 * A sampling-ratio override the tenant may not set, in both languages: below the city's ratio ({@code below-city},
 * answered 422), or not a percentage from 0 to 100 ({@code required}, {@code out-of-range}; an unknown grade,
 * {@code unknown-grade}: answered 400). Nothing is written.
 */
public class RatioRefused extends RuntimeException {

    private final String field;
    private final String code;
    private final String zh;

    RatioRefused(String field, String code, String zh, String en) {
        super(en);
        this.field = field;
        this.code = code;
        this.zh = zh;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return getMessage();
    }

    /** Below the city's ratio: the request is well formed but breaks the rule. */
    public boolean belowCity() {
        return "below-city".equals(code);
    }
}
