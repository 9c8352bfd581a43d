package com.credittown.workflows.ledger;

import com.credittown.workflows.form.LocalizedText;
import com.credittown.workflows.spreadsheet.PrintableSheet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The city's ledgers as one .xlsx sheet, formatted for print: a title row with the period, headers (frozen) in the
 * reader's language (Chinese by default, English for users who chose English), one row per tenant, a totals row,
 * percentages for rates, landscape and fitted to the page width.
 */
public final class LedgerSpreadsheet {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final LocalizedText SHEET_NAME = text("考核台账", "Assessment ledger");
    private static final LocalizedText TITLE = text("东莞市社会信用体系建设考核台账", "Dongguan social credit system assessment ledger");
    private static final LocalizedText TOTAL = text("合计", "Total");
    private static final LocalizedText FOOTER = text("第 &P 页，共 &N 页", "Page &P of &N");
    static final int TITLE_ROW = PrintableSheet.TITLE_ROW;
    static final int HEADER_ROW = PrintableSheet.HEADER_ROW;
    static final int FIRST_TENANT_ROW = PrintableSheet.FIRST_DATA_ROW;

    /** How a column's cells read; TENANT turns a tenant code into the tenant's name (the totals row: 合计 / Total). */
    private enum Format { TEXT, COUNT, SIGNED, PERCENT, DECIMAL, TENANT }

    private record Column(LocalizedText header, int width, Format format, Function<TenantLedger, Object> value) {
    }

    /** The Chinese headers (the default). */
    static final List<String> HEADERS;
    private static final List<Column> COLUMNS = List.of(
            new Column(text("镇街", "Town"), 14, Format.TENANT, TenantLedger::tenant),
            new Column(text("双公示总数", "Double publicity: decisions"), 10, Format.COUNT, l -> l.doublePublicity().total()),
            new Column(text("按时", "Published on time"), 8, Format.COUNT, l -> l.doublePublicity().onTime()),
            new Column(text("逾期", "Published late"), 8, Format.COUNT, l -> l.doublePublicity().late()),
            new Column(text("数据总体达标率", "Overall data quality rate"), 10, Format.PERCENT, l -> l.doublePublicity().compliantRate()),
            new Column(text("平均公示用时（工作日）", "Average time to publish (working days)"), 12, Format.DECIMAL, l -> l.doublePublicity().averageWorkingDays()),
            new Column(text("严重失信主体（期初）", "Severely dishonest subjects (start)"), 12, Format.COUNT, l -> l.severeDishonesty().atStart()),
            new Column(text("严重失信主体（期末）", "Severely dishonest subjects (end)"), 12, Format.COUNT, l -> l.severeDishonesty().atEnd()),
            new Column(text("严重失信主体增减", "Severely dishonest subjects: change"), 10, Format.SIGNED, l -> l.severeDishonesty().change()),
            new Column(text("信用承诺签署", "Commitments signed"), 10, Format.COUNT, l -> l.commitments().signed()),
            new Column(text("承诺核查", "Commitments verified"), 9, Format.COUNT, l -> l.commitments().verified()),
            new Column(text("违诺", "Commitments breached"), 8, Format.COUNT, l -> l.commitments().breached()),
            new Column(text("信用修复受理", "Repairs received"), 10, Format.COUNT, l -> l.repairs().received()),
            new Column(text("修复按时办结", "Repairs decided on time"), 10, Format.COUNT, l -> l.repairs().decidedOnTime()),
            new Column(text("修复超期办结", "Repairs decided late"), 10, Format.COUNT, l -> l.repairs().decidedLate()),
            new Column(text("修复未办结（期末）", "Repairs open (end)"), 11, Format.COUNT, l -> l.repairs().openAtEnd()),
            new Column(text("诚信之星", "Integrity stars"), 9, Format.COUNT, TenantLedger::starsSelected),
            new Column(text("政务失信未销号（期末）", "Government dishonesty open (end)"), 12, Format.COUNT, l -> l.rectifications().openAtEnd()),
            new Column(text("政务失信本期销号", "Government dishonesty closed"), 11, Format.COUNT, l -> l.rectifications().closed()),
            new Column(text("政务失信超期（期末）", "Government dishonesty overdue (end)"), 12, Format.COUNT, l -> l.rectifications().overdueAtEnd()),
            new Column(text("诚信商圈", "Honest malls"), 8, Format.COUNT, l -> l.districts().malls()),
            new Column(text("诚信街区", "Honest streets"), 8, Format.COUNT, l -> l.districts().streets()),
            new Column(text("诚信市场", "Honest markets"), 8, Format.COUNT, l -> l.districts().markets()),
            new Column(text("入驻商户（期末）", "Member shops (end)"), 10, Format.COUNT, l -> l.districts().memberShopsAtEnd()),
            new Column(text("本期入驻", "Shops admitted"), 8, Format.COUNT, l -> l.districts().shopsAdmitted()),
            new Column(text("本期移出", "Shops removed"), 8, Format.COUNT, l -> l.districts().shopsRemoved()),
            new Column(text("红色商户", "Red shops"), 8, Format.COUNT, l -> l.districts().shopsRed()),
            new Column(text("黄色商户", "Yellow shops"), 8, Format.COUNT, l -> l.districts().shopsYellow()),
            new Column(text("绿色商户", "Green shops"), 8, Format.COUNT, l -> l.districts().shopsGreen()),
            new Column(text("收到督办通知", "Supervision notices received"), 9, Format.COUNT, l -> l.supervision().received()),
            new Column(text("督办按期办结", "Notices handled on time"), 9, Format.COUNT, l -> l.supervision().handledOnTime()),
            new Column(text("督办逾期办结", "Notices handled late"), 9, Format.COUNT, l -> l.supervision().handledLate()),
            new Column(text("督办未办结（期末）", "Notices open (end)"), 10, Format.COUNT, l -> l.supervision().openAtEnd()),
            new Column(text("督办逾期未办（期末）", "Notices overdue (end)"), 10, Format.COUNT, l -> l.supervision().overdueAtEnd()),
            new Column(text("重点任务（期末）", "Key tasks (end)"), 9, Format.COUNT, l -> l.keyTasks().assigned()),
            new Column(text("重点任务未开始", "Key tasks not started"), 9, Format.COUNT, l -> l.keyTasks().notStarted()),
            new Column(text("重点任务推进中", "Key tasks in progress"), 9, Format.COUNT, l -> l.keyTasks().inProgress()),
            new Column(text("重点任务已完成", "Key tasks done"), 9, Format.COUNT, l -> l.keyTasks().done()),
            new Column(text("重点任务已逾期", "Key tasks overdue"), 9, Format.COUNT, l -> l.keyTasks().overdue()));

