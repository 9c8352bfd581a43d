package com.credittown.workflows.district;

/** The outcome of a complaint or an inspection. */
public enum ShopEventResult {
    /** 投诉属实 */
    SUBSTANTIATED(ShopEventKind.COMPLAINT),
    /** 投诉不属实 */
    UNSUBSTANTIATED(ShopEventKind.COMPLAINT),
    /** 检查合格 */
    PASSED(ShopEventKind.INSPECTION),
    /** 检查不合格 */
    FAILED(ShopEventKind.INSPECTION);

    private final ShopEventKind kind;

    ShopEventResult(ShopEventKind kind) {
        this.kind = kind;
    }

    public ShopEventKind kind() {
        return kind;
    }
}
