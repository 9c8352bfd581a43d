package com.credittown.demo;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.Severity;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.credit.severelist.ListEntryView;
import com.credittown.platform.credit.severelist.SevereList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The severe-dishonesty list (严重失信主体名单): 长安 proposed its wage-arrears firm three weeks ago and served the prior
 * notice; the statement period has passed without a statement, and the city office included it. The firm is graded
 * D, named on the public list, and refused by the star, district and commitment rules.
 */
@Component
@Order(DemoChapter.AFTER_SUBJECTS + 70)
class SevereListDemo implements DemoChapter {

    private static final String CITY = "city.office";

    private final SevereList severeList;
    private final CreditArchive archive;

    SevereListDemo(SevereList severeList, CreditArchive archive) {
        this.severeList = severeList;
        this.archive = archive;
    }

    @Override
    public String name() {
        return "severe-dishonesty list";
    }

    @Override
    public void load(DemoStory story) {
        SubjectView firm = story.subject(DemoSubjects.SEVERE_LIST_CANDIDATE);
        ListEntryView proposed = story.daysAgo(21, () -> story.in("changan", () -> {
            List<Long> severe = archive.archiveOf(firm.id()).records().stream()
                    .filter(r -> r.kind() == RecordKind.DISHONESTY && r.severity() == Severity.SEVERE)
                    .map(RecordView::id).toList();
            ListEntryView entry = severeList.propose(new SevereList.Proposal(firm.id(), severe,
                    "东莞市人力资源和社会保障局长安分局", "（演示）克扣、无故拖欠农民工工资，经责令限期支付仍不支付，情节严重",
                    "《保障农民工工资支付条例》"), "changan.officer");
            return severeList.serveNotice(entry.id(), "changan.officer");
        }));
        severeList.decide(proposed.id(), new SevereList.Decision(true,
                "（演示）陈述申辩期内未提出陈述申辩，事实清楚，列入名单", null), CITY);
        story.loaded("severe-list entries", 1);
    }
}
