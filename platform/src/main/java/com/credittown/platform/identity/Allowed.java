package com.credittown.platform.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a service method (or every method of a service class, unless the method says otherwise) needs:
 * checked by method security ({@link AccessConfiguration}) before the method runs, whoever calls it (a controller, a
 * view, a delegate). A call without it is refused with {@link org.springframework.security.access.AccessDeniedException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {

    Permission value();
}
