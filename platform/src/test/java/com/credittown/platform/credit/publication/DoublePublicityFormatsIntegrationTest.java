package com.credittown.platform.credit.publication;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The same 双公示 rows as an .xlsx workbook (dates as date cells), as UTF-8 CSV with a byte order mark, as GB18030 CSV
 * and as GBK CSV: each import reports the same row errors with the same original values, and the records are the
 * same (after the first file, every good row of the others is counted unchanged: its content is identical, not a
 * conflict). The errors workbook of an import reads back with the errors and their values.
 */
@SpringBootTest
class DoublePublicityFormatsIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());
    private static final List<String> HEADER = List.of("kind", "decision_number", "subject_code", "subject_name",
            "department", "decision_date", "publication_date", "title", "legal_basis", "severity");

    @Autowired
    DoublePublicityImport imports;
    @Autowired
    TenantDirectory directory;
    @Autowired
    DoublePublicityEntries entries;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String a = CODES.next("441900").value();
    private final String b = CODES.next("441900").value();

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    /** Two good rows, three bad ones (a wrong check character, dates reversed, a penalty without legal basis). */
    private List<List<String>> rows() {
        String wrongCheck = a.substring(0, 17) + (a.charAt(17) == '0' ? '1' : '0');
        return List.of(
                List.of("许可", "东市监许〔2025〕" + run + "-1号", a, "东莞市虎门某某食品有限公司, 北栅分店", "东莞市市场监督管理局",
                        "2025-09-30", "2025-10-11", "食品经营许可 \"预包装\"", "", ""),
                List.of("处罚", "东市监罚〔2025〕" + run + "-2号", b, "东莞市虎门某某五金厂", "东莞市市场监督管理局",
                        "2025-09-19", "2025-09-30", "未按规定公示年度报告", "《企业信息公示暂行条例》第十八条", "严重"),
                List.of("许可", "东市监许〔2025〕" + run + "-3号", wrongCheck, "东莞市虎门某某商行", "东莞市市场监督管理局",
                        "2025-10-09", "2025-10-10", "食品经营许可", "", ""),
                List.of("许可", "东市监许〔2025〕" + run + "-4号", a, "东莞市虎门某某食品有限公司, 北栅分店", "东莞市市场监督管理局",
                        "2025-10-10", "2025-10-09", "食品经营许可", "", ""),
                List.of("处罚", "东市监罚〔2025〕" + run + "-5号", b, "东莞市虎门某某五金厂", "东莞市市场监督管理局",
                        "2025-10-09", "2025-10-10", "未按规定公示年度报告", "", "一般"));
    }

    @Test
    void theSameRowsAsXlsxGb18030GbkAndUtf8WithBomImportAlikeAndTheErrorsWorkbookReadsBack() throws IOException {
        ImportJobView utf8 = importInHumen(bom(csv(StandardCharsets.UTF_8)), "feed-utf8.csv");
        assertThat(utf8.format()).isEqualTo("CSV UTF-8");
        assertThat(utf8.state()).isEqualTo(ImportState.DONE);
        assertThat(utf8.imported()).isEqualTo(2);
        assertThat(utf8.rejected()).isEqualTo(3);
        assertThat(utf8.errors()).extracting(e -> e.row() + " " + e.column()).containsExactly(
                "4 subject_code", "5 publication_date", "6 legal_basis");
        assertThat(utf8.errors()).extracting(RowProblem::values)
                .containsExactly(rows().get(2), rows().get(3), rows().get(4));

        ImportJobView xlsx = importInHumen(xlsx(), "feed.xlsx");
        ImportJobView gb18030 = importInHumen(csv(Charset.forName("GB18030")), "feed-gb18030.csv");
        ImportJobView gbk = importInHumen(csv(Charset.forName("GBK")), "feed-gbk.csv");

        assertThat(xlsx.format()).isEqualTo("xlsx");
        assertThat(gb18030.format()).isEqualTo("CSV GB18030");
        assertThat(gbk.format()).isEqualTo("CSV GB18030");
        for (ImportJobView again : List.of(xlsx, gb18030, gbk)) {
            assertThat(again.state()).as(again.fileName()).isEqualTo(ImportState.DONE);
            assertThat(again.rowsTotal()).as(again.fileName()).isEqualTo(5);
            // identical content: counted unchanged, never a conflict
            assertThat(again.imported()).as(again.fileName()).isZero();
            assertThat(again.unchanged()).as(again.fileName()).isEqualTo(2);
            assertThat(again.rejected()).as(again.fileName()).isEqualTo(3);
            assertThat(again.errors()).as(again.fileName()).isEqualTo(utf8.errors());
        }
        List<DoublePublicityEntry> stored = TenantContext.callAs(TenantFixtures.HUMEN, () -> entries
                .findByDecisionNumberIn(List.of(rows().get(0).get(1), rows().get(1).get(1))));
        assertThat(stored).extracting(DoublePublicityEntry::importId).containsOnly(utf8.id());

        ByteArrayOutputStream download = new ByteArrayOutputStream();
        TenantContext.runAs(TenantFixtures.HUMEN, () -> {
            try {
                imports.writeErrorWorkbook(xlsx.id(), download);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<List<String>> sheet = readSheet(download.toByteArray());
        List<String> headings = new ArrayList<>(List.of("行号 row", "字段 column", "错误 message"));
        headings.addAll(HEADER);
        assertThat(sheet).hasSize(4);
        assertThat(sheet.get(0)).isEqualTo(headings);
        for (int i = 0; i < 3; i++) {
            RowProblem error = utf8.errors().get(i);
            List<String> expected = new ArrayList<>(List.of(Long.toString(error.row()), error.column(),
                    error.message()));
            expected.addAll(rows().get(i + 2));
            assertThat(sheet.get(i + 1)).isEqualTo(expected);
        }
    }

    private ImportJobView importInHumen(byte[] file, String name) {
        return TenantContext.callAs(TenantFixtures.HUMEN,
                () -> imports.importNow(ImportSource.of(file), name, "tester"));
    }

    private byte[] csv(Charset charset) {
        StringBuilder text = new StringBuilder(String.join(",", HEADER)).append("\r\n");
        for (List<String> row : rows()) {
            text.append(String.join(",", row.stream().map(DoublePublicityFormatsIntegrationTest::quoted).toList()))
                    .append("\r\n");
        }
        return text.toString().getBytes(charset);
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static byte[] bom(byte[] text) {
        byte[] file = new byte[text.length + 3];
        file[0] = (byte) 0xEF;
        file[1] = (byte) 0xBB;
        file[2] = (byte) 0xBF;
        System.arraycopy(text, 0, file, 3, text.length);
        return file;
    }

    /** The rows as a workbook does: dates are date cells shown yyyy/m/d, an empty value has no cell. */
    private byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("双公示");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                header.createCell(c).setCellValue(HEADER.get(c));
            }
            List<List<String>> rows = rows();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < HEADER.size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (c == 5 || c == 6) {
                        cell.setCellValue(LocalDate.parse(value));
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<List<String>> readSheet(byte[] file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
