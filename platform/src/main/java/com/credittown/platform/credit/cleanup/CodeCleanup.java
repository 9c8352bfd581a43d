package com.credittown.platform.credit.cleanup;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.ForbiddenException;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The code clean-up report (统一社会信用代码重错码清理, plan (二)) and the one rule of who reads and works it:
 * <ul>
 *   <li>a tenant's officers, reviewers and administrators read their tenant's items (another tenant's is not found);
 *       officers and administrators work them and detect them again;</li>
 *   <li>the city office reads every tenant's (on a tenant's path, that tenant's), works only the city's own items (the
 *       likely duplicates among subjects the city registered) and detects for every tenant.</li>
 * </ul>
 */
@Service
@Allowed(Permission.CODE_CLEANUP_READ)
public class CodeCleanup {

    /** The plan's sentence this report implements, quoted verbatim (plan (二)). */
    public static final String BASIS_ZH =
            "东府办〔2024〕6号（二）：“推进统一社会信用代码重错码清理规范工作,进一步明确信用主体赋码规则,从源头防止新增重错码。”";
    /** The same in English (the quotation translated). */
    public static final String BASIS_EN = "Dongfu Ban [2024] No. 6 (2): “advance the clean-up of duplicate and wrong"
            + " unified social credit codes, further clarify the rules for assigning codes to credit subjects, and"
            + " prevent new duplicate and wrong codes at the source.”";
    static final int MAX_NOTE = 1000;

    private final CleanupItems items;
    private final CleanupDetection detection;
    private final PlatformClock clock;

    CodeCleanup(CleanupItems items, CleanupDetection detection, PlatformClock clock) {
        this.items = items;
        this.detection = detection;
        this.clock = clock;
    }

    /** How an item is worked: the outcome (not {@code OPEN}) and a note saying what was checked or done. */
    public record Work(CleanupStatus outcome, String note) {
    }

    /** What a detection run found: items found, of them new, and worked items opened again. */
    public record DetectionRun(int found, int opened, int reopened) {
    }

    /** The plan's words the report implements, in Chinese and English. */
    public java.util.Map<String, String> basis() {
        return java.util.Map.of("zh", BASIS_ZH, "en", BASIS_EN);
    }

    /** The current tenant's items (the city office on a tenant's path: that tenant's), optionally of one kind/status. */
    @Transactional(readOnly = true)
    public List<CleanupItemView> items(CleanupKind kind, CleanupStatus status) {
        String tenant = TenantContext.require().code();
        return views(items.findByOwnerTenantOrderByStatusAscKindAscIdAsc(tenant), kind, status);
    }

    /**
     * The city office's report: every owner's items, or one tenant's ({@code "city"}: the city's own), optionally of one
     * kind and status.
     */
    @Allowed(Permission.CITY_OFFICE)
    @Transactional(readOnly = true)
    public List<CleanupItemView> cityItems(String tenant, CleanupKind kind, CleanupStatus status) {
        List<CleanupItem> found = items.findAllByOrderByOwnerTenantAscStatusAscKindAscIdAsc().stream()
                .filter(i -> tenant == null || tenant.isBlank() || ("city".equals(tenant) ? i.ownerTenant() == null
                        : tenant.equals(i.ownerTenant()))).toList();
        return views(found, kind, status);
    }

    /** The city's figures: items per owner, kind and status, one query. */
    @Allowed(Permission.CITY_OFFICE)
    @Transactional(readOnly = true)
    public List<CleanupFigure> cityFigures() {
        return items.figures();
    }

    /** One item of the current tenant (the city office on a tenant's path: of that tenant); another's is not found. */
    @Transactional(readOnly = true)
    public CleanupItemView item(long id) {
        return view(ownItem(id));
    }

    /** One item of any owner, for the city office. */
    @Allowed(Permission.CITY_OFFICE)
    @Transactional(readOnly = true)
    public CleanupItemView cityItem(long id) {
        return view(items.findById(id).orElseThrow(() -> unknown(id)));
    }

    /**
     * Works an item: 已核实更正 ({@code CORRECTED}), 确认无误 ({@code CONFIRMED}) or 转数源单位 ({@code REFERRED}), with a
     * note; audited. It stays worked when detected again with the same findings.
     *
     * @throws NotFoundException     if the caller may not read the item
     * @throws ForbiddenException    if the caller reads it but does not own it (the city office on a tenant's item)
     * @throws InvalidInputException naming the outcome or note
     */
    @Allowed(Permission.CODE_CLEANUP_WORK)
    @Transactional
    public CleanupItemView work(long id, Work work, String actor) {
        CleanupItem item = ownItem(id);
        if (cityOffice()) {
            throw new ForbiddenException("Another authority's item", "Clean-up item " + id + " is tenant "
                    + item.ownerTenant() + "'s; only its owner works it.");
        }
        return worked(item, work, actor);
    }

    /**
     * The city office works the city's own items (likely duplicates among subjects the city registered) as
     * {@link #work} does.
     *
     * @throws ForbiddenException if the item is a tenant's
     */
    @Allowed(Permission.CITY_OFFICE)
    @Transactional
    public CleanupItemView cityWork(long id, Work work, String actor) {
        CleanupItem item = items.findById(id).orElseThrow(() -> unknown(id));
        if (item.ownerTenant() != null) {
            throw new ForbiddenException("Another authority's item", "Clean-up item " + id + " is tenant "
                    + item.ownerTenant() + "'s; only its owner works it.");
        }
        return worked(item, work, actor);
    }

    private CleanupItemView worked(CleanupItem item, Work work, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (work == null || work.outcome() == null || work.outcome() == CleanupStatus.OPEN) {
            problems.add(new FieldProblem("outcome", "required", "say how the item was worked: CORRECTED (已核实更正),"
                    + " CONFIRMED (确认无误) or REFERRED (转数源单位)"));
        }
        String note = work == null || work.note() == null ? "" : work.note().strip();
        if (note.isEmpty()) {
            problems.add(new FieldProblem("note", "required", "say what was checked or done (a note is required)"));
        } else if (note.length() > MAX_NOTE) {
            problems.add(new FieldProblem("note", "too-long", "the note has " + note.length()
                    + " characters, but at most " + MAX_NOTE + " are allowed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        CleanupStatus before = item.status();
        item.work(work.outcome(), note, actor, clock.instant());
        detection.trail(actor, "CODE_CLEANUP_WORKED", item, item.kind() + " " + item.group() + ": " + before
                + " -> " + work.outcome() + ": " + note);
        return view(item);
    }

    /** Detects the current tenant's items again: new findings open items, worked items stay worked unless changed. */
    @Allowed(Permission.CODE_CLEANUP_WORK)
    @Transactional
    public DetectionRun detect(String actor) {
        String tenant = TenantContext.require().code();
        if (cityOffice()) {
            throw new ForbiddenException("Detection for the whole city", "The city office detects for every tenant"
                    + " at /api/city/code-cleanup/detect.");
        }
        return run(detection.detect(tenant, actor));
    }

    /** The city office detects every owner's items again, as {@link #detect} does for one. */
    @Allowed(Permission.CITY_OFFICE)
    @Transactional
    public DetectionRun cityDetect(String actor) {
        return run(detection.detect(null, actor));
    }

    private static DetectionRun run(CleanupDetection.Outcome outcome) {
        return new DetectionRun(outcome.found(), outcome.opened(), outcome.reopened());
    }

    private CleanupItem ownItem(long id) {
        CleanupItem item = items.findById(id).orElseThrow(() -> unknown(id));
        if (!TenantContext.require().code().equals(item.ownerTenant())) {
            throw unknown(id);
        }
        return item;
    }

    private static boolean cityOffice() {
        return CurrentUsers.current().map(CurrentUser::isCityOffice).orElse(false);
    }

    private List<CleanupItemView> views(List<CleanupItem> found, CleanupKind kind, CleanupStatus status) {
        return found.stream().filter(i -> kind == null || i.kind() == kind)
                .filter(i -> status == null || i.status() == status).map(this::view).toList();
    }

    private CleanupItemView view(CleanupItem item) {
        return item.view(detection.findingsOf(item));
    }

    private static NotFoundException unknown(long id) {
        return new NotFoundException("Unknown clean-up item", "No clean-up item with the id " + id + " exists.");
    }
}
