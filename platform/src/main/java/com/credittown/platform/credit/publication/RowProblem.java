package com.credittown.platform.credit.publication;

import java.util.List;

/**
 * What is wrong with one row of an imported file.
 *
 * @param row     the row number as a spreadsheet shows it (the header is row 1)
 * @param line    the line of the file the row starts on (a workbook: the row number)
 * @param column  the column's header name, or "" when the problem is the row as a whole
 * @param message what is wrong, in English
 * @param values  the row's values as the file holds them, in the file's column order (empty if not kept)
 */
public record RowProblem(long row, long line, String column, String message, List<String> values) {

    public RowProblem {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public RowProblem(long row, long line, String column, String message) {
        this(row, line, column, message, List.of());
    }
}
