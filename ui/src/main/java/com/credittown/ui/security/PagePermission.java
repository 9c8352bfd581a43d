package com.credittown.ui.security;

import com.credittown.platform.identity.Permission;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a page needs to open: checked by {@link PagePermissionChecker} against the same access policy the
 * services check ({@code AccessPolicy}), so a page and the service it calls never disagree on who may.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface PagePermission {

    Permission value();
}
