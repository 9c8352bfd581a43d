package com.credittown.workflows.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.credit.severelist.SevereList;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.qr.QrCodeReader;
import com.credittown.platform.web.PublicLinks;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.workflow.WorkTask;
import com.credittown.workflows.WorkflowFixtures;
import com.credittown.workflows.cases.CaseService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Credit reports issued over REST in a fresh tenant, parsed back with PDFBox (Chinese text, the CJK font embedded
 * as a subset), and their verification codes confirmed by the public endpoint without a login.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CreditReportIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    WorkflowFixtures fixtures;
    @Autowired
    CreditSubjectRegistry registry;
    @Autowired
    CreditArchive archive;
    @Autowired
    CaseService cases;
    @Autowired
    MockMvc mvc;
    @Autowired
    SevereList severeList;
    @Autowired
    com.credittown.platform.time.PlatformClock clock;
    @Autowired
    PublicLinks links;

    private TenantId tenant;
    private TenantId other;

    @BeforeEach
    void freshTenants() {
        tenant = fixtures.provisionFreshTenant("report");
        other = fixtures.provisionFreshTenant("reporto");
    }

    @Test
    void aReportWithAnActiveDishonestyRecordSaysItCannotReplaceTheCertificate() throws Exception {
        SubjectView subject = subject(tenant, "东莞市信用报告测试服装有限公司");
        record(subject, RecordKind.DISHONESTY, Severity.GENERAL, "列入经营异常名录", "《企业信息公示暂行条例》第十八条");
        record(subject, RecordKind.HONOUR, null, "2025年第三季度诚信之星", null);
        signCommitment(subject);

        MvcResult result = mvc.perform(get(reportPath(tenant, subject.id())).with(TestUsers.officerOf(tenant.code())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn();
        byte[] pdf = result.getResponse().getContentAsByteArray();
        String code = result.getResponse().getHeader("X-Report-Code");
        assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");

        String text = textOf(pdf);
        assertThat(text).contains("信用报告", "东莞市信用报告测试服装有限公司", subject.code(), "测试镇" + tenant.code(),
                "信用等级：", "列入经营异常名录", "公示中", "《企业信息公示暂行条", "第十八条", "2025年第三季度诚信之星",
                "告知承诺", "食品经营许可", code, "不能代替无违法违规证明");
        assertThat(text).doesNotContain("可代替无违法违规证明");
        assertEmbeddedSubsetCjkFont(pdf);
        assertThat(pdf.length).as("subset font keeps the report small").isLessThan(1_000_000);

        mvc.perform(get("/api/public/reports/" + code))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.subjectName").value("东莞市信用报告测试服装有限公司"))
                .andExpect(jsonPath("$.tenant").value(tenant.code()))
                .andExpect(jsonPath("$.tenantName").value("测试镇" + tenant.code()))
                .andExpect(jsonPath("$.noViolation").value(false))
                .andExpect(jsonPath("$.sm3").value(CreditReports.sm3(pdf)))
                .andExpect(jsonPath("$.sizeBytes").value(pdf.length));
        // typed by hand: lower case, no dashes
        mvc.perform(get("/api/public/reports/" + code.replace("-", "").toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void aSubjectOnTheSevereDishonestyListGetsAReportSayingSoAndThatItCannotReplaceTheCertificate()
            throws Exception {
        SubjectView subject = subject(tenant, "东莞市严重失信名单测试有限公司");
        record(subject, RecordKind.DISHONESTY, Severity.SEVERE, "拖欠农民工工资", "《保障农民工工资支付条例》第四十八条");
        long severe = TenantContext.callAs(tenant, () -> archive.archiveOf(subject.id())).records().get(0).id();
        // proposed and notified three weeks ago; the statement period has passed without a statement
        clock.moveTo(java.time.Instant.now().minus(java.time.Duration.ofDays(21)));
        long entry;
        try {
            entry = TenantContext.callAs(tenant, () -> {
                long id = severeList.propose(new SevereList.Proposal(subject.id(), List.of(severe), "人力资源和社会保障局",
                        "拖欠农民工工资数额巨大", "《社会保险领域严重失信主体名单管理办法》"), "officer-a").id();
                severeList.serveNotice(id, "officer-a");
                return id;
            });
        } finally {
            clock.reset();
        }
        severeList.decide(entry, new SevereList.Decision(true, "逾期未陈述申辩", null), "city.office");

        String text = textOf(mvc.perform(get(reportPath(tenant, subject.id())).with(TestUsers.officerOf(tenant.code())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("报告期内曾列入严重失信主体名单", "不能代替无违法违规证明", "列入严重失信主体名单的");
        assertThat(text).doesNotContain("可代替无违法违规证明");
    }

    @Test
    void aSubjectWithoutActiveDishonestyGetsAReportThatReplacesTheCertificate() throws Exception {
        SubjectView subject = subject(tenant, "东莞市守信示范餐饮有限公司");
        record(subject, RecordKind.LICENCE, null, "食品经营许可证", null);

        MvcResult result = mvc.perform(get(reportPath(tenant, subject.id())).with(TestUsers.cityOffice()))
                .andExpect(status().isOk()).andReturn();
        String text = textOf(result.getResponse().getContentAsByteArray());
        assertThat(text).contains("无处于公示期内的失信记录", "本信用报告可代替无违法违规证明", "食品经营许可证");
        assertThat(text).doesNotContain("不能代替");
        mvc.perform(get("/api/public/reports/" + result.getResponse().getHeader("X-Report-Code")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.noViolation").value(true));
    }

    @Test
    void theReportsQrCodeOpensItsPublicCheckWithItsCode() throws Exception {
        SubjectView subject = subject(tenant, "东莞市二维码核验测试有限公司");

        MvcResult result = mvc.perform(get(reportPath(tenant, subject.id())).with(TestUsers.officerOf(tenant.code())))
                .andExpect(status().isOk()).andReturn();
        String code = result.getResponse().getHeader("X-Report-Code");
        List<java.awt.image.BufferedImage> images = imagesOf(result.getResponse().getContentAsByteArray());

        // one image in the report: the QR code, as a phone reads it
        assertThat(images).hasSize(1);
        String url = QrCodeReader.decode(images.get(0));
        assertThat(url).isEqualTo(links.publicBaseUrl() + "/public/report-check?code=" + code.replace("-", ""));
        // the page's code parameter is what the public check confirms
        String typed = url.substring(url.indexOf("code=") + "code=".length());
        mvc.perform(get("/api/public/reports/" + typed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.subjectName").value("东莞市二维码核验测试有限公司"));
        assertThat(textOf(result.getResponse().getContentAsByteArray()))
                .contains("扫描左侧二维码", links.publicBaseUrl() + "/public/report-check");
    }

    @Test
    void everyReportGetsItsOwnCode() throws Exception {
        SubjectView subject = subject(tenant, "东莞市两份报告贸易有限公司");
        String first = mvc.perform(get(reportPath(tenant, subject.id()))).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("X-Report-Code");
        String second = mvc.perform(get(reportPath(tenant, subject.id()))).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("X-Report-Code");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void unknownAndMalformedCodesAreNotFound() throws Exception {
        mvc.perform(get("/api/public/reports/0000-0000-0000-0000"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Unknown report"));
        mvc.perform(get("/api/public/reports/not-a-code")).andExpect(status().isNotFound());
    }

    @Test
    void everyTownReportsOnTheCitysSubjectsButMerchantsGetOnlyTheirOwn() throws Exception {
        SubjectView subject = subject(tenant, "东莞市隔离测试实业有限公司");
        SubjectView neighbour = subject(tenant, "东莞市隔离测试邻居有限公司");
        // one archive for the city: the other town's officer reports on the subject through its own path; through
        // ours the tenant is unknown to it
        mvc.perform(get(reportPath(other, subject.id())).with(TestUsers.officerOf(other.code())))
                .andExpect(status().isOk());
        mvc.perform(get(reportPath(tenant, subject.id())).with(TestUsers.officerOf(other.code())))
                .andExpect(status().isNotFound());
        mvc.perform(get(reportPath(tenant, subject.id())).with(TestUsers.merchantOf(tenant.code(), subject.code())))
                .andExpect(status().isOk());
        mvc.perform(get(reportPath(tenant, neighbour.id())).with(TestUsers.merchantOf(tenant.code(), subject.code())))
                .andExpect(status().isNotFound());
        mvc.perform(get(reportPath(tenant, subject.id())).with(TestUsers.reviewerOf(tenant.code(), "市场监管")))
                .andExpect(status().isForbidden());
        mvc.perform(get(reportPath(tenant, 987_654_321L)).with(TestUsers.officerOf(tenant.code())))
                .andExpect(status().isNotFound());
    }

    private static String reportPath(TenantId tenant, long subjectId) {
        return "/api/tenants/" + tenant.code() + "/subjects/" + subjectId + "/credit-report";
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // table cells wrap long texts (a wrapped cell's lines interleave with its row's): compare without
            // white space, and long cell texts in parts
            return stripper.getText(document).replaceAll("\\s+", "");
        }
    }

    /** Every image drawn on the report's pages. */
    private static List<java.awt.image.BufferedImage> imagesOf(byte[] pdf) throws Exception {
        List<java.awt.image.BufferedImage> images = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        images.add(image.getImage());
                    }
                }
            }
        }
        return images;
    }

    private static void assertEmbeddedSubsetCjkFont(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).as("a subset (ABCDEF+ prefix) of Noto Sans CJK SC")
                        .matches("[A-Z]{6}\\+NotoSansCJKsc-Regular.*");
            });
        }
    }

    private SubjectView subject(TenantId in, String name) {
        return TenantContext.callAs(in, () -> registry.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                CODES.next("441900").value(), name, List.of()), "officer-a"));
    }

    private void record(SubjectView subject, RecordKind kind, Severity severity, String title, String basis) {
        TenantContext.callAs(tenant, () -> archive.addRecord(subject.id(), new RecordDetails(kind, severity,
                "东莞市市场监督管理局", LocalDate.now().minusDays(10), basis, title, null), "officer-a"));
    }

    private void signCommitment(SubjectView subject) {
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", subject.code());
        data.put("subjectName", subject.name());
        data.put("commitmentType", "approval");
        data.put("grantedMatter", "食品经营许可");
        data.put("commitmentText", "本单位承诺所提交材料真实有效，如有虚假愿承担相应法律责任。");
        TenantContext.callAs(tenant, () -> {
            String caseId = cases.start("credit-commitment", "officer-a", data);
            WorkTask sign = cases.openTasks(0, 50).stream().filter(t -> t.caseId().equals(caseId)).findFirst()
                    .orElseThrow();
            cases.complete(sign.id(), "officer-a", Map.of("signatory", "李四", "signedOn", LocalDate.now().toString()));
            return null;
        });
    }
}
