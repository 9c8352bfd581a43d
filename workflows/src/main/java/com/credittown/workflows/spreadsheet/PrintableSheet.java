package com.credittown.workflows.spreadsheet;

import java.util.List;
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
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The print format every ledger export shares (考核台账, 重点任务工作台账): a bold title row across the columns, a grey
 * bordered header row that stays in view and repeats on every printed page, A4 landscape fitted to the page width,
 * centred, with page numbers in the footer. The sheets write their own rows between the header and the print setup.
 */
public final class PrintableSheet {

    /** The title is the first row, the headers the second; data starts on the third. */
    public static final int TITLE_ROW = 0;
    public static final int HEADER_ROW = 1;
    public static final int FIRST_DATA_ROW = 2;

    /** A column's header in the reader's language and its width in characters. */
    public record Header(String text, int width) {
    }

    private PrintableSheet() {
    }

    /** Writes the title row (merged across the columns) and the header row, and sets the column widths. */
    public static void titleAndHeaders(Sheet sheet, String title, List<Header> headers, float headerHeightPoints) {
        Workbook workbook = sheet.getWorkbook();
        Row titleRow = sheet.createRow(TITLE_ROW);
        titleRow.setHeightInPoints(28);
        Cell titleCell = titleRow.createCell(0);
        titleCell.setCellValue(title);
        titleCell.setCellStyle(titleStyle(workbook));
        sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, headers.size() - 1));

        CellStyle header = headerStyle(workbook);
        Row headerRow = sheet.createRow(HEADER_ROW);
        headerRow.setHeightInPoints(headerHeightPoints);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = headerRow.createCell(c);
            cell.setCellValue(headers.get(c).text());
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, (headers.get(c).width() + 2) * 256);
        }
    }

    /**
     * Freezes the title, headers and the first {@code frozenColumns} columns, repeats the header row on every page
     * and sets up A4 landscape printing fitted to the width with this footer (e.g. {@code 第 &P 页，共 &N 页}).
     */
    public static void forPrint(Sheet sheet, int frozenColumns, String footer) {
        sheet.createFreezePane(frozenColumns, FIRST_DATA_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.getFooter().setCenter(footer);
    }

    /** A cell style with thin borders on all four sides, for the data cells. */
    public static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** A bold font for emphasised cells (a total row). */
    public static Font bold(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        return bold;
    }

    private static CellStyle titleStyle(Workbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) 14);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    private static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = bordered(workbook);
        style.setFont(bold(workbook));
        style.setWrapText(true);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
