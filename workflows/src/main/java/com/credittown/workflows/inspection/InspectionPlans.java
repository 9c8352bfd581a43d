package com.credittown.workflows.inspection;

import static com.credittown.workflows.inspection.InspectionPlanViews.count;
import static com.credittown.workflows.inspection.InspectionPlanViews.encode;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.credit.CreditArchive;
import com.credittown.platform.credit.RecordDetails;
import com.credittown.platform.credit.RecordKind;
import com.credittown.platform.credit.RecordView;
import com.credittown.platform.credit.SubjectKind;
import com.credittown.platform.credit.SubjectRosters;
import com.credittown.platform.credit.SubjectView;
import com.credittown.platform.credit.grade.Grade;
import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.identity.TenantMembers;
import com.credittown.platform.tenancy.CityReads;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tenant's graded inspection plans (双随机抽查计划 by credit grade, plan (十八)): drawn per period from the tenant's
 * subjects (registered or recorded by it in the city-wide archive, of the kinds the officer picks) with the sampling
 * ratio per grade in force ({@link SamplingRatios}: the city's, or the tenant's override above it), seeded and
 * recorded so the same seed over the same population gives the same plan;
 * inspectors drawn from the tenant's officers; each inspection's result recorded as a 监督检查 record of the archive.
 * The city office reads every tenant's plans. Every draw and result is audited in the tenant's chain.
 */
@Service
@Allowed(Permission.INSPECTION_PLAN)
public class InspectionPlans {

    static final String AUDIT_SUBJECT = "inspection-plan";
    /** The inspection record's basis when the officer names none: the plan's section, cited bare. */
    static final String DEFAULT_BASIS = "东府办〔2024〕6号（十八）";
    /** What the plan says of graded supervision, quoted (docs/citations.md). */
    public static final String PLAN_BASIS_ZH = "东府办〔2024〕6号（十八）：“依照风险高低实施差异化精准监管，实现监管资源优化配置”";
    public static final String PLAN_BASIS_EN = "Dongfu Ban [2024] No. 6 (XVIII): “carry out differentiated and precise"
            + " supervision according to the level of risk, and optimise the allocation of supervision resources”";
    private static final Logger log = LoggerFactory.getLogger(InspectionPlans.class);
    private static final SecureRandom SEEDS = new SecureRandom();

    private final InspectionPlanRows plans;
    private final InspectionItems items;
    private final SubjectRosters rosters;
    private final CreditArchive archive;
    private final TenantMembers members;
    private final SamplingSettings settings;
    private final SamplingRatios samplingRatios;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final CityReads cityReads;

    InspectionPlans(InspectionPlanRows plans, InspectionItems items, SubjectRosters rosters, CreditArchive archive,
                    TenantMembers members, SamplingSettings settings, SamplingRatios samplingRatios, AuditLog audit,
                    PlatformClock clock, CityReads cityReads) {
        this.plans = plans;
        this.items = items;
        this.rosters = rosters;
        this.archive = archive;
        this.members = members;
        this.settings = settings;
        this.samplingRatios = samplingRatios;
        this.audit = audit;
        this.clock = clock;
        this.cityReads = cityReads;
    }

    /**
     * The tenant's sampling ratios now (the city's, or the tenant's override above it: {@link SamplingRatios}), whose
     * each is, with the settings' and the plan's wording.
     */
    public record Ratios(Map<Grade, Integer> ratios, Map<Grade, RatioSource> sources, String settingZh,
                         String settingEn, String planZh, String planEn) {
    }

    public Ratios ratios() {
        Map<Grade, EffectiveRatio> effective = samplingRatios.current();
        Map<Grade, Integer> ratios = EffectiveRatios.ratios(effective);
        Map<Grade, RatioSource> sources = EffectiveRatios.sources(effective);
        return new Ratios(ratios, sources, EffectiveRatios.zh(ratios, sources), EffectiveRatios.en(ratios, sources),
                PLAN_BASIS_ZH, PLAN_BASIS_EN);
    }

