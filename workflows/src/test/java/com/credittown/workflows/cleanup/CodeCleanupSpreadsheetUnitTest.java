package com.credittown.workflows.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.platform.credit.cleanup.CleanupItemView;
import com.credittown.platform.credit.cleanup.CleanupKind;
import com.credittown.platform.credit.cleanup.CleanupStatus;
import com.credittown.platform.credit.cleanup.CodeCleanup;
import com.credittown.platform.credit.cleanup.Finding;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The clean-up ledger as a reader opens it: one row per finding, its item's town, kind, group and how it was worked. */
class CodeCleanupSpreadsheetUnitTest {

    private static final Instant AT = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void oneRowPerFindingWithTheItemsTownKindDepartmentAndOutcome() throws Exception {
        CleanupItemView wrong = new CleanupItemView(1, "humen", CleanupKind.WRONG_CODE, "IMPORT", "虎门市场监管分局",
                null, null, List.of(new Finding("91441900MA4WDEM101", "check character should be 0", 2,
                        "import 3 row 5"), new Finding("=HYPERLINK(1)", "position 1", 1, "import 3 row 6")), 2, 3,
                CleanupStatus.REFERRED, "已转数源单位", "humen.officer", AT, false, AT, AT);
        CleanupItemView names = new CleanupItemView(2, "humen", CleanupKind.NAME_CONFLICT, null, "91441900MA4WDEM100",
                "东莞市原名有限公司", 7L, List.of(new Finding("东莞市别名有限公司", "东莞市原名有限公司", 1, "registration")),
                1, 1, CleanupStatus.OPEN, null, null, null, true, AT, AT);

        byte[] xlsx = CodeCleanupSpreadsheet.of(List.of(wrong, names), "虎门镇", "依据", Locale.SIMPLIFIED_CHINESE,
                code -> "humen".equals(code) ? "虎门镇" : code);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("重错码清理").contains("虎门镇");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("问题值");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("虎门镇");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("错码");
            assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("虎门市场监管分局");
            assertThat(sheet.getRow(2).getCell(6).getNumericCellValue()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(8).getStringCellValue()).isEqualTo("转数源单位");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("'=HYPERLINK(1)");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).contains("档案名称：东莞市原名有限公司");
            assertThat(sheet.getRow(4).getCell(8).getStringCellValue()).isEqualTo("待核实（再次发现）");
        }
    }

    /** The basis line follows the reader's language, like the other exports (the pages and REST share it). */
    @Test
    void theBasisSentenceIsInTheReadersLanguage() throws Exception {
        CleanupItemView wrong = new CleanupItemView(1, "humen", CleanupKind.WRONG_CODE, "REGISTRATION", null,
                null, null, List.of(new Finding("91441900MA4WDEM101", "check character should be 0", 1,
                        "registration")), 1, 1, CleanupStatus.OPEN, null, null, null, false, AT, AT);
        assertThat(basisLine(CodeCleanupSpreadsheet.of(List.of(wrong), "Humen", Locale.ENGLISH, code -> code)))
                .isEqualTo(CodeCleanup.BASIS_EN);
        assertThat(basisLine(CodeCleanupSpreadsheet.of(List.of(wrong), "虎门镇", Locale.SIMPLIFIED_CHINESE,
                code -> code))).isEqualTo(CodeCleanup.BASIS_ZH);
        assertThat(CodeCleanupSpreadsheet.basis(null)).isEqualTo(CodeCleanup.BASIS_ZH);
    }

    private static String basisLine(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            // one finding on the first data row (2), an empty row, then the basis
            return sheet.getRow(4).getCell(0).getStringCellValue();
        }
    }
}
