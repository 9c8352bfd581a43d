package com.credittown.platform.search;

import com.credittown.platform.tenancy.TenantId;

/**
 * One search document: its type (e.g. {@code subject}), its tenant ({@code null} for the city-level documents of the
 * credit archive) and its id (the row's id).
 */
public record DocumentKey(String type, TenantId tenant, String id) {
}
