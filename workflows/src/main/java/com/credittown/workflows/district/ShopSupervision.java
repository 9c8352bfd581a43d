package com.credittown.workflows.district;

import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.FieldProblem;
import com.credittown.platform.web.InvalidInputException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.workflows.district.internal.ShopEvents;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ongoing supervision of the current tenant's member shops: complaints and inspections, the periodic red/yellow/
 * green rating of shops and districts, and removal for a broken commitment. The thresholds and periods are the
 * tenant's {@code district-membership} parameters in force when the rating runs (see {@link MembershipParameters}).
 */
@Service
public class ShopSupervision {

    public static final String PROCESS_KEY = "district-membership";
    static final String AUDIT_SHOP = "district-shop";

    private final DistrictShops shops;
    private final ShopEvents events;
    private final Districts districts;
    private final MembershipParameters parameters;
    private final AuditLog audit;
    private final PlatformClock clock;
    private final ApplicationEventPublisher publisher;

    ShopSupervision(DistrictShops shops, ShopEvents events, Districts districts, MembershipParameters parameters,
                    AuditLog audit, PlatformClock clock, ApplicationEventPublisher publisher) {
        this.shops = shops;
        this.events = events;
        this.districts = districts;
        this.parameters = parameters;
        this.audit = audit;
        this.clock = clock;
        this.publisher = publisher;
    }

    /** Records a complaint (投诉) against a member shop, substantiated or not, received on {@code date}. */
    @Transactional
    public ShopEvent recordComplaint(String shopId, LocalDate date, boolean substantiated, String note, String actor) {
        return record(shopId, substantiated ? ShopEventResult.SUBSTANTIATED : ShopEventResult.UNSUBSTANTIATED, date,
                note, actor);
    }

    /** Records an inspection (检查) of a member shop on {@code date}, passed or failed. */
    @Transactional
    public ShopEvent recordInspection(String shopId, LocalDate date, boolean passed, String note, String actor) {
        return record(shopId, passed ? ShopEventResult.PASSED : ShopEventResult.FAILED, date, note, actor);
    }

