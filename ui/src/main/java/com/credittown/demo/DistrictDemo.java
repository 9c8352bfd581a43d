package com.credittown.demo;

import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import com.credittown.workflows.district.District;
import com.credittown.workflows.district.DistrictService;
import com.credittown.workflows.district.DistrictShop;
import com.credittown.workflows.district.NewDistrict;
import com.credittown.workflows.district.ShopSupervision;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Honest business districts (诚信商圈、街区、市场) with rated member shops: 虎门's garment mall and street, 长安's plaza
 * and 万江's tea market (a district the plan names). Shops are admitted through the membership process; complaints
 * and inspections of the last weeks rate them red, yellow or green and the districts from them; one shop was removed
 * for a broken commitment. Applications wait at every step: for the signature, for the inspection (one of them
 * overdue), refused at the credit check (the severe subject) and failed at the inspection.
 */
@Component
@Order(DemoChapter.AFTER_SUBJECTS + 30)
class DistrictDemo implements DemoChapter {

    static final String PROCESS = ShopSupervision.PROCESS_KEY;
    private static final String COMMITMENT = "诚信经营、明码标价、不售假冒伪劣商品，接受消费者和市场监管部门监督；违反承诺自愿退出商圈。";

    private final DistrictService districts;
    private final ShopSupervision supervision;
    private final CreditSubjectRegistry registry;

    DistrictDemo(DistrictService districts, ShopSupervision supervision, CreditSubjectRegistry registry) {
        this.districts = districts;
        this.supervision = supervision;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "honest business districts";
    }

    @Override
    public void load(DemoStory story) {
        District mall = story.daysAgo(40, () -> create(story, "humen", "虎门国际服装城（演示）", "MALL", "东莞市虎门镇银龙路"));
        District street = story.daysAgo(40, () -> create(story, "humen", "虎门连升路诚信街区（演示）", "STREET",
                "东莞市虎门镇连升路"));
        District plaza = story.daysAgo(40, () -> create(story, "changan", "长安万达广场诚信商圈（演示）", "MALL",
                "东莞市长安镇长安中路"));
        District tea = story.daysAgo(40, () -> create(story, "wanjiang", "万江茶叶批发市场（演示）", "MARKET",
                "东莞市万江街道莞穗路"));

        // admitted 35 days ago: the shops of the ratings
        List<DistrictShop> mallShops = story.daysAgo(35, () -> List.of(
                admitted(story, "humen", mall, "虎门国际服装城（演示）一楼童装店"),
                admitted(story, "humen", mall, "虎门国际服装城（演示）二楼男装店"),
                admitted(story, "humen", mall, "虎门国际服装城（演示）三楼面料行"),
                admitted(story, "humen", mall, "虎门国际服装城（演示）四楼饰品店")));
        List<DistrictShop> streetShops = story.daysAgo(35, () -> List.of(
                admitted(story, "humen", street, "连升路（演示）老字号糖水铺"),
                admitted(story, "humen", street, "连升路（演示）便民五金店"),
                admitted(story, "humen", street, "连升路（演示）鲜果店")));
        List<DistrictShop> plazaShops = story.daysAgo(35, () -> List.of(
                admitted(story, "changan", plaza, "长安万达广场（演示）数码店"),
                admitted(story, "changan", plaza, "长安万达广场（演示）茶餐厅")));
        List<DistrictShop> teaShops = story.daysAgo(35, () -> List.of(
                admitted(story, "wanjiang", tea, "万江茶叶市场（演示）普洱茶行"),
                admitted(story, "wanjiang", tea, "万江茶叶市场（演示）凤凰单丛茶庄"),
                admitted(story, "wanjiang", tea, "万江茶叶市场（演示）六堡茶铺")));
        story.loaded("member shops", 12);

        // complaints and inspections of the rating period (the last 90 days), then the periodic rating
        story.run("humen", () -> {
            DistrictShop red = mallShops.get(0);
            supervision.recordComplaint(red.id(), story.before(20), true, "标价与结算价不一致", "humen.officer");
            supervision.recordComplaint(red.id(), story.before(12), true, "以次充好", "humen.officer");
            supervision.recordComplaint(red.id(), story.before(5), true, "拒绝退换有质量问题的商品", "humen.officer");
            supervision.recordComplaint(mallShops.get(1).id(), story.before(8), true, "未明码标价", "humen.officer");
            supervision.recordInspection(mallShops.get(2).id(), story.before(10), true, "证照齐全，明码标价",
                    "humen.officer");
            supervision.recordInspection(streetShops.get(1).id(), story.before(6), false, "销售无合格证的电线",
                    "humen.officer");
            supervision.removeForBrokenCommitment(mallShops.get(3).id(), "销售假冒注册商标的饰品，违反商圈诚信承诺",
                    "humen.officer");
            supervision.rateAll();
        });
        story.run("changan", () -> {
            supervision.recordComplaint(plazaShops.get(1).id(), story.before(9), true, "菜品分量不足", "changan.officer");
            supervision.rateAll();
        });
        story.run("wanjiang", () -> {
            supervision.recordInspection(teaShops.get(0).id(), story.before(7), true, "茶叶来源可追溯", "wanjiang.officer");
            supervision.rateAll();
        });
        story.loaded("shop complaints and inspections", 9);

        // applications waiting at each step
        story.daysAgo(25, () -> signedOnly(story, "humen", mall, shopSubject(story, "humen",
                "虎门国际服装城（演示）五楼鞋店")));
        signedOnly(story, "humen", street, CommitmentDemo.HUMEN_MERCHANT);
        story.start("humen", PROCESS, "humen.officer", Map.of("districtId", street.id(),
                "shopName", "连升路（演示）凉茶铺", "subjectCode", shopSubject(story, "humen", "连升路（演示）凉茶铺")));
        SubjectView severe = story.subject(DemoSubjects.SEVERE_LIST_CANDIDATE);
        signedOnly(story, "changan", plaza, severe.code());
        String failed = signedOnly(story, "wanjiang", tea, shopSubject(story, "wanjiang", "万江茶叶市场（演示）散装茶档"));
        story.complete("wanjiang", failed, "inspect", "wanjiang.officer",
                Map.of("outcome", "failed", "findings", "散装茶叶无产地及生产日期标识"));
        story.loaded("district applications", 17);
        story.loaded("districts", 4);
    }

