package com.credittown.platform.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts who a request is for into the logging context (MDC) of every log line written while it is served: {@code tenant}
 * (the tenant {@link TenantRequestFilter} bound, just before this filter), {@code user.name} (the logged-in user) and
 * {@code http.request.id}. The request id is the caller's {@code X-Request-Id} when it is a plain token of at most 64
 * characters (a proxy's id follows the request through), otherwise a new one; it is sent back in {@code X-Request-Id}.
 * The keys follow the Elastic Common Schema, so the JSON log lines ({@code CT_LOG_FORMAT=ecs}) nest them as ECS does.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 11)
class RequestLogContextFilter extends OncePerRequestFilter {

    static final String TENANT = "tenant";
    static final String USER = "user.name";
    static final String REQUEST_ID = "http.request.id";
    static final String HEADER = "X-Request-Id";

    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final RequestCallers callers;

    RequestLogContextFilter(RequestCallers callers) {
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String given = request.getHeader(HEADER);
        String requestId = given != null && PLAIN_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        response.setHeader(HEADER, requestId);
        try (MDC.MDCCloseable id = MDC.putCloseable(REQUEST_ID, requestId);
             MDC.MDCCloseable tenant = putIfPresent(TENANT, TenantContext.current().map(TenantId::code).orElse(null));
             MDC.MDCCloseable user = putIfPresent(USER, callers.signedIn().map(RequestCallers.Caller::username).orElse(null))) {
            chain.doFilter(request, response);
        }
    }

    private static MDC.MDCCloseable putIfPresent(String key, String value) {
        if (value == null) {
            MDC.remove(key);
            return null;
        }
        return MDC.putCloseable(key, value);
    }
}
