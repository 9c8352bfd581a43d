package com.credittown.platform.notification;

import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.TenantProcesses;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * E-mail to a named assignee over real SMTP, to an in-process GreenMail server: sent after the engine's
 * transaction commits, recorded, and, when the server is down, the task is still created and the deadline
 * job delivers the e-mail once the server is back. Only the user directory is a stand-in (a name → address
 * map instead of Keycloak).
 */
@SpringBootTest
class NotificationMailIntegrationTest {

    static final int SMTP_PORT = freePort();
    static final String CLERK = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
    static final String CLERK_ADDRESS = CLERK + "@humen.example.gov.cn";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("credittown.notification.mail.enabled", () -> "true");
        properties.add("credittown.notification.mail.from", () -> "noreply@credittown.example");
        properties.add("credittown.notification.mail.max-attempts", () -> "3");
        // the test runs the retry job itself, on a clock it moves
        properties.add("credittown.notification.mail.retry-interval", () -> "PT1H");
    }

    @TestConfiguration
    static class Directory {
        @Bean
        @Primary
        MailAddresses testAddresses() {
            return username -> CLERK.equals(username) ? Optional.of(CLERK_ADDRESS) : Optional.empty();
        }
    }

    @Autowired
    TenantDirectory directory;
    @Autowired
    RepositoryService repository;
    @Autowired
    TenantProcesses processes;
    @Autowired
    NotificationService notifications;
    @Autowired
    NotificationMailRetryJob retries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformClock clock;

    GreenMail smtp;

    @BeforeEach
    void deploy() {
        TenantFixtures.register(directory);
        repository.createDeployment().name("notify-probe").tenantId(HUMEN.code())
                .addClasspathResource("bpmn/notify-probe.bpmn20.xml").enableDuplicateFiltering().deploy();
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stop() {
        smtp.stop();
        clock.reset();
    }

    @Test
    void theAssigneeGetsAnEmailAfterCommitAndGroupsGetNone() throws Exception {
        smtp.start();
        Instant now = Instant.parse("2025-06-09T02:00:00Z");
        clock.moveTo(now);
        String caseId = NotificationIntegrationTest.start(processes, HUMEN, CLERK,
                Instant.parse("2025-06-20T09:00:00Z"), Instant.parse("2025-06-30T09:00:00Z"));

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        List<MimeMessage> mine = toClerk();
        assertThat(mine).hasSize(1);
        MimeMessage message = mine.get(0);
        assertThat(message.getSubject()).isEqualTo("【信用镇街】新待办任务：签署信用承诺书");
        assertThat(Arrays.asList(message.getAllRecipients())).containsExactly(new InternetAddress(CLERK_ADDRESS));
        assertThat(message.getFrom()).containsExactly(new InternetAddress("noreply@credittown.example"));
        assertThat(message.getContent().toString())
                .contains("您有一项新的待办任务", "任务：签署信用承诺书", "案件编号：" + caseId,
                        "办理期限：2025-06-20 17:00（北京时间）");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(TenantContext.callAs(HUMEN, () -> notifications.ofCase(caseId)))
                        .filteredOn(n -> CLERK.equals(n.getRecipient()))
                        .singleElement().extracting(Notification::getEmailSentAt).isEqualTo(now));
        assertThat(TenantContext.callAs(HUMEN, () -> notifications.ofCase(caseId)))
                .filteredOn(Notification::isGroupRecipient)
                .singleElement().extracting(Notification::getEmailSentAt).isNull();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMailServerThatIsDownDoesNotBreakTheTaskAndTheJobRetries() throws Exception {
        clock.moveTo(Instant.parse("2025-06-09T02:00:00Z"));
        String caseId = NotificationIntegrationTest.start(processes, HUMEN, CLERK,
                Instant.parse("2025-06-20T09:00:00Z"), Instant.parse("2025-06-30T09:00:00Z"));

        List<Notification> written = TenantContext.callAs(HUMEN, () -> notifications.ofCase(caseId));
        assertThat(written).extracting(Notification::getRecipient).containsExactlyInAnyOrder(CLERK, "department:tax");
        assertThat(written).allSatisfy(n -> assertThat(n.getEmailSentAt()).isNull());

        awaitAttempts(caseId, 1); // the failed attempt after commit
        smtp.start();
        clock.moveTo(Instant.parse("2025-06-09T02:01:00Z")); // its first retry is due after one minute
        retries.runOnce();

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(toClerk()).hasSize(1);
        assertThat(toClerk().get(0).getSubject()).isEqualTo("【信用镇街】新待办任务：签署信用承诺书");
        assertThat(TenantContext.callAs(HUMEN, () -> notifications.ofCase(caseId)))
                .filteredOn(n -> CLERK.equals(n.getRecipient()))
                .singleElement().extracting(Notification::getEmailSentAt).isNotNull();
    }

    @Test
    void aThousandUndeliverableEmailsStarveNothing() throws Exception {
        Instant now = Instant.parse("2025-06-10T02:00:00Z");
        clock.moveTo(now);
        String batch = "bulk-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        // 1,000 notifications to users without an e-mail address, written while the mail server is down
        for (int i = 0; i < 1000; i++) {
            String task = batch + i;
            TenantContext.runAs(HUMEN, () -> notifications.notify(NotificationKind.TASK_ASSIGNED,
                    new NotificationService.About(task, null, "无邮箱用户的任务", null), "nobody-" + task, List.of()));
        }
        // and, after them, one to the clerk whose e-mail fails because the server is down
        String caseId = NotificationIntegrationTest.start(processes, HUMEN, CLERK,
                Instant.parse("2025-06-20T09:00:00Z"), Instant.parse("2025-06-30T09:00:00Z"));
        awaitAttempts(caseId, 1);

        smtp.start();
        clock.moveTo(now.plus(Duration.ofMinutes(3))); // past the first retry delay and the send lease
        retries.runOnce();

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(toClerk()).hasSize(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(clerksState(caseId)).isEqualTo(MailState.SENT);
        // the addressless ones are marked once and never attempted again
        assertThat(jdbc.queryForList("select email_state as state, count(*) as n from notification"
                + " where task_id like ? group by email_state", batch + "%"))
                .singleElement().satisfies(row -> {
                    assertThat(row.get("state")).isEqualTo("NO_ADDRESS");
                    assertThat(((Number) row.get("n")).longValue()).isEqualTo(1000);
                });
    }

    @Test
    void anEmailThatKeepsFailingIsDeadLetteredAfterItsLastAttempt() throws Exception {
        Instant now = Instant.parse("2025-06-11T02:00:00Z");
        clock.moveTo(now);
        String caseId = NotificationIntegrationTest.start(processes, HUMEN, CLERK,
                Instant.parse("2025-06-20T09:00:00Z"), Instant.parse("2025-06-30T09:00:00Z"));
        awaitAttempts(caseId, 1);

        clock.moveTo(now.plus(Duration.ofSeconds(30)));
        retries.runOnce();
        assertThat(clerks(caseId).getEmailAttempts()).as("not due before its pause is over").isEqualTo(1);

        clock.moveTo(now.plus(Duration.ofMinutes(1))); // 1 min after the first failure
        retries.runOnce();
        assertThat(clerks(caseId).getEmailAttempts()).isEqualTo(2);
        clock.moveTo(now.plus(Duration.ofMinutes(3))); // the pause doubles: 2 min after the second
        retries.runOnce();

        Notification dead = clerks(caseId);
        assertThat(dead.getEmailAttempts()).isEqualTo(3);
        assertThat(dead.getEmailState()).isEqualTo(MailState.DEAD);
        assertThat(dead.getEmailLastError()).contains("MailSendException");

        smtp.start();
        clock.moveTo(now.plus(Duration.ofDays(1)));
        retries.runOnce();
        assertThat(clerks(caseId).getEmailAttempts()).as("a dead letter is not attempted again").isEqualTo(3);
        assertThat(toClerk()).isEmpty();
    }

    private Notification clerks(String caseId) {
        return TenantContext.callAs(HUMEN, () -> notifications.ofCase(caseId)).stream()
                .filter(n -> CLERK.equals(n.getRecipient())).findFirst().orElseThrow();
    }

    private MailState clerksState(String caseId) {
        return clerks(caseId).getEmailState();
    }

    private void awaitAttempts(String caseId, int attempts) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Notification n = clerks(caseId);
            assertThat(n.getEmailAttempts()).isEqualTo(attempts);
            assertThat(n.getEmailLastError()).isNotNull();
        });
    }

    private List<MimeMessage> toClerk() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.asList(m.getAllRecipients()).contains(new InternetAddress(CLERK_ADDRESS));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
