package com.credittown.platform.credit;

import com.credittown.platform.tenancy.TenantId;

/** A credit subject was registered in a tenant's archive (published in the registering transaction). */
public record SubjectRegistered(TenantId tenant, long subjectId) {
}
