package com.credittown.ui;

import static com.credittown.ui.AttackFixture.ATTACKER;
import static com.credittown.ui.AttackFixture.ATTACKER_ADMIN;
import static com.credittown.ui.AttackFixture.NOWHERE;
import static com.credittown.ui.AttackFixture.VICTIM;
import static org.assertj.core.api.Assertions.assertThat;

import com.credittown.ui.AttackFixture.Answer;
import com.credittown.ui.TenantEndpointRecipes.Audience;
import com.credittown.ui.TenantEndpointRecipes.Recipe;
import com.credittown.ui.TenantEndpointRecipes.RouteRecipe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The attacker's side, complete (issue #12 item 4): every {@code /api/tenants/{tenant}/**} operation of the OpenAPI
 * document and every {@code tenants/:tenant/**} page of Vaadin's route registry, called on 虎门's real objects by
 * another tenant's officer and administrator, by a merchant (虎门's own on staff operations, 长安's on the ones
 * merchants use) and by no user. Each must be refused (401/403/404, the same answer as for a tenant that does not
 * exist where the tenant is another's), never 2xx, never 5xx, never with anything of the victim's objects.
 *
 * <p>The recipes ({@link TenantEndpointRecipes}) must list exactly what the OpenAPI document and the route registry
 * list: a new endpoint or page without a recipe fails the build here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantSurfaceEnumerationIntegrationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    WebApplicationContext context;

    private AttackFixture fixture;
    private final Map<String, PageSession> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger leaks = new AtomicInteger();

    /** Who attacks: another tenant's officer and administrator, a merchant, nobody. */
    enum Attacker {
        OTHER_TENANTS_OFFICER("changan.officer"),
        OTHER_TENANTS_ADMINISTRATOR(ATTACKER_ADMIN),
        MERCHANT(null),
        NO_USER(null);

        private final String username;

        Attacker(String username) {
            this.username = username;
        }

        /** The merchant: the victim tenant's own on what only staff do, another tenant's on what merchants do. */
        String usernameFor(Audience audience) {
            if (this == MERCHANT) {
                return audience == Audience.STAFF ? VICTIM + ".merchant" : ATTACKER + ".merchant";
            }
            return username;
        }
    }

    @BeforeAll
    void createTheVictimsObjects() {
        fixture = AttackFixture.of(context, http.getRootUri());
    }

    @AfterAll
    void summary() {
        System.out.printf("[attack-surface] attempts=%d refused=%d leaks=%d%n", attempts.get(), refused.get(),
                leaks.get());
    }

    // ------------------------------------------------------------------ coverage of the enumeration

    @Test
    void theRecipesCoverExactlyTheOperationsOfTheOpenApiDocument() throws Exception {
        Set<String> documented = tenantOperations();
        Set<String> recipes = TenantEndpointRecipes.all().stream().map(Recipe::key)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(documented).as("the OpenAPI document lists the tenant API").hasSizeGreaterThan(50);
        assertThat(TenantEndpointRecipes.all()).extracting(Recipe::key).doesNotHaveDuplicates();
        assertThat(minus(documented, recipes))
                .as("operations of /api/tenants/{tenant}/** without a recipe in TenantEndpointRecipes: add one, with"
                        + " real path values and a valid body, so the attacker's side covers them").isEmpty();
        assertThat(minus(recipes, documented))
                .as("recipes for operations the OpenAPI document does not list (removed or renamed?)").isEmpty();
    }

    @Test
    void theRecipesCoverExactlyTheTenantPagesOfTheRouteRegistry() {
        Set<String> registered = tenantRoutes();
        Set<String> recipes = TenantEndpointRecipes.routes().stream().map(RouteRecipe::template)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(registered).as("the route registry lists the tenant pages").hasSizeGreaterThan(10);
        assertThat(minus(registered, recipes))
                .as("tenants/:tenant/** pages without a recipe in TenantEndpointRecipes.routes()").isEmpty();
        assertThat(minus(recipes, registered)).as("recipes for pages the route registry does not list").isEmpty();
    }

    /** The controls: the victim's own officer does see the marker, through REST and on a page, with this harness. */
    @Test
    void theVictimsOwnOfficerSeesWhatTheAttackersMustNot() {
        String officer = fixture.token(VICTIM + ".officer");
        assertThat(fixture.get("/api/tenants/humen/cases/" + fixture.caseId, officer).body()).contains(fixture.marker);
        assertThat(fixture.get("/api/tenants/humen/subjects/" + fixture.subjectId + "/archive", officer).body())
                .contains(fixture.marker);
        PageSession session = sessions.computeIfAbsent(VICTIM + ".officer", user -> PageSession.logIn(fixture.base, user));
        PageSession.Rendering page = session.open("tenants/humen/cases/" + fixture.caseId);
        assertThat(page.notFound()).as(page.toString()).isFalse();
        assertThat(page.body()).as(page.toString()).contains(fixture.marker);
        PageSession.Rendering unknown = session.open("tenants/" + NOWHERE + "/tasks");
        assertThat(unknown.notFound()).as(unknown.toString()).isTrue();
    }

    // ------------------------------------------------------------------ every operation, every attacker

    @TestFactory
    Stream<DynamicTest> everyTenantOperationRefusesOutsiders() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Recipe recipe : TenantEndpointRecipes.all()) {
            for (Attacker attacker : Attacker.values()) {
                String who = attacker.usernameFor(recipe.audience());
                tests.add(DynamicTest.dynamicTest(recipe.key() + " as " + attacker + (who == null ? "" : " (" + who
                        + ")"), () -> attack(recipe, attacker, who)));
            }
        }
        return tests.stream();
    }

    private void attack(Recipe recipe, Attacker attacker, String username) {
        String token = username == null ? null : fixture.token(username);
        Answer answer = fixture.call(recipe.method(), recipe.pathFor(fixture, VICTIM), token, recipe.contentType(),
                recipe.bodyFor(fixture));
        count(answer.refused(), fixture.leaks(answer.body()));

        assertThat(fixture.leaks(answer.body())).as("the answer shows the victim's data: " + answer).isFalse();
        assertThat(answer.status()).as("no 5xx: " + answer).isLessThan(500);
        assertThat(answer.refused()).as("refused with 401/403/404: " + answer).isTrue();
        if (attacker == Attacker.NO_USER) {
            assertThat(answer.status()).as("no user: " + answer).isEqualTo(401);
        } else if (username.startsWith(ATTACKER + ".")) {
            // another tenant's user: the victim tenant does not exist for it
            Answer nowhere = fixture.call(recipe.method(), recipe.pathFor(fixture, NOWHERE), token,
                    recipe.contentType(), recipe.bodyFor(fixture));
            assertThat(answer.status()).as("the same status as a tenant that does not exist: " + answer + " vs "
                    + nowhere).isEqualTo(nowhere.status()).isEqualTo(404);
            assertThat(answer.title()).as("the same problem as a tenant that does not exist").isEqualTo(nowhere.title());
        }
    }

    // ------------------------------------------------------------------ every page, every attacker

    @TestFactory
    Stream<DynamicTest> everyTenantPageRefusesOutsiders() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Attacker attacker : Attacker.values()) {
            for (RouteRecipe route : TenantEndpointRecipes.routes()) {
                String who = attacker.usernameFor(route.audience());
                tests.add(DynamicTest.dynamicTest("/" + route.template() + " as " + attacker + (who == null ? ""
                        : " (" + who + ")"), () -> open(route, attacker, who)));
            }
        }
        return tests.stream();
    }

    private void open(RouteRecipe route, Attacker attacker, String username) {
        String path = route.pathFor(fixture, VICTIM);
        if (username == null) {
            PageSession.Rendering page = PageSession.anonymous(fixture.base).page(path);
            count(page.status() == 302 || page.status() == 401, fixture.leaks(page.body()));
            assertThat(fixture.leaks(page.body())).as("the victim's data: " + page).isFalse();
            assertThat(page.status()).as("no user is sent to the login: " + page).isIn(302, 401);
            if (page.status() == 302) {
                assertThat(page.location()).as("to the login").endsWith("/login");
            }
            return;
        }
        PageSession session = sessions.computeIfAbsent(username, user -> PageSession.logIn(fixture.base, user));
        PageSession.Rendering rendering = session.open(path);
        boolean forwarded = attacker == Attacker.MERCHANT && route.merchantForwardedTo() != null
                && !rendering.notFound() && rendering.body().contains(route.merchantForwardedTo().replace("{tenant}",
                VICTIM));
        count(rendering.notFound() || forwarded, fixture.leaks(rendering.body()));
        assertThat(fixture.leaks(rendering.body())).as("the page shows the victim's data: " + rendering).isFalse();
        assertThat(rendering.status()).as("no 5xx: " + rendering).isLessThan(500);
        if (forwarded) {
            return; // sent to its own portal instead
        }
        assertThat(rendering.notFound()).as("answered like a page that does not exist: " + rendering).isTrue();
        if (username.startsWith(ATTACKER + ".")) {
            PageSession.Rendering nowhere = session.open(route.pathFor(fixture, NOWHERE));
            assertThat(nowhere.notFound()).as("a tenant that does not exist: " + nowhere).isTrue();
            assertThat(rendering.notFoundMessage().replace(VICTIM, NOWHERE))
                    .as("the same page as for a tenant that does not exist").isEqualTo(nowhere.notFoundMessage());
        }
    }

    // ------------------------------------------------------------------ helpers

    private void count(boolean wasRefused, boolean leaked) {
        attempts.incrementAndGet();
        if (wasRefused && !leaked) {
            refused.incrementAndGet();
        }
        if (leaked) {
            leaks.incrementAndGet();
        }
    }

    /** {@code METHOD /api/tenants/{tenant}/...} of every operation the OpenAPI document lists. */
    private Set<String> tenantOperations() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        String body = mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs").with(SecurityMockMvcRequestPostProcessors
                        .user("city.office").authorities(new SimpleGrantedAuthority("ROLE_city-office"))))
                .andReturn().getResponse().getContentAsString();
        JsonNode paths = new ObjectMapper().readTree(body).path("paths");
        Set<String> operations = new TreeSet<>();
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String path = names.next();
            if (path.startsWith("/api/tenants/{tenant}")) {
                paths.path(path).fieldNames().forEachRemaining(method -> {
                    if (Set.of("get", "put", "post", "delete", "patch").contains(method)) {
                        operations.add(method.toUpperCase() + " " + path);
                    }
                });
            }
        }
        return operations;
    }

    /** The templates of every registered {@code tenants/:tenant/**} page. */
    private Set<String> tenantRoutes() {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(context.getServletContext()));
        return registry.getRegisteredRoutes().stream().map(RouteData::getTemplate)
                .filter(template -> template.startsWith("tenants/:tenant"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }
}
