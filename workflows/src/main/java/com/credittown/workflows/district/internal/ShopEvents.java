package com.credittown.workflows.district.internal;

import com.credittown.workflows.district.ShopEvent;
import com.credittown.workflows.district.ShopEventResult;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's shop events (the tenant filter is applied by Hibernate, see TenantScoped). */
public interface ShopEvents extends JpaRepository<ShopEvent, String> {

    List<ShopEvent> findByShopIdOrderByDateAscRecordedAtAsc(String shopId);

    long countByShopIdAndResultAndDateBetween(String shopId, ShopEventResult result, LocalDate from, LocalDate to);
}
