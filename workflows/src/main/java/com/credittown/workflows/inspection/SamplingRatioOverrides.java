package com.credittown.workflows.inspection;

import com.credittown.platform.credit.grade.Grade;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's sampling-ratio overrides, at most one per grade. */
interface SamplingRatioOverrides extends Repository<SamplingRatioOverride, Long> {

    SamplingRatioOverride save(SamplingRatioOverride override);

    Optional<SamplingRatioOverride> findByGrade(Grade grade);

    List<SamplingRatioOverride> findAll();

    void delete(SamplingRatioOverride override);
}
