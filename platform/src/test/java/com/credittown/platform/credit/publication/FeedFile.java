package com.credittown.platform.credit.publication;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds 双公示 CSV files for tests. */
final class FeedFile {

    static final String HEADER = "kind,decision_number,subject_code,subject_name,department,decision_date,"
            + "publication_date,title,legal_basis,severity";

    private final List<String> lines = new ArrayList<>(List.of(HEADER));

    FeedFile licence(String number, String code, String decided, String published) {
        return row("LICENCE", number, code, decided, published, "", "");
    }

    FeedFile penalty(String number, String code, String decided, String published, String legalBasis,
                     String severity) {
        return row("处罚", number, code, decided, published, legalBasis, severity);
    }

    FeedFile row(String kind, String number, String code, String decided, String published, String legalBasis,
                 String severity) {
        lines.add(String.join(",", kind, number, code, "\"东莞市测试五金有限公司, 虎门分公司\"", "市场监督管理局",
                decided, published, "\"食品经营许可 \"\"预包装\"\"\"", legalBasis, severity));
        return this;
    }

    byte[] bytes() {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
