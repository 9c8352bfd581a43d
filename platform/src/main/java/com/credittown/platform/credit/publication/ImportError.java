package com.credittown.platform.credit.publication;

import com.credittown.platform.tenancy.TenantScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row an import rejected. */
@Entity
@Table(name = "double_publicity_import_error")
class ImportError extends TenantScoped {

    private static final int MAX_MESSAGE = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "import_id", nullable = false, updatable = false)
    private long importId;

    @Column(name = "row_no", nullable = false, updatable = false)
    private long row;

    @Column(name = "line_no", nullable = false, updatable = false)
    private long line;

    @Column(name = "column_name", nullable = false, updatable = false, length = 40)
    private String column;

    @Column(name = "message", nullable = false, updatable = false, length = MAX_MESSAGE)
    private String message;

    @Column(name = "row_values", updatable = false, length = RowValues.MAX_JSON)
    private String values;

    /** Whether the row's wrong code is in the code clean-up report (set when reported, {@link EarlierWrongCodes}). */
    @Column(name = "code_reported", nullable = false)
    private boolean codeReported;

    protected ImportError() {
    }

    ImportError(long importId, RowProblem problem) {
        this.importId = importId;
        this.row = problem.row();
        this.line = problem.line();
        this.column = problem.column().length() > 40 ? problem.column().substring(0, 40) : problem.column();
        this.message = problem.message().length() > MAX_MESSAGE
                ? problem.message().substring(0, MAX_MESSAGE - 1) + "…" : problem.message();
        this.values = RowValues.encode(problem.values());
        this.codeReported = problem.isWrongCode();
    }

    Long id() {
        return id;
    }

    long importId() {
        return importId;
    }

    long row() {
        return row;
    }

    RowProblem problem() {
        return new RowProblem(row, line, column, message, RowValues.decode(values));
    }
}