    private ShopEvent record(String shopId, ShopEventResult result, LocalDate date, String note, String actor) {
        DistrictShop shop = shop(shopId);
        if (shop.status() != ShopStatus.MEMBER) {
            throw new ConflictException("The shop " + shop.shopName() + " was removed from its district on "
                    + shop.removedOn() + "; complaints and inspections are recorded for member shops only");
        }
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            throw new InvalidInputException(List.of(new FieldProblem("date", date == null ? "required" : "future",
                    date == null ? "is required" : "must not be in the future")));
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException(List.of(new FieldProblem("note", "too-long", "at most 2000 characters")));
        }
        ShopEvent event = events.save(new ShopEvent(shop.id(), result, date, note, clock.instant(), actor));
        audit.record(actor, "SHOP_" + result.kind() + "_RECORDED", AUDIT_SHOP, shop.id(), result + " on " + date);
        return event;
    }

    /**
     * Removes a shop that broke the district's integrity commitment (status REMOVED, reason, date) and publishes
     * {@link ShopRemoved}. The subject may apply again once its rectification is confirmed
     * ({@link #confirmRectification}).
     */
    @Transactional
    public DistrictShop removeForBrokenCommitment(String shopId, String reason, String actor) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw new InvalidInputException(List.of(new FieldProblem("reason", reason == null || reason.isBlank()
                    ? "required" : "too-long", reason == null || reason.isBlank() ? "is required"
                    : "at most 2000 characters")));
        }
        DistrictShop shop = shop(shopId);
        if (shop.status() != ShopStatus.MEMBER) {
            throw new ConflictException("The shop " + shop.shopName() + " was already removed on " + shop.removedOn());
        }
        LocalDate today = LocalDate.now(clock);
        shop.remove(reason.strip(), today, clock.instant());
        audit.record(actor, "SHOP_REMOVED", AUDIT_SHOP, shop.id(), shop.removalReason()
                + "; may reapply once its rectification is confirmed");
        publisher.publishEvent(new ShopRemoved(TenantContext.require().code(), shop.id(), shop.districtId(),
                shop.subjectCode(), shop.removalReason(), today));
        return shop;
    }

    /**
     * Confirms that a removed shop has rectified what broke its commitment (整改到位): from then on (and the
     * tenant's {@code reapplyAfterDays} later, 0 by default) its subject may apply to the district again.
     *
     * @throws InvalidInputException naming {@code note} when it is missing or too long
     * @throws ConflictException     if the shop is not removed or its rectification was confirmed already
     */
    @Transactional
    public DistrictShop confirmRectification(String shopId, String note, String actor) {
        if (note == null || note.isBlank() || note.length() > 2000) {
            throw new InvalidInputException(List.of(new FieldProblem("note", note == null || note.isBlank()
                    ? "required" : "too-long", note == null || note.isBlank() ? "is required"
                    : "at most 2000 characters")));
        }
        DistrictShop shop = shop(shopId);
        if (shop.status() != ShopStatus.REMOVED) {
            throw new ConflictException("The shop " + shop.shopName() + " is a member; only a removed shop rectifies");
        }
        if (shop.rectifiedOn() != null) {
            throw new ConflictException("The rectification of " + shop.shopName() + " was confirmed on "
                    + shop.rectifiedOn());
        }
        LocalDate today = LocalDate.now(clock);
        shop.rectified(note.strip(), today, clock.instant(), actor);
        audit.record(actor, "SHOP_RECTIFIED", AUDIT_SHOP, shop.id(), shop.rectificationNote() + "; may reapply from "
                + today.plusDays(parameters.reapplyAfterDays()));
        return shop;
    }

    /** Rates one shop now from the events of the rating period that ends today. */
    @Transactional
    public Rating rate(String shopId) {
        DistrictShop shop = shop(shopId);
        rateShop(shop, parameters.rules(), LocalDate.now(clock), clock.instant());
        return shop.rating();
    }

    /**
     * The periodic rating of the current tenant: every member shop from the events of the period ending today,
     * then every district from its member shops.
     */
    @Transactional
    public RatingRun rateAll() {
        RatingRules rules = parameters.rules();
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<DistrictShop> members = shops.findByStatus(ShopStatus.MEMBER);
        int changed = 0;
        for (DistrictShop shop : members) {
            changed += rateShop(shop, rules, today, now) ? 1 : 0;
        }
        List<District> all = districts.findAll();
        for (District district : all) {
            rateDistrict(district, members, rules, now);
        }
        return new RatingRun(members.size(), changed, all.size());
    }

    private boolean rateShop(DistrictShop shop, RatingRules rules, LocalDate today, Instant now) {
        LocalDate from = rules.periodStart(today);
        long complaints = events.countByShopIdAndResultAndDateBetween(shop.id(), ShopEventResult.SUBSTANTIATED,
                from, today);
        long failed = events.countByShopIdAndResultAndDateBetween(shop.id(), ShopEventResult.FAILED, from, today);
        Rating before = shop.rating();
        boolean changed = shop.rated(rules.shop(complaints, failed), now);
        if (changed) {
            audit.record(AuditLog.SYSTEM, "SHOP_RATED", AUDIT_SHOP, shop.id(),
                    before + " -> " + shop.rating() + " (" + from + " to " + today + ": " + complaints
                            + " substantiated complaint(s), " + failed + " failed inspection(s))");
            publisher.publishEvent(new ShopRated(shop.getTenantId(), shop.id(), shop.districtId(), shop.rating()));
        }
        return changed;
    }

    private static void rateDistrict(District district, List<DistrictShop> members, RatingRules rules, Instant now) {
        List<DistrictShop> ofDistrict = members.stream().filter(s -> s.districtId().equals(district.id())).toList();
        int green = (int) ofDistrict.stream().filter(s -> s.rating() == Rating.GREEN).count();
        Rating rating = rules.district(ofDistrict.size(), green);
        district.rated(rating, rating == null ? null : RatingRules.greenSharePercent(ofDistrict.size(), green), now);
    }

    @Transactional(readOnly = true)
    public DistrictShop shop(String shopId) {
        return shops.findById(shopId == null ? "" : shopId).orElseThrow(() -> new NotFoundException("Unknown shop",
                "No district shop '" + shopId + "' exists for this tenant."));
    }

    @Transactional(readOnly = true)
    public List<ShopEvent> eventsOf(String shopId) {
        return events.findByShopIdOrderByDateAscRecordedAtAsc(shop(shopId).id());
    }

    /**
     * @param shops        member shops rated
     * @param shopsChanged shops whose rating changed
     * @param districts    districts rated
     */
    public record RatingRun(int shops, int shopsChanged, int districts) {
    }
}
