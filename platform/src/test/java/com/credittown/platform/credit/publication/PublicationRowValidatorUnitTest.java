package com.credittown.platform.credit.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.Severity;
import com.credittown.platform.uscc.Uscc;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.web.FieldProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PublicationRowValidatorUnitTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 3);
    private static final String CODE = new UsccGenerator(new Random(7)).next("441900").value();

    private final ImportHeader header = ImportHeader.read(Arrays.asList(
            ImportFileInspectorUnitTest.HEADER.split(",")), new ArrayList<FieldProblem>());
    private final PublicationRowValidator validator = new PublicationRowValidator(header, TODAY);
    private final List<RowProblem> problems = new ArrayList<>();
    private long row = 1;

    private Optional<PublicationRow> validate(String kind, String number, String code, String decided,
                                              String published, String legalBasis, String severity) {
        row++;
        return validator.validate(new CsvRecord(row, row, List.of(kind, number, code, " 东莞市某某有限公司 ",
                "市场监督管理局", decided, published, "未按规定公示年报", legalBasis, severity)), problems);
    }

    @Test
    void aValidPenaltyIsStrippedAndTyped() {
        PublicationRow penalty = validate("处罚", " 东市监罚〔2025〕12号 ", CODE.toLowerCase(), "2025-09-30",
                "2025-10-11", "《企业信息公示暂行条例》第十八条", "一般").orElseThrow();
        assertThat(problems).isEmpty();
        assertThat(penalty.kind()).isEqualTo(PublicationKind.PENALTY);
        assertThat(penalty.decisionNumber()).isEqualTo("东市监罚〔2025〕12号");
        assertThat(penalty.subjectCode()).isEqualTo(new Uscc(CODE));
        assertThat(penalty.subjectName()).isEqualTo("东莞市某某有限公司");
        assertThat(penalty.severity()).isEqualTo(Severity.GENERAL);
        assertThat(penalty.row()).isEqualTo(2);
        assertThat(validate("licence", "东许〔2025〕1号", CODE, "2025-09-30", "2025-09-30", "", "")).isPresent();
    }

    @Test
    void aWrongCheckCharacterNamesTheExpectedOne() {
        char wrong = CODE.charAt(17) == '0' ? '1' : '0';
        String bad = CODE.substring(0, 17) + wrong;
        assertThat(validate("LICENCE", "n1", bad, "2025-09-30", "2025-10-09", "", "")).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("subject_code");
            assertThat(p.message()).contains("'" + CODE.charAt(17) + "'");
        });
    }

    @Test
    void everyProblemOfARowIsNamedWithItsColumn() {
        assertThat(validate("罚款", "", "", "2025-02-30", "tomorrow", "", "HEAVY")).isEmpty();
        assertThat(problems).extracting(RowProblem::column).containsExactly("kind", "decision_number",
                "subject_code", "decision_date", "publication_date", "severity");
        assertThat(problems.get(0).message()).isEqualTo("'罚款' is not a kind: LICENCE or PENALTY (许可 or 处罚)");
        assertThat(problems.get(3).message()).isEqualTo("'2025-02-30' is not a date written yyyy-MM-dd");
    }

    @Test
    void datesMustNotBeInTheFutureNorPublicationBeforeDecision() {
        validate("LICENCE", "n1", CODE, "2025-11-04", "2025-11-05", "", "");
        assertThat(problems).extracting(RowProblem::message).containsExactly(
                "decision date 2025-11-04 is in the future (today is 2025-11-03)",
                "publication date 2025-11-05 is in the future (today is 2025-11-03)");
        problems.clear();
        validate("LICENCE", "n2", CODE, "2025-10-09", "2025-10-08", "", "");
        assertThat(problems).extracting(RowProblem::message)
                .containsExactly("publication date 2025-10-08 is before the decision date 2025-10-09");
    }

    @Test
    void aPenaltyNeedsItsLegalBasisAndOnlyAPenaltyHasASeverity() {
        validate("PENALTY", "n1", CODE, "2025-10-09", "2025-10-09", " ", "SEVERE");
        validate("LICENCE", "n2", CODE, "2025-10-09", "2025-10-09", "", "MINOR");
        validate("PENALTY", "n3", CODE, "2025-10-09", "2025-10-09", "x".repeat(501), "重大");
        assertThat(problems).extracting(p -> p.row() + " " + p.column() + ": " + p.message()).containsExactly(
                "2 legal_basis: is required for a penalty (行政处罚的依据)",
                "3 severity: a licence has no severity; leave it empty",
                "4 legal_basis: has 501 characters, but at most 500 are allowed",
                "4 severity: '重大' is not a severity: MINOR, GENERAL or SEVERE (轻微, 一般 or 严重)");
    }

    @Test
    void aRepeatedKeyIsReportedOnTheLaterRowAndAShortRowAsAWhole() {
        validate("PENALTY", "n1", CODE, "2025-10-09", "2025-10-09", "依据", "");
        validate("LICENCE", "n1", CODE, "2025-10-09", "2025-10-09", "", "");
        validate("处罚", "n1", CODE.toLowerCase(), "2025-10-09", "2025-10-10", "依据", "");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEmpty();
            assertThat(p.message()).isEqualTo("duplicates row 2 (same kind, decision_number and subject_code)");
        });
        problems.clear();
        assertThat(validator.validate(new CsvRecord(9, 12, List.of("LICENCE", "n")), problems)).isEmpty();
        assertThat(problems).extracting(RowProblem::message)
                .containsExactly("the row has 2 field(s) but the header has 10");
    }
}
