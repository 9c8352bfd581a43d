package com.credittown.ui.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens Vaadin UI sessions over plain HTTP, as a browser's first visit does, without a browser: the route's bootstrap
 * page, then the request Vaadin's client script sends for the UI, on which the server creates the session's UI and
 * renders the route (the initial UIDL, in JSON). That request is {@code GET ?v-r=init&location=<route>&query=}
 * relative to the page's {@code <base href>}, i.e. at the servlet's root: Vaadin takes a {@code v-r} request as its own
 * only there (at the route's own path it answers with the bootstrap page again). A signed-in session goes through
 * the real login first: the application's redirect to Keycloak, its login form(s) (user name, then password on the
 * identity-first page), the redirect back with the code. Each session keeps its own cookies; the clients are kept so
 * the sessions stay referenced only by the server.
 */
final class VaadinSessions {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final List<HttpClient> clients = new ArrayList<>();

    VaadinSessions(int port) {
        this.base = "http://localhost:" + port;
    }

    /** One anonymous session on a public route (e.g. {@code public/tenants/humen}). */
    void openPublic(String route) throws IOException, InterruptedException {
        HttpClient client = client();
        get(client, base + "/" + route);
        init(client, route);
    }

    /** One signed-in session of {@code username} on {@code route} (e.g. the officer's task list). */
    void openSignedIn(String route, String username, String password) throws IOException, InterruptedException {
        HttpClient client = client();
        HttpResponse<String> page = client.send(page(base + "/" + route), HttpResponse.BodyHandlers.ofString());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        for (int step = 0; step < 3 && !page.uri().toString().startsWith(base); step++) {
            Matcher action = FORM_ACTION.matcher(page.body());
            if (!action.find()) {
                throw new IllegalStateException("no Keycloak login form at " + page.uri() + " on the way to " + route);
            }
            page = client.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }
        if (page.statusCode() != 200 || !page.uri().toString().startsWith(base)) {
            throw new IllegalStateException("login of " + username + " ended at " + page.uri() + " with "
                    + page.statusCode());
        }
        init(client, route);
    }

    int opened() {
        return clients.size();
    }

    /** The client's init request; fails unless the answer is the UI's initial UIDL. */
    private void init(HttpClient client, String route) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(
                base + "/?v-r=init&location=" + route + "&query=")).GET().build(), HttpResponse.BodyHandlers.ofString());
        String type = answer.headers().firstValue("Content-Type").orElse("");
        JsonNode uidl = type.startsWith("application/json")
                ? JSON.readTree(answer.body()).path("appConfig").path("uidl") : JSON.missingNode();
        if (answer.statusCode() != 200 || !uidl.path("changes").isArray() || uidl.path("changes").isEmpty()) {
            throw new IllegalStateException("no UIDL for " + route + " (" + answer.statusCode() + ", " + type + "): "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        clients.add(client);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new LoopbackCookies())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A page asked for as a browser does: without {@code Accept: text/html} the application answers 401. */
    private static HttpRequest page(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build();
    }

    /**
     * A browser's cookie jar on a loopback address: Chromium counts {@code http://localhost} and {@code 127.0.0.1} as
     * a secure context and sends {@code Secure} cookies there (Keycloak's login cookies are {@code Secure}); java.net's
     * CookieManager sends them only over https, so without this Keycloak answers its login form with "cookie not found".
     */
    private static final class LoopbackCookies extends CookieManager {
        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            boolean loopback = "http".equals(uri.getScheme())
                    && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
            return super.get(loopback ? URI.create("https" + uri.toString().substring(4)) : uri, headers);
        }
    }

    private static void get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(page(url), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
    }
}
