package com.credittown.workflows.district;

import com.credittown.platform.identity.CurrentUsers;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's honest business districts over REST. Everyone of the tenant reads; officers and administrators
 * create (ApiSecurityConfiguration). The tenant is the caller's; the path segment only has to name it.
 */
@RestController
@RequestMapping("/api/tenants/{tenant}/districts")
class DistrictController {

    private final DistrictService districts;

    DistrictController(DistrictService districts) {
        this.districts = districts;
    }

    @GetMapping
    List<DistrictView> list() {
        return districts.list().stream().map(DistrictView::of).toList();
    }

    @PostMapping
    ResponseEntity<DistrictView> create(@PathVariable String tenant, @RequestBody NewDistrict request) {
        District district = districts.create(request, CurrentUsers.actor());
        return ResponseEntity.created(URI.create("/api/tenants/" + tenant + "/districts/" + district.id()))
                .body(DistrictView.of(district));
    }

    @GetMapping("/{districtId}")
    DistrictView district(@PathVariable String districtId) {
        return DistrictView.of(districts.district(districtId));
    }

    @GetMapping("/{districtId}/shops")
    List<ShopView> shops(@PathVariable String districtId) {
        return districts.shopsOf(districtId).stream().map(ShopView::of).toList();
    }
}
