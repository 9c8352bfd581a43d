package com.credittown.workflows.keytask;

import com.credittown.workflows.spreadsheet.PrintableSheet;
import com.credittown.workflows.form.LocalizedText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The key-task ledger (重点任务工作台账) as one .xlsx sheet formatted for print: a title row with the day it was
 * made, headers in the reader's language (Chinese by default; frozen, repeated on every printed page), one row per key task and tenant, A4 landscape
 * fitted to the page width, page numbers in the footer.
 */
public final class KeyTaskSpreadsheet {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final LocalizedText SHEET_NAME = new LocalizedText("重点任务工作台账", "Key-task ledger");
    private static final LocalizedText TITLE = new LocalizedText("东莞市社会信用体系建设重点任务工作台账（截至 {0}）",
            "Dongguan social credit system key-task ledger (as of {0})");
    private static final LocalizedText FOOTER = new LocalizedText("第 &P 页，共 &N 页", "Page &P of &N");
    static final int TITLE_ROW = PrintableSheet.TITLE_ROW;
    static final int HEADER_ROW = PrintableSheet.HEADER_ROW;
    static final int FIRST_ROW = PrintableSheet.FIRST_DATA_ROW;

    private record Column(LocalizedText header, int width, Function<PrintedRow, Object> value) {
    }

    /** One printed row: the task's number in the ledger, one tenant's copy, and how the reader names things. */
    private record PrintedRow(int number, TenantKeyTask copy, Locale locale, Function<String, String> tenantNames) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column(new LocalizedText("序号", "No."), 5, r -> r.number()),
            new Column(new LocalizedText("重点任务", "Key task"), 18, r -> r.copy().title()),
            new Column(new LocalizedText("任务内容", "Content"), 30, r -> r.copy().description()),
            new Column(new LocalizedText("依据（计划条目）", "Basis (plan item)"), 16, r -> r.copy().basis()),
            new Column(new LocalizedText("牵头单位", "Lead unit"), 12, r -> r.copy().ownerUnit()),
            new Column(new LocalizedText("完成时限", "Deadline"), 11, r -> r.copy().deadline()),
            new Column(new LocalizedText("镇街", "Town"), 10, r -> r.tenantNames().apply(r.copy().tenant())),
            new Column(new LocalizedText("责任人", "Person in charge"), 10, r -> r.copy().ownerPerson()),
            new Column(new LocalizedText("状态", "Status"), 8, r -> r.copy().status().label(r.locale())),
            new Column(new LocalizedText("进展情况", "Progress"), 30, r -> r.copy().progressNote()),
            new Column(new LocalizedText("完成日期", "Completed on"), 11, r -> r.copy().completedOn()),
            new Column(new LocalizedText("最后更新", "Last updated"), 16, r -> r.copy().updatedBy() + " "
                    + r.copy().updatedAt().atZone(com.credittown.platform.time.PlatformClock.CITY_ZONE)
                    .toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ')));

    /** The Chinese headers (the default). */
    static final List<String> HEADERS = headers(Locale.SIMPLIFIED_CHINESE);

    private KeyTaskSpreadsheet() {
    }

    /** The column headers in this language: English when asked for, else Chinese. */
    static List<String> headers(Locale locale) {
        return COLUMNS.stream().map(c -> c.header().in(locale)).toList();
    }

    /** The spreadsheet in Chinese, tenants named as the ledger names them. */
    public static byte[] of(List<KeyTaskView> tasks, LocalDate today) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        tasks.forEach(t -> t.tenants().forEach(copy -> names.put(copy.tenant(), copy.tenantName())));
        return of(tasks, today, Locale.SIMPLIFIED_CHINESE, code -> names.getOrDefault(code, code));
    }

    /**
     * The spreadsheet in the reader's language: title, headers, statuses and footer in English when the locale asks
     * for it, else Chinese (the default); tenants named by {@code tenantNames} (code to name, e.g. TenantNames.all).
     * What the city office typed (titles, contents, notes) stays as typed.
     */
    public static byte[] of(List<KeyTaskView> tasks, LocalDate today, Locale locale,
                            Function<String, String> tenantNames) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET_NAME.in(locale));
            PrintableSheet.titleAndHeaders(sheet, TITLE.in(locale).replace("{0}", today.toString()),
                    COLUMNS.stream().map(c -> new PrintableSheet.Header(c.header().in(locale), c.width())).toList(), 30);
            CellStyle body = PrintableSheet.bordered(workbook);
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);

            int r = FIRST_ROW;
            int number = 0;
            for (KeyTaskView task : tasks) {
                number++;
                for (TenantKeyTask copy : task.tenants()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < COLUMNS.size(); c++) {
                        Cell cell = row.createCell(c);
                        Object value = COLUMNS.get(c).value().apply(new PrintedRow(number, copy, locale, tenantNames));
                        if (value instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (value != null) {
                            cell.setCellValue(value.toString());
                        }
                        cell.setCellStyle(body);
                    }
                }
            }

            PrintableSheet.forPrint(sheet, 0, FOOTER.in(locale));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
