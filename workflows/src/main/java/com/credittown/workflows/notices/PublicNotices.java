package com.credittown.workflows.notices;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.credit.CreditSubjectRegistry;
import com.credittown.platform.uscc.Uscc;
import com.credittown.platform.credit.person.PersonMasks;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.NotFoundException;
import com.credittown.platform.web.PublicLinks;
import com.credittown.workflows.commitment.CommitmentStatus;
import com.credittown.workflows.commitment.Commitments;
import com.credittown.workflows.district.District;
import com.credittown.workflows.district.DistrictService;
import com.credittown.workflows.district.DistrictShop;
import com.credittown.workflows.district.ShopStatus;
import com.credittown.workflows.repair.ItemOutcome;
import com.credittown.workflows.repair.RepairApplications;
import com.credittown.workflows.repair.RepairItem;
import com.credittown.workflows.repair.RepairStatus;
import com.credittown.workflows.star.IntegrityStarSelection;
import com.credittown.workflows.star.StarObjection;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the current tenant publishes to everyone, without login: stars in their publicity period, commitments
 * signed and published, credit repair decisions, and the member shops of its districts. Only what the
 * publicity rules publish: no contact, no officer's name, a natural person's name masked and its number left out.
 */
@Service
@Allowed(Permission.PUBLIC)
public class PublicNotices {

    private final IntegrityStarSelection stars;
    private final Commitments commitments;
    private final RepairApplications repairs;
    private final DistrictService districts;
    private final CreditSubjectRegistry subjects;
    private final PlatformClock clock;
    private final PublicLinks links;

    PublicNotices(IntegrityStarSelection stars, Commitments commitments, RepairApplications repairs,
                  DistrictService districts, CreditSubjectRegistry subjects, PlatformClock clock, PublicLinks links) {
        this.links = links;
        this.stars = stars;
        this.commitments = commitments;
        this.repairs = repairs;
        this.districts = districts;
        this.subjects = subjects;
        this.clock = clock;
    }

    /** Stars whose publicity period is open now: objections are accepted. */
    @Transactional(readOnly = true)
    public List<PublicNotice> starsInPublicity() {
        return stars.inPublicity().stream().map(n -> new PublicNotice(PublicNotice.Kind.STAR, n.caseId(),
                shownName(n.subjectCode(), n.subjectName()), shownCode(n.subjectCode()), n.reasons(),
                n.publicityFirstDay(), n.publicityLastDay(), n.publicityClosesAt(), true, null)).toList();
    }

    /**
     * Commitments signed and published, awaiting verification, newest first; a commitment found unfulfilled and
     * ordered to rectify within a deadline (责令限期整改) stays on the list, marked with its deadline: it is still a
     * published commitment, not yet breached nor closed.
     */
    @Transactional(readOnly = true)
    public List<PublicNotice> commitmentsSigned() {
        return commitments.findTop100ByStatusInOrderByPublishedAtDesc(List.of(CommitmentStatus.PUBLISHED,
                        CommitmentStatus.ORDERED_TO_RECTIFY)).stream()
                .map(c -> new PublicNotice(PublicNotice.Kind.COMMITMENT, c.caseId(),
                        shownName(c.subjectCode(), c.subjectName()), shownCode(c.subjectCode()), c.text(),
                        c.publishedAt() == null ? null : LocalDate.ofInstant(c.publishedAt(), clock.getZone()),
                        null, null, false,
                        c.status() == CommitmentStatus.ORDERED_TO_RECTIFY ? c.rectificationDue() : null))
                .toList();
    }

    /** Concluded credit repairs with the records whose publicity ended, newest first. */
    @Transactional(readOnly = true)
    public List<PublicNotice> repairDecisions() {
        return repairs.findTop100ByStatusOrderByClosedAtDesc(RepairStatus.CONCLUDED).stream()
                .map(r -> new PublicNotice(PublicNotice.Kind.REPAIR, r.caseId(),
                        shownName(r.subjectCode(), subjects.subject(r.subjectId()).name()), shownCode(r.subjectCode()),
                        r.items().stream().filter(item -> item.outcome() == ItemOutcome.APPROVED)
                                .map(RepairItem::recordTitle).collect(Collectors.joining("；")),
                        r.closedAt() == null ? null : LocalDate.ofInstant(r.closedAt(), clock.getZone()),
                        null, null, false, null))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<District> districts() {
        return districts.list();
    }

    /** @throws com.credittown.platform.web.NotFoundException if the tenant has no such district */
    @Transactional(readOnly = true)
    public District district(String districtId) {
        return districts.district(districtId);
    }

    /** The district's current members (removed shops are not listed). */
    @Transactional(readOnly = true)
    public List<MemberShop> membersOf(String districtId) {
        return districts.shopsOf(districtId).stream().filter(shop -> shop.status() == ShopStatus.MEMBER)
                .map(shop -> new MemberShop(shop.shopName(), shop.rating(), shop.listingCode())).toList();
    }

    /**
     * A member shop's public listing, found by the listing code its QR code carries.
     *
     * @throws NotFoundException if the tenant has no member shop with this code (unknown, or removed from its district:
     *                           a removed shop is not published)
     */
    @Transactional(readOnly = true)
    public ShopListing listing(String listingCode) {
        DistrictShop shop = districts.shopByListingCode(listingCode).filter(s -> s.status() == ShopStatus.MEMBER)
                .orElseThrow(() -> new NotFoundException("Unknown listing",
                        "No member shop with this listing code: the code is wrong or the shop left its district."));
        District district = districts.district(shop.districtId());
        return new ShopListing(shop.listingCode(), shop.shopName(), district.id(), district.name(), shop.rating(),
                LocalDate.ofInstant(shop.admittedAt(), clock.getZone()), listingUrl(shop.listingCode()));
    }

    /** The public page of a listing of the current tenant: what the shop's QR code carries. */
    public String listingUrl(String listingCode) {
        return links.of("/public/tenants/" + TenantContext.require().code() + "/shops/" + listingCode);
    }

    /**
     * Files an objection (异议) to a star in publicity.
     *
     * @throws com.credittown.platform.web.InvalidInputException naming each invalid field
     * @throws com.credittown.platform.web.ConflictException if the publicity period is not open
     */
    @Transactional
    public StarObjection object(String caseId, String name, String contact, String text) {
        return stars.fileObjection(caseId, name, contact, text);
    }

    private static String shownName(String code, String name) {
        return Uscc.check(code).isValid() ? name : PersonMasks.name(name);
    }

    private static String shownCode(String code) {
        return Uscc.check(code).isValid() ? code : null;
    }
}
