package com.credittown.platform.tenancy;

import com.credittown.platform.identity.CurrentUser;
import com.credittown.platform.identity.CurrentUsers;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
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
 *   <li>The city office reads across tenants: the tenant named in the path (or, for the UI's follow-up
 *       requests, the one it last opened) is set, and any change through the tenant API is refused, but for
 *       completing the city's own steps (such as the city confirmation of an integrity star).</li>
 *   <li>Anonymous requests get a tenant only on the public read-only paths
 *       ({@code /api/public/tenants/{code}/...}, {@code /public/tenants/{code}/...}).</li>
 * </ul>
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 10)
class TenantRequestFilter extends OncePerRequestFilter {

    static final String CITY_OFFICE_TENANT = TenantRequestFilter.class.getName() + ".cityOfficeTenant";
    private static final Pattern API_PATH = Pattern.compile("^/api/tenants/([^/]+)(/.*)?$");
    private static final Pattern PAGE_PATH = Pattern.compile("^/tenants/([^/]+)(/.*)?$");
    private static final Pattern PUBLIC_PATH = Pattern.compile("^(?:/api)?/public/tenants/([^/]+)(/.*)?$");
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** The one write the city office makes in a tenant: completing the city's own steps (checked per task). */
    private static final Pattern TASK_COMPLETION = Pattern.compile("^/api/tenants/[^/]+/tasks/[^/]+/complete$");

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
        Matcher page = PAGE_PATH.matcher(path);
        Matcher publicPath = PUBLIC_PATH.matcher(path);
        Optional<String> named = api.matches() ? Optional.of(api.group(1))
                : page.matches() ? Optional.of(page.group(1))
                : publicPath.matches() ? Optional.of(publicPath.group(1)) : Optional.empty();
        Optional<CurrentUser> user = CurrentUsers.current();

        Optional<TenantId> tenant;
        if (publicPath.matches()) {
            tenant = named.flatMap(this::registered);
        } else if (user.isPresent() && user.get().isCityOffice()) {
            if (api.matches() && !READ_METHODS.contains(request.getMethod()) && !TASK_COMPLETION.matcher(path).matches()) {
                writeProblem(response, HttpStatus.FORBIDDEN, "Read only",
                        "The city office reads tenants' data and does not change it.");
                return;
            }
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
        if (tenant.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            TenantContext.callAs(tenant.get(), () -> {
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

    private Optional<TenantId> registered(String code) {
        return directory.find(code).map(Tenant::id);
    }

    /** The city office's UI keeps the tenant it opened last; its REST calls name the tenant each time. */
    private Optional<TenantId> cityOfficeTenant(HttpServletRequest request, Optional<String> named) {
        if (named.isPresent()) {
            Optional<TenantId> tenant = registered(named.get());
            if (tenant.isPresent() && !request.getRequestURI().contains("/api/")) {
                request.getSession().setAttribute(CITY_OFFICE_TENANT, tenant.get());
            }
            return tenant;
        }
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(CITY_OFFICE_TENANT) instanceof TenantId tenant
                ? Optional.of(tenant) : Optional.empty();
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
