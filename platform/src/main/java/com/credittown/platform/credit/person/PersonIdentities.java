package com.credittown.platform.credit.person;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The natural persons' identifying data of the city's archive. */
interface PersonIdentities extends Repository<PersonIdentity, Long> {

    PersonIdentity saveAndFlush(PersonIdentity identity);

    Optional<PersonIdentity> findBySubjectId(long subjectId);

    Optional<PersonIdentity> findByIdNumberHash(String idNumberHash);
}
