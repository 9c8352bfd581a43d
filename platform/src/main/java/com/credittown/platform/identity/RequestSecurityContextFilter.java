package com.credittown.platform.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes {@link CurrentUsers} read, for every request, the security context holder this application's security filters
 * write to: the {@link SecurityContextHolderStrategy} bean (Vaadin declares one) or, without such a bean, the
 * JVM-wide holder as it is when the request starts. Runs before Spring Security, so login handlers see it too.
 *
 * <p>Why: Vaadin's configuration sets the JVM-wide {@link SecurityContextHolder} strategy to its own bean in every
 * application context it starts. With two applications in one JVM (Spring caches test contexts: the embedded-H2 one
 * started after the PostgreSQL ones), the global pointed at the second application's holder, the first one's filters
 * still wrote to their own, and its users read through the global came out anonymous: a tenant user got "Unknown
 * tenant" (404) on their own tenant.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER - 10)
class RequestSecurityContextFilter extends OncePerRequestFilter {

    private final ObjectProvider<SecurityContextHolderStrategy> applicationHolder;
    private volatile SecurityContextHolderStrategy resolved;

    RequestSecurityContextFilter(ObjectProvider<SecurityContextHolderStrategy> applicationHolder) {
        this.applicationHolder = applicationHolder;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUsers.withHolder(holder(), () -> chain.doFilter(request, response));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private SecurityContextHolderStrategy holder() {
        SecurityContextHolderStrategy holder = resolved;
        if (holder == null) {
            holder = applicationHolder.getIfUnique();
            if (holder == null) {
                // no bean: Spring Security's filters use the JVM-wide holder as configured
                return SecurityContextHolder.getContextHolderStrategy();
            }
            resolved = holder;
        }
        return holder;
    }
}
