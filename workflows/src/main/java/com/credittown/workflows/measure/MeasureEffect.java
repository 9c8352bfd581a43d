package com.credittown.workflows.measure;

/** The town's feedback on a measure it applied (效果反馈). */
public enum MeasureEffect {
    /** 效果明显 */
    EFFECTIVE,
    /** 效果一般 */
    PARTLY_EFFECTIVE,
    /** 未见效果 */
    NOT_EFFECTIVE
}
