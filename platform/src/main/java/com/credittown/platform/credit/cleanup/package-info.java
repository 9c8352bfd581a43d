/**
 * The city-wide clean-up report of unified social credit codes (统一社会信用代码重错码清理, plan (二): "推进统一社会信用代码
 * 重错码清理规范工作,进一步明确信用主体赋码规则,从源头防止新增重错码。"). What the registration and the 双公示 import report
 * ({@link com.credittown.platform.credit.SubjectCodeReported}) and what the archive holds become items: wrong codes
 * (错码) by reporting tenant and department, one code under several names (重码), one name under several codes (likely
 * duplicate registrations). Each item is worked by its owner (已核实更正, 确认无误, 转数源单位) and stays worked when
 * detected again unless what it found changed. City-level like the archive: the owning tenant is a column, the rule of
 * who reads and works what is {@link com.credittown.platform.credit.cleanup.CodeCleanup}'s. Public API:
 * {@link com.credittown.platform.credit.cleanup.CodeCleanup} and its views; REST under
 * {@code /api/tenants/{tenant}/code-cleanup} and {@code /api/city/code-cleanup}.
 */
package com.credittown.platform.credit.cleanup;
