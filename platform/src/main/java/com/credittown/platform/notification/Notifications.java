package com.credittown.platform.notification;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

/** The tenant's notifications (the tenant filter is Hibernate's, see {@code TenantScoped}). */
interface Notifications extends JpaRepository<Notification, Long> {

    boolean existsByTaskIdAndKindAndRecipient(String taskId, NotificationKind kind, String recipient);

    List<Notification> findTop200ByRecipientInOrderByCreatedAtDescIdDesc(Collection<String> recipients);

    Optional<Notification> findByIdAndRecipientIn(Long id, Collection<String> recipients);

    /** The e-mails due for an attempt, the longest-waiting first. */
    List<Notification> findByEmailStateAndEmailNextAttemptAtLessThanEqualOrderByEmailNextAttemptAtAscIdAsc(
            MailState state, Instant now, Limit limit);

    /** The row locked for the rest of the transaction, so two senders (two nodes) never take one e-mail. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Notification> findLockedById(Long id);

    List<Notification> findByCaseIdOrderByIdAsc(String caseId);

    long countByRecipientInAndReadAtIsNull(Collection<String> recipients);

    List<Notification> findByRecipientInAndReadAtIsNull(Collection<String> recipients);
}
