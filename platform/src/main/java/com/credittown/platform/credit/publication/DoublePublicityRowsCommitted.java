package com.credittown.platform.credit.publication;

import com.credittown.platform.tenancy.TenantId;

/**
 * Rows of a 双公示 file were committed (one chunk, or one row when a chunk had to be committed row by row): published
 * in the chunk's transaction, so a listener after commit sees only what is stored.
 *
 * @param imported  rows that became records
 * @param unchanged rows imported before with the same content
 * @param rejected  rows refused (invalid, conflicting, or not storable)
 */
public record DoublePublicityRowsCommitted(TenantId tenant, long importId, int imported, int unchanged, int rejected) {
}
