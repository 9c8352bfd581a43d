package com.credittown.workflows.form;

/** Whether a unified social credit code names a credit subject of the current tenant's archive. */
@FunctionalInterface
public interface SubjectCodes {

    boolean isRegistered(String code);
}
