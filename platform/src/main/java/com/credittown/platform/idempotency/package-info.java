/**
 * Idempotent creating requests: a POST under {@code /api/} with an {@code Idempotency-Key} header is answered once
 * and replayed for a retry (see {@link com.credittown.platform.idempotency.IdempotencyFilter} and
 * docs/rest-conventions.md).
 */
package com.credittown.platform.idempotency;
