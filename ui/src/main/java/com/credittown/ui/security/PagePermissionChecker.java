package com.credittown.ui.security;

import com.credittown.platform.identity.AccessPolicy;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vaadin's navigation access control asks the access policy for pages with {@link PagePermission}: a page whose
 * permission the user lacks does not open (Vaadin's access-denied answer); pages without one are left to the usual
 * annotations ({@code @PermitAll} for any logged-in user, {@code @AnonymousAllowed} for public pages).
 */
@Configuration(proxyBeanMethods = false)
class PagePermissionChecker implements NavigationAccessChecker {

    @Bean
    static NavigationAccessControlConfigurer navigationAccessControlConfigurer() {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
                .withNavigationAccessChecker(new PagePermissionChecker());
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        PagePermission required = context.getNavigationTarget().getAnnotation(PagePermission.class);
        if (required == null) {
            return context.neutral();
        }
        return AccessPolicy.allows(required.value()) ? context.allow()
                : context.deny("The page needs " + required.value());
    }
}
