package com.credittown.workflows.inspection;

/** What an inspection of the plan found, as the inspector records it. */
public enum InspectionResult {
    /** 未发现问题. */
    NO_ISSUES("未发现问题"),
    /** 发现问题，责令整改. */
    ISSUES_FOUND("发现问题"),
    /** 未检查到（经营场所无法联系、已停业等）. */
    NOT_REACHED("未检查到");

    private final String zh;

    InspectionResult(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
