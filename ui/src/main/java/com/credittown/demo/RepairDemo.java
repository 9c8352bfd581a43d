package com.credittown.demo;

import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.RecordState;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.workflow.WorkTask;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Credit repair (信用修复) at every step: waiting for acceptance at the one window (一口受理; two of them past the
 * 3-working-day limit), accepted and waiting for the department reviews (market supervision and tax, the demo
 * reviewers' inboxes), concluded (the records' publicity ended, the subject regraded), and rejected at the window
 * because the severe record's minimum publicity has not passed.
 */
@Component
@Order(DemoChapter.AFTER_SUBJECTS + 40)
class RepairDemo implements DemoChapter {

    static final String PROCESS = "credit-repair";

    private final CreditArchive archive;

    RepairDemo(CreditArchive archive) {
        this.archive = archive;
    }

    @Override
    public String name() {
        return "credit repair";
    }

    @Override
    public void load(DemoStory story) {
        // concluded: applied 15 days ago, accepted the same day, both departments approved 12 days ago
        String concluded = story.daysAgo(15, () -> {
            String caseId = apply(story, "humen", "humen.repair4");
            story.complete("humen", caseId, "accept", "humen.officer", Map.of("decision", "accept"));
            return caseId;
        });
        story.daysAgo(12, () -> {
            approveReviews(story, concluded);
            return null;
        });
        // applied 10 and 8 days ago, still not accepted: overdue at the window
        story.daysAgo(10, () -> apply(story, "humen", "humen.repair2"));
        story.daysAgo(8, () -> apply(story, "changan", "changan.repair1"));
        // accepted 2 days ago: the department reviews are open
        story.daysAgo(2, () -> {
            String caseId = apply(story, "humen", "humen.repair3");
            story.complete("humen", caseId, "accept", "humen.officer", Map.of("decision", "accept"));
            return caseId;
        });
        // today: a new application, and one rejected at the window
        apply(story, "humen", "humen.repair1");
        String early = apply(story, "humen", "humen.repair.severe");
        story.complete("humen", early, "accept", "humen.officer", Map.of("decision", "reject",
                "rejectionReasons", "严重失信信息最短公示期（一年）未满，暂不予受理；期满后可再次申请"));
        story.loaded("repair applications", 6);
    }

    private void approveReviews(DemoStory story, String caseId) {
        for (WorkTask review : story.steps("humen", caseId)) {
            if (!review.stepKey().equals("departmentReview")) {
                continue;
            }
            // the step is named after the record it reviews (认定部门审查：逾期申报罚款): the tax bureau's penalty
            boolean tax = String.valueOf(review.name()).contains("逾期申报罚款");
            completeReview(story, review, tax);
        }
    }

    private void completeReview(DemoStory story, WorkTask review, boolean tax) {
        story.completeTask("humen", review, tax ? "humen.tax" : "humen.reviewer", Map.of("reviewOutcome", "approve",
                "reviewReasons", tax ? "罚款及滞纳金已缴清" : "已补报并公示年度报告，整改到位"));
    }

    /** Applies for repair of every record of the subject still in publicity. */
    private String apply(DemoStory story, String tenant, String key) {
        SubjectView subject = story.subject(key);
        String records = story.in(tenant, () -> archive.archiveOf(subject.id())).records().stream()
                .filter(record -> record.state() == RecordState.PUBLISHED)
                .map(RecordView::id).map(String::valueOf).collect(Collectors.joining(","));
        Map<String, Object> data = new HashMap<>();
        data.put("subjectCode", subject.code());
        data.put("recordIds", records);
        data.put("obligationsFulfilled", true);
        data.put("repairCommitmentSigned", true);
        data.put("commitmentReference", "XF-" + story.todayOfClock());
        data.put("statement", "已纠正失信行为，履行全部法定义务，并签署信用修复承诺书。");
        return story.start(tenant, PROCESS, tenant + ".officer", data);
    }
}
