package com.credittown.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A client registers a subject, loses the answer and sends the same request again with the same Idempotency-Key:
 * it gets the first answer again and the archive holds the subject once. Reusing a key for another request is
 * refused; a refused request leaves its key unused.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IdempotencyIntegrationTest {

    private static final UsccGenerator CODES = new UsccGenerator(new Random());

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    private final RequestPostProcessor officer =
            TestUsers.user("humen.idem-officer", "humen", Set.of(Roles.OFFICER), null, null);
    private final RequestPostProcessor colleague =
            TestUsers.user("humen.idem-colleague", "humen", Set.of(Roles.OFFICER), null, null);

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    private static String subject(String code) {
        return """
                {"kind": "MARKET_ENTITY", "code": "%s", "name": "东莞市虎门幂等测试有限公司", "tags": []}"""
                .formatted(code);
    }

    private MockHttpServletResponse register(RequestPostProcessor user, String key, String body) throws Exception {
        return mvc.perform(post("/api/tenants/humen/subjects").with(user).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private int subjectsWithCode(String code) {
        return jdbc.queryForObject("select count(*) from credit_subject where code = ?", Integer.class, code);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() throws Exception {
        String code = CODES.next("441900").value();
        String key = UUID.randomUUID().toString();

        MockHttpServletResponse first = register(officer, key, subject(code));
        MockHttpServletResponse retry = register(officer, key, subject(code));

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getHeader("Idempotent-Replayed")).isNull();
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getHeader("Location")).isEqualTo(first.getHeader("Location")).isNotNull();
        assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(subjectsWithCode(code)).isEqualTo(1);

        // without a key, the same request is a new one: here refused because the code is registered already
        MockHttpServletResponse unkeyed = mvc.perform(post("/api/tenants/humen/subjects").with(officer)
                .contentType(MediaType.APPLICATION_JSON).content(subject(code))).andReturn().getResponse();
        assertThat(unkeyed.getStatus()).isNotEqualTo(201);
        assertThat(subjectsWithCode(code)).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(register(officer, key, subject(CODES.next("441900").value())).getStatus()).isEqualTo(201);

        String other = CODES.next("441900").value();
        mvc.perform(post("/api/tenants/humen/subjects").with(officer).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(subject(other)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.title").value("Idempotency-Key reused"));
        assertThat(subjectsWithCode(other)).isZero();

        // a colleague's key is their own
        assertThat(register(colleague, key, subject(other)).getStatus()).isEqualTo(201);
        assertThat(subjectsWithCode(other)).isEqualTo(1);
    }

    @Test
    void aRefusedRequestLeavesItsKeyUnusedAndAMalformedKeyIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        String code = CODES.next("441900").value();
        mvc.perform(post("/api/tenants/humen/subjects").with(officer).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\": \"MARKET_ENTITY\"}"))
                .andExpect(status().isBadRequest());
        assertThat(register(officer, key, subject(code)).getStatus()).isEqualTo(201);
        assertThat(subjectsWithCode(code)).isEqualTo(1);

        mvc.perform(post("/api/tenants/humen/subjects").with(officer).header("Idempotency-Key", "has space")
                        .contentType(MediaType.APPLICATION_JSON).content(subject(CODES.next("441900").value())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Invalid Idempotency-Key"));
    }
}
