package com.credittown.ui.security;

import com.credittown.platform.identity.KeycloakSettings;
import com.credittown.platform.identity.LoginPaths;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The login page: sends the browser on to Keycloak, or, when Keycloak does not answer, explains that
 * login is unavailable for the moment (users already logged in keep working).
 */
@Controller
class LoginController {

    private final KeycloakSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    LoginController(KeycloakSettings settings) {
        this.settings = settings;
    }

    @GetMapping(LoginPaths.LOGIN)
    ResponseEntity<String> login(@RequestHeader(value = "Accept-Language", defaultValue = "zh-CN") String language) {
        if (keycloakAnswers()) {
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(LoginPaths.KEYCLOAK)).build();
        }
        boolean english = language.toLowerCase().startsWith("en");
        String title = english ? "Login is unavailable" : "暂时无法登录";
        String text = english
                ? "The identity service does not answer at the moment. Please try again in a few minutes. "
                + "If you are already logged in elsewhere, your session keeps working."
                : "统一身份认证服务暂时无法访问，请稍后再试。已登录的用户可继续使用。";
        String retry = english ? "Try again" : "重试";
        String page = """
                <!DOCTYPE html><html lang="%s"><head><meta charset="UTF-8">
                <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>
                <body style="font-family:sans-serif;max-width:36em;margin:4em auto;padding:0 1em">
                <h1 id="login-unavailable">%s</h1><p>%s</p><p><a href="%s">%s</a></p></body></html>
                """.formatted(english ? "en" : "zh-CN", title, title, text, LoginPaths.LOGIN, retry);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_HTML).body(page);
    }

    private boolean keycloakAnswers() {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(settings.issuer()))
                    .timeout(Duration.ofSeconds(3)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
