package com.credittown.platform.credit.objection;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The objections (never deleted). */
interface Objections extends Repository<Objection, Long> {

    Objection save(Objection objection);

    Optional<Objection> findById(Long id);

    List<Objection> findAllByOrderByIdDesc();

    List<Objection> findByOwnerTenantOrRaisedInTenantOrderByIdDesc(String owner, String raisedIn);

    List<Objection> findBySubjectIdOrderByIdDesc(long subjectId);
}
