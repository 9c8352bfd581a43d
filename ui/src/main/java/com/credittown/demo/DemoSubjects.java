package com.credittown.demo;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.credit.NewSubject;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectView;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's credit subjects and their records in six towns: licences, administrative penalties still in publicity,
 * honours, inspections and dishonesty records of several departments, so the archive, the grades (A to D) and the
 * search show the city-wide archive at work. Every subject's name carries （演示） and the tag 演示.
 */
@Component
@Order(DemoChapter.AFTER_SUBJECTS - 1)
class DemoSubjects implements DemoChapter {

    /** The tag on every demo subject. */
    static final String TAG = "演示";

    /**
     * A subject with an unrepaired severe dishonesty record (拖欠劳动报酬, recorded by 长安): graded D, refused by the
     * commitment route, the star and the districts. <b>Extension point:</b> the severe-dishonesty list (严重失信主体名单,
     * {@code severelist} branch) adds a {@link DemoChapter} that puts this subject on the list through its own service.
     */
    static final String SEVERE_LIST_CANDIDATE = "changan.severe";

    private final CreditSubjectRegistry registry;
    private final CreditArchive archive;

    DemoSubjects(CreditSubjectRegistry registry, CreditArchive archive) {
        this.registry = registry;
        this.archive = archive;
    }

    @Override
    public String name() {
        return "credit subjects and records";
    }

    @Override
    public void load(DemoStory story) {
        // 虎门: garment and tea firms with clean archives (star nominees), a food shop with a penalty in publicity,
        // firms with repairable records and one whose severe record is not yet repairable
        for (String[] firm : new String[][] {
                {"humen.star1", "东莞市虎门镇（演示）富民服装有限公司"}, {"humen.star2", "东莞市虎门镇（演示）威远茶业有限公司"},
                {"humen.star3", "东莞市虎门镇（演示）太平手袋厂"}, {"humen.star4", "东莞市虎门镇（演示）连升电子有限公司"},
                {"humen.star5", "东莞市虎门镇（演示）南栅织造有限公司"}, {"humen.star6", "东莞市虎门镇（演示）沙角海鲜酒楼"}}) {
            SubjectView subject = market(story, "humen", firm[0], firm[1]);
            record(story, "humen", subject, RecordKind.LICENCE, null, "东莞市市场监督管理局虎门分局", 400, null,
                    "营业执照变更登记");
        }
        record(story, "humen", story.subject("humen.star1"), RecordKind.HONOUR, null, "东莞市虎门镇人民政府", 200, null,
                "虎门镇守合同重信用企业");
        SubjectView food = market(story, "humen", "humen.penalty", "东莞市虎门镇（演示）鸿运食品商行");
        record(story, "humen", food, RecordKind.PENALTY, Severity.GENERAL, "东莞市市场监督管理局虎门分局", 30,
                "《中华人民共和国食品安全法》第一百二十四条", "生产经营超过保质期的食品");
        record(story, "humen", food, RecordKind.INSPECTION, null, "东莞市市场监督管理局虎门分局", 20, null,
                "食品安全监督检查：责令整改");
        for (String[] firm : new String[][] {{"humen.repair1", "东莞市虎门镇（演示）诚信服装有限公司"},
                {"humen.repair2", "东莞市虎门镇（演示）金龙制衣厂"}, {"humen.repair3", "东莞市虎门镇（演示）港湾物流有限公司"},
                {"humen.repair4", "东莞市虎门镇（演示）新湾五金店"}}) {
            repairable(story, "humen", market(story, "humen", firm[0], firm[1]));
        }
        SubjectView notYet = market(story, "humen", "humen.repair.severe", "东莞市虎门镇（演示）宏达建材有限公司");
        record(story, "humen", notYet, RecordKind.DISHONESTY, Severity.SEVERE, "东莞市市场监督管理局", 90,
                "《企业信息公示暂行条例》第十七条", "列入严重违法失信名单");

        // 长安: the severe case of the city, an honoured mould maker, a restaurant with a minor penalty
        SubjectView severe = market(story, "changan", SEVERE_LIST_CANDIDATE, "东莞市长安镇（演示）恒发五金制品厂");
        record(story, "changan", severe, RecordKind.DISHONESTY, Severity.SEVERE, "东莞市人力资源和社会保障局", 60,
                "《拖欠农民工工资失信联合惩戒对象名单管理暂行办法》第五条", "克扣、无故拖欠农民工工资达到认定拒不支付劳动报酬罪数额标准");
        SubjectView mould = market(story, "changan", "changan.honour", "东莞市长安镇（演示）精工模具有限公司");
        record(story, "changan", mould, RecordKind.HONOUR, null, "东莞市长安镇人民政府", 150, null, "长安镇诚信示范企业");
        SubjectView restaurant = market(story, "changan", "changan.penalty", "东莞市长安镇（演示）兴隆餐饮店");
        record(story, "changan", restaurant, RecordKind.PENALTY, Severity.MINOR, "东莞市市场监督管理局长安分局", 25,
                "《中华人民共和国食品安全法》第一百二十六条", "安排未取得健康证明的人员从事接触直接入口食品的工作");
        for (String[] firm : new String[][] {{"changan.star1", "东莞市长安镇（演示）锦厦电子有限公司"},
                {"changan.star2", "东莞市长安镇（演示）上沙包装材料厂"}, {"changan.commit1", "东莞市长安镇（演示）乌沙塑胶制品厂"},
                {"changan.commit2", "东莞市长安镇（演示）霄边精密机械有限公司"}}) {
            market(story, "changan", firm[0], firm[1]);
        }
        repairable(story, "changan", market(story, "changan", "changan.repair1", "东莞市长安镇（演示）沙头照明有限公司"));

        // 松山湖, 东城, 南城, 万江: a few archives each, so the city's search and dashboard span towns
        SubjectView tech = market(story, "songshanhu", "songshanhu.tech", "东莞松山湖（演示）智能装备有限公司");
        record(story, "songshanhu", tech, RecordKind.CONFIRMATION, null, "东莞市科学技术局", 300, null, "高新技术企业认定");
        SubjectView bio = market(story, "songshanhu", "songshanhu.bio", "东莞松山湖（演示）生物医药有限公司");
        record(story, "songshanhu", bio, RecordKind.LICENCE, null, "广东省药品监督管理局", 500, null, "药品生产许可证");
        market(story, "songshanhu", "songshanhu.commit", "东莞松山湖（演示）新材料研究院有限公司");
        SubjectView mall = market(story, "dongcheng", "dongcheng.mall", "东莞市东城街道（演示）万达百货有限公司");
        record(story, "dongcheng", mall, RecordKind.PENALTY, Severity.GENERAL, "东莞市消防救援支队", 40,
                "《中华人民共和国消防法》第六十条", "占用、堵塞疏散通道");
        market(story, "dongcheng", "dongcheng.trade", "东莞市东城街道（演示）旗峰贸易有限公司");
        SubjectView ads = market(story, "nancheng", "nancheng.ads", "东莞市南城街道（演示）鸿福广告有限公司");
        record(story, "nancheng", ads, RecordKind.PENALTY, Severity.GENERAL, "东莞市市场监督管理局南城分局", 50,
                "《中华人民共和国广告法》第五十五条", "发布虚假广告");
        SubjectView finance = market(story, "nancheng", "nancheng.finance", "东莞市南城街道（演示）元美会计服务有限公司");
        record(story, "nancheng", finance, RecordKind.HONOUR, null, "国家税务总局东莞市税务局", 120, null,
                "纳税信用A级纳税人");
        market(story, "wanjiang", "wanjiang.tea", "东莞市万江街道（演示）茗香茶行");
    }

