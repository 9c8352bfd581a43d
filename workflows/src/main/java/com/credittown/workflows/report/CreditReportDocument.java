package com.credittown.workflows.report;

import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.grade.Contribution;
import com.credittown.platform.qr.QrCodes;
import com.credittown.platform.time.PlatformClock;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Draws a credit report (信用报告) as an A4 PDF in Chinese with OpenPDF. The CJK font is embedded as a subset (only
 * the glyphs the report uses), so a report stays around 100–300 KB. The document is in Chinese whatever the reader's
 * UI language: it is an official paper.
 */
final class CreditReportDocument {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm")
            .withZone(PlatformClock.CITY_ZONE);
    /** 72 points: about 2.5 cm, what a phone reads at arm's length. */
    private static final int QR_POINTS = 72;
    private static final Color SHADE = new Color(0xEE, 0xEE, 0xEE);
    private static final Map<String, String> KINDS = Map.ofEntries(Map.entry("LICENCE", "行政许可"),
            Map.entry("PENALTY", "行政处罚"), Map.entry("COERCION", "行政强制"), Map.entry("CONFIRMATION", "行政确认"),
            Map.entry("ADJUDICATION", "行政裁决"), Map.entry("REWARD", "行政奖励"), Map.entry("INSPECTION", "监督检查"),
            Map.entry("COMMITMENT", "信用承诺"), Map.entry("HONOUR", "荣誉"), Map.entry("DISHONESTY", "失信记录"));
    private static final Map<String, String> STATES = Map.of("PUBLISHED", "公示中", "PUBLICITY_ENDED", "已停止公示",
            "ARCHIVED", "已归档");
    private static final Map<String, String> SEVERITIES = Map.of("MINOR", "轻微", "GENERAL", "一般", "SEVERE", "严重");
    private static final Map<String, String> SUBJECT_KINDS = Map.of("MARKET_ENTITY", "经营主体",
            "GOVERNMENT_BODY", "政府机构", "PUBLIC_INSTITUTION", "事业单位", "SOCIAL_ORGANISATION", "社会组织", "NATURAL_PERSON", "自然人");
    private static final Map<String, String> COMMITMENT_TYPES = Map.of("APPROVAL", "告知承诺", "VOLUNTARY", "主动公示承诺",
            "INDUSTRY", "行业自律承诺", "REPAIR", "信用修复承诺");
    private static final Map<String, String> COMMITMENT_STATES = Map.of("NOTIFIED", "已告知", "REFUSED", "不适用",
            "PUBLISHED", "已公示待核查", "ORDERED_TO_RECTIFY", "责令限期整改中", "RECTIFIED", "已整改",
            "HONOURED", "已践诺", "BREACHED", "已违诺");

    private final BaseFont font;

    private CreditReportDocument(BaseFont font) {
        this.font = font;
    }

    /** Loads the configured font, or says precisely why it cannot. */
    static CreditReportDocument withFont(CreditReportSettings settings) {
        var file = settings.fontFile();
        if (file == null || !Files.isReadable(file)) {
            throw new ReportFontMissingException(file, "is missing or unreadable");
        }
        try {
            String name = file.toString();
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                String[] faces = BaseFont.enumerateTTCNames(name);
                int index = Arrays.asList(faces).indexOf(settings.fontFace());
                if (index < 0) {
                    throw new ReportFontMissingException(file, "has no face " + settings.fontFace()
                            + " (it has " + String.join(", ", faces) + ")");
                }
                name = name + "," + index;
            }
            return new CreditReportDocument(BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
        } catch (DocumentException | IOException e) {
            throw new ReportFontMissingException(file, "cannot be read as a font (" + e.getMessage() + ")");
        }
    }

