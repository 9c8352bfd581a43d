package com.credittown.platform.idempotency;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two requests "the same" for an Idempotency-Key: method, path, query and body (for a multipart upload,
 * each part's name, file name and content), as a SHA-256.
 */
final class RequestFingerprint {

    private final MessageDigest digest;

    private RequestFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded");
    }

    /** For a request whose body the caller has read into {@code body}. */
    static String of(HttpServletRequest request, byte[] body) {
        RequestFingerprint print = new RequestFingerprint().head(request);
        print.add(body);
        return print.hex();
    }

    /** For a multipart or form request (the container parses the body). */
    static String ofParts(HttpServletRequest request) throws IOException, ServletException {
        RequestFingerprint print = new RequestFingerprint().head(request);
        Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
        parameters.forEach((name, values) -> {
            print.add(name);
            for (String value : values) {
                print.add(value);
            }
        });
        if (isMultipart(request)) {
            List<Part> parts = request.getParts().stream()
                    .sorted(java.util.Comparator.comparing(Part::getName)).toList();
            for (Part part : parts) {
                print.add(part.getName());
                print.add(String.valueOf(part.getSubmittedFileName()));
                try (InputStream in = part.getInputStream()) {
                    print.add(in.readAllBytes());
                }
            }
        }
        return print.hex();
    }

    private RequestFingerprint head(HttpServletRequest request) {
        add(request.getMethod());
        add(request.getRequestURI());
        add(String.valueOf(request.getQueryString()));
        return this;
    }

    private void add(String text) {
        add(text.getBytes(StandardCharsets.UTF_8));
    }

    private void add(byte[] bytes) {
        digest.update(java.nio.ByteBuffer.allocate(8).putLong(bytes.length).array());
        digest.update(bytes);
    }

    private String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