    static {
        HEADERS = headers(Locale.SIMPLIFIED_CHINESE);
    }

    private LedgerSpreadsheet() {
    }

    private static LocalizedText text(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    /** The column headers in this language: English when asked for, else Chinese. */
    static List<String> headers(Locale locale) {
        return COLUMNS.stream().map(c -> c.header().in(locale)).toList();
    }

    /** The spreadsheet in Chinese, tenants named as the ledger names them. */
    public static byte[] of(CityLedger city) {
        Map<String, String> names = new HashMap<>();
        city.tenants().forEach(l -> names.put(l.tenant(), l.tenantName()));
        return of(city, Locale.SIMPLIFIED_CHINESE, code -> names.getOrDefault(code, code));
    }

    /**
     * The spreadsheet in the reader's language: titles, headers and the footer in English when the locale asks for
     * it, else Chinese (the default); tenants named by {@code tenantNames} (code to name, e.g. TenantNames.all).
     */
    public static byte[] of(CityLedger city, Locale locale, Function<String, String> tenantNames) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        Function<String, String> tenantName = code -> code == null ? TOTAL.in(locale) : tenantNames.apply(code);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET_NAME.in(locale));

            PrintableSheet.titleAndHeaders(sheet, TITLE.in(locale) + (english
                    ? "  " + city.period() + " (" + city.firstDay() + " to " + city.lastDay() + ")"
                    : "　" + city.periodName() + "（" + city.firstDay() + " 至 " + city.lastDay() + "）"),
                    COLUMNS.stream().map(c -> new PrintableSheet.Header(c.header().in(locale), c.width())).toList(), 42);

            int r = FIRST_TENANT_ROW;
            for (TenantLedger ledger : city.tenants()) {
                write(sheet.createRow(r++), ledger, styles, false, tenantName);
            }
            write(sheet.createRow(r), city.total(), styles, true, tenantName);

            PrintableSheet.forPrint(sheet, 1, FOOTER.in(locale));

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, TenantLedger ledger, Styles styles, boolean total,
                              Function<String, String> tenantName) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            Column column = COLUMNS.get(c);
            Cell cell = row.createCell(c);
            Object value = column.format() == Format.TENANT ? tenantName.apply(ledger.tenant())
                    : column.value().apply(ledger);
            if (value instanceof Number number) {
                cell.setCellValue(number instanceof BigDecimal d ? d.doubleValue() : number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            cell.setCellStyle(styles.of(column.format(), total));
        }
    }

    /** Cell styles, created once per workbook. */
    private static final class Styles {

        private final CellStyle[][] body = new CellStyle[2][Format.values().length];

        Styles(XSSFWorkbook workbook) {
            Font bold = PrintableSheet.bold(workbook);

            short[] formats = {
                workbook.createDataFormat().getFormat("@"),
                workbook.createDataFormat().getFormat("0"),
                workbook.createDataFormat().getFormat("+0;-0;0"),
                workbook.createDataFormat().getFormat("0.00%"),
                workbook.createDataFormat().getFormat("0.00"),
                workbook.createDataFormat().getFormat("@")};
            for (int total = 0; total < 2; total++) {
                for (Format format : Format.values()) {
                    CellStyle style = PrintableSheet.bordered(workbook);
                    style.setDataFormat(formats[format.ordinal()]);
                    boolean text = format == Format.TEXT || format == Format.TENANT;
                    style.setAlignment(text && total == 0 ? HorizontalAlignment.LEFT
                            : text ? HorizontalAlignment.CENTER : HorizontalAlignment.RIGHT);
                    if (total == 1) {
                        style.setFont(bold);
                        style.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
                        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    }
                    body[total][format.ordinal()] = style;
                }
            }
        }

        CellStyle of(Format format, boolean total) {
            return body[total ? 1 : 0][format.ordinal()];
        }
    }
}
