package com.credittown.ui.reliability;

import static com.credittown.ui.reliability.PrivateServices.SUFFIX;
import static com.credittown.ui.reliability.PrivateServices.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.credittown.ui.reliability.BrowserLogin.Outcome;
import com.credittown.ui.reliability.BrowserLogin.Result;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Keycloak is restarted while users log in to one application node (the assembled jar as its own process). The
 * Keycloak is the test's own (a copy of the distribution, its own dev-file database, free ports; see
 * {@link PrivateService}), so the shared one on 8180 is never touched; the node provisions the city realm and the
 * demo users into it on its first start. Checked: the UI sessions and the API tokens issued before keep working
 * during the outage and after it; every login tried meanwhile ends either logged in or on the application's clear
 * "login unavailable" page (or, for the browser's own request to Keycloak, at Keycloak's closed port), never on an
 * error page or a stack trace; a login whose form was sent just before the outage ends on that clear page; new
 * logins work once Keycloak is back. Figures go to target/reliability/keycloak-figures.txt.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeycloakRestartReliabilityIT {

    static final String DATABASE = "credittown_reliability_kc" + SUFFIX;
    static final String USER = "humen.officer";
    static final String PASSWORD = "demo1234";
    static final int LOGIN_THREADS = 3;

    final PrivateServices services = new PrivateServices("keycloak-figures.txt", "Keycloak restart figures");
    final Map<String, String> figures = services.figures;
    PrivateService keycloak;
    AppNode node;

    @BeforeAll
    void startKeycloakAndNode() throws Exception {
        PrivateServices.freshDatabase(DATABASE);
        keycloak = services.start(PrivateService.keycloak("reliability-keycloak" + SUFFIX),
                "private Keycloak first start (empty dev-file database)");
        node = services.startNode("node-kc", DATABASE, List.of(
                "--spring.datasource.hikari.maximum-pool-size=5",
                "--credittown.keycloak.url=" + keycloak.url()),
                "node start (empty database, realm and 34 tenants provisioned into the private Keycloak)");
    }

    @AfterAll
    void stopAll() throws Exception {
        services.stopAll();
    }

    @Test
    void sessionsSurviveLoginsDuringTheRestartFailCleanlyAndWorkAfterwards() throws Exception {
        // the demo users are provisioned once the node runs: wait for the first login to work
        List<BrowserLogin> sessions = new ArrayList<>();
        Instant provisioning = Instant.now();
        await("first login").atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            BrowserLogin browser = browser();
            Result result = browser.login(USER, PASSWORD);
            if (result.outcome() == Outcome.LOGGED_IN) {
                sessions.add(browser);
                return true;
            }
            return false;
        });
        figures.put("first login after the node answered", seconds(Duration.between(provisioning, Instant.now())));
        for (int i = 0; i < 2; i++) {
            BrowserLogin browser = browser();
            assertThat(browser.login(USER, PASSWORD).outcome()).isEqualTo(Outcome.LOGGED_IN);
            sessions.add(browser);
        }
        String token = ReliabilityClient.token(keycloak.url(), USER);
        assertThat(tasks(token)).as("the API with a token issued before").isEqualTo(200);
        assertThat(sessions).allSatisfy(s -> assertThat(s.sessionWorks()).as("session before the restart").isTrue());
        // a user who sent Keycloak's form just before the outage: Keycloak redirects back to the application
        BrowserLogin inFlight = browser();
        URI callback = inFlight.loginUpToCallback(USER, PASSWORD);

        // users keep logging in on a few threads while Keycloak is stopped and started again
        Queue<Result> attempts = new ConcurrentLinkedQueue<>();
        AtomicBoolean keepLogging = new AtomicBoolean(true);
        AtomicReference<Instant> firstLoginAfterRestart = new AtomicReference<>();
        AtomicReference<Instant> backAt = new AtomicReference<>();
        ExecutorService users = Executors.newFixedThreadPool(LOGIN_THREADS);
        List<Future<?>> loggingIn = new ArrayList<>();
        for (int t = 0; t < LOGIN_THREADS; t++) {
            loggingIn.add(users.submit(() -> {
                while (keepLogging.get()) {
                    Result result = browser().login(USER, PASSWORD);
                    attempts.add(result);
                    if (result.outcome() == Outcome.LOGGED_IN && backAt.get() != null) {
                        firstLoginAfterRestart.compareAndSet(null, Instant.now());
                    }
                    if (result.outcome() != Outcome.LOGGED_IN) {
                        java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(500).toNanos());
                    }
                }
                return null;
            }));
        }
        try {
            await().atMost(Duration.ofMinutes(2)).until(() -> attempts.size() >= LOGIN_THREADS);
            Instant down = Instant.now();
            figures.put("Keycloak stop (TERM)", seconds(keycloak.stop()));
            int attemptsBeforeOutage = attempts.size();

            // during the outage
            Result callbackDuringOutage = inFlight.open(callback);
            assertThat(callbackDuringOutage.outcome()).as("the login whose form was sent before the outage: %s",
                    callbackDuringOutage.detail()).isEqualTo(Outcome.LOGIN_UNAVAILABLE_PAGE);
            Result newLogin = browser().login(USER, PASSWORD);
            assertThat(newLogin.outcome()).as("a new login during the outage: %s", newLogin.detail())
                    .isEqualTo(Outcome.LOGIN_UNAVAILABLE_PAGE);
            assertThat(sessions).allSatisfy(s -> assertThat(s.sessionWorks()).as("session during the outage").isTrue());
            assertThat(tasks(token)).as("the API with a token issued before, during the outage").isEqualTo(200);
            await().atMost(Duration.ofMinutes(1)).until(() -> attempts.size() >= attemptsBeforeOutage + LOGIN_THREADS);

            Duration start = keycloak.start();
            backAt.set(Instant.now());
            figures.put("Keycloak start (restart)", seconds(start));
            figures.put("Keycloak down (stop + start)", seconds(Duration.between(down, backAt.get())));
            await("a new login after the restart").atMost(Duration.ofMinutes(3))
                    .until(() -> firstLoginAfterRestart.get() != null);
            figures.put("first new login after Keycloak answered again",
                    seconds(Duration.between(backAt.get(), firstLoginAfterRestart.get())));
        } finally {
            keepLogging.set(false);
            for (Future<?> f : loggingIn) {
                f.get(3, TimeUnit.MINUTES);
            }
            users.shutdownNow();
        }

        // after the restart
        assertThat(sessions).allSatisfy(s -> assertThat(s.sessionWorks()).as("session after the restart").isTrue());
        assertThat(tasks(token)).as("the API with a token issued before, after the restart").isEqualTo(200);
        assertThat(tasks(ReliabilityClient.token(keycloak.url(), USER))).as("a token issued after").isEqualTo(200);
        BrowserLogin after = browser();
        assertThat(after.login(USER, PASSWORD).outcome()).isEqualTo(Outcome.LOGGED_IN);
        assertThat(after.sessionWorks()).isTrue();

        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        attempts.forEach(r -> outcomes.merge(r.outcome(), 1, Integer::sum));
        figures.put("logins tried around the restart (" + LOGIN_THREADS + " users)", String.valueOf(attempts.size()));
        figures.put("logins by outcome", outcomes.toString());
        figures.put("sessions from before the restart still working", sessions.size() + " / " + sessions.size());
        List<String> unclear = attempts.stream().filter(r -> !BrowserLogin.clean().contains(r.outcome()))
                .map(Result::detail).distinct().limit(5).toList();
        assertThat(unclear).as("logins that ended on an error page").isEmpty();
        assertThat(outcomes.getOrDefault(Outcome.LOGIN_UNAVAILABLE_PAGE, 0)).as("logins during the outage")
                .isPositive();
        assertThat(outcomes.getOrDefault(Outcome.LOGGED_IN, 0)).isPositive();
    }

    private BrowserLogin browser() {
        return new BrowserLogin(node.base(), keycloak.url());
    }

    private int tasks(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(node.base()
                        + "/api/tenants/humen/tasks")).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
