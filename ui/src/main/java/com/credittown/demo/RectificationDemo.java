package com.credittown.demo;

import java.util.HashMap;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Government-dishonesty rectification (政务失信整改) at every step: a new case waiting for the plan; one opened 20
 * days ago whose 10-working-day plan period has passed (the engine escalates it: 催办); one waiting for evidence;
 * one waiting for verification; one closed as rectified (the record's publicity ended).
 */
@Component
@Order(DemoChapter.AFTER_SUBJECTS + 50)
class RectificationDemo implements DemoChapter {

    static final String PROCESS = "government-rectification";

    @Override
    public String name() {
        return "government-dishonesty rectification";
    }

    @Override
    public void load(DemoStory story) {
        // closed: opened 30 days ago, planned, evidence 20 days ago, verified 18 days ago
        String closed = story.daysAgo(30, () -> planned(story, "songshanhu", "东莞松山湖（演示）园区建设服务中心",
                "contract", "未按招商引资协议约定兑现厂房租金减免", "园区管委会"));
        story.daysAgo(20, () -> {
            story.complete("songshanhu", closed, "evidence", "songshanhu.officer", evidence(story));
            return null;
        });
        story.daysAgo(18, () -> {
            story.complete("songshanhu", closed, "verify", "songshanhu.officer",
                    Map.of("outcome", "rectified", "findings", "经核实，租金减免已全部兑现，企业出具确认函"));
            return null;
        });
        // overdue: opened 20 days ago, no plan yet
        story.daysAgo(20, () -> story.start("humen", PROCESS, "humen.officer", form(story, "东莞市虎门镇（演示）市政工程管理所",
                "arrears", "拖欠中小企业道路养护工程款86万元逾期未付", "虎门镇财政分局")));
        // waiting for evidence: planned 10 days ago
        story.daysAgo(10, () -> planned(story, "changan", "东莞市长安镇（演示）公共资源交易中心", "arrears",
                "拖欠中小企业设备采购款42万元逾期未付", "长安镇财政分局"));
        // waiting for verification: evidence submitted today
        String verify = planned(story, "changan", "东莞市长安镇（演示）城市管理服务中心", "judgment",
                "未履行生效民事判决确定的付款义务", "长安镇综合行政执法办");
        story.complete("changan", verify, "evidence", "changan.officer", evidence(story));
        // new today: waiting for the plan
        story.start("humen", PROCESS, "humen.officer", form(story, "东莞市虎门镇（演示）公共事务服务中心", "contract",
                "未按约定支付物业服务合同价款", "虎门镇公共事务服务中心"));
        story.loaded("rectification cases", 5);
    }

    private static String planned(DemoStory story, String tenant, String unit, String kind, String facts,
                                  String responsible) {
        String caseId = story.start(tenant, PROCESS, tenant + ".officer", form(story, unit, kind, facts, responsible));
        story.complete(tenant, caseId, "plan", tenant + ".officer",
                Map.of("plan", "制定整改方案：30日内完成付款或履约，建立账款支付台账并由分管领导督办", "planContact", "办公室主任"));
        return caseId;
    }

    private static Map<String, Object> evidence(DemoStory story) {
        return Map.of("evidence", "付款凭证、企业确认函及整改报告", "completedOn", story.todayOfClock());
    }

    private static Map<String, Object> form(DemoStory story, String unit, String kind, String facts,
                                            String responsible) {
        Map<String, Object> data = new HashMap<>();
        boolean institution = unit.contains("中心") || unit.contains("所");
        data.put("subjectCode", institution ? story.publicInstitutionCode() : story.governmentCode());
        data.put("subjectName", unit);
        data.put("subjectKind", institution ? "public_institution" : "government_body");
        data.put("dishonestyKind", kind);
        data.put("facts", facts);
        data.put("legalBasis", switch (kind) {
            case "arrears" -> "《保障中小企业款项支付条例》第八条";
            case "judgment" -> "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条";
            default -> "《优化营商环境条例》第三十一条";
        });
        data.put("department", "镇信用办");
        data.put("responsibleUnit", responsible);
        return data;
    }
}
