package com.credittown.workflows.cleanup;

import com.credittown.platform.credit.cleanup.CodeCleanup;
import com.credittown.platform.tenancy.TenantNames;
import com.credittown.platform.credit.cleanup.CleanupItemView;
import com.credittown.platform.credit.cleanup.CleanupKind;
import com.credittown.platform.credit.cleanup.CleanupStatus;
import com.credittown.platform.credit.cleanup.Finding;
import com.credittown.workflows.form.LocalizedText;
import com.credittown.workflows.spreadsheet.PrintableSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The code clean-up report as one .xlsx sheet formatted for print: one row per finding (each wrong code, each other
 * name, each code of a likely duplicate) with its item's owner, kind, group, count and how the item was worked.
 */
public final class CodeCleanupSpreadsheet {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final LocalizedText SHEET = new LocalizedText("重错码清理", "Code clean-up");
    private static final LocalizedText FOOTER = new LocalizedText("第 &P 页，共 &N 页", "Page &P of &N");
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final Map<CleanupKind, LocalizedText> KINDS = Map.of(
            CleanupKind.WRONG_CODE, new LocalizedText("错码", "Wrong code"),
            CleanupKind.NAME_CONFLICT, new LocalizedText("重码（一码多名）", "One code, several names"),
            CleanupKind.LIKELY_DUPLICATE, new LocalizedText("疑似重复登记（一名多码）", "Likely duplicate"));
    static final Map<CleanupStatus, LocalizedText> STATUSES = Map.of(
            CleanupStatus.OPEN, new LocalizedText("待核实", "Open"),
            CleanupStatus.CORRECTED, new LocalizedText("已核实更正", "Corrected"),
            CleanupStatus.CONFIRMED, new LocalizedText("确认无误", "Confirmed"),
            CleanupStatus.REFERRED, new LocalizedText("转数源单位", "Referred to the source"));

    /** One line of the sheet: a finding of an item. */
    private record Line(int no, CleanupItemView item, Finding finding) {
    }

    private record Column(LocalizedText header, int width, Function<Line, Object> value) {
    }

    private static List<Column> columns(Locale locale, Function<String, String> tenantNames) {
        return List.of(
                new Column(new LocalizedText("序号", "No."), 5, Line::no),
                new Column(new LocalizedText("镇街（园区）", "Tenant"), 12,
                        l -> l.item().ownerTenant() == null ? new LocalizedText("市信用办", "City office").in(locale)
                                : tenantNames.apply(l.item().ownerTenant())),
                new Column(new LocalizedText("类别", "Kind"), 14, l -> KINDS.get(l.item().kind()).in(locale)),
                new Column(new LocalizedText("报送部门 / 代码 / 名称", "Department / code / name"), 24,
                        l -> group(l.item(), locale)),
                new Column(new LocalizedText("问题值", "Value"), 24, l -> l.finding().value()),
                new Column(new LocalizedText("说明", "Detail"), 36, l -> l.finding().detail()),
                new Column(new LocalizedText("次数", "Count"), 6, l -> l.finding().count()),
                new Column(new LocalizedText("最近出处", "Last seen in"), 16, l -> l.finding().seenIn()),
                new Column(new LocalizedText("状态", "Status"), 12, l -> STATUSES.get(l.item().status()).in(locale)
                        + (l.item().reopened() ? new LocalizedText("（再次发现）", " (found again)").in(locale) : "")),
                new Column(new LocalizedText("处理说明", "Note"), 30, l -> l.item().note()),
                new Column(new LocalizedText("处理人", "Worked by"), 14, l -> l.item().resolvedBy()),
                new Column(new LocalizedText("处理时间", "Worked at"), 17, l -> l.item().resolvedAt() == null ? null
                        : l.item().resolvedAt().atZone(ZONE).toLocalDateTime().withNano(0).toString()
                        .replace('T', ' ')));
    }

    /** What the item groups by, as a reader says it: the department (or 主体登记), the code, the name. */
    static String group(CleanupItemView item, Locale locale) {
        if (item.kind() == CleanupKind.WRONG_CODE && "REGISTRATION".equals(item.source())) {
            return new LocalizedText("主体登记", "Registration").in(locale);
        }
        if (item.kind() == CleanupKind.NAME_CONFLICT && item.archiveName() != null) {
            return item.group() + new LocalizedText("（档案名称：", " (archive name: ").in(locale) + item.archiveName()
                    + new LocalizedText("）", ")").in(locale);
        }
        return item.group() == null ? new LocalizedText("（未填部门）", "(no department)").in(locale) : item.group();
    }

    private CodeCleanupSpreadsheet() {
    }

    /** The plan's sentence in the reader's language: English for an English locale, else Chinese. */
    public static String basis(Locale locale) {
        return TenantNames.english(locale) ? CodeCleanup.BASIS_EN : CodeCleanup.BASIS_ZH;
    }

    /** The ledger in the reader's language, its basis line included ({@link #basis}). */
    public static byte[] of(List<CleanupItemView> items, String scope, Locale locale,
                            Function<String, String> tenantNames) {
        return of(items, scope, basis(locale), locale, tenantNames);
    }

    public static byte[] of(List<CleanupItemView> items, String scope, String basis, Locale locale,
                            Function<String, String> tenantNames) {
        List<Column> columns = columns(locale, tenantNames);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET.in(locale));
            String title = new LocalizedText("统一社会信用代码重错码清理台账：{0}", "Unified social credit code clean-up: {0}")
                    .in(locale).replace("{0}", scope);
            PrintableSheet.titleAndHeaders(sheet, title, columns.stream()
                    .map(c -> new PrintableSheet.Header(c.header().in(locale), c.width())).toList(), 30);
            CellStyle bordered = PrintableSheet.bordered(workbook);
            List<Line> lines = new ArrayList<>();
            for (CleanupItemView item : items) {
                for (Finding finding : item.findings()) {
                    lines.add(new Line(lines.size() + 1, item, finding));
                }
            }
            int r = PrintableSheet.FIRST_DATA_ROW;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < columns.size(); c++) {
                    Cell cell = row.createCell(c);
                    Object value = columns.get(c).value().apply(line);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(value == null ? "" : safe(value.toString()));
                    }
                    cell.setCellStyle(bordered);
                }
            }
            sheet.createRow(r + 1).createCell(0).setCellValue(basis);
            PrintableSheet.forPrint(sheet, 2, FOOTER.in(locale));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reported value starting with =, +, - or @ stays text in every spreadsheet program (never a formula). */
    private static String safe(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
