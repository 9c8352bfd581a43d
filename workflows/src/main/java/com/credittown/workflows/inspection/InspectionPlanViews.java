package com.credittown.workflows.inspection;

import com.credittown.platform.credit.grade.Grade;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A drawn plan as its readers see it, from what the plan recorded at the draw (its ratios and whose they were), so an
 * old plan stays explainable after the city's or the tenant's ratios change. Also the per-grade encoding of the
 * plan's columns ("A:n,B:n,C:n,D:n").
 */
final class InspectionPlanViews {

    private InspectionPlanViews() {
    }

    static List<InspectionPlanView> views(List<InspectionPlan> list, InspectionItems items) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<InspectionItem>> byPlan = new HashMap<>();
        items.findByPlanIdInOrderByPlanIdAscDrawOrderAsc(list.stream().map(InspectionPlan::id).toList())
                .forEach(i -> byPlan.computeIfAbsent(i.planId(), k -> new ArrayList<>()).add(i));
        return list.stream().map(p -> view(p, byPlan.getOrDefault(p.id(), List.of()))).toList();
    }

    static InspectionPlanView view(InspectionPlan plan, List<InspectionItem> drawn) {
        List<InspectionItemView> itemViews = drawn.stream().map(InspectionItem::view).toList();
        Map<Grade, Integer> ratios = decode(plan.ratios());
        Map<Grade, RatioSource> sources = EffectiveRatios.decodeSources(plan.ratioSources());
        return new InspectionPlanView(plan.id(), plan.getTenantId(), plan.title(), plan.periodFrom(),
                plan.periodTo(), plan.populationRule(), decode(plan.populationSizes()), ratios, sources,
                count(itemViews.stream().map(InspectionItemView::grade).toList()), plan.seed(),
                plan.inspectors().isEmpty() ? List.of() : Arrays.asList(plan.inspectors().split(",")),
                plan.drawnAt(), plan.drawnBy(), (int) itemViews.stream().filter(i -> i.result() != null).count(),
                EffectiveRatios.zh(ratios, sources), itemViews);
    }

    static Map<Grade, Integer> count(List<Grade> grades) {
        Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            counts.put(g, 0);
        }
        grades.forEach(g -> counts.merge(g, 1, Integer::sum));
        return counts;
    }

    static String encode(Map<Grade, Integer> byGrade) {
        return Arrays.stream(Grade.values()).map(g -> g + ":" + byGrade.getOrDefault(g, 0))
                .collect(Collectors.joining(","));
    }

    static Map<Grade, Integer> decode(String encoded) {
        Map<Grade, Integer> byGrade = new EnumMap<>(Grade.class);
        for (String part : encoded.split(",")) {
            String[] kv = part.split(":");
            byGrade.put(Grade.valueOf(kv[0]), Integer.parseInt(kv[1]));
        }
        return byGrade;
    }
}
