package com.credittown.ui.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does when a user logs in to the Vaadin UI, in plain HTTP: open the application's /login page, follow
 * its redirects to Keycloak, fill in Keycloak's login form(s), follow the redirect back to the application (which
 * exchanges the code for tokens with Keycloak), and land on the start page with a session cookie. One instance is
 * one browser (its own cookies, kept per host and port).
 */
final class BrowserLogin {

    /** How a login ended, as the user sees it. */
    enum Outcome {
        /** logged in: the start page opens. */
        LOGGED_IN,
        /** the application's own page saying login is unavailable for the moment (503). */
        LOGIN_UNAVAILABLE_PAGE,
        /**
         * the browser could not reach Keycloak (its own "cannot connect" page), or Keycloak answered an error of its
         * own while stopping or starting: the application is not involved.
         */
        KEYCLOAK_UNREACHABLE,
        /** anything else: an error page of the application, a stack trace, a loop, Keycloak's error page... */
        UNCLEAR
    }

    record Result(Outcome outcome, String detail) {
    }

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\baction=\"([^\"]*login-actions[^\"]*)\"",
            Pattern.CASE_INSENSITIVE);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();
    private final String app;
    private final String keycloak;

    BrowserLogin(String app, String keycloak) {
        this.app = app;
        this.keycloak = keycloak;
    }

    /** Logs in from the application's login page. */
    Result login(String username, String password) {
        return follow(URI.create(app + "/login"), username, password, false).result();
    }

    /**
     * Goes through Keycloak's form but stops before the browser is sent back to the application: returns the
     * application's callback address (with Keycloak's code), to be opened later with {@link #open(URI)}.
     */
    URI loginUpToCallback(String username, String password) {
        Step step = follow(URI.create(app + "/login"), username, password, true);
        if (step.callback() == null) {
            throw new IllegalStateException("no callback: " + step.result());
        }
        return step.callback();
    }

    /** Opens an address of the application and follows where it leads, as the browser would. */
    Result open(URI uri) {
        return follow(uri, null, null, false).result();
    }

    /** Whether this browser's session still opens the start page (and is not sent to log in again). */
    boolean sessionWorks() throws IOException, InterruptedException {
        URI uri = URI.create(app + "/");
        for (int hop = 0; hop < 5; hop++) {
            HttpResponse<String> page = send(HttpRequest.newBuilder(uri).GET());
            if (page.statusCode() >= 300 && page.statusCode() < 400) {
                uri = uri.resolve(page.headers().firstValue("Location").orElseThrow());
                if (!origin(uri).equals(app) || uri.getPath().startsWith("/login") || uri.getPath().startsWith("/oauth2")) {
                    return false; // sent to log in again
                }
                continue;
            }
            return page.statusCode() == 200 && page.body().contains("<html");
        }
        return false;
    }

    private record Step(Result result, URI callback) {
    }

    private Step follow(URI start, String username, String password, boolean stopAtCallback) {
        URI uri = start;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        try {
            for (int hop = 0; hop < 20; hop++) {
                HttpResponse<String> response;
                try {
                    response = send(request);
                } catch (java.net.ConnectException | java.net.http.HttpConnectTimeoutException refused) {
                    if (origin(uri).equals(keycloak)) {
                        return new Step(new Result(Outcome.KEYCLOAK_UNREACHABLE, uri.getPath()), null);
                    }
                    return new Step(new Result(Outcome.UNCLEAR, "cannot connect to " + uri), null);
                }
                int status = response.statusCode();
                String body = response.body();
                if (status >= 300 && status < 400) {
                    URI next = uri.resolve(response.headers().firstValue("Location").orElseThrow());
                    if (stopAtCallback && origin(next).equals(app) && next.getPath().startsWith("/login/oauth2/code/")) {
                        return new Step(new Result(Outcome.UNCLEAR, "stopped at callback"), next);
                    }
                    uri = next;
                    request = HttpRequest.newBuilder(uri).GET();
                    continue;
                }
                boolean fromApp = origin(uri).equals(app);
                if (fromApp && status == 200 && !uri.getPath().startsWith("/login") && body.contains("<html")) {
                    return new Step(new Result(Outcome.LOGGED_IN, ""), null);
                }
                if (fromApp && status == 503 && body.contains("id=\"login-unavailable\"")
                        && !body.contains("Exception") && !body.contains("\tat ")) {
                    return new Step(new Result(Outcome.LOGIN_UNAVAILABLE_PAGE, ""), null);
                }
                if (!fromApp && status >= 500) {
                    // Keycloak itself answering an error while it stops or starts: the application is not involved
                    return new Step(new Result(Outcome.KEYCLOAK_UNREACHABLE, status + " from Keycloak at " + uri.getPath()), null);
                }
                Matcher form = FORM_ACTION.matcher(body);
                if (!fromApp && status == 200 && form.find() && username != null) {
                    uri = URI.create(form.group(1).replace("&amp;", "&"));
                    Map<String, String> fields = new LinkedHashMap<>();
                    if (body.contains("name=\"username\"")) {
                        fields.put("username", username);
                    }
                    if (body.contains("name=\"password\"")) {
                        fields.put("password", password);
                    }
                    fields.put("credentialId", "");
                    request = HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
                    continue;
                }
                return new Step(new Result(Outcome.UNCLEAR, status + " at " + uri + ": "
                        + body.substring(0, Math.min(300, body.length())).replaceAll("\\s+", " ")), null);
            }
            return new Step(new Result(Outcome.UNCLEAR, "more than 20 redirects, last " + uri), null);
        } catch (IOException e) {
            // a connection reset or timeout in the middle of an answer
            Outcome outcome = origin(uri).equals(keycloak) ? Outcome.KEYCLOAK_UNREACHABLE : Outcome.UNCLEAR;
            return new Step(new Result(outcome, e + " at " + uri), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Step(new Result(Outcome.UNCLEAR, "interrupted"), null);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(Duration.ofSeconds(60)).build();
        Map<String, String> jar = cookies.computeIfAbsent(origin(built.uri()), o -> new ConcurrentHashMap<>());
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(built.uri()).timeout(Duration.ofSeconds(60))
                .method(built.method(), built.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
        built.headers().map().forEach((name, values) -> values.forEach(value -> withCookies.header(name, value)));
        withCookies.header("Accept-Language", "zh-CN");
        if (!jar.isEmpty()) {
            withCookies.header("Cookie", jar.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String name = pair.substring(0, eq).trim();
                String value = pair.substring(eq + 1).trim();
                boolean expired = value.isEmpty() || setCookie.toLowerCase().contains("max-age=0");
                if (expired) {
                    jar.remove(name);
                } else {
                    jar.put(name, value);
                }
            }
        }
        return response;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    static List<Outcome> clean() {
        return List.of(Outcome.LOGGED_IN, Outcome.LOGIN_UNAVAILABLE_PAGE, Outcome.KEYCLOAK_UNREACHABLE);
    }
}
