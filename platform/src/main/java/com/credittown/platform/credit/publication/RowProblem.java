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

    /**
     * Whether the row was rejected for its subject_code (GB 32100 format or check character) with its values kept: such
     * a row is reported to the code clean-up (错码, plan (二)).
     */
    boolean isWrongCode() {
        return column.equals(ImportColumn.SUBJECT_CODE.header()) && !values.isEmpty();
    }

    /** The row's value of the column, found by the file's header names; "" if the file has no such column. */
    String valueOf(List<String> headerNames, ImportColumn column) {
        for (int i = 0; i < headerNames.size() && i < values.size(); i++) {
            if (column == ImportColumn.byHeader(headerNames.get(i).strip().toLowerCase(java.util.Locale.ROOT))) {
                return values.get(i).strip();
            }
        }
        return "";
    }
}
