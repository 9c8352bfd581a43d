package com.credittown.platform.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the {@link TenantContext} for every HTTP request, and clears it afterwards.
 *
 * <p>Until login arrives (identity issue) the tenant is named in the path: {@code /api/tenants/{code}/...}
 * for REST and {@code /tenants/{code}/...} for the Vaadin pages; the Vaadin page's follow-up requests carry
 * no path, so the tenant of the page is kept in the HTTP session. With login, this filter takes the tenant
 * from the authenticated user's organisation instead, and nothing the user sends can change it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class TenantRequestFilter extends OncePerRequestFilter {

    static final String SESSION_ATTRIBUTE = TenantRequestFilter.class.getName() + ".tenant";
    private static final Pattern API_PATH = Pattern.compile("^/api/tenants/([^/]+)(/.*)?$");
    private static final Pattern PAGE_PATH = Pattern.compile("^/tenants/([^/]+)(/.*)?$");

    private final TenantDirectory directory;
    private final ObjectMapper json;

    TenantRequestFilter(TenantDirectory directory, ObjectMapper json) {
        this.directory = directory;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher api = API_PATH.matcher(path);
        if (api.matches()) {
            Optional<Tenant> tenant = directory.find(api.group(1));
            if (tenant.isEmpty()) {
                writeUnknownTenant(response, path, api.group(1));
                return;
            }
            runAs(tenant.get().id(), request, response, chain);
            return;
        }
        Matcher page = PAGE_PATH.matcher(path);
        if (page.matches()) {
            Optional<Tenant> tenant = directory.find(page.group(1));
            if (tenant.isPresent()) {
                request.getSession().setAttribute(SESSION_ATTRIBUTE, tenant.get().id());
                runAs(tenant.get().id(), request, response, chain);
                return;
            }
            // Unknown tenant in a page path: the page itself shows "not found".
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof TenantId tenant) {
            runAs(tenant, request, response, chain);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void runAs(TenantId tenant, HttpServletRequest request, HttpServletResponse response,
                              FilterChain chain) throws IOException, ServletException {
        try {
            TenantContext.callAs(tenant, () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof ServletException se) {
                throw se;
            }
            throw e;
        }
    }

    private void writeUnknownTenant(HttpServletResponse response, String path, String code) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No tenant with the code '" + code + "' exists.");
        problem.setTitle("Unknown tenant");
        response.setStatus(HttpStatus.NOT_FOUND.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
