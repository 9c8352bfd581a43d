package com.credittown.workflows.district;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's district shops (the tenant filter is applied by Hibernate, see TenantScoped). */
public interface DistrictShops extends JpaRepository<DistrictShop, String> {

    List<DistrictShop> findByDistrictIdOrderByAdmittedAtAsc(String districtId);

    List<DistrictShop> findByDistrictIdAndStatus(String districtId, ShopStatus status);

    List<DistrictShop> findByStatus(ShopStatus status);

    List<DistrictShop> findByDistrictIdAndSubjectCodeOrderByAdmittedAtDesc(String districtId, String subjectCode);

    Optional<DistrictShop> findByCaseId(String caseId);

    Optional<DistrictShop> findByListingCode(String listingCode);
}
