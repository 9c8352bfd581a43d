package com.credittown.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Requests the embedded Tomcat refuses before Spring sees them, sent byte for byte over a socket (MockMvc would
 * bypass Tomcat): each is answered in problem+json with a precise title and detail, never Tomcat's HTML page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TomcatRejectsIntegrationTest {

    @LocalServerPort
    int port;

    /** The status line, the headers and the body of one raw HTTP/1.1 exchange. */
    record Answer(int status, String headers, String body) {
        JsonNode problem() throws IOException {
            return new ObjectMapper().readTree(body);
        }
    }

    @Test
    void aNulByteInThePath() throws Exception {
        Answer answer = send("GET /api/public/tenants/hu\u0000men HTTP/1.1");

        assertProblem(answer, 400, "Invalid character in the request target");
        assertThat(answer.problem().path("detail").asText()).contains("a NUL is never accepted");
    }

    @Test
    void aCharacterThatMustBeEncoded() throws Exception {
        Answer answer = send("GET /api/public/tenants/a|b HTTP/1.1");

        assertProblem(answer, 400, "Invalid character in the request target");
    }

    @Test
    void anEncodedNulInThePath() throws Exception {
        Answer answer = send("GET /api/public/tenants/hu%00men HTTP/1.1");

        assertProblem(answer, 400, "Invalid path");
        assertThat(answer.problem().path("detail").asText()).isEqualTo("The path contains an encoded NUL (%00), which"
                + " is never accepted.");
    }

    @Test
    void anEncodedSlashInThePath() throws Exception {
        Answer answer = send("GET /api/public/tenants/humen%2Fnotices HTTP/1.1");

        assertProblem(answer, 400, "Invalid path");
        assertThat(answer.problem().path("detail").asText()).startsWith("The path contains an encoded slash (%2F)");
    }

    @Test
    void aQueryLongerThanTheRequestLineLimit() throws Exception {
        Answer answer = send("GET /api/public/tenants?q=" + "x".repeat(20_000) + " HTTP/1.1");

        assertProblem(answer, answer.status(), "Request too large");
        assertThat(answer.status()).isIn(400, 414, 431);
        assertThat(answer.problem().path("detail").asText()).contains("16384 bytes")
                .contains("server.max-http-request-header-size");
    }

    @Test
    void theApplicationsOwnErrorsAreUntouched() throws Exception {
        // the API's own answer to a call without a token (ApiSecurityConfiguration), not the valve's
        Answer answer = send("GET /api/tenants/humen/subjects/1 HTTP/1.1");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.problem().path("title").asText()).isEqualTo("Unauthorized");
        assertThat(answer.problem().has("detail")).isFalse();
    }

    private static void assertProblem(Answer answer, int status, String title) throws IOException {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.headers().toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer.body()).doesNotContainIgnoringCase("<html").doesNotContain("Apache Tomcat");
        JsonNode problem = answer.problem();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isEqualTo(title);
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    /** Sends the request line with a Host header, reads until the server closes the connection. */
    private Answer send(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            in.transferTo(received);
            String text = received.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String head = split < 0 ? text : text.substring(0, split);
            String body = split < 0 ? "" : text.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = unchunk(body);
            }
            int status = Integer.parseInt(head.substring(9, 12));
            return new Answer(status, head, body);
        }
    }

    private static String unchunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int size = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (size == 0) {
                break;
            }
            byte[] rest = chunked.substring(lineEnd + 2).getBytes(StandardCharsets.UTF_8);
            String chunk = new String(rest, 0, size, StandardCharsets.UTF_8);
            body.append(chunk);
            at = lineEnd + 2 + chunk.length() + 2;
        }
        return body.toString();
    }
}
