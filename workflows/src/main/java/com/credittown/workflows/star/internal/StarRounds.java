package com.credittown.workflows.star.internal;

import com.credittown.workflows.star.StarRound;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The current tenant's selection rounds (the tenant filter is applied by Hibernate, see TenantScoped). */
public interface StarRounds extends JpaRepository<StarRound, String> {

    Optional<StarRound> findByName(String name);

    /** The round, locked until the transaction ends: confirmations within one round are counted one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from StarRound r where r.id = :id")
    Optional<StarRound> lockById(@Param("id") String id);
}
