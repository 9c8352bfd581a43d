package com.credittown.platform.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.uscc.UsccGenerator;
import com.credittown.platform.credit.person.ResidentIdGenerator;
import com.credittown.platform.identity.AccessEvent;
import com.credittown.platform.identity.AccessEvents;
import com.credittown.platform.identity.AccessKind;
import com.credittown.platform.identity.Roles;
import com.credittown.platform.identity.TestUsers;
import com.credittown.platform.tenancy.TenantDirectory;
import com.credittown.platform.tenancy.TenantFixtures;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Natural persons (自然人) as credit subjects: ID number and name encrypted at rest, masked to everyone but the
 * authorised readers, whose every clear read is in the security log.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class NaturalPersonRestIntegrationTest {

    private static final ResidentIdGenerator ID_NUMBERS = new ResidentIdGenerator(new Random());

    @Autowired
    MockMvc mvc;
    @Autowired
    TenantDirectory directory;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccessEvents accessEvents;

    @BeforeEach
    void tenants() {
        TenantFixtures.register(directory);
    }

    private ResultActions register(String tenant, String idNumber, String name) throws Exception {
        return mvc.perform(post("/api/tenants/{tenant}/subjects", tenant).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind": "NATURAL_PERSON", "code": "%s", "name": "%s"}""".formatted(idNumber, name)));
    }

    private long registerInHumen(String idNumber, String name) throws Exception {
        String body = register("humen", idNumber, name)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("NATURAL_PERSON"))
                .andExpect(jsonPath("$.grade").value("A"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asLong();
    }

    private List<AccessEvent> personReads(String username, long subjectId) {
        return accessEvents.of(username, 1000).stream()
                .filter(e -> e.kind() == AccessKind.PERSON_READ && e.detail().equals("subject " + subjectId))
                .toList();
    }

    @Test
    void anOfficerReadsInClearAndIsLoggedTheCityOfficeSeesMasks(CapturedOutput output) throws Exception {
        String idNumber = ID_NUMBERS.next("441900");
        String masked = idNumber.substring(0, 6) + "********" + idNumber.substring(14);
        long id = registerInHumen(idNumber.toLowerCase(), "张三丰");
        int readsAfterRegistering = personReads("humen.officer", id).size();

        mvc.perform(get("/api/tenants/humen/subjects/{id}", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(idNumber))
                .andExpect(jsonPath("$.name").value("张三丰"));
        List<AccessEvent> reads = personReads("humen.officer", id);
        assertThat(reads).hasSize(readsAfterRegistering + 1);
        assertThat(reads.get(0).tenant()).isEqualTo("humen");

        mvc.perform(get("/api/tenants/humen/subjects/{id}/archive", id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject.code").value(idNumber))
                .andExpect(jsonPath("$.subject.name").value("张三丰"));
        mvc.perform(get("/api/tenants/humen/subjects").param("code", idNumber))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.name").value("张三丰"));
        // each clear read is one entry
        assertThat(personReads("humen.officer", id)).hasSize(readsAfterRegistering + 3);

        mvc.perform(get("/api/tenants/humen/subjects/{id}", id).with(TestUsers.reviewerOf("humen", "market")))
                .andExpect(jsonPath("$.name").value("张三丰"));
        assertThat(personReads("humen.market", id)).hasSize(1);

        var cityOffice = TestUsers.cityOffice();
        mvc.perform(get("/api/tenants/humen/subjects/{id}", id).with(cityOffice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(masked))
                .andExpect(jsonPath("$.name").value("张**"));
        mvc.perform(get("/api/tenants/humen/subjects/{id}/archive", id).with(cityOffice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.subject.code").value(masked))
                .andExpect(jsonPath("$.subject.name").value("张**"));
        mvc.perform(get("/api/tenants/humen/subjects").param("code", idNumber).with(cityOffice))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value(masked))
                .andExpect(content().string(not(containsString(idNumber))));
        assertThat(personReads("city.office", id)).isEmpty();

        // an administrator is not a reader either
        mvc.perform(get("/api/tenants/humen/subjects/{id}", id)
                        .with(TestUsers.user("humen.admin", "humen", Set.of(Roles.ADMINISTRATOR), null, null)))
                .andExpect(jsonPath("$.name").value("张**"));
        // a merchant never sees a person
        mvc.perform(get("/api/tenants/humen/subjects/{id}", id)
                        .with(TestUsers.merchantOf("humen", new UsccGenerator(new Random()).next("441900").value())))
                .andExpect(status().isNotFound());

        assertThat(output.getAll()).doesNotContain(idNumber).doesNotContain("张三丰");
    }

    @Test
    void theDatabaseHoldsNeitherTheIdNumberNorTheNameInClear() throws Exception {
        String idNumber = ID_NUMBERS.next("441900");
        long id = registerInHumen(idNumber, "欧阳娜娜");

        List<Map<String, Object>> rows = jdbc.queryForList("select * from person_identity where subject_id = ?", id);
        rows.addAll(jdbc.queryForList("select * from credit_subject where id = ?", id));
        rows.addAll(jdbc.queryForList(
                "select * from audit_entry where subject_type = 'credit-subject' and subject_id = ?", String.valueOf(id)));
        rows.addAll(jdbc.queryForList("select * from access_event where detail = ?", "subject " + id));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        for (Map<String, Object> row : rows) {
            for (Object value : row.values()) {
                String text = String.valueOf(value);
                assertThat(text).doesNotContain(idNumber).doesNotContain(idNumber.substring(0, 17))
                        .doesNotContain("欧阳娜娜").doesNotContain("阳娜娜");
            }
        }
        Map<String, Object> person = rows.get(0);
        assertThat(person.get("id_number_masked")).isEqualTo(idNumber.substring(0, 6) + "********"
                + idNumber.substring(14));
        assertThat((String) person.get("id_number_hash")).matches("[0-9a-f]{64}");
        Map<String, Object> subject = jdbc.queryForMap("select code, name from credit_subject where id = ?", id);
        assertThat(subject.get("code")).isNull();
        assertThat(subject.get("name")).isEqualTo("欧***");
    }

    @Test
    void aDuplicatePersonIsAConflictNamingTheSubjectWithoutTheIdNumber() throws Exception {
        String idNumber = ID_NUMBERS.next("441900");
        long id = registerInHumen(idNumber, "李四");

        register("humen", " " + idNumber.toLowerCase() + " ", "李四")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("subject " + id)))
                .andExpect(content().string(not(containsString(idNumber))))
                .andExpect(content().string(not(containsString(idNumber.substring(0, 17)))))
                .andExpect(content().string(not(containsString("李四"))));
        // one archive for the city: another town registering the same person is not a second subject; that town
        // now reads the city's subject (200, not 201), and a second time it is told it has it already
        register("changan", idNumber, "李四")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(header().string("Location", containsString("/api/tenants/changan/subjects/" + id)));
        mvc.perform(get("/api/tenants/changan/subjects/{id}", id)).andExpect(status().isOk());
        register("changan", idNumber, "李四").andExpect(status().isConflict());
        assertThat(jdbc.queryForList("select tenant_id from credit_subject_reader where subject_id = ? order by"
                + " tenant_id", String.class, id)).containsExactly("changan", "humen");
    }

    @Test
    void aBadIdNumberIsRefusedNamingTheExpectedCheckCharacter() throws Exception {
        String valid = ID_NUMBERS.next("441900");
        char expected = valid.charAt(17);
        String wrong = valid.substring(0, 17) + (expected == '0' ? '1' : '0');

        register("humen", wrong, "王五")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("call for '" + expected + "'")))
                .andExpect(content().string(not(containsString(valid.substring(0, 17)))));
        register("humen", valid.substring(0, 10) + "1301" + valid.substring(14, 17) + "0", "王五")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("not a possible birth date")));
        // a lookup with a broken ID number says what is wrong with it
        mvc.perform(get("/api/tenants/humen/subjects").param("code", wrong))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("call for '" + expected + "'")));
        // an unknown one is answered masked
        mvc.perform(get("/api/tenants/humen/subjects").param("code", valid))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(valid))));
    }

    /** A natural person's data is read only by the towns that registered the person and the city office. */
    @Test
    void anotherTenantCannotReadThePerson() throws Exception {
        String idNumber = ID_NUMBERS.next("441900");
        long id = registerInHumen(idNumber, "赵六");

        mvc.perform(get("/api/tenants/changan/subjects/{id}", id))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("赵"))));
        mvc.perform(get("/api/tenants/changan/subjects/{id}/archive", id))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/changan/subjects").param("code", idNumber))
                .andExpect(status().isNotFound());
        assertThat(personReads("changan.officer", id)).isEmpty();
    }
}
