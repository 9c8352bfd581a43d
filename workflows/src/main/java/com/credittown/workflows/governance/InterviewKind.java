package com.credittown.workflows.governance;

/** The two interviews of the plan's section (四): 依法依规启动提示、警示约谈程序. */
public enum InterviewKind {
    /** 提示约谈. */
    PROMPT("提示约谈", "prompt interview"),
    /** 警示约谈. */
    WARNING("警示约谈", "warning interview");

    private final String zh;
    private final String en;

    InterviewKind(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }
}
