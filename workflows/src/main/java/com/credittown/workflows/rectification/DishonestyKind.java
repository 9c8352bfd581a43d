package com.credittown.workflows.rectification;

import java.util.Locale;

/** The kinds of government dishonesty named in plan section (十二). */
public enum DishonestyKind {
    /** 违约毁约: a broken contract or promise to an investor. */
    CONTRACT("违约毁约"),
    /** 拖欠中小企业账款 */
    ARREARS("拖欠中小企业账款"),
    /** 不履行生效判决: a court judgment the body ignores. */
    JUDGMENT("拒不履行生效司法裁判"),
    /** 其他政务失信 */
    OTHER("其他政务失信");

    private final String label;

    DishonestyKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static DishonestyKind fromFormValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
