package com.credittown.platform.credit.publication;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Upload, progress polling, the errors CSV and tenant isolation of import jobs, as a client sees them. */
@SpringBootTest(properties = {"credittown.double-publicity.max-file-size=8KB",
        "credittown.double-publicity.chunk-size=2"})
@AutoConfigureMockMvc
class DoublePublicityImportRestIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantDirectory directory;
    @Autowired
    ObjectMapper json;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    private static MockMultipartFile upload(byte[] bytes) {
        return new MockMultipartFile("file", "双公示-2025-10.csv", "text/csv", bytes);
    }

    @Test
    void anUploadRunsInTheBackgroundAndIsPolledUntilDoneAndOnlyItsTenantSeesIt() throws Exception {
        String code = CODES.next("441900").value();
        String other = CODES.next("441900").value();
        byte[] file = new FeedFile()
                .licence("东许〔2025〕" + run + "-1号", code, "2025-09-30", "2025-10-11")
                .licence("东许〔2025〕" + run + "-2号", code, "2025-09-19", "2025-09-30")
                .penalty("东罚〔2025〕" + run + "-3号", other, "2025-10-09", "2025-10-10", "", "")
                .licence("东许〔2025〕" + run + "-4号", other, "2025-10-09", "2025-10-08")
                .penalty("东罚〔2025〕" + run + "-5号", other, "2025-10-09", "2025-10-10", "\"依据, 第二款\"", "严重")
                .bytes();

        String body = mvc.perform(multipart("/api/tenants/humen/imports/double-publicity").file(upload(file)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/tenants/humen/imports/")))
                .andExpect(jsonPath("$.fileName").value("双公示-2025-10.csv"))
                .andExpect(jsonPath("$.rowsTotal").value(5))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        long id = json.readTree(body).get("id").asLong();

        JsonNode done = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> json.readTree(mvc.perform(get("/api/tenants/humen/imports/{id}", id))
                        .andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)),
                        job -> !"RUNNING".equals(job.get("state").asText()));
        org.assertj.core.api.Assertions.assertThat(done.toString())
                .contains("\"state\":\"DONE\"", "\"rowsProcessed\":5", "\"imported\":3", "\"unchanged\":0",
                        "\"rejected\":2", "\"rowsPerSecond\"");
        mvc.perform(get("/api/tenants/humen/imports/{id}", id))
                .andExpect(jsonPath("$.errors[0].row").value(4))
                .andExpect(jsonPath("$.errors[0].column").value("legal_basis"))
                .andExpect(jsonPath("$.errors[1].row").value(5))
                .andExpect(jsonPath("$.errors[1].column").value("publication_date"));

        String csv = mvc.perform(get("/api/tenants/humen/imports/{id}/errors", id))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(csv.split("\r\n")).containsExactly(
                "row,line,column,message",
                "4,4,legal_basis,is required for a penalty (行政处罚的依据)",
                "5,5,publication_date,publication date 2025-10-08 is before the decision date 2025-10-09");

        // Another tenant's job is answered like an unknown one.
        mvc.perform(get("/api/tenants/changan/imports/{id}", id))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("No import with the id " + id + " exists."));
        mvc.perform(get("/api/tenants/changan/imports/{id}/errors", id))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRefusedFileIsAProblemNamingWhatIsWrong() throws Exception {
        mvc.perform(multipart("/api/tenants/humen/imports/double-publicity").file(upload(
                        "kind,decision_number,subject_code\n许可,1,2\n".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].code").value("missing-columns"))
                .andExpect(jsonPath("$.errors[0].message").value("the header lacks the required column(s) "
                        + "subject_name, department, decision_date, publication_date, title"));

        mvc.perform(multipart("/api/tenants/humen/imports/double-publicity").file(upload(new byte[9 * 1024])))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("at most 8192 bytes are accepted")));

        mvc.perform(multipart("/api/tenants/humen/imports/double-publicity").file(upload(new byte[0])))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("the file is empty"));

        mvc.perform(get("/api/tenants/humen/imports/{id}", Long.MAX_VALUE))
                .andExpect(status().isNotFound());
    }
}
