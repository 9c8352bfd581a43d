package com.credittown.workflows.district;

import com.credittown.platform.identity.Allowed;
import com.credittown.platform.identity.Permission;
import com.credittown.platform.audit.AuditLog;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.web.ConflictException;
import com.credittown.platform.web.NotFoundException;
import com.credittown.workflows.form.FormDefinitions;
import com.credittown.workflows.form.FormValidator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's honest business districts: created by an officer, listed for everyone of the tenant. */
@Service
@Allowed(Permission.DISTRICT_READ)
public class DistrictService {

    static final String AUDIT_DISTRICT = "district";

    private final Districts districts;
    private final DistrictShops shops;
    private final FormDefinitions forms;
    private final FormValidator validator;
    private final AuditLog audit;
    private final PlatformClock clock;

    DistrictService(Districts districts, DistrictShops shops, FormDefinitions forms, FormValidator validator,
                    AuditLog audit, PlatformClock clock) {
        this.districts = districts;
        this.shops = shops;
        this.forms = forms;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Creates a district.
     *
     * @throws com.credittown.platform.web.InvalidInputException naming each invalid field
     * @throws ConflictException if the tenant already has a district of that name
     */
    @Allowed(Permission.DISTRICT_MANAGE)
    @Transactional
    public District create(NewDistrict request, String actor) {
        Map<String, Object> input = new HashMap<>();
        if (request != null) {
            input.put("name", request.name());
            input.put("kind", request.kind());
            input.put("address", request.address());
            input.put("commitmentText", request.commitmentText());
        }
        input.values().removeIf(java.util.Objects::isNull);
        Map<String, Object> clean = validator.validate(forms.require("district-create"), input);
        String name = (String) clean.get("name");
        districts.findByName(name).ifPresent(existing -> {
            throw new ConflictException("A district named " + name + " already exists (" + existing.id() + ")");
        });
        District district = districts.save(new District(name, DistrictKind.valueOf((String) clean.get("kind")),
                (String) clean.get("address"), (String) clean.get("commitmentText"), clock.instant(), actor));
        audit.record(actor, "DISTRICT_CREATED", AUDIT_DISTRICT, district.id(), district.kind() + " " + name);
        return district;
    }

    /**
     * Renames a district (a tenant setting).
     *
     * @throws com.credittown.platform.web.InvalidInputException if the name is blank or longer than 100
     * @throws ConflictException if another district of the tenant has that name
     */
    @Allowed(Permission.DISTRICT_MANAGE)
    @Transactional
    public District rename(String districtId, String newName, String actor) {
        District district = district(districtId);
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new com.credittown.platform.web.InvalidInputException(List.of(
                    new com.credittown.platform.web.FieldProblem("name", name.isEmpty() ? "required" : "too-long",
                            "A district's name has 1 to 100 characters.")));
        }
        districts.findByName(name).filter(other -> !other.id().equals(district.id())).ifPresent(other -> {
            throw new ConflictException("A district named " + name + " already exists (" + other.id() + ")");
        });
        String old = district.name();
        district.rename(name);
        audit.record(actor, "DISTRICT_RENAMED", AUDIT_DISTRICT, district.id(), old + " -> " + name);
        return district;
    }

    /** Closes a district: it stays listed with its shops' history, but is closed. Closing twice changes nothing. */
    @Allowed(Permission.DISTRICT_MANAGE)
    @Transactional
    public District close(String districtId, String actor) {
        District district = district(districtId);
        if (!district.closed()) {
            district.close(clock.instant());
            audit.record(actor, "DISTRICT_CLOSED", AUDIT_DISTRICT, district.id(), district.name());
        }
        return district;
    }

    @Transactional(readOnly = true)
    public List<District> list() {
        return districts.findAllByOrderByNameAsc();
    }

    /** @throws NotFoundException if the current tenant has no such district (another tenant's included) */
    @Transactional(readOnly = true)
    public District district(String districtId) {
        return districts.findById(districtId == null ? "" : districtId).orElseThrow(() -> new NotFoundException(
                "Unknown district", "No district '" + districtId + "' exists for this tenant."));
    }

    /** Every shop ever admitted to the district, members and removed ones, in order of admission. */
    @Transactional(readOnly = true)
    public List<DistrictShop> shopsOf(String districtId) {
        return shops.findByDistrictIdOrderByAdmittedAtAsc(district(districtId).id());
    }

    /** The current tenant's shop with this listing code (its QR code's), member or removed. */
    @Transactional(readOnly = true)
    public java.util.Optional<DistrictShop> shopByListingCode(String listingCode) {
        return listingCode == null || listingCode.isBlank() ? java.util.Optional.empty()
                : shops.findByListingCode(listingCode);
    }
}
