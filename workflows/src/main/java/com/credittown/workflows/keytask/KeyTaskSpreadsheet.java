package com.credittown.workflows.keytask;

import com.credittown.workflows.form.LocalizedText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
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
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_ROW = 2;

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
            CellStyle title = titleStyle(workbook);
            CellStyle header = headerStyle(workbook);
            CellStyle body = bordered(workbook);
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);

            Row titleRow = sheet.createRow(TITLE_ROW);
            titleRow.setHeightInPoints(28);
            Cell titleCell = titleRow.createCell(0);
            titleCell.setCellValue(TITLE.in(locale).replace("{0}", today.toString()));
            titleCell.setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, COLUMNS.size() - 1));

            Row headerRow = sheet.createRow(HEADER_ROW);
            headerRow.setHeightInPoints(30);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(COLUMNS.get(c).header().in(locale));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, (COLUMNS.get(c).width() + 2) * 256);
            }

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

            sheet.createFreezePane(0, FIRST_ROW);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setHorizontallyCenter(true);
            sheet.getFooter().setCenter(FOOTER.in(locale));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle titleStyle(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = bordered(workbook);
        style.setFont(bold);
        style.setWrapText(true);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
