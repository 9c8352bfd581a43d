package com.credittown.ui.bench;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Opens Vaadin UI sessions over plain HTTP, as a browser's first visit does, without a browser: the route's bootstrap
 * page, then the client's {@code ?v-r=init} request, which makes the server create the session's UI and render the
 * route (the initial UIDL). A signed-in session goes through the real login first: the application's redirect to
 * Keycloak, Keycloak's login form, the redirect back with the code. Each session keeps its own cookies; the clients
 * are kept so the sessions stay referenced only by the server.
 */
final class VaadinSessions {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final String base;
    private final List<HttpClient> clients = new ArrayList<>();

    VaadinSessions(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** One anonymous session on a public route (e.g. {@code public/tenants/humen}). */
    void openPublic(String route) throws IOException, InterruptedException {
        HttpClient client = client();
        String page = get(client, base + "/" + route);
        init(client, route, page);
    }

    /** One signed-in session of {@code username} on {@code route} (e.g. the officer's task list). */
    void openSignedIn(String route, String username, String password) throws IOException, InterruptedException {
        HttpClient client = client();
        String login = get(client, base + "/" + route);
        Matcher action = FORM_ACTION.matcher(login);
        if (!action.find()) {
            throw new IllegalStateException("no Keycloak login form on the way to " + route);
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&credentialId=";
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(URI.create(
                        action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (signedIn.statusCode() != 200 || !signedIn.uri().toString().startsWith(base)) {
            throw new IllegalStateException("login of " + username + " ended at " + signedIn.uri() + " with "
                    + signedIn.statusCode());
        }
        init(client, route, signedIn.body());
    }

    int opened() {
        return clients.size();
    }

    private void init(HttpClient client, String route, String page) throws IOException, InterruptedException {
        if (!page.contains("id=\"initial\"")) {
            String location = URLEncoder.encode(route, StandardCharsets.UTF_8);
            String json = get(client, base + "/" + route + "?v-r=init&location=" + location + "&query=");
            if (!json.contains("uidl")) {
                throw new IllegalStateException("no UIDL for " + route + ": "
                        + json.substring(0, Math.min(300, json.length())));
            }
        }
        clients.add(client);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    private static String get(HttpClient client, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
