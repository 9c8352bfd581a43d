package com.credittown.platform.credit.publication;

/** The columns of a 双公示 file, by their header names. */
enum ImportColumn {
    KIND("kind", true),
    DECISION_NUMBER("decision_number", true),
    SUBJECT_CODE("subject_code", true),
    SUBJECT_NAME("subject_name", true),
    DEPARTMENT("department", true),
    DECISION_DATE("decision_date", true),
    PUBLICATION_DATE("publication_date", true),
    TITLE("title", true),
    LEGAL_BASIS("legal_basis", false),
    SEVERITY("severity", false);

    private final String header;
    private final boolean requiredInHeader;

    ImportColumn(String header, boolean requiredInHeader) {
        this.header = header;
        this.requiredInHeader = requiredInHeader;
    }

    String header() {
        return header;
    }

    boolean requiredInHeader() {
        return requiredInHeader;
    }

    static ImportColumn byHeader(String name) {
        for (ImportColumn column : values()) {
            if (column.header.equals(name)) {
                return column;
            }
        }
        return null;
    }
}
