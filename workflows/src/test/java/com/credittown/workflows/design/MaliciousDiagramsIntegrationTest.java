package com.credittown.workflows.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantId;
import com.credittown.workflows.WorkflowFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Diagrams an officer could save from the modeler to make a designed process read secrets or call the application
 * (test resources {@code design/malicious/*.bpmn20.xml}, each the probe diagram with one change and a comment saying
 * where and why it must be refused): each is submitted through the real REST path and refused with problem+json
 * naming the element, and nothing is saved. The probe itself, as drawn, is accepted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MaliciousDiagramsIntegrationTest {

    private static final Path DIAGRAMS = Path.of("src/test/resources/design");
    private static final Pattern EXPECTED = Pattern.compile("<!-- expect (\\S+) (\\S+): (.*?) -->");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkflowFixtures fixtures;

    private TenantId tenant;

    @BeforeAll
    void createTheProbeDesign() throws Exception {
        tenant = fixtures.provisionFreshTenant("dsgx");
        DesignModel probe = new DesignModel("沙箱探针", List.of(SampleDesigns.text("matter"),
                SampleDesigns.number("amount"), SampleDesigns.text("opinion")), List.of("matter", "amount"), List.of(
                DesignStep.approval("review", "受理审核", SampleDesigns.role("officer"), 2, List.of("opinion")),
                DesignStep.copyTo("notify", "抄送经办人", SampleDesigns.role("officer"))));
        mvc.perform(post(base() + "/designs").with(TestUsers.officerOf(tenant.code()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("processKey", "probe", "model", probe))))
                .andExpect(status().isCreated());
    }

    static Stream<String> maliciousDiagrams() throws IOException {
        try (Stream<Path> files = Files.list(DIAGRAMS.resolve("malicious"))) {
            List<String> diagrams = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".bpmn20.xml"))
                    .sorted().toList();
            assertThat(diagrams).as("the corpus of malicious diagrams").hasSizeGreaterThanOrEqualTo(40);
            return diagrams.stream();
        }
    }

    @ParameterizedTest(name = "refused: {0}")
    @MethodSource("maliciousDiagrams")
    void aMaliciousDiagramIsRefusedAtItsElementAndNothingIsSaved(String diagram) throws Exception {
        String xml = Files.readString(DIAGRAMS.resolve("malicious").resolve(diagram), StandardCharsets.UTF_8);
        Matcher expected = EXPECTED.matcher(xml);
        assertThat(expected.find()).as("%s says where it must be refused", diagram).isTrue();
        JsonNode before = design();

        mvc.perform(put(base() + "/designs/probe/bpmn").with(TestUsers.officerOf(tenant.code()))
                        .contentType(MediaType.APPLICATION_XML).content(xml))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == '" + expected.group(1) + "' && @.code == '"
                        + expected.group(2) + "')]").exists())
                .andExpect(jsonPath("$.errors[*].message").value(not(hasItem(""))));

        JsonNode after = design();
        assertThat(after.get("revision")).isEqualTo(before.get("revision"));
        assertThat(after.get("bpmn")).isEqualTo(before.get("bpmn"));
    }

    @Test
    void theProbeAsDrawnInTheModelerIsAccepted() throws Exception {
        mvc.perform(put(base() + "/designs/probe/bpmn").with(TestUsers.officerOf(tenant.code()))
                        .contentType(MediaType.APPLICATION_XML)
                        .content(Files.readString(DIAGRAMS.resolve("sandbox-probe.bpmn20.xml"), StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mode").value("BPMN"));
    }

    /** The issue's diagram: the generated BPMN, with the assignee of its task spelled in character references. */
    @Test
    void theCharacterReferenceDiagramFromTheIssueIsRefusedAtTheTaskAndCannotBePublished() throws Exception {
        DesignModel model = SampleDesigns.oneApproval();
        mvc.perform(post(base() + "/designs").with(TestUsers.officerOf(tenant.code()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("processKey", "leaky", "model", model))))
                .andExpect(status().isCreated());
        String generated = mvc.perform(get(base() + "/designs/leaky/bpmn").with(TestUsers.officerOf(tenant.code())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String candidates = "flowable:candidateGroups=\"officer\"";
        assertThat(generated).contains(candidates);
        String leaky = generated.replace(candidates,
                "flowable:assignee=\"&#36;{environment.getProperty('spring.datasource.password')}\"");

        mvc.perform(put(base() + "/designs/leaky/bpmn").with(TestUsers.officerOf(tenant.code()))
                        .contentType(MediaType.APPLICATION_XML).content(leaky))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("step:review"))
                .andExpect(jsonPath("$.errors[0].code").value("expression-not-allowed"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString(
                        "flowable:assignee reads \"${environment.getProperty('spring.datasource.password')}\"")));

        mvc.perform(post(base() + "/designs/leaky/publish").with(TestUsers.user(tenant.code() + ".admin",
                                tenant.code(), java.util.Set.of(com.credittown.platform.identity.Roles.OFFICER,
                                        com.credittown.platform.identity.Roles.ADMINISTRATOR), null, null))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"发布\"}"))
                .andExpect(status().isCreated());
        String published = mvc.perform(get(base() + "/designs/leaky/bpmn").with(TestUsers.officerOf(tenant.code())))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(published).contains(candidates).doesNotContain("environment");
    }

    /** In chain mode the step names go into the diagram, where the engine evaluates a task's name. */
    @Test
    void aChainStepNamedWithAnExpressionIsRefusedAtTheStep() throws Exception {
        DesignModel model = new DesignModel("命名探针", List.of(SampleDesigns.text("opinion")), List.of(), List.of(
                DesignStep.approval("review", "${environment.getProperty('spring.datasource.password')}",
                        SampleDesigns.role("officer"), 2, List.of("opinion"))));
        mvc.perform(post(base() + "/designs").with(TestUsers.officerOf(tenant.code()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("processKey", "named", "model", model))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("step:review"))
                .andExpect(jsonPath("$.errors[0].code").value("expression-not-allowed"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("name")));
        mvc.perform(get(base() + "/designs/named").with(TestUsers.officerOf(tenant.code())))
                .andExpect(status().isNotFound());
    }

    private JsonNode design() throws Exception {
        return json.readTree(mvc.perform(get(base() + "/designs/probe").with(TestUsers.officerOf(tenant.code())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String base() {
        return "/api/tenants/" + tenant.code();
    }
}
