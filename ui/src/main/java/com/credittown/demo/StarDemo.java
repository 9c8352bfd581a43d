package com.credittown.demo;

import com.credittown.platform.credit.SubjectView;
import com.credittown.workflows.star.IntegrityStarSelection;
import com.credittown.workflows.star.StarRound;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An integrity-star round (诚信之星) of 虎门 with nominations at every step: in town review; in publicity with a public
 * objection (shown on the public page); ineligible (a penalty in publicity); and three approved 20 days ago, whose
 * 7-day publicity has ended, so the engine's timer moves them on: one waits for the answer to its objection, one for
 * the city's confirmation, and one the city confirms (an honour in the archive). 长安 has a round with a nomination
 * the town rejected.
 */
@Component
@Order(DemoChapter.AFTER_SUBJECTS + 20)
class StarDemo implements DemoChapter {

    private static final Logger LOG = LoggerFactory.getLogger(StarDemo.class);
    private static final String PROCESS = IntegrityStarSelection.PROCESS_KEY;

    private final IntegrityStarSelection selection;
    private String toConfirm;
    private String awaitingCity;

    StarDemo(IntegrityStarSelection selection) {
        this.selection = selection;
    }

    @Override
    public String name() {
        return "integrity-star round";
    }

    @Override
    public void load(DemoStory story) {
        String roundName = story.today().getYear() + "年第" + ((story.today().getMonthValue() - 1) / 3 + 1)
                + "季度诚信之星（演示）";
        StarRound humen = story.daysAgo(25, () -> story.in("humen", () -> selection.openRound(roundName, "humen.officer")));
        story.daysAgo(20, () -> {
            toConfirm = approved(story, humen, "humen.star3");
            awaitingCity = approved(story, humen, "humen.star4");
            String objected = approved(story, humen, "humen.star5");
            story.run("humen", () -> selection.fileObjection(objected, "王先生", "13800000000",
                    "该企业去年曾有员工反映加班费发放不及时，请核实。"));
            return null;
        });
        nominate(story, humen, "humen.star1", "department");
        String inPublicity = approved(story, humen, "humen.star6");
        story.run("humen", () -> selection.fileObjection(inPublicity, "李女士", "lee@example.com",
                "该酒楼曾在节假日擅自提价，请核实。"));
        nominate(story, humen, "humen.penalty", "self");

        StarRound changan = story.in("changan", () -> selection.openRound(roundName, "changan.officer"));
        String rejected = nominate(story, changan, "changan.star1", "town");
        story.complete("changan", rejected, "townReview", "changan.officer",
                Map.of("townDecision", "reject", "townOpinion", "推荐材料不全，请补充近三年纳税证明后下轮再报"));
        nominate(story, changan, "changan.star2", "self");
        story.loaded("star rounds", 2);
        story.loaded("star nominations", 8);
        story.loaded("objections", 2);
    }

    @Override
    public void afterTimers(DemoStory story) {
        // the publicity of the backdated nominations has ended: the engine's timer opened the city's confirmation
        story.awaitStep("humen", toConfirm, "cityConfirmation").ifPresentOrElse(
                task -> story.complete("humen", toConfirm, "cityConfirmation", "city.office",
                        Map.of("cityDecision", "confirm", "cityOpinion", "同意授予诚信之星称号")),
                () -> LOG.warn("Demo city: the star publicity timer has not fired yet; case {} stays in publicity",
                        toConfirm));
        if (story.awaitStep("humen", awaitingCity, "cityConfirmation").isEmpty()) {
            LOG.warn("Demo city: case {} is not at the city's confirmation yet", awaitingCity);
        }
    }

    private String approved(DemoStory story, StarRound round, String key) {
        String caseId = nominate(story, round, key, "town");
        String tenant = key.substring(0, key.indexOf('.'));
        story.complete(tenant, caseId, "townReview", tenant + ".officer",
                Map.of("townDecision", "approve", "townOpinion", "守法经营，群众评价良好，同意推荐"));
        return caseId;
    }

    private String nominate(DemoStory story, StarRound round, String key, String nominatedBy) {
        SubjectView subject = story.subject(key);
        String tenant = key.substring(0, key.indexOf('.'));
        Map<String, Object> data = new HashMap<>();
        data.put("roundId", round.id());
        data.put("subjectCode", subject.code());
        data.put("subjectName", subject.name());
        data.put("nominatedBy", nominatedBy);
        if ("department".equals(nominatedBy)) {
            data.put("nominatingDepartment", "东莞市市场监督管理局虎门分局");
        }
        data.put("reasons", "守法经营多年，无投诉记录，积极参与诚信商圈建设。");
        return story.start(tenant, PROCESS, tenant + ".officer", data);
    }
}
