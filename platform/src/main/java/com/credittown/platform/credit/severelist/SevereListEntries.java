package com.credittown.platform.credit.severelist;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The proposals for the severe-dishonesty list (never deleted). */
interface SevereListEntries extends Repository<SevereListEntry, Long> {

    SevereListEntry save(SevereListEntry entry);

    Optional<SevereListEntry> findById(Long id);

    List<SevereListEntry> findByStatusInOrderByIdDesc(Collection<ListingStatus> statuses);

    List<SevereListEntry> findByProposerTenantOrderByIdDesc(String tenant);

    List<SevereListEntry> findBySubjectIdOrderByIdDesc(long subjectId);

    List<SevereListEntry> findAllByOrderByIdDesc();

    Optional<SevereListEntry> findByRecordId(Long recordId);

    void flush();
}
