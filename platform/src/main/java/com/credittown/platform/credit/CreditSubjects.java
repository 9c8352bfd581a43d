package com.credittown.platform.credit;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's credit subjects. */
interface CreditSubjects extends Repository<CreditSubject, Long> {

    CreditSubject save(CreditSubject subject);

    Optional<CreditSubject> findById(Long id);

    Optional<CreditSubject> findByCode(String code);
}
