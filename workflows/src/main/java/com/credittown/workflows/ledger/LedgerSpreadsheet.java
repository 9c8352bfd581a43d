package com.credittown.workflows.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The city's ledgers as one .xlsx sheet, formatted for print: a title row with the period, Chinese headers (frozen),
 * one row per tenant, a totals row, percentages for rates, landscape and fitted to the page width.
 */
public final class LedgerSpreadsheet {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String SHEET_NAME = "考核台账";
    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_TENANT_ROW = 2;

    private enum Format { TEXT, COUNT, SIGNED, PERCENT, DECIMAL }

    private record Column(String header, int width, Format format, Function<TenantLedger, Object> value) {
    }

    static final List<String> HEADERS;
    private static final List<Column> COLUMNS = List.of(
            new Column("镇街", 14, Format.TEXT, TenantLedger::tenantName),
            new Column("双公示总数", 10, Format.COUNT, l -> l.doublePublicity().total()),
            new Column("按时", 8, Format.COUNT, l -> l.doublePublicity().onTime()),
            new Column("逾期", 8, Format.COUNT, l -> l.doublePublicity().late()),
            new Column("合规率", 10, Format.PERCENT, l -> l.doublePublicity().compliantRate()),
            new Column("平均公示用时（工作日）", 12, Format.DECIMAL, l -> l.doublePublicity().averageWorkingDays()),
            new Column("严重失信主体（期初）", 12, Format.COUNT, l -> l.severeDishonesty().atStart()),
            new Column("严重失信主体（期末）", 12, Format.COUNT, l -> l.severeDishonesty().atEnd()),
            new Column("严重失信主体增减", 10, Format.SIGNED, l -> l.severeDishonesty().change()),
            new Column("信用承诺签署", 10, Format.COUNT, l -> l.commitments().signed()),
            new Column("承诺核查", 9, Format.COUNT, l -> l.commitments().verified()),
            new Column("违诺", 8, Format.COUNT, l -> l.commitments().breached()),
            new Column("信用修复受理", 10, Format.COUNT, l -> l.repairs().received()),
            new Column("修复按时办结", 10, Format.COUNT, l -> l.repairs().decidedOnTime()),
            new Column("修复超期办结", 10, Format.COUNT, l -> l.repairs().decidedLate()),
            new Column("修复未办结（期末）", 11, Format.COUNT, l -> l.repairs().openAtEnd()),
            new Column("诚信之星", 9, Format.COUNT, TenantLedger::starsSelected),
            new Column("政务失信未销号（期末）", 12, Format.COUNT, l -> l.rectifications().openAtEnd()),
            new Column("政务失信本期销号", 11, Format.COUNT, l -> l.rectifications().closed()),
            new Column("政务失信超期（期末）", 12, Format.COUNT, l -> l.rectifications().overdueAtEnd()),
            new Column("诚信商圈", 8, Format.COUNT, l -> l.districts().malls()),
            new Column("诚信街区", 8, Format.COUNT, l -> l.districts().streets()),
            new Column("诚信市场", 8, Format.COUNT, l -> l.districts().markets()),
            new Column("入驻商户（期末）", 10, Format.COUNT, l -> l.districts().memberShopsAtEnd()),
            new Column("本期入驻", 8, Format.COUNT, l -> l.districts().shopsAdmitted()),
            new Column("本期移出", 8, Format.COUNT, l -> l.districts().shopsRemoved()),
            new Column("红色商户", 8, Format.COUNT, l -> l.districts().shopsRed()),
            new Column("黄色商户", 8, Format.COUNT, l -> l.districts().shopsYellow()),
            new Column("绿色商户", 8, Format.COUNT, l -> l.districts().shopsGreen()),
            new Column("收到督办通知", 9, Format.COUNT, l -> l.supervision().received()),
            new Column("督办按期办结", 9, Format.COUNT, l -> l.supervision().handledOnTime()),
            new Column("督办逾期办结", 9, Format.COUNT, l -> l.supervision().handledLate()),
            new Column("督办未办结（期末）", 10, Format.COUNT, l -> l.supervision().openAtEnd()),
            new Column("督办逾期未办（期末）", 10, Format.COUNT, l -> l.supervision().overdueAtEnd()),
            new Column("重点任务（期末）", 9, Format.COUNT, l -> l.keyTasks().assigned()),
            new Column("重点任务未开始", 9, Format.COUNT, l -> l.keyTasks().notStarted()),
            new Column("重点任务推进中", 9, Format.COUNT, l -> l.keyTasks().inProgress()),
            new Column("重点任务已完成", 9, Format.COUNT, l -> l.keyTasks().done()),
            new Column("重点任务已逾期", 9, Format.COUNT, l -> l.keyTasks().overdue()));

    static {
        HEADERS = COLUMNS.stream().map(Column::header).toList();
    }

    private LedgerSpreadsheet() {
    }

    public static byte[] of(LedgerService.CityLedger city) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(SHEET_NAME);

            Row title = sheet.createRow(TITLE_ROW);
            title.setHeightInPoints(28);
            Cell titleCell = title.createCell(0);
            titleCell.setCellValue("东莞市社会信用体系建设考核台账　" + city.periodName() + "（" + city.firstDay() + " 至 "
                    + city.lastDay() + "）");
            titleCell.setCellStyle(styles.title);
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, COLUMNS.size() - 1));

            Row header = sheet.createRow(HEADER_ROW);
            header.setHeightInPoints(42);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(COLUMNS.get(c).header());
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(c, (COLUMNS.get(c).width() + 2) * 256);
            }

            int r = FIRST_TENANT_ROW;
            for (TenantLedger ledger : city.tenants()) {
                write(sheet.createRow(r++), ledger, styles, false);
            }
            write(sheet.createRow(r), city.total(), styles, true);

            sheet.createFreezePane(1, FIRST_TENANT_ROW);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setFitToPage(true);
            sheet.setHorizontallyCenter(true);
            sheet.getFooter().setCenter("第 &P 页，共 &N 页");

            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Row row, TenantLedger ledger, Styles styles, boolean total) {
        for (int c = 0; c < COLUMNS.size(); c++) {
            Column column = COLUMNS.get(c);
            Cell cell = row.createCell(c);
            Object value = column.value().apply(ledger);
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

        final CellStyle title;
        final CellStyle header;
        private final CellStyle[][] body = new CellStyle[2][Format.values().length];

        Styles(XSSFWorkbook workbook) {
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);

            Font bold = workbook.createFont();
            bold.setBold(true);
            header = bordered(workbook);
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            short[] formats = {
                workbook.createDataFormat().getFormat("@"),
                workbook.createDataFormat().getFormat("0"),
                workbook.createDataFormat().getFormat("+0;-0;0"),
                workbook.createDataFormat().getFormat("0.00%"),
                workbook.createDataFormat().getFormat("0.00")};
            for (int total = 0; total < 2; total++) {
                for (Format format : Format.values()) {
                    CellStyle style = bordered(workbook);
                    style.setDataFormat(formats[format.ordinal()]);
                    style.setAlignment(format == Format.TEXT && total == 0 ? HorizontalAlignment.LEFT
                            : format == Format.TEXT ? HorizontalAlignment.CENTER : HorizontalAlignment.RIGHT);
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

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
