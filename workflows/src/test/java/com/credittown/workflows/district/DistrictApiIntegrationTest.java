package com.credittown.workflows.district;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.credittown.platform.identity.TestUsers;
import com.credittown.workflows.WorkflowFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The districts REST API as clients of two tenants see it (default user: an officer of the path's tenant). */
@SpringBootTest
@AutoConfigureMockMvc
class DistrictApiIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    WorkflowFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures.provisionHumenAndChangan();
    }

    @Test
    void anOfficerCreatesADistrictAndEveryoneOfTheTenantListsIt() throws Exception {
        String name = "国贸中心-" + UUID.randomUUID().toString().substring(0, 8);
        String id = create("humen", name, "MALL");

        mvc.perform(get("/api/tenants/humen/districts"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(id)));
        mvc.perform(get("/api/tenants/humen/districts/" + id).with(TestUsers.merchantOf("humen", "91441900MA4W000037")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.kind").value("MALL"))
                .andExpect(jsonPath("$.commitmentText").value("诚信经营，明码标价"));
        mvc.perform(get("/api/tenants/humen/districts/" + id + "/shops"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void onlyOfficersAndAdministratorsCreateAndWhatIsWrongIsNamed() throws Exception {
        mvc.perform(post("/api/tenants/humen/districts").with(TestUsers.merchantOf("humen", "91441900MA4W000037"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("商户自建商圈", "MALL")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tenants/humen/districts").with(TestUsers.cityOffice())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("市信用办商圈", "MALL")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tenants/humen/districts")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("name", "无类型商圈", "kind", "PARK"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("address")));
        String name = "汇一城-" + UUID.randomUUID().toString().substring(0, 8);
        create("humen", name, "MALL");
        mvc.perform(post("/api/tenants/humen/districts").contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, "MALL")))
                .andExpect(status().isConflict());
    }

    @Test
    void anotherTenantsDistrictsAreNeitherListedNorReachable() throws Exception {
        String humen = create("humen", "石龙中山路-" + UUID.randomUUID().toString().substring(0, 8), "STREET");
        String changan = create("changan", "长安步行街-" + UUID.randomUUID().toString().substring(0, 8), "STREET");

        mvc.perform(get("/api/tenants/changan/districts"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem(changan)))
                .andExpect(jsonPath("$[*].id").value(not(hasItem(humen))));
        mvc.perform(get("/api/tenants/changan/districts/" + humen))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Unknown district"));
        mvc.perform(get("/api/tenants/humen/districts").with(TestUsers.officerOf("changan")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/tenants/humen/districts/" + humen + "/shops").with(TestUsers.officerOf("changan")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/tenants/humen/districts").with(TestUsers.officerOf("changan"))
                        .contentType(MediaType.APPLICATION_JSON).content(body("越界商圈", "MALL")))
                .andExpect(status().isNotFound());
    }

    private String create(String tenant, String name, String kind) throws Exception {
        String response = mvc.perform(post("/api/tenants/" + tenant + "/districts")
                        .contentType(MediaType.APPLICATION_JSON).content(body(name, kind)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith(
                        "/api/tenants/" + tenant + "/districts/")))
                .andReturn().getResponse().getContentAsString();
        JsonNode created = json.readTree(response);
        return created.get("id").asText();
    }

    private String body(String name, String kind) throws Exception {
        return json.writeValueAsString(Map.of("name", name, "kind", kind, "address", "东莞市" + name,
                "commitmentText", "诚信经营，明码标价"));
    }
}