    private District create(DemoStory story, String tenant, String name, String kind, String address) {
        return story.in(tenant, () -> districts.create(new NewDistrict(name, kind, address, COMMITMENT),
                tenant + ".officer"));
    }

    /** A shop admitted through the whole membership process: applied, signed, credit-checked, inspected. */
    private DistrictShop admitted(DemoStory story, String tenant, District district, String shopName) {
        String caseId = signedOnly(story, tenant, district, shopSubject(story, tenant, shopName));
        story.complete(tenant, caseId, "inspect", tenant + ".officer",
                Map.of("outcome", "passed", "findings", "证照齐全，明码标价，已张贴诚信承诺"));
        return story.in(tenant, () -> districts.shopsOf(district.id())).stream()
                .filter(shop -> caseId.equals(shop.caseId())).findFirst().orElseThrow();
    }

    /** Applied and signed: the credit check has run, the case waits for the inspection (or was refused). */
    private String signedOnly(DemoStory story, String tenant, District district, String subjectCode) {
        String shopName = story.in(tenant, () -> registry.byCode(subjectCode)).map(SubjectView::name)
                .orElse(subjectCode);
        String caseId = story.start(tenant, PROCESS, tenant + ".officer",
                Map.of("districtId", district.id(), "shopName", shopName, "subjectCode", subjectCode));
        story.complete(tenant, caseId, "sign", tenant + ".officer",
                Map.of("signatory", "店长", "signedOn", story.todayOfClock()));
        return caseId;
    }

    /** Registers the shop's business as a demo market entity and returns its code. */
    private String shopSubject(DemoStory story, String tenant, String shopName) {
        SubjectView subject = story.in(tenant, () -> registry.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                story.marketCode(), shopName, List.of(DemoSubjects.TAG)), tenant + ".officer"));
        story.loaded("subjects", 1);
        return subject.code();
    }
}
