package com.credittown.workflows.measure.internal;

import com.credittown.workflows.measure.MeasureApplication;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current tenant's applications of measures (the tenant filter applies, see TenantScoped). */
public interface MeasureApplications extends JpaRepository<MeasureApplication, String> {

    List<MeasureApplication> findTop200ByOrderByAppliedAtDesc();
}
