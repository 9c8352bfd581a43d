package com.credittown.platform.tenancy;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets the {@link TenantContext} of every HTTP request from the authenticated user, after Spring
 * Security has authenticated it, and clears it afterwards.
 *
 * <ul>
 *   <li>A tenant user (officer, reviewer, merchant, administrator) acts for their Keycloak organisation,
 *       whatever the request says. A path naming another tenant ({@code /api/tenants/{code}/...}) is
 *       answered exactly like a tenant that does not exist.</li>
 *   <li>The city office reads across tenants: the tenant named in the path (or, for a page's follow-up requests,
 *       the one that page shows: {@link PageTenants}) is set. What it may change there (only the city's own steps,
 *       such as the city confirmation of an integrity star) is the services' access policy, not this filter's.</li>
 *   <li>Anonymous requests get a tenant only on the public read-only paths
 *       ({@code /api/public/tenants/{code}/...}, {@code /public/tenants/{code}/...}) and the follow-up requests of a
 *       public page that shows one.</li>
 * </ul>
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 10)
class TenantRequestFilter extends OncePerRequestFilter {

    private static final Pattern API_PATH = Pattern.compile("^/api/tenants/([^/]+)(/.*)?$");
    private static final Pattern PAGE_PATH = Pattern.compile("^/tenants/([^/]+)(/.*)?$");
    private static final Pattern PUBLIC_PATH = Pattern.compile("^(?:/api)?/public/tenants/([^/]+)(/.*)?$");

    private final TenantDirectory directory;
    private final ObjectMapper json;
    private final RequestCallers callers;

    TenantRequestFilter(TenantDirectory directory, ObjectMapper json, RequestCallers callers) {
        this.directory = directory;
        this.json = json;
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = pathOf(request);
        Matcher api = API_PATH.matcher(path);
        Matcher page = PAGE_PATH.matcher(path);
        Matcher publicPath = PUBLIC_PATH.matcher(path);
        Optional<String> named = api.matches() ? Optional.of(api.group(1))
                : page.matches() ? Optional.of(page.group(1))
                : publicPath.matches() ? Optional.of(publicPath.group(1)) : Optional.empty();
        Optional<RequestCallers.Caller> user = callers.signedIn();

        Optional<TenantId> tenant;
        if (publicPath.matches()) {
            tenant = named.flatMap(this::registered);
        } else if (user.isEmpty() && named.isEmpty()) {
            // a public page's follow-up request: the tenant that page shows
            tenant = PageTenants.of(request).flatMap(this::registered);
        } else if (user.isPresent() && user.get().cityOffice()) {
            tenant = cityOfficeTenant(request, named);
        } else if (user.isPresent()) {
            tenant = user.get().tenant().flatMap(own -> named.isEmpty() || named.get().equals(own.code())
                    ? registered(own.code()) : Optional.empty());
        } else {
            tenant = Optional.empty();
        }

        if (api.matches() && tenant.isEmpty()) {
            writeProblem(response, HttpStatus.NOT_FOUND, "Unknown tenant",
                    "No tenant with the code '" + api.group(1) + "' exists.");
            return;
        }
        try {
            // bound for the request (or none), and whatever the navigation guard opens later in it is undone after
            TenantContext.callWithin(tenant.orElse(null), () -> {
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

    /**
     * The path the request is about: its own, or for Vaadin's request that opens a page in the browser
     * ({@code ?v-r=init&location=tenants/humen/tasks}) the page's location.
     */
    private static String pathOf(HttpServletRequest request) {
        String location = PageTenants.queryParameter(request, "location");
        if ("init".equals(PageTenants.queryParameter(request, "v-r")) && location != null) {
            int query = location.indexOf('?');
            return "/" + (query < 0 ? location : location.substring(0, query));
        }
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private Optional<TenantId> registered(String code) {
        return directory.find(code).map(Tenant::id);
    }

    /**
     * The city office's REST calls and page loads name the tenant each time; a page's follow-up requests are bound
     * to the tenant that page shows ({@link PageTenants}), so each tab keeps its own.
     */
    private Optional<TenantId> cityOfficeTenant(HttpServletRequest request, Optional<String> named) {
        if (named.isPresent()) {
            return registered(named.get());
        }
        return PageTenants.of(request).flatMap(this::registered);
    }

    private void writeProblem(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
