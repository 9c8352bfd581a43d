package com.credittown.platform.credit.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ImportFileInspectorUnitTest {

    static final String HEADER = "kind,decision_number,subject_code,subject_name,department,decision_date,"
            + "publication_date,title,legal_basis,severity";
    static final String ROW = "LICENCE,东许字〔2025〕1号,91441900MA5AAAAA2L,东莞某公司,市场监督管理局,2025-09-30,"
            + "2025-10-09,食品经营许可,,";

    private final ImportFileInspector inspector = new ImportFileInspector(DoublePublicitySettings.defaults());

    private static ImportSource source(String text) {
        return ImportSource.of(text.getBytes(StandardCharsets.UTF_8));
    }

    private List<FieldProblem> problems(ImportSource source) {
        try {
            inspector.inspect(source);
        } catch (InvalidInputException e) {
            return e.errors();
        }
        throw new AssertionError("expected the file to be refused");
    }

    @Test
    void aWellFormedFileIsCountedAndItsColumnsMayComeInAnyOrderAndCase() {
        InspectedFile file = inspector.inspect(source(HEADER + "\n" + ROW + "\n" + ROW + "\n"));
        assertThat(file.rows()).isEqualTo(2);
        InspectedFile shuffled = inspector.inspect(source(
                " Title ,KIND,decision_number,subject_code,subject_name,department,decision_date,publication_date\n"
                        + "t,LICENCE,n,c,s,d,2025-01-01,2025-01-02\n"));
        assertThat(shuffled.header().value(List.of("t", "LICENCE", "n", "c", "s", "d", "x", "y"),
                ImportColumn.TITLE)).isEqualTo("t");
        assertThat(shuffled.header().value(List.of("t", "LICENCE", "n", "c", "s", "d", "x", "y"),
                ImportColumn.LEGAL_BASIS)).isEmpty();
    }

    @Test
    void missingUnknownAndDuplicatedColumnsAreNamed() {
        List<FieldProblem> problems = problems(source(
                "kind,decision_number,subject_code,subject_name,department,decision_date,title,title,remarks\n"
                        + ROW));
        assertThat(problems).extracting(FieldProblem::code)
                .containsExactly("missing-columns", "unknown-columns", "duplicated-columns");
        assertThat(problems.get(0).message()).isEqualTo("the header lacks the required column(s) publication_date");
        assertThat(problems.get(1).message()).startsWith("the header has unknown column(s) remarks; the columns are");
        assertThat(problems.get(2).message()).isEqualTo("the header has the column(s) title more than once");
    }

    @Test
    void aFileNeitherUtf8NorGb18030IsReportedWithTheOffsetsOfTheFirstBadBytes() {
        byte[] good = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xFF, (byte) 0xFF}; // valid in neither charset
        byte[] file = new byte[good.length + bad.length];
        System.arraycopy(good, 0, file, 0, good.length);
        System.arraycopy(bad, 0, file, good.length, bad.length);
        List<FieldProblem> problems = problems(ImportSource.of(file));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("unknown-encoding");
            assertThat(p.message()).startsWith("the file is neither UTF-8 nor GB18030/GBK: not valid UTF-8 (first"
                    + " bad byte at offset " + good.length + "); not valid GB18030 (first bad byte at offset "
                    + good.length + ")");
        });
    }

    @Test
    void aUtf8ByteOrderMarkBeforeBytesThatAreNotUtf8IsReportedAsBrokenUtf8() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] good = (HEADER + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "东莞".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] file = new byte[bom.length + good.length + gbk.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(good, 0, file, bom.length, good.length);
        System.arraycopy(gbk, 0, file, bom.length + good.length, gbk.length);
        assertThat(problems(ImportSource.of(file))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-utf8");
            assertThat(p.message()).startsWith("the file is not valid UTF-8 (first bad byte at offset "
                    + (bom.length + good.length) + ")");
        });
    }

    @Test
    void utf8BrokenAfterSomeChineseIsReportedAsBrokenUtf8NotReadAsGb18030() {
        byte[] good = (HEADER + "\n" + ROW + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = good.clone();
        int at = (HEADER + "\n" + ROW.substring(0, ROW.indexOf("东莞某公司"))).getBytes(StandardCharsets.UTF_8).length;
        broken[at + 1] = 0x41; // 东's second byte is no continuation byte any more; E4 41 would be valid GB18030
        assertThat(problems(ImportSource.of(broken))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("not-utf8");
            assertThat(p.message()).startsWith("the file is not valid UTF-8 (first bad byte at offset " + at + ")");
        });
    }

    @Test
    void aZipThatIsNoWorkbookAndAZipBombAreRefusedAsUnreadableWorkbooks() throws java.io.IOException {
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(plain)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            zip.write("kind,decision_number".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(problems(ImportSource.of(plain.toByteArray()))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("malformed-xlsx");
            assertThat(p.message()).startsWith("the file is not a readable .xlsx workbook");
        });
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        assertThat(problems(ImportSource.of(bomb.toByteArray()))).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("malformed-xlsx");
            assertThat(p.message()).contains("xl/worksheets/sheet1.xml", "(a zip bomb)");
        });
    }

    @Test
    void gbkAndGb18030FilesAreDetectedAndUtf16IsRefused() {
        String text = HEADER + "\n" + ROW + "\n";
        assertThat(inspector.inspect(ImportSource.of(text.getBytes(java.nio.charset.Charset.forName("GBK"))))
                .format().label()).isEqualTo("CSV GB18030");
        assertThat(inspector.inspect(ImportSource.of(text.getBytes(ImportFormat.GB18030))).format().label())
                .isEqualTo("CSV GB18030");
        assertThat(inspector.inspect(ImportSource.of(text.getBytes(StandardCharsets.UTF_8))).format().label())
                .isEqualTo("CSV UTF-8");
        assertThat(problems(ImportSource.of(text.getBytes(StandardCharsets.UTF_16)))).singleElement()
                .satisfies(p -> assertThat(p.code()).isEqualTo("unsupported-encoding"));
    }

    @Test
    void emptyFilesAndFilesWithoutRowsAreRefused() {
        assertThat(problems(source(""))).extracting(FieldProblem::message).containsExactly("the file is empty");
        assertThat(problems(source("\n\r\n"))).extracting(FieldProblem::message)
                .containsExactly("the file is empty");
        assertThat(problems(source(HEADER + "\n"))).extracting(FieldProblem::message)
                .containsExactly("the file has a header but no rows");
    }

    @Test
    void malformedCsvIsRefusedNamingTheLine() {
        assertThat(problems(source(HEADER + "\n\"unclosed," + ROW))).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo(
                        "the file is not well-formed CSV: line 2: a quoted field is never closed (missing \")"));
    }

    @Test
    void tooManyRowsAndTooManyBytesAreRefusedWithTheLimits() {
        ImportFileInspector small = new ImportFileInspector(new DoublePublicitySettings(7, DataSize.ofBytes(300),
                2, 1000, 100, 1, 10, Duration.ofMinutes(10), DataSize.ofMegabytes(500), 1));
        assertThatThrownBy(() -> small.inspect(source(HEADER + "\n" + ROW + "\n" + ROW + "\n")))
                .isInstanceOf(ImportFileTooLargeException.class)
                .hasMessageContaining("but at most 300 bytes are accepted");
        ImportFileInspector fewRows = new ImportFileInspector(new DoublePublicitySettings(7, DataSize.ofMegabytes(1),
                2, 1000, 100, 1, 10, Duration.ofMinutes(10), DataSize.ofMegabytes(500), 1));
        assertThatThrownBy(() -> fewRows.inspect(source(HEADER + "\n" + ROW + "\n" + ROW + "\n" + ROW + "\n")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("the file has 3 rows, but at most 2 are accepted");
    }
}
