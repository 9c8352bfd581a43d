package com.credittown.workflows.measure;

/**
 * Where a measure of the catalogue stands: drafted by the city office, reviewed by another of its officers (信用措施审查),
 * put in use, withdrawn. Towns apply only measures in use, and a measure is put in use only once reviewed.
 */
public enum MeasureStatus {
    /** 草拟 */
    DRAFT,
    /** 已审查 */
    REVIEWED,
    /** 已启用 */
    IN_USE,
    /** 已停用 */
    WITHDRAWN
}
