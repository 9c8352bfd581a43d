package com.credittown.platform.identity;

import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;

/** Checks the permission of the outermost secured call on the thread ({@link Allowed}; {@link AccessConfiguration}). */
final class AllowedMethods implements MethodInterceptor {

    private static final ThreadLocal<Permission> ENTERED = new ThreadLocal<>();

    private final ObjectProvider<AccessPolicy> policy;

    AllowedMethods(ObjectProvider<AccessPolicy> policy) {
        this.policy = policy;
    }

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        if (ENTERED.get() != null) {
            return invocation.proceed();
        }
        Permission required = required(invocation);
        if (!policy.getObject().may(required)) {
            throw new AccessDeniedException("Not allowed: " + required);
        }
        ENTERED.set(required);
        try {
            return invocation.proceed();
        } finally {
            ENTERED.remove();
        }
    }

    private static Permission required(MethodInvocation invocation) {
        Object target = invocation.getThis();
        Method method = target == null ? invocation.getMethod()
                : AopUtils.getMostSpecificMethod(invocation.getMethod(), target.getClass());
        Allowed onMethod = AnnotatedElementUtils.findMergedAnnotation(method, Allowed.class);
        if (onMethod != null) {
            return onMethod.value();
        }
        Allowed onClass = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), Allowed.class);
        if (onClass == null) {
            throw new IllegalStateException("No @Allowed on " + method);
        }
        return onClass.value();
    }
}
