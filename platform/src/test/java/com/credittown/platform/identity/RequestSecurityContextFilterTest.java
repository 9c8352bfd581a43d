package com.credittown.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Two applications in one JVM each have their own security context holder, and the JVM-wide one points at whichever
 * started last (Vaadin sets it per application context). A request of the first application must still see its user.
 */
class RequestSecurityContextFilterTest {

    private SecurityContextHolderStrategy original;
    private final SecurityContextHolderStrategy ownHolder = newHolder();
    private final SecurityContextHolderStrategy secondApplicationsHolder = newHolder();

    @BeforeEach
    void secondApplicationStartedLast() {
        original = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextHolder.setContextHolderStrategy(secondApplicationsHolder);
    }

    @AfterEach
    void restore() {
        ownHolder.clearContext();
        SecurityContextHolder.setContextHolderStrategy(original);
    }

    @Test
    void aRequestReadsItsUserFromItsOwnApplicationsHolder() throws Exception {
        ownHolder.setContext(new SecurityContextImpl(officerOfHumen()));
        assertThat(CurrentUsers.current()).as("through the JVM-wide holder: the bug").isEmpty();

        AtomicReference<Optional<CurrentUser>> seen = new AtomicReference<>();
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("holder", ownHolder));
        new RequestSecurityContextFilter(beans.getBeanProvider(SecurityContextHolderStrategy.class))
                .doFilter(new MockHttpServletRequest("GET", "/api/tenants/humen/tasks"), new MockHttpServletResponse(),
                        (request, response) -> seen.set(CurrentUsers.current()));

        assertThat(seen.get()).hasValueSatisfying(user -> {
            assertThat(user.username()).isEqualTo("humen.officer");
            assertThat(user.tenant()).hasValueSatisfying(tenant -> assertThat(tenant.code()).isEqualTo("humen"));
        });
        assertThat(CurrentUsers.current()).as("nothing stays bound after the request").isEmpty();
    }

    @Test
    void withoutAHolderBeanTheRequestUsesTheJvmWideHolder() throws Exception {
        secondApplicationsHolder.setContext(new SecurityContextImpl(officerOfHumen()));
        AtomicReference<Optional<CurrentUser>> seen = new AtomicReference<>();
        new RequestSecurityContextFilter(new StaticListableBeanFactory().getBeanProvider(
                SecurityContextHolderStrategy.class))
                .doFilter(new MockHttpServletRequest("GET", "/api/tenants/humen/tasks"), new MockHttpServletResponse(),
                        (request, response) -> seen.set(CurrentUsers.current()));
        secondApplicationsHolder.clearContext();

        assertThat(seen.get()).map(CurrentUser::username).hasValue("humen.officer");
    }

    private static JwtAuthenticationToken officerOfHumen() {
        Jwt jwt = Jwt.withTokenValue("t").header("alg", "none").subject("u-1")
                .claim("preferred_username", "humen.officer")
                .claim("organization", List.of("humen"))
                .claim("realm_access", Map.of("roles", List.of(Roles.OFFICER)))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
        return new JwtAuthenticationToken(jwt);
    }

    /** A holder like Vaadin's: its own thread-local per instance. */
    private static SecurityContextHolderStrategy newHolder() {
        return new SecurityContextHolderStrategy() {
            private final ThreadLocal<org.springframework.security.core.context.SecurityContext> context =
                    new ThreadLocal<>();

            @Override
            public void clearContext() {
                context.remove();
            }

            @Override
            public org.springframework.security.core.context.SecurityContext getContext() {
                if (context.get() == null) {
                    context.set(createEmptyContext());
                }
                return context.get();
            }

            @Override
            public void setContext(org.springframework.security.core.context.SecurityContext value) {
                context.set(value);
            }

            @Override
            public org.springframework.security.core.context.SecurityContext createEmptyContext() {
                return new SecurityContextImpl();
            }
        };
    }
}
