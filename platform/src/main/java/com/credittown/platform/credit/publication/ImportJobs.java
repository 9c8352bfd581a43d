package com.credittown.platform.credit.publication;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** The current tenant's import jobs. */
interface ImportJobs extends Repository<ImportJob, Long> {

    ImportJob save(ImportJob job);

    Optional<ImportJob> findById(Long id);

    List<ImportJob> findAllByOrderByIdDesc(Limit limit);
}