    private SubjectView market(DemoStory story, String tenant, String key, String name) {
        SubjectView subject = story.in(tenant, () -> registry.register(new NewSubject(SubjectKind.MARKET_ENTITY,
                story.marketCode(), name, List.of(TAG)), tenant + ".officer"));
        story.remember(key, subject);
        story.loaded("subjects", 1);
        return subject;
    }

    /** A general dishonesty record (market supervision) and a general penalty (tax), both past their minimum. */
    private void repairable(DemoStory story, String tenant, SubjectView subject) {
        record(story, tenant, subject, RecordKind.DISHONESTY, Severity.GENERAL, "东莞市市场监督管理局", 240,
                "《企业信息公示暂行条例》第十八条", "未按期公示年度报告");
        record(story, tenant, subject, RecordKind.PENALTY, Severity.GENERAL, "国家税务总局东莞市税务局", 210,
                "《中华人民共和国税收征收管理法》第六十二条", "逾期申报罚款");
    }

    private void record(DemoStory story, String tenant, SubjectView subject, RecordKind kind, Severity severity,
                        String department, int daysAgo, String legalBasis, String title) {
        story.run(tenant, () -> archive.addRecord(subject.id(), new RecordDetails(kind, severity, department,
                story.before(daysAgo), legalBasis, title, "演示数据"), tenant + ".officer"));
        story.loaded("credit records", 1);
    }
}
