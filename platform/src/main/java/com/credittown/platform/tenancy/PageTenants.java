package com.credittown.platform.tenancy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which tenant each open page (Vaadin UI) of a session shows, for the users who may read a tenant they do not belong to
 * (the city office) and for anonymous public pages. The Vaadin navigation guard remembers it when it lets a page of
 * {@code tenants/:tenant/...} or {@code public/tenants/:tenant/...} open; the request filter binds it for the page's
 * follow-up requests (UIDL, heartbeats, uploads and downloads carry the UI's id), so two tabs on two tenants each keep
 * their own. A tenant user is always bound to its own tenant, whatever is remembered here.
 */
public final class PageTenants {

    /** The session attribute: UI id to tenant code. */
    public static final String SESSION_ATTRIBUTE = PageTenants.class.getName();
    private static final Pattern RESOURCE_PATH = Pattern.compile("^/VAADIN/dynamic/resource/(\\d+)/.*");

    private PageTenants() {
    }

    /**
     * Opens a page of the tenant for a reader of any tenant (the city office, the public): remembered for the page's
     * later requests, and bound for the rest of this one (the navigation happens in one of the page's own requests,
     * which the filter may have bound to the page's previous tenant or to none). Only the Vaadin navigation guard calls
     * it, after checking who may read the tenant; the request filter undoes the binding when the request ends.
     */
    public static void open(HttpSession session, int uiId, TenantId tenant) {
        remember(session, uiId, tenant);
        TenantContext.bindForRestOfRequest(tenant);
    }

    /** Remembers the tenant the UI shows, in a session map the request filter reads. */
    @SuppressWarnings("unchecked")
    private static void remember(HttpSession session, int uiId, TenantId tenant) {
        synchronized (session) {
            Object pages = session.getAttribute(SESSION_ATTRIBUTE);
            if (!(pages instanceof Map<?, ?>)) {
                pages = new ConcurrentHashMap<Integer, String>();
                session.setAttribute(SESSION_ATTRIBUTE, pages);
            }
            ((Map<Integer, String>) pages).put(uiId, tenant.code());
        }
    }

    /** The tenant code remembered for the UI this request belongs to, if any. */
    static Optional<String> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Optional<Integer> uiId = uiId(request);
        if (session == null || uiId.isEmpty() || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof Map<?, ?> map)) {
            return Optional.empty();
        }
        Object code = map.get(uiId.get());
        return code instanceof String tenant ? Optional.of(tenant) : Optional.empty();
    }

    /**
     * A parameter of the query string only: never the body, which {@code getParameter} would read (and consume) for
     * a form post or, with casual multipart parsing, an upload.
     */
    static String queryParameter(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (name.equals(key)) {
                try {
                    return equals < 0 ? "" : java.net.URLDecoder.decode(pair.substring(equals + 1),
                            java.nio.charset.StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformed) {
                    return null;
                }
            }
        }
        return null;
    }

    private static Optional<Integer> uiId(HttpServletRequest request) {
        String param = queryParameter(request, "v-uiId");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher resource = RESOURCE_PATH.matcher(path);
        String id = param != null ? param : resource.matches() ? resource.group(1) : null;
        if (id == null || !id.matches("\\d{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.valueOf(id));
    }
}
