package com.credittown.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.http.MimeHeaders;

/**
 * Tomcat's error report in problem+json (RFC 9457) instead of its HTML page, for requests Tomcat answers itself
 * before Spring sees them (an invalid character in the request target, an encoded NUL or slash in the path, a request
 * line over the size limit). Errors the application answers already carry a body and are left alone.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ServerRejects reject = ServerRejects.explain(status, throwable, rawTarget(request), maxHeaderBytes(request),
                headers(request));
        if (status == 501 || status == 505) {
            // an HTTP version or transfer encoding the client chose and this server does not speak: the client's
            // request to change, answered as a client error like every other refusal here
            status = 400;
            response.setStatus(status);
        }
        try {
            response.setContentType(PROBLEM_JSON);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json(status, reject));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is committed: nothing more to say
        }
    }

    static String json(int status, ServerRejects reject) {
        return "{\"type\":\"about:blank\",\"title\":\"" + escape(reject.title()) + "\",\"status\":" + status
                + ",\"detail\":\"" + escape(reject.detail()) + "\"}";
    }

    private static String rawTarget(Request request) {
        try {
            String uri = request.getCoyoteRequest().requestURI().toString();
            return uri == null ? "" : uri;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static ServerRejects.Headers headers(Request request) {
        try {
            MimeHeaders headers = request.getCoyoteRequest().getMimeHeaders();
            int hosts = 0;
            java.util.List<String> lengths = new java.util.ArrayList<>();
            String transferEncoding = null;
            for (int i = 0; i < headers.size(); i++) {
                String name = headers.getName(i).toString();
                if ("host".equalsIgnoreCase(name)) {
                    hosts++;
                } else if ("content-length".equalsIgnoreCase(name)) {
                    lengths.add(headers.getValue(i).toString());
                } else if ("transfer-encoding".equalsIgnoreCase(name)) {
                    transferEncoding = headers.getValue(i).toString();
                }
            }
            int maxCount = request.getConnector() != null
                    && request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http11
                    ? http11.getMaxHeaderCount() : 100;
            return new ServerRejects.Headers(headers.size(), maxCount < 0 ? Integer.MAX_VALUE : maxCount, hosts,
                    lengths, transferEncoding);
        } catch (RuntimeException unreadable) {
            return ServerRejects.Headers.NONE;
        }
    }

    private static int maxHeaderBytes(Request request) {
        if (request.getConnector() != null
                && request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http11) {
            return http11.getMaxHttpRequestHeaderSize();
        }
        return 8192;
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
