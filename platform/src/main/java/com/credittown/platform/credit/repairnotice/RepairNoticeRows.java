package com.credittown.platform.credit.repairnotice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The repair notices served (never deleted). */
interface RepairNoticeRows extends Repository<RepairNotice, Long> {

    RepairNotice save(RepairNotice notice);

    Optional<RepairNotice> findByRecordId(long recordId);

    List<RepairNotice> findBySubjectIdOrderByIdDesc(long subjectId);

    List<RepairNotice> findByOwnerTenantOrderByIdDesc(String ownerTenant);
}
