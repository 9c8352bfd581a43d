package com.credittown.platform.web;

import java.util.Locale;

/**
 * Why Tomcat refused a request before it reached the application, in words a client can act on: the problem+json
 * title and detail of {@link ProblemJsonErrorReportValve}. The reason comes from what Tomcat reports (the parser's
 * exception, the status) and the raw request target; the client's input is never echoed.
 */
record ServerRejects(String title, String detail) {

    /**
     * @param status            the status Tomcat set
     * @param failure           the parser's exception, if any
     * @param rawTarget         the request target as sent (not decoded), "" if Tomcat could not read it
     * @param maxHeaderBytes    the connector's limit of request line plus headers
     */
    static ServerRejects explain(int status, Throwable failure, String rawTarget, int maxHeaderBytes) {
        return explain(status, failure, rawTarget, maxHeaderBytes, Headers.NONE);
    }

    /**
     * What the request's headers show, as far as Tomcat read them: how many there are, how many {@code Host}
     * headers, the {@code Content-Length} values and the {@code Transfer-Encoding}.
     */
    record Headers(int count, int maxCount, int hosts, java.util.List<String> contentLengths, String transferEncoding) {

        static final Headers NONE = new Headers(0, 100, 1, java.util.List.of(), null);
    }

    static ServerRejects explain(int status, Throwable failure, String rawTarget, int maxHeaderBytes,
                                 Headers headers) {
        String message = failure == null || failure.getMessage() == null ? "" : failure.getMessage();
        String target = rawTarget == null ? "" : rawTarget.toUpperCase(Locale.ROOT);
        if (message.contains("request target")) {
            return new ServerRejects("Invalid character in the request target", "The path or query contains a"
                    + " character that is not allowed in a request target (RFC 9112, RFC 3986): control characters"
                    + " such as NUL, spaces and characters such as \" < > \\ ^ ` { | } must be percent-encoded,"
                    + " and a NUL is never accepted.");
        }
        if (message.contains("method name")) {
            return new ServerRejects("Invalid request line", "The request does not start with an HTTP method"
                    + " (e.g. GET or POST): it may be TLS sent to a plain-HTTP port, or not HTTP at all.");
        }
        if (message.contains("HTTP protocol")) {
            return new ServerRejects("Invalid request line", "The request line does not end with a valid HTTP"
                    + " version such as HTTP/1.1.");
        }
        if (message.contains("too large") || status == 414 || status == 431) {
            return new ServerRejects("Request too large", "The request line and headers together exceed the "
                    + maxHeaderBytes + " bytes this server accepts (server.max-http-request-header-size): send a"
                    + " long query as the body of a POST instead.");
        }
        if (target.contains("%00")) {
            return new ServerRejects("Invalid path", "The path contains an encoded NUL (%00), which is never"
                    + " accepted.");
        }
        if (target.contains("%2F")) {
            return new ServerRejects("Invalid path", "The path contains an encoded slash (%2F), which is refused:"
                    + " a slash separates path segments and may not hide inside one.");
        }
        if (target.contains("%5C") || target.contains("\\")) {
            return new ServerRejects("Invalid path", "The path contains a backslash (\\ or %5C), which is refused.");
        }
        if (status == 505) {
            return new ServerRejects("HTTP version not supported", "The request line names an HTTP version this"
                    + " server does not speak: use HTTP/1.1 (or HTTP/1.0).");
        }
        if (status == 501 && headers.transferEncoding() != null) {
            return new ServerRejects("Transfer-Encoding not supported", "The Transfer-Encoding header names an"
                    + " encoding this server does not implement: only chunked is accepted; send the body as it is"
                    + " with a Content-Length instead.");
        }
        if (status == 400 && headers.count() >= headers.maxCount()) {
            return new ServerRejects("Too many headers", "The request has more than " + headers.maxCount()
                    + " header lines, more than this server accepts.");
        }
        if (status == 400 && headers.hosts() != 1) {
            return new ServerRejects("Invalid Host header", "An HTTP/1.1 request needs exactly one Host header; this"
                    + " one has " + headers.hosts() + ".");
        }
        if (status == 400 && headers.contentLengths().size() > 1) {
            return new ServerRejects("Invalid Content-Length", "The request has " + headers.contentLengths().size()
                    + " Content-Length headers; exactly one is allowed.");
        }
        if (status == 400 && headers.contentLengths().size() == 1 && !headers.contentLengths().get(0).strip().matches("[0-9]{1,18}")) {
            return new ServerRejects("Invalid Content-Length", "The Content-Length header is not a number of bytes"
                    + " (digits only).");
        }
        if (status == 400) {
            return new ServerRejects("Bad request", "The server could not read the request (a malformed"
                    + " percent-escape, a path that climbs above the root with /../, or a malformed header).");
        }
        return new ServerRejects("Request refused", "The server refused the request with status " + status
                + " before it reached the application.");
    }
}