    byte[] render(CreditReportContent report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        document.addTitle("信用报告");
        document.addCreator("CreditTown 信用镇街协同平台");
        document.open();
        var subject = report.archive().subject();

        Paragraph title = new Paragraph("信 用 报 告", font(22, Font.BOLD));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingAfter(6);
        document.add(title);
        Paragraph code = new Paragraph("报告验证码：" + VerificationCode.display(report.code()), font(11, Font.BOLD));
        code.setAlignment(Element.ALIGN_CENTER);
        document.add(code);
        document.add(paragraph("出具单位：" + report.tenantName() + "　　出具时间：" + TIME.format(report.issuedAt())
                + "　　报告期间：" + DAY.format(report.periodFirstDay()) + " 至 " + DAY.format(report.periodLastDay()), 9));

        heading(document, "一、主体身份信息");
        PdfPTable identity = table(new float[]{1, 3});
        pair(identity, "主体名称", subject.name());
        pair(identity, subject.kind().name().equals("NATURAL_PERSON") ? "身份证号码" : "统一社会信用代码",
                subject.code());
        pair(identity, "主体类型", SUBJECT_KINDS.getOrDefault(subject.kind().name(), subject.kind().name()));
        pair(identity, "标签", subject.tags().isEmpty() ? "无" : String.join("、", subject.tags()));
        document.add(identity);

        heading(document, "二、信用等级及说明");
        document.add(paragraph("信用等级：" + report.archive().grade() + " 级　　信用分：" + report.archive().score()
                + " 分　　评分模型：" + report.archive().scoringModel(), 10));
        List<Contribution> explanation = report.archive().explanation();
        if (explanation.isEmpty()) {
            document.add(paragraph("无影响信用分的记录，按评分模型基础分评定。", 10));
        } else {
            document.add(rows(List.of("记录", "分值", "依据规则"), new float[]{3, 1, 4}, explanation,
                    c -> List.of(c.title(), (c.points() > 0 ? "+" : "") + c.points(), c.rule())));
        }

        heading(document, "三、信用记录");
        List<RecordView> records = report.archive().records();
        if (records.isEmpty()) {
            document.add(paragraph("无信用记录。", 10));
        } else {
            document.add(rows(List.of("类别", "事项", "认定部门", "决定日期", "严重程度", "依据", "公示状态"),
                    new float[]{2, 4, 3, 2.4f, 1.6f, 4, 2}, records, r -> List.of(
                            KINDS.getOrDefault(r.kind().name(), r.kind().name()), r.title(), r.department(),
                            r.decisionDate().toString(),
                            r.severity() == null ? "—" : SEVERITIES.get(r.severity().name()),
                            r.legalBasis() == null ? "—" : r.legalBasis(),
                            STATES.getOrDefault(r.state().name(), r.state().name()))));
        }

        heading(document, "四、荣誉（诚信之星等）");
        if (report.honours().isEmpty()) {
            document.add(paragraph("无。", 10));
        } else {
            document.add(rows(List.of("荣誉", "授予部门", "日期"), new float[]{5, 3, 2}, report.honours(),
                    r -> List.of(r.title(), r.department(), r.decisionDate().toString())));
        }

        heading(document, "五、信用承诺");
        if (report.commitments().isEmpty()) {
            document.add(paragraph("无。", 10));
        } else {
            document.add(rows(List.of("承诺类型", "承诺事项", "签署日期", "状态"), new float[]{2, 4, 2, 2},
                    report.commitments(), c -> List.of(
                            COMMITMENT_TYPES.getOrDefault(c.type().name(), c.type().name()),
                            c.grantedMatter() == null ? "—" : c.grantedMatter(),
                            c.signedOn() == null ? "—" : c.signedOn().toString(),
                            COMMITMENT_STATES.getOrDefault(c.status().name(), c.status().name()))));
        }

        heading(document, "六、无违法违规证明");
        String period = DAY.format(report.periodFirstDay()) + "至" + DAY.format(report.periodLastDay());
        if (report.noViolation()) {
            String basis = CreditReportDocument.certificateBasis(report);
            document.add(paragraph("经查询，" + period + "期间，该主体无处于公示期内的失信记录和行政处罚记录。"
                    + "本信用报告可代替无违法违规证明（依据：" + basis + "）。", 10));
        } else {
            // each rule broken says what it found (records in publicity, a listing on the severe-dishonesty list)
            String found = report.certificate().breaches().stream()
                    .map(b -> b.rule().message().zh() + (b.records().isEmpty() ? "" : "（" + b.records().size() + " 条）"))
                    .collect(java.util.stream.Collectors.joining("；"));
            String bases = report.certificate().breaches().stream().map(b -> b.rule().basis().zh()).distinct()
                    .collect(java.util.stream.Collectors.joining("；"));
            document.add(paragraph("经查询，" + period + "期间，该主体" + found + "（含其他镇街、部门登记的记录），"
                    + "本信用报告不能代替无违法违规证明（依据：" + bases + "）。", 10));
        }

        document.add(verification(report));
        document.close();
        return out.toByteArray();
    }

