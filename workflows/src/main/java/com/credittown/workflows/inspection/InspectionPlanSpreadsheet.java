package com.credittown.workflows.inspection;

import com.credittown.workflows.form.LocalizedText;
import com.credittown.workflows.spreadsheet.PrintableSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A drawn inspection plan as one .xlsx sheet formatted for print: a title with the period, a line saying what it was
 * drawn from (population per grade, ratios as the city's setting, the seed), one row per drawn subject with its grade,
 * inspector and result.
 */
public final class InspectionPlanSpreadsheet {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final LocalizedText SHEET = new LocalizedText("双随机抽查计划", "Inspection plan");
    private static final LocalizedText FOOTER = new LocalizedText("第 &P 页，共 &N 页", "Page &P of &N");

    private record Column(LocalizedText header, int width, Function<InspectionItemView, Object> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column(new LocalizedText("序号", "No."), 5, InspectionItemView::drawOrder),
            new Column(new LocalizedText("统一社会信用代码", "Credit code"), 20, InspectionItemView::subjectCode),
            new Column(new LocalizedText("主体名称", "Subject"), 30, InspectionItemView::subjectName),
            new Column(new LocalizedText("信用等级", "Grade"), 8, InspectionItemView::grade),
            new Column(new LocalizedText("检查人员", "Inspector"), 16, InspectionItemView::inspector),
            new Column(new LocalizedText("检查结果", "Result"), 12, InspectionItemView::resultName),
            new Column(new LocalizedText("检查日期", "Inspected on"), 12, InspectionItemView::inspectedOn),
            new Column(new LocalizedText("检查情况", "Findings"), 30, InspectionItemView::resultSummary));

    /** The Chinese headers (the default). */
    static final List<String> HEADERS = COLUMNS.stream().map(c -> c.header().zh()).toList();

    private InspectionPlanSpreadsheet() {
    }

    public static byte[] of(InspectionPlanView plan, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET.in(locale));
            String title = new LocalizedText("双随机抽查计划：{0}（{1} 至 {2}）", "Inspection plan: {0} ({1} to {2})")
                    .in(locale).replace("{0}", plan.title()).replace("{1}", plan.periodFrom().toString())
                    .replace("{2}", plan.periodTo().toString());
            PrintableSheet.titleAndHeaders(sheet, title, COLUMNS.stream()
                    .map(c -> new PrintableSheet.Header(c.header().in(locale), c.width())).toList(), 30);
            CellStyle bordered = PrintableSheet.bordered(workbook);
            int r = PrintableSheet.FIRST_DATA_ROW;
            for (InspectionItemView item : plan.items()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    Cell cell = row.createCell(c);
                    Object value = COLUMNS.get(c).value().apply(item);
                    if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(value == null ? "" : value.toString());
                    }
                    cell.setCellStyle(bordered);
                }
            }
            Row about = sheet.createRow(r + 1);
            about.createCell(0).setCellValue(new LocalizedText("抽取范围：{0}；各等级主体数 {1}；抽查比例 {2}（{3}）；随机种子 {4}",
                    "Drawn from: {0}; subjects per grade {1}; ratios {2} ({3}); seed {4}").in(locale)
                    .replace("{0}", plan.populationRule()).replace("{1}", plan.populationSizes().toString())
                    .replace("{2}", plan.ratios().toString()).replace("{3}", plan.ratiosBasis())
                    .replace("{4}", Long.toString(plan.seed())));
            PrintableSheet.forPrint(sheet, 3, FOOTER.in(locale));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
