package com.credittown.platform.credit.person;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The current tenant's natural persons' identifying data. */
interface PersonIdentities extends Repository<PersonIdentity, Long> {

    PersonIdentity saveAndFlush(PersonIdentity identity);

    Optional<PersonIdentity> findBySubjectId(long subjectId);

    Optional<PersonIdentity> findByIdNumberHash(String idNumberHash);
}