    /**
     * How to check the report: its QR code (the public check page with the code filled in) beside the page's address
     * and the code to type there.
     */
    private PdfPTable verification(CreditReportContent report) {
        PdfPTable verification = new PdfPTable(new float[]{1, 5});
        verification.setWidthPercentage(100);
        verification.setSpacingBefore(18);
        verification.setKeepTogether(true);
        PdfPCell qr = new PdfPCell(qrCode(report.checkUrl()), false);
        qr.setBorder(Rectangle.NO_BORDER);
        qr.setPadding(0);
        verification.addCell(qr);
        Paragraph check = paragraph("验证方式：用手机扫描左侧二维码，或打开本平台公开页面“信用报告核验”（"
                + report.checkUrl().substring(0, report.checkUrl().indexOf('?')) + "）并输入报告验证码 "
                + VerificationCode.display(report.code()) + "，可核对主体名称、出具单位、出具时间及本文件的 SM3 摘要。", 8);
        PdfPCell text = new PdfPCell();
        text.addElement(check);
        text.setBorder(Rectangle.NO_BORDER);
        text.setVerticalAlignment(Element.ALIGN_MIDDLE);
        verification.addCell(text);
        return verification;
    }

    /** The QR code as an image 2.5 cm wide, drawn from a bitmap of 4 pixels per printed point so it prints sharp. */
    private static Image qrCode(String url) {
        try {
            Image image = Image.getInstance(QrCodes.png(url, QR_POINTS * 4));
            image.scaleAbsolute(QR_POINTS, QR_POINTS);
            return image;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The basis of the certificate rule, shown when the report may replace the certificate. */
    static String certificateBasis(CreditReportContent report) {
        return report.certificate().rulesChecked().isEmpty() ? "市信用办设置"
                : report.certificate().rulesChecked().get(0).basis().zh();
    }

    private void heading(Document document, String text) {
        Paragraph heading = new Paragraph(text, font(13, Font.BOLD));
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    private Paragraph paragraph(String text, int size) {
        Paragraph paragraph = new Paragraph(text, font(size, Font.NORMAL));
        paragraph.setLeading(size * 1.6f);
        return paragraph;
    }

    private PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        return table;
    }

    private void pair(PdfPTable table, String label, String value) {
        table.addCell(cell(label, true));
        table.addCell(cell(value == null ? "—" : value, false));
    }

    private <T> PdfPTable rows(List<String> headers, float[] widths, List<T> items, Function<T, List<String>> cells) {
        PdfPTable table = table(widths);
        headers.forEach(header -> table.addCell(cell(header, true)));
        for (T item : items) {
            cells.apply(item).forEach(text -> table.addCell(cell(text, false)));
        }
        return table;
    }

    private PdfPCell cell(String text, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(new Chunk(text, font(9, header ? Font.BOLD : Font.NORMAL))));
        cell.setPadding(4);
        if (header) {
            cell.setBackgroundColor(SHADE);
        }
        return cell;
    }

    private Font font(float size, int style) {
        return new Font(font, size, style);
    }
}
