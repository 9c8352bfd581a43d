package com.credittown.demo;

import com.credittown.platform.credit.SubjectView;
import java.util.HashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Credit commitments (信用承诺) at every step: waiting for the signature (one of 虎门's demo merchant, so its portal
 * has a case), published and waiting for verification (one started 45 days ago, so its 20-working-day verification
 * is overdue), honoured, breached (a dishonesty record with its legal basis), and refused at the start because the
 * subject has an unrepaired severe record.
 */
@Component
@Order(DemoChapter.AFTER_SUBJECTS + 10)
class CommitmentDemo implements DemoChapter {

    static final String PROCESS = "credit-commitment";
    /** 虎门's demo merchant (tenants/src/main/resources/identity/demo-users.csv). */
    static final String HUMEN_MERCHANT = "91441900MA4WDEM100";

    @Override
    public String name() {
        return "credit commitments";
    }

    @Override
    public void load(DemoStory story) {
        // 45 days ago: signed, published, verification due after 20 working days: overdue now
        story.daysAgo(45, () -> signed(story, "humen", story.subject("humen.star2"), "approval", "食品经营许可"));
        story.daysAgo(30, () -> {
            String honoured = signed(story, "changan", story.subject("changan.commit1"), "voluntary", null);
            story.complete("changan", honoured, "verify", "changan.officer",
                    Map.of("outcome", "honoured", "findings", "经现场核查，已按承诺落实安全生产整改"));
            String breached = signed(story, "changan", story.subject("changan.commit2"), "approval", "排污许可");
            story.complete("changan", breached, "verify", "changan.officer", Map.of("outcome", "breached",
                    "findings", "核查发现承诺的污染防治设施未建成", "breachKind", "not-fulfilled",
                    "legalBasis", "《优化营商环境条例》第四十二条"));
            // not fulfilled: ordered to rectify first (国办发〔2020〕42号); the rectification fell short
            story.complete("changan", breached, "rectify", "changan.officer", Map.of("rectification",
                    "已开工建设污染防治设施", "rectifiedOn", story.todayOfClock()));
            story.complete("changan", breached, "reviewRectification", "changan.officer", Map.of(
                    "rectificationOutcome", "rejected", "rectificationOpinion", "设施仍未建成投运，整改不到位"));
            return null;
        });
        story.loaded("commitments verified", 2);
        // today: waiting for the merchant's signature, and published for verification
        story.start("humen", PROCESS, "humen.officer", form(HUMEN_MERCHANT, "东莞市虎门镇演示贸易有限公司", "industry", null));
        signed(story, "songshanhu", story.subject("songshanhu.commit"), "approval", "建设工程消防设计审查");
        // refused at the start: an unrepaired severe record shuts the commitment route (国办发〔2020〕42号)
        SubjectView severe = story.subject(DemoSubjects.SEVERE_LIST_CANDIDATE);
        story.start("changan", PROCESS, "changan.officer", form(severe.code(), severe.name(), "approval", "食品经营许可"));
        story.loaded("commitments", 6);
    }

    private static String signed(DemoStory story, String tenant, SubjectView subject, String type, String matter) {
        String caseId = story.start(tenant, PROCESS, tenant + ".officer", form(subject.code(), subject.name(), type,
                matter));
        story.complete(tenant, caseId, "sign", tenant + ".officer",
                Map.of("signatory", "法定代表人", "signedOn", story.todayOfClock()));
        return caseId;
    }

    private static Map<String, Object> form(String code, String name, String type, String matter) {
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", code);
        data.put("subjectName", name);
        data.put("commitmentType", type);
        if (matter != null) {
            data.put("grantedMatter", matter);
        }
        data.put("commitmentText", "本单位承诺所提交材料真实有效，按期履行承诺事项，如有虚假或未履行，愿承担相应法律责任并接受失信惩戒。");
        return data;
    }
}
