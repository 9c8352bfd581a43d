package com.credittown.workflows.keytask;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
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
 * made, Chinese headers (frozen, repeated on every printed page), one row per key task and tenant, A4 landscape
 * fitted to the page width, page numbers in the footer.
 */
public final class KeyTaskSpreadsheet {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SHEET_NAME = "重点任务工作台账";
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_ROW = 2;

    private record Column(String header, int width, Function<PrintedRow, Object> value) {
    }

    /** One printed row: the task's number in the ledger and one tenant's copy. */
    private record PrintedRow(int number, TenantKeyTask copy) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("序号", 5, r -> r.number()),
            new Column("重点任务", 18, r -> r.copy().title()),
            new Column("任务内容", 30, r -> r.copy().description()),
            new Column("依据（计划条目）", 16, r -> r.copy().basis()),
            new Column("牵头单位", 12, r -> r.copy().ownerUnit()),
            new Column("完成时限", 11, r -> r.copy().deadline()),
            new Column("镇街", 10, r -> r.copy().tenantName()),
            new Column("责任人", 10, r -> r.copy().ownerPerson()),
            new Column("状态", 8, r -> r.copy().statusName()),
            new Column("进展情况", 30, r -> r.copy().progressNote()),
            new Column("完成日期", 11, r -> r.copy().completedOn()),
            new Column("最后更新", 16, r -> r.copy().updatedBy() + " "
                    + r.copy().updatedAt().atZone(com.credittown.platform.time.PlatformClock.CITY_ZONE)
                    .toLocalDateTime().withSecond(0).withNano(0).toString().replace('T', ' ')));

    static final List<String> HEADERS = COLUMNS.stream().map(Column::header).toList();

    private KeyTaskSpreadsheet() {
    }

    public static byte[] of(List<KeyTaskView> tasks, LocalDate today) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET_NAME);
            CellStyle title = titleStyle(workbook);
            CellStyle header = headerStyle(workbook);
            CellStyle body = bordered(workbook);
            body.setWrapText(true);
            body.setVerticalAlignment(VerticalAlignment.TOP);

            Row titleRow = sheet.createRow(TITLE_ROW);
            titleRow.setHeightInPoints(28);
            Cell titleCell = titleRow.createCell(0);
            titleCell.setCellValue("东莞市社会信用体系建设重点任务工作台账（截至 " + today + "）");
            titleCell.setCellStyle(title);
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, COLUMNS.size() - 1));

            Row headerRow = sheet.createRow(HEADER_ROW);
            headerRow.setHeightInPoints(30);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellValue(COLUMNS.get(c).header());
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
                        Object value = COLUMNS.get(c).value().apply(new PrintedRow(number, copy));
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
            sheet.getFooter().setCenter("第 &P 页，共 &N 页");
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
