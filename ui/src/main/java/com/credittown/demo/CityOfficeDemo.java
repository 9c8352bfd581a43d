package com.credittown.demo;

import com.credittown.workflows.keytask.KeyTaskLedger;
import com.credittown.workflows.keytask.KeyTaskUpdate;
import com.credittown.workflows.keytask.KeyTaskView;
import com.credittown.workflows.keytask.NewKeyTask;
import com.credittown.workflows.supervision.NewSupervision;
import com.credittown.workflows.supervision.SupervisionService;
import com.credittown.workflows.supervision.SupervisionView;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The city office's own work (东府办〔2024〕6号（二十四）: a key-task ledger, notices, supervision and interview
 * reminders): key tasks assigned to towns, one past its deadline for two of them and done by a third, another
 * in progress; a supervision notice (督办) to 虎门 still open, a notice to 长安 overdue, and one 南城 answered.
 */
@Component
@Order(DemoChapter.AFTER_SUBJECTS + 60)
class CityOfficeDemo implements DemoChapter {

    private static final String CITY = "city.office";

    private final KeyTaskLedger keyTasks;
    private final SupervisionService supervision;

    CityOfficeDemo(KeyTaskLedger keyTasks, SupervisionService supervision) {
        this.keyTasks = keyTasks;
        this.supervision = supervision;
    }

    @Override
    public String name() {
        return "key tasks and supervision notices";
    }

    @Override
    public void load(DemoStory story) {
        // assigned 40 days ago, due 25 days ago: 长安 and 松山湖 are late, 虎门 finished in time
        KeyTaskView late = story.daysAgo(40, () -> keyTasks.assign(new NewKeyTask("（演示）清理统一社会信用代码重错码",
                "核对辖区内经营主体统一社会信用代码，清理重码、错码，报送清理台账。", "东府办〔2024〕6号（二）",
                "市发展改革局", story.before(25).toString(), 3, List.of("humen", "changan", "songshanhu")), CITY));
        story.daysAgo(30, () -> {
            story.run("humen", () -> keyTasks.update(late.id(), new KeyTaskUpdate("虎门镇信用办 陈科长", "DONE",
                    "已完成重错码核对，清理12条，台账已报送。", story.todayOfClock(), null), "humen.officer"));
            story.run("changan", () -> keyTasks.update(late.id(), new KeyTaskUpdate("长安镇信用办 黄主任", "IN_PROGRESS",
                    "已核对60%，剩余部分涉及跨部门数据。", null, null), "changan.officer"));
            return null;
        });
        KeyTaskView current = keyTasks.assign(new NewKeyTask("（演示）双公示数据上报质量提升",
                "行政许可、行政处罚“双公示”信息自决定之日起7个工作日内上报，年底前合规率达到100%。",
                "东府办〔2024〕6号（二）", "市政务服务数据管理局", story.today().plusDays(45).toString(), 5,
                List.of("humen", "changan", "songshanhu", "dongcheng", "nancheng", "wanjiang")), CITY);
        story.run("humen", () -> keyTasks.update(current.id(), new KeyTaskUpdate("虎门镇信用办 陈科长", "IN_PROGRESS",
                "本月合规率已达96%，逐条督促迟报部门。", null, null), "humen.officer"));
        story.loaded("key tasks", 2);

        // a notice to 长安 sent 15 days ago with 5 working days: overdue; one to 南城 answered; 督办 to 虎门 open
        story.daysAgo(15, () -> supervision.send(new NewSupervision("changan", "NOTICE", "（演示）关于报送第四季度信用修复办理情况的通知",
                "请于5个工作日内报送本季度信用修复受理、办结及超期情况。", 5), CITY));
        SupervisionView answered = story.daysAgo(6, () -> supervision.send(new NewSupervision("nancheng",
                "INTERVIEW_REMINDER", "（演示）关于双公示迟报问题的约谈提醒", "你单位本月双公示迟报较多，请说明原因并提出整改措施。", 10),
                CITY));
        story.complete("nancheng", answered.caseId(), "handle", "nancheng.officer", Map.of(
                "report", "已召集相关部门分析迟报原因，建立每日上报提醒，本周起迟报清零。", "contact", "南城街道信用办 0769-00000000"));
        supervision.send(new NewSupervision("humen", "SUPERVISION", "（演示）关于政务失信整改逾期的督办",
                "虎门镇市政工程管理所拖欠中小企业账款整改方案已逾期，请督促责任单位限期提交整改方案并报告。", 5), CITY);
        story.loaded("supervision notices", 3);
    }
}
