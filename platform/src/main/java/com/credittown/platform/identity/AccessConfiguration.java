package com.credittown.platform.identity;

import java.lang.reflect.Method;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.AccessDeniedException;

/**
 * Method security for {@link Allowed}: when a caller enters the services through an annotated method (or a method of
 * an annotated class), the {@link AccessPolicy} must grant its permission, else {@link AccessDeniedException} (403 on
 * REST, a notification in the UI). The check is made where the caller enters: the services that method calls on its
 * behalf (a merchant's application starting a case, a step's delegates recording into the archive) are part of the
 * operation it was allowed, and are not checked again against the caller's roles. A method's own annotation wins over
 * its class's. Runs before the transaction interceptor, so a refused call opens none.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor allowedMethods(ObjectProvider<AccessPolicy> policy) {
        ComposablePointcut pointcut = new ComposablePointcut(new AnnotationMatchingPointcut(Allowed.class, true))
                .union(new AnnotationMatchingPointcut(null, Allowed.class, true));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut, new AllowedMethods(policy));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return advisor;
    }
}