    /**
     * Draws and saves a plan for the period from the tenant's subjects with the city's ratios.
     *
     * @throws InvalidInputException naming each invalid field (title, period, kinds, inspectors; {@code population}
     *                               when the tenant has no subject of those kinds)
     */
    @Transactional
    public InspectionPlanView draw(NewPlan request, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (request.title() == null || request.title().isBlank()) {
            problems.add(new FieldProblem("title", "required", "the plan's title is required"));
        } else if (request.title().strip().length() > 200) {
            problems.add(new FieldProblem("title", "too-long", "at most 200 characters"));
        }
        if (request.periodFrom() == null) {
            problems.add(new FieldProblem("periodFrom", "required", "the first day of the period"));
        }
        if (request.periodTo() == null) {
            problems.add(new FieldProblem("periodTo", "required", "the last day of the period"));
        } else if (request.periodFrom() != null && request.periodTo().isBefore(request.periodFrom())) {
            problems.add(new FieldProblem("periodTo", "before-start", "the period ends on or after "
                    + request.periodFrom()));
        }
        Set<SubjectKind> kinds = request.kinds() == null || request.kinds().isEmpty()
                ? Set.of(SubjectKind.MARKET_ENTITY) : Set.copyOf(request.kinds());
        if (kinds.contains(SubjectKind.NATURAL_PERSON)) {
            problems.add(new FieldProblem("kinds", "invalid", "双随机 inspections draw market entities, government"
                    + " bodies and institutions, not natural persons"));
        }
        String tenant = TenantContext.require().code();
        List<String> inspectors = inspectors(tenant, request.inspectors(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String tag = request.tag() == null || request.tag().isBlank() ? null : request.tag().strip();
        List<SamplingCandidate> population = rosters.subjectsOfTenant(kinds).stream()
                .filter(s -> tag == null || s.tags().contains(tag))
                .map(InspectionPlans::candidate).toList();
        if (population.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldProblem("population", "empty", "the tenant has no"
                    + " subject of the kinds " + kinds + (tag == null ? "" : " tagged " + tag) + " in the archive")));
        }
        long seed = request.seed() != null ? request.seed() : SEEDS.nextLong();
        Map<Grade, EffectiveRatio> effective = samplingRatios.current();
        Map<Grade, Integer> ratios = EffectiveRatios.ratios(effective);
        String sources = EffectiveRatios.encodeSources(EffectiveRatios.sources(effective));
        List<DrawnSubject> drawn = SamplingDraw.draw(population, ratios, seed, inspectors);
        Map<Grade, Integer> sizes = count(population.stream().map(SamplingCandidate::grade).toList());
        String rule = "本镇街（园区）登记或记录的" + kinds.stream().sorted().map(InspectionPlans::kindName)
                .collect(Collectors.joining("、")) + (tag == null ? "" : "（标签：" + tag + "）");
        InspectionPlan plan = plans.save(new InspectionPlan(request.title().strip(), request.periodFrom(),
                request.periodTo(), rule, encode(sizes), encode(ratios), sources, seed,
                String.join(",", inspectors), clock.instant(), actor));
        for (DrawnSubject d : drawn) {
            items.save(new InspectionItem(plan.id(), d));
        }
        audit.record(actor, "INSPECTION_PLAN_DRAWN", AUDIT_SUBJECT, plan.id().toString(), "plan '" + plan.title()
                + "' " + plan.periodFrom() + "–" + plan.periodTo() + ": seed " + seed + ", population " + encode(sizes)
                + ", ratios " + encode(ratios) + " (" + sources + "), drawn " + drawn.size() + " (" + drawn.stream()
                .map(d -> d.candidate().subjectId() + (d.inspector() == null ? "" : "→" + d.inspector()))
                .collect(Collectors.joining(",")) + ")");
        return InspectionPlanViews.view(plan, items.findByPlanIdInOrderByPlanIdAscDrawOrderAsc(List.of(plan.id())));
    }

    /** The tenant's plans, newest first. */
    @Transactional(readOnly = true)
    public List<InspectionPlanView> plans() {
        return InspectionPlanViews.views(plans.findAllByOrderByIdDesc(), items);
    }

    /** One of the tenant's plans (another tenant's: not found). */
    @Transactional(readOnly = true)
    public InspectionPlanView plan(long id) {
        InspectionPlan plan = require(id);
        return InspectionPlanViews.view(plan, items.findByPlanIdInOrderByPlanIdAscDrawOrderAsc(List.of(plan.id())));
    }

