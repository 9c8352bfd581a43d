package com.credittown.platform.notification;

import static com.credittown.platform.tenancy.TenantFixtures.CHANGAN;
import static com.credittown.platform.tenancy.TenantFixtures.HUMEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.identity.Roles;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantContext;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.platform.time.PlatformClock;
import com.credittown.platform.workflow.TenantProcesses;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * In-app notifications: task assigned (for the assignee and the candidate group, in the task's tenant only),
 * deadline near and passed with the platform clock moved (each written once), and the REST API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationIntegrationTest {

    @Autowired
    TenantDirectory directory;
    @Autowired
    RepositoryService repository;
    @Autowired
    TenantProcesses processes;
    @Autowired
    NotificationService notifications;
    @Autowired
    DeadlineNotificationJob job;
    @Autowired
    PlatformClock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void deployForTwoTenants() {
        TenantFixtures.register(directory);
        for (TenantId tenant : List.of(HUMEN, CHANGAN)) {
            repository.createDeployment().name("notify-probe").tenantId(tenant.code())
                    .addClasspathResource("bpmn/notify-probe.bpmn20.xml").enableDuplicateFiltering().deploy();
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String start(TenantProcesses processes, TenantId tenant, String assignee, Instant signDue, Instant reviewDue) {
        return TenantContext.callAs(tenant, () -> processes.startCase("notify-probe", null, "officer-1",
                Map.of("assignee", assignee, "signDue", Date.from(signDue), "reviewDue", Date.from(reviewDue))));
    }

    private List<Notification> ofCase(TenantId tenant, String caseId) {
        return TenantContext.callAs(tenant, () -> notifications.ofCase(caseId));
    }

    @Test
    void taskAssignedNotifiesTheAssigneeAndTheGroupInTheTenantOnly() throws Exception {
        String clerk = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now();
        String caseId = start(processes, HUMEN, clerk, now.plusSeconds(30 * 86400), now.plusSeconds(40 * 86400));

        assertThat(ofCase(HUMEN, caseId))
                .extracting(Notification::getKind, Notification::getRecipient, Notification::getTitle,
                        Notification::getTenantId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.TASK_ASSIGNED, clerk, "签署信用承诺书", "humen"),
                        org.assertj.core.groups.Tuple.tuple(NotificationKind.TASK_ASSIGNED, "department:tax", "部门审核", "humen"));
        assertThat(ofCase(CHANGAN, caseId)).isEmpty();

        // the assignee sees theirs through the API, a tax reviewer the group's; nobody in changan sees either
        String body = mvc.perform(get("/api/tenants/humen/notifications")
                        .with(TestUsers.user(clerk, "humen", Set.of(Roles.OFFICER), null, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseId == '" + caseId + "')].recipient").value(hasItem(clerk)))
                .andExpect(jsonPath("$[?(@.caseId == '" + caseId + "')].recipient").value(not(hasItem("department:tax"))))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(get("/api/tenants/humen/notifications").with(TestUsers.reviewerOf("humen", "tax")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseId == '" + caseId + "')].title").value(hasItem("部门审核")));
        mvc.perform(get("/api/tenants/changan/notifications").with(TestUsers.reviewerOf("changan", "tax")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseId == '" + caseId + "')]").isEmpty());
        mvc.perform(get("/api/tenants/changan/notifications")
                        .with(TestUsers.user(clerk, "changan", Set.of(Roles.OFFICER), null, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseId == '" + caseId + "')]").isEmpty());

        // marking read: the recipient may, another user and another tenant get "not found"
        long id = -1;
        for (JsonNode n : json.readTree(body)) {
            if (caseId.equals(n.get("caseId").asText())) {
                id = n.get("id").asLong();
            }
        }
        mvc.perform(post("/api/tenants/humen/notifications/" + id + "/read").with(TestUsers.reviewerOf("humen", "tax")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/tenants/changan/notifications/" + id + "/read")
                        .with(TestUsers.user(clerk, "changan", Set.of(Roles.OFFICER), null, null)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/tenants/humen/notifications/" + id + "/read")
                        .with(TestUsers.user(clerk, "humen", Set.of(Roles.OFFICER), null, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.readAt").isNotEmpty());
        // an officer of humen (candidate group "officer") is neither the assignee nor in the tax department
        mvc.perform(get("/api/tenants/humen/notifications").with(TestUsers.officerOf("humen")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.caseId == '" + caseId + "')]").isEmpty());
    }

    @Test
    void theUnreadCountOverTheApiIsTheCallersInTheTenantAndDropsWhenOneIsRead() throws Exception {
        String clerk = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        var inHumen = TestUsers.user(clerk, "humen", Set.of(Roles.OFFICER), null, null);
        var inChangan = TestUsers.user(clerk, "changan", Set.of(Roles.OFFICER), null, null);
        // what the officers' group already has unread from other tests counts too: the figures are relative to it
        long humenBefore = unreadCount("humen", inHumen);
        long changanBefore = unreadCount("changan", inChangan);

        for (String title : List.of("签署信用承诺书", "核查承诺履行情况")) {
            TenantContext.callAs(HUMEN, () -> notifications.notify(NotificationKind.TASK_ASSIGNED,
                    new NotificationService.About("task-" + title + clerk, null, title, null), clerk, List.of()));
        }
        // someone else's does not count on the clerk's figure
        TenantContext.callAs(HUMEN, () -> notifications.notify(NotificationKind.TASK_ASSIGNED,
                new NotificationService.About("other-" + clerk, null, "别人的任务", null), "someone-else", List.of()));

        assertThat(unreadCount("humen", inHumen)).isEqualTo(humenBefore + 2);
        assertThat(unreadCount("changan", inChangan)).as("the same user name in another tenant")
                .isEqualTo(changanBefore);

        long id = -1;
        for (JsonNode n : json.readTree(mvc.perform(get("/api/tenants/humen/notifications").with(inHumen))
                .andReturn().getResponse().getContentAsString())) {
            if (clerk.equals(n.path("recipient").asText())) {
                id = n.path("id").asLong();
            }
        }
        mvc.perform(post("/api/tenants/humen/notifications/" + id + "/read").with(inHumen)).andExpect(status().isOk());
        assertThat(unreadCount("humen", inHumen)).isEqualTo(humenBefore + 1);
    }

    private long unreadCount(String tenant, org.springframework.test.web.servlet.request.RequestPostProcessor user)
            throws Exception {
        String body = mvc.perform(get("/api/tenants/" + tenant + "/notifications/unread-count").with(user))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode answer = json.readTree(body);
        assertThat(answer.size()).as(body).isEqualTo(1);
        return answer.path("unread").asLong(-1);
    }

    @Test
    void aUserIsNotNotifiedOfATaskTheyAssignedThemselves() {
        Instant now = Instant.now();
        String caseId = start(processes, HUMEN, "officer-1", now.plusSeconds(30 * 86400), now.plusSeconds(40 * 86400));

        assertThat(ofCase(HUMEN, caseId)).extracting(Notification::getRecipient).containsExactly("department:tax");
    }

    @Test
    void deadlinesNearAndPassedAreNotifiedOnceWithTheClockMoved() {
        // Monday 2025-06-09 10:00 in Dongguan; the signature is due Tuesday 17:00, the review Friday 20 June
        Instant monday = Instant.parse("2025-06-09T02:00:00Z");
        Instant signDue = Instant.parse("2025-06-10T09:00:00Z");
        Instant reviewDue = Instant.parse("2025-06-20T09:00:00Z");
        clock.moveTo(monday);
        String clerk = "clerk-" + UUID.randomUUID().toString().substring(0, 8);
        String humenCase = start(processes, HUMEN, clerk, signDue, reviewDue);
        String changanCase = start(processes, CHANGAN, clerk, reviewDue, reviewDue);

        job.runOnce();
        job.runOnce();
        assertThat(deadlineNotices(HUMEN, humenCase))
                .containsExactly(NotificationKind.DEADLINE_NEAR + " " + clerk);
        assertThat(deadlineNotices(CHANGAN, changanCase)).isEmpty();

        clock.moveTo(Instant.parse("2025-06-11T01:00:00Z")); // Wednesday: the signature is overdue
        job.runOnce();
        job.runOnce();
        assertThat(deadlineNotices(HUMEN, humenCase)).containsExactly(
                NotificationKind.DEADLINE_NEAR + " " + clerk, NotificationKind.DEADLINE_PASSED + " " + clerk);
        assertThat(ofCase(HUMEN, humenCase)).filteredOn(n -> n.getKind() == NotificationKind.DEADLINE_PASSED)
                .singleElement().extracting(Notification::getDueAt).isEqualTo(signDue);

        clock.moveTo(Instant.parse("2025-06-18T02:00:00Z")); // Wednesday 18th: the review is 2 working days away
        job.runOnce();
        assertThat(deadlineNotices(HUMEN, humenCase)).containsExactly(
                NotificationKind.DEADLINE_NEAR + " " + clerk, NotificationKind.DEADLINE_PASSED + " " + clerk,
                NotificationKind.DEADLINE_NEAR + " department:tax");
        assertThat(deadlineNotices(CHANGAN, changanCase)).containsExactlyInAnyOrder(
                NotificationKind.DEADLINE_NEAR + " " + clerk, NotificationKind.DEADLINE_NEAR + " department:tax");
    }

    private List<String> deadlineNotices(TenantId tenant, String caseId) {
        return ofCase(tenant, caseId).stream()
                .filter(n -> n.getKind() != NotificationKind.TASK_ASSIGNED)
                .map(n -> n.getKind() + " " + n.getRecipient())
                .toList();
    }
}
