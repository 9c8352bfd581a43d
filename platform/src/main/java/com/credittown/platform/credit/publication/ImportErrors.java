package com.credittown.platform.credit.publication;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** The current tenant's import errors. */
interface ImportErrors extends Repository<ImportError, Long> {

    ImportError save(ImportError error);

    /** A page of a job's errors after the given id, in the order they were reported. */
    List<ImportError> findByImportIdAndIdGreaterThanOrderByIdAsc(long importId, long afterId, Limit limit);

    long countByImportId(long importId);
}