    /**
     * Records an inspection's result: a 监督检查 record of the tenant's in the subject's archive, and the item's result.
     *
     * @throws NotFoundException     if the plan or item is not the tenant's
     * @throws InvalidInputException naming each invalid field
     * @throws com.credittown.platform.web.ConflictException if the result was recorded already
     */
    @Transactional
    public InspectionItemView recordResult(long planId, long itemId, NewResult result, String actor) {
        InspectionPlan plan = require(planId);
        InspectionItem item = items.findById(itemId).filter(i -> i.planId() == plan.id())
                .orElseThrow(() -> new NotFoundException("Unknown inspection", "Plan " + planId
                        + " has no inspection with the id " + itemId + "."));
        List<FieldProblem> problems = new ArrayList<>();
        if (result.result() == null) {
            problems.add(new FieldProblem("result", "required", "NO_ISSUES, ISSUES_FOUND or NOT_REACHED"));
        }
        if (result.inspectedOn() == null) {
            problems.add(new FieldProblem("inspectedOn", "required", "the day of the inspection"));
        } else if (result.inspectedOn().isAfter(LocalDate.now(clock))) {
            problems.add(new FieldProblem("inspectedOn", "future", "an inspection is recorded once made"));
        }
        if (result.department() == null || result.department().isBlank()) {
            problems.add(new FieldProblem("department", "required", "the inspecting department"));
        }
        if (result.summary() == null || result.summary().isBlank()) {
            problems.add(new FieldProblem("summary", "required", "what the inspection found"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        item.requireNoResult();
        String basis = result.legalBasis() == null || result.legalBasis().isBlank() ? DEFAULT_BASIS
                : result.legalBasis().strip();
        RecordView record = archive.addRecord(item.subjectId(), new RecordDetails(RecordKind.INSPECTION, null,
                result.department().strip(), result.inspectedOn(), basis, "双随机抽查：" + result.result().zh(),
                plan.title() + "：" + result.summary().strip()), actor);
        item.recordResult(result.result(), result.inspectedOn(), result.summary().strip(), record.id(),
                clock.instant(), actor);
        audit.record(actor, "INSPECTION_RESULT_RECORDED", AUDIT_SUBJECT, plan.id().toString(), "item " + item.id()
                + " (subject " + item.subjectId() + "): " + result.result() + " on " + result.inspectedOn()
                + ", archive record " + record.id());
        return item.view();
    }

    /** Every tenant's plans for the city office, or one tenant's (the city's read path, read only). */
    @Allowed(Permission.CITY_OFFICE)
    public List<InspectionPlanView> cityPlans(String tenant) {
        return cityReads.read(() -> InspectionPlanViews.views(plans.findAllByOrderByIdDesc(), items)).stream()
                .filter(p -> tenant == null || tenant.isBlank() || p.tenant().equals(tenant)).toList();
    }

    // ------------------------------------------------------------------ helpers

    private List<String> inspectors(String tenant, List<String> named, List<FieldProblem> problems) {
        if (named != null && !named.isEmpty()) {
            List<String> found = new ArrayList<>();
            for (String name : new LinkedHashSet<>(named)) {
                members.find(tenant, name).ifPresentOrElse(m -> found.add(m.username()),
                        () -> problems.add(new FieldProblem("inspectors", "unknown", "no user " + name
                                + " in this tenant")));
            }
            return found.stream().sorted().toList();
        }
        try {
            return members.officers(tenant).stream().limit(settings.maxInspectors()).toList();
        } catch (RuntimeException unreachable) {
            // the plan is drawn without inspectors; the officer assigns them by hand in the export
            log.warn("Officers of {} not readable from Keycloak; plan drawn without inspectors: {}", tenant,
                    unreachable.toString());
            return List.of();
        }
    }

    private InspectionPlan require(long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("Unknown inspection plan",
                "No inspection plan with the id " + id + " exists."));
    }

    private static SamplingCandidate candidate(SubjectView s) {
        return new SamplingCandidate(s.id(), s.code(), s.name(), s.grade());
    }

    private static String kindName(SubjectKind kind) {
        return switch (kind) {
            case MARKET_ENTITY -> "经营主体";
            case GOVERNMENT_BODY -> "政府机构";
            case PUBLIC_INSTITUTION -> "事业单位";
            case SOCIAL_ORGANISATION -> "社会组织";
            case NATURAL_PERSON -> "自然人";
        };
    }
}
