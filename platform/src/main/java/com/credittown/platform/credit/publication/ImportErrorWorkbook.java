package com.credittown.platform.credit.publication;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The errors of an import as an .xlsx workbook, for the officer to correct the rows: one line per error with the row
 * number, the column, the message, then the row's values under the file's header names. Written as it goes (only a
 * window of rows is in memory); every value is a text cell, so nothing from the file becomes a formula.
 */
final class ImportErrorWorkbook implements AutoCloseable {

    static final List<String> HEADINGS = List.of("行号 row", "字段 column", "错误 message");
    private static final int WINDOW = 200;
    private static final int MAX_CELL = 32_767;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final Sheet sheet = workbook.createSheet("errors");
    private int next;

    ImportErrorWorkbook(List<String> headerNames) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle heading = workbook.createCellStyle();
        heading.setFont(bold);
        Row row = sheet.createRow(next++);
        int column = 0;
        for (String text : HEADINGS) {
            row.createCell(column++).setCellValue(text);
        }
        for (String name : headerNames) {
            row.createCell(column++).setCellValue(cut(name));
        }
        row.forEach(cell -> cell.setCellStyle(heading));
        sheet.createFreezePane(0, 1);
    }

    void add(RowProblem problem) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(problem.row());
        row.createCell(1).setCellValue(problem.column());
        row.createCell(2).setCellValue(cut(problem.message()));
        int column = HEADINGS.size();
        for (String value : problem.values()) {
            row.createCell(column++).setCellValue(cut(value));
        }
    }

    void write(OutputStream out) throws IOException {
        sheet.setColumnWidth(2, 60 * 256);
        workbook.write(out);
    }

    private static String cut(String text) {
        return text.length() > MAX_CELL ? text.substring(0, MAX_CELL) : text;
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // also deletes the temporary files of the rows written out
    }
}
