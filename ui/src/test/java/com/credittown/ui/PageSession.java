package com.credittown.ui;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A logged-in UI session without a browser: the same requests a browser makes. {@link #logIn} follows the
 * application's redirect to Keycloak's real login pages (identity-first: user name, then password) and back, so the
 * session cookie is the one a user gets; {@link #open} asks Vaadin to navigate to a route exactly as Vaadin's client
 * does on a page load ({@code ?v-r=init&location=...}: Vaadin builds the UI, runs the navigation, with the guards and
 * access checkers, and answers the first rendering as JSON).
 */
final class PageSession {

    /** What Vaadin renders for a route that does not exist or may not be opened (production mode). */
    static final String NOT_FOUND = "Could not navigate to";

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"", Pattern.DOTALL);

    private final String base;
    private final HttpClient http;
    final String username;

    private PageSession(String base, String username, boolean followRedirects) {
        this.base = base;
        this.username = username;
        this.http = HttpClient.newBuilder().cookieHandler(new LocalCookies()).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(followRedirects ? HttpClient.Redirect.ALWAYS : HttpClient.Redirect.NEVER).build();
    }

    /** No login at all (redirects are not followed, to see where the application sends the visitor). */
    static PageSession anonymous(String base) {
        return new PageSession(base, null, false);
    }

    /** A demo user (password {@link RealKeycloak#DEMO_PASSWORD}) logged in through Keycloak's login pages. */
    static PageSession logIn(String base, String username) {
        PageSession session = new PageSession(base, username, true);
        // a browser's Accept header: a program without one is answered 401, a browser is sent to the login
        HttpResponse<String> page = session.send(HttpRequest.newBuilder(URI.create(base + "/"))
                .header("Accept", BROWSER_ACCEPT).GET());
        for (int step = 0; step < 4 && !page.uri().toString().startsWith(base); step++) {
            Matcher action = FORM_ACTION.matcher(page.body());
            if (!action.find()) {
                throw new IllegalStateException("No login form for " + username + " at " + page.uri() + ": "
                        + page.body().substring(0, Math.min(500, page.body().length())));
            }
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
            if (page.body().contains("id=\"password\"")) {
                form += "&password=" + URLEncoder.encode(RealKeycloak.DEMO_PASSWORD, StandardCharsets.UTF_8)
                        + "&credentialId=";
            }
            URI target = page.uri().resolve(action.group(1).replace("&amp;", "&"));
            page = session.send(HttpRequest.newBuilder(target).header("Accept", BROWSER_ACCEPT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }
        if (!page.uri().toString().startsWith(base) || page.statusCode() != 200) {
            throw new IllegalStateException(username + " did not get back to the application: " + chain(page));
        }
        return session;
    }

    /**
     * Navigates to a route (e.g. {@code tenants/humen/tasks}) the way Vaadin's client does on a page load: the
     * bootstrap request ({@code ?v-r=init}) creates the UI, then the client's {@code ui-navigate} event (a UIDL request
     * with the UI's CSRF token) runs the navigation, with the navigation guard and the access checkers. The answer is
     * both responses, as Vaadin sent them.
     */
    Rendering open(String route) {
        String[] parts = route.split("\\?", 2);
        String query = parts.length > 1 ? parts[1] : "";
        HttpResponse<String> init = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + URLEncoder.encode(parts[0], StandardCharsets.UTF_8) + "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).GET());
        if (init.statusCode() != 200) {
            return new Rendering(init.statusCode(), init.body());
        }
        String uiId = first(init.body(), "\"v-uiId\":(\\d+)", "0");
        String csrf = first(init.body(), "\"Vaadin-Security-Key\":\"([^\"]+)\"", "");
        String syncId = first(init.body(), "\"syncId\":(\\d+)", "0");
        String clientId = first(init.body(), "\"clientId\":(\\d+)", "0");
        String node = first(init.body(), "\"node\":(\\d+)[^{}]*\"key\":\"ui-navigate\"", "1");
        String event = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":" + node
                + ",\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + parts[0] + "\",\"query\":\""
                + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],"
                + "\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
        HttpResponse<String> navigation = send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(event, StandardCharsets.UTF_8)));
        return new Rendering(navigation.statusCode(), navigation.body() + "\n" + init.body());
    }

    /** The redirects that led to a response, for the failure message. */
    private static String chain(HttpResponse<String> last) {
        StringBuilder chain = new StringBuilder();
        for (HttpResponse<String> r = last; r != null; r = r.previousResponse().orElse(null)) {
            chain.insert(0, " → " + r.statusCode() + " " + r.uri());
        }
        return chain.toString();
    }

    private static String first(String text, String regex, String otherwise) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        return matcher.find() ? matcher.group(1) : otherwise;
    }

    /** The page itself, as a browser first asks for it. */
    Rendering page(String route) {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + "/" + route))
                .header("Accept", BROWSER_ACCEPT).GET());
        return new Rendering(answer.statusCode(), answer.body(), answer.headers().firstValue("Location").orElse(""));
    }

    /**
     * Cookies as a browser keeps them for {@code http://127.0.0.1} and {@code http://localhost}, which it treats as
     * secure origins: Keycloak's login cookies are marked {@code Secure}, which Java's cookie manager would never send
     * back over plain HTTP.
     */
    private static final class LocalCookies extends CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return cookies.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            Map<String, List<String>> headers = new HashMap<>();
            responseHeaders.forEach((name, values) -> headers.put(name, name != null
                    && name.equalsIgnoreCase("Set-Cookie") ? values.stream()
                    .map(value -> value.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList() : values));
            cookies.put(uri, headers);
        }
    }

    record Rendering(int status, String body, String location) {

        Rendering(int status, String body) {
            this(status, body, "");
        }

        boolean notFound() {
            return body.contains(NOT_FOUND);
        }

        /** What the not-found page says (the path and the reason), as Vaadin sent it. */
        String notFoundMessage() {
            Matcher message = Pattern.compile(Pattern.quote(NOT_FOUND) + "(?:[^\"\\\\]|\\\\.)*").matcher(body);
            return message.find() ? message.group() : "";
        }

        @Override
        public String toString() {
            return status + " " + (location.isEmpty() ? "" : "→ " + location + " ")
                    + (body.length() > 1500 ? body.substring(0, 1500) + "…" : body);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
