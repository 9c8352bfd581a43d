package com.credittown.workflows.notices;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.web.NotFoundException;
import com.credittown.workflows.district.District;
import com.credittown.workflows.district.Rating;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import com.credittown.platform.qr.QrCodes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public notices over REST, no login ({@code /api/public/**}): the tenants, a tenant's notices and
 * districts with their member shops, and the objection form for a star in publicity. The tenant request filter
 * sets the tenant named in the path; an unknown one is "not found".
 */
@RestController
@RequestMapping("/api/public/tenants")
class PublicNoticeController {

    private final TenantDirectory directory;
    private final PublicNotices notices;
    private final ObjectionRateLimit limit;

    PublicNoticeController(TenantDirectory directory, PublicNotices notices, ObjectionRateLimit limit) {
        this.directory = directory;
        this.notices = notices;
        this.limit = limit;
    }

    @GetMapping
    List<TenantEntry> tenants() {
        return directory.all().stream().map(t -> new TenantEntry(t.id().code(), t.nameZh(), t.kind().name())).toList();
    }

    @GetMapping("/{tenant}/notices")
    Notices notices(@PathVariable String tenant) {
        requireTenant(tenant);
        return new Notices(notices.starsInPublicity(), notices.commitmentsSigned(), notices.repairDecisions());
    }

    @GetMapping("/{tenant}/districts")
    List<DistrictEntry> districts(@PathVariable String tenant) {
        requireTenant(tenant);
        return notices.districts().stream().map(DistrictEntry::of).toList();
    }

    @GetMapping("/{tenant}/districts/{districtId}/shops")
    List<MemberShop> shops(@PathVariable String tenant, @PathVariable String districtId) {
        requireTenant(tenant);
        return notices.membersOf(districtId);
    }

    /** A member shop's public listing: what its QR code opens (the page {@code /public/tenants/{t}/shops/{code}}). */
    @GetMapping("/{tenant}/shops/{listingCode}")
    ShopListing listing(@PathVariable String tenant, @PathVariable String listingCode) {
        requireTenant(tenant);
        return notices.listing(listingCode);
    }

    /**
     * The QR code of a member shop's listing as PNG (for its plaque and the district page): it carries the listing's
     * public page. Only for member shops; cached for a day (the code never changes, the membership may).
     */
    @GetMapping(path = "/{tenant}/shops/{listingCode}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> listingQrCode(@PathVariable String tenant, @PathVariable String listingCode,
                                         @RequestParam(defaultValue = "240") @Min(96) @Max(1200) int size) {
        requireTenant(tenant);
        ShopListing listing = notices.listing(listingCode);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .body(QrCodes.png(listing.publicUrl(), size));
    }

    @PostMapping("/{tenant}/notices/stars/{caseId}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    FiledObjection object(@PathVariable String tenant, @PathVariable String caseId,
                          @Valid @RequestBody ObjectionRequest request, HttpServletRequest http) {
        requireTenant(tenant);
        if (!limit.tryAcquire(http)) {
            throw new TooManyObjectionsException(limit.perHour());
        }
        var objection = notices.object(caseId, request.name(), request.contact(), request.text());
        return new FiledObjection(objection.id(), objection.filedAt());
    }

    private static void requireTenant(String tenant) {
        if (TenantContext.current().filter(t -> t.code().equals(tenant)).isEmpty()) {
            throw new NotFoundException("Unknown tenant", "No tenant with the code '" + tenant + "' exists.");
        }
    }

    record TenantEntry(String code, String name, String kind) {
    }

    record Notices(List<PublicNotice> stars, List<PublicNotice> commitments, List<PublicNotice> repairs) {
    }

    record DistrictEntry(String id, String name, String kind, String address, Rating rating) {
        static DistrictEntry of(District d) {
            return new DistrictEntry(d.id(), d.name(), d.kind().name(), d.address(), d.rating());
        }
    }

    /** Lengths are checked again, field by field, by the form {@code star-public-objection}. */
    record ObjectionRequest(@Size(max = 200) String name, @Size(max = 400) String contact,
                            @Size(max = 8000) String text) {
    }

    record FiledObjection(String id, Instant filedAt) {
    }
}
