package com.credittown.platform.notification;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The tenant's notifications (the tenant filter is Hibernate's, see {@code TenantScoped}). */
interface Notifications extends JpaRepository<Notification, Long> {

    boolean existsByTaskIdAndKindAndRecipient(String taskId, NotificationKind kind, String recipient);

    List<Notification> findTop200ByRecipientInOrderByCreatedAtDescIdDesc(Collection<String> recipients);

    Optional<Notification> findByIdAndRecipientIn(Long id, Collection<String> recipients);

    List<Notification> findTop500ByGroupRecipientFalseAndEmailSentAtIsNullOrderByIdAsc();

    List<Notification> findByCaseIdOrderByIdAsc(String caseId);
}
