package com.credittown.demo;

import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.credit.publication.DoublePublicityImport;
import com.credittown.platform.credit.publication.ImportJobView;
import com.credittown.platform.credit.publication.ImportSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * 双公示 feeds (administrative licences and penalties) of four towns, imported as a town uploads them (docs/
 * double-publicity-import.md): most published within 7 working days of the decision, a few late, so the
 * dashboard's compliant rate and timeliness have figures. The decisions are of the last three weeks.
 */
@Component
@Order(DemoChapter.AFTER_SUBJECTS + 5)
class DoublePublicityDemo implements DemoChapter {

    private static final Logger LOG = LoggerFactory.getLogger(DoublePublicityDemo.class);
    private static final String HEADER = "kind,decision_number,subject_code,subject_name,department,decision_date,"
            + "publication_date,title,legal_basis,severity\n";

    private final DoublePublicityImport imports;

    DoublePublicityDemo(DoublePublicityImport imports) {
        this.imports = imports;
    }

    @Override
    public String name() {
        return "双公示 feeds";
    }

    @Override
    public void load(DemoStory story) {
        feed(story, "humen", "虎", new String[][] {
                // subject key, kind, days since the decision, days from decision to publication, title, a penalty's 依据
                {"humen.star1", "LICENCE", "0", "0", "食品经营许可证"}, {"humen.star2", "LICENCE", "1", "1", "茶叶零售备案"},
                {"humen.star3", "LICENCE", "3", "2", "排水许可证"}, {"humen.star4", "LICENCE", "6", "3", "广告发布登记"},
                {"humen.star5", "LICENCE", "20", "15", "建设工程规划许可证"},
                {"humen.penalty", "PENALTY", "2", "1", "销售超过保质期的食品", "《中华人民共和国食品安全法》第一百二十四条"}});
        feed(story, "changan", "长", new String[][] {
                {"changan.honour", "LICENCE", "0", "0", "特种设备使用登记"}, {"changan.commit1", "LICENCE", "2", "2", "排污许可证"},
                {"changan.commit2", "LICENCE", "12", "12", "危险化学品经营许可证"},
                {"changan.penalty", "PENALTY", "4", "2", "安排未取得健康证明的人员从事接触直接入口食品的工作",
                        "《中华人民共和国食品安全法》第一百二十六条"}});
        feed(story, "songshanhu", "松", new String[][] {
                {"songshanhu.tech", "LICENCE", "1", "0", "辐射安全许可证"}, {"songshanhu.bio", "LICENCE", "3", "1", "药品经营许可证"}});
        feed(story, "dongcheng", "东", new String[][] {
                {"dongcheng.trade", "LICENCE", "0", "0", "酒类经营许可"},
                {"dongcheng.mall", "PENALTY", "16", "14", "占用、堵塞疏散通道", "《中华人民共和国消防法》第六十条"}});
    }

    private static String department(String subjectKey, boolean penalty) {
        if (!penalty) {
            return "东莞市政务服务数据管理局";
        }
        return subjectKey.startsWith("dongcheng") ? "东莞市消防救援支队" : "东莞市市场监督管理局";
    }

    private void feed(DemoStory story, String tenant, String prefix, String[][] rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        int number = 1;
        for (String[] row : rows) {
            SubjectView subject = story.subject(row[0]);
            boolean penalty = "PENALTY".equals(row[1]);
            LocalDate decided = story.before(Integer.parseInt(row[2]));
            LocalDate published = decided.plusDays(Integer.parseInt(row[3]));
            csv.append(row[1]).append(',')
                    .append("东").append(prefix).append(penalty ? "罚" : "许").append("〔").append(decided.getYear())
                    .append("〕演示").append(number++).append("号,")
                    .append(subject.code()).append(',').append(subject.name()).append(',')
                    .append(department(row[0], penalty)).append(',')
                    .append(decided).append(',').append(published).append(',').append(row[4]).append(',')
                    .append(penalty ? row[5] : "").append(',')
                    .append(penalty ? "MINOR" : "").append('\n');
        }
        ImportJobView job = story.in(tenant, () -> imports.importNow(
                ImportSource.of(csv.toString().getBytes(StandardCharsets.UTF_8)), "演示-双公示-" + tenant + ".csv",
                tenant + ".officer"));
        if (job.rejected() > 0) {
            LOG.warn("Demo city: {} of the 双公示 rows of {} were rejected: {}", job.rejected(), tenant, job.errors());
        }
        story.loaded("双公示 entries", job.imported());
    }
}
