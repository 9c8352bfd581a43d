package com.credittown.platform.tenancy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Looks up and registers tenants. Every request looks its tenant up ({@code TenantRequestFilter}), so registered
 * tenants are kept in memory by code for {@link #CACHED_FOR} (a tenant registered or renamed on another node is seen
 * after that at the latest; on this node at once). An unknown code is never cached, so a tenant provisioned later is
 * found at its first request.
 */
@Service
public class TenantDirectory {

    /** How long a registered tenant is answered from memory before it is read again. */
    static final Duration CACHED_FOR = Duration.ofMinutes(5);

    private final Tenants tenants;
    private final Clock clock;
    private final Map<String, Cached> registered = new ConcurrentHashMap<>();

    private record Cached(Tenant tenant, long readAtNanos) {
    }

    TenantDirectory(Tenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * The registered tenant with this code. Not transactional itself: a tenant in memory costs no connection; one read
     * from the database is read in the repository's own read-only transaction (or the caller's).
     */
    public Optional<Tenant> find(String code) {
        if (!TenantId.isWellFormed(code)) {
            return Optional.empty();
        }
        Cached cached = registered.get(code);
        long now = System.nanoTime();
        if (cached != null && now - cached.readAtNanos() < CACHED_FOR.toNanos()) {
            return Optional.of(cached.tenant());
        }
        Optional<Tenant> found = tenants.findById(code);
        if (found.isPresent() && !TransactionSynchronizationManager.isActualTransactionActive()) {
            // only a row read outside a writing transaction: one read inside may be about to change or roll back
            registered.put(code, new Cached(found.get(), now));
        } else {
            registered.remove(code);
        }
        return found;
    }

    /** The tenant with this code, or {@link UnknownTenantException}. */
    @Transactional(readOnly = true)
    public TenantId require(String code) {
        return find(code).map(Tenant::id).orElseThrow(() -> new UnknownTenantException(code));
    }

    @Transactional(readOnly = true)
    public List<Tenant> all() {
        return tenants.findAll().stream()
                .sorted(java.util.Comparator.comparing(t -> t.id().code()))
                .toList();
    }

    /**
     * Registers a tenant or updates its description. Idempotent: registering the same tenant twice
     * changes nothing and returns {@code false}.
     */
    @Transactional
    public boolean register(TenantId id, String nameZh, TenantKind kind) {
        // keeps an English name the catalogue gave earlier
        return register(id, nameZh, tenants.findById(id.code()).map(Tenant::nameEn).orElse(null), kind);
    }

    /** Registers a tenant with its Chinese and English names (the English one may be null), as above. */
    @Transactional
    public boolean register(TenantId id, String nameZh, String nameEn, TenantKind kind) {
        forget(id.code());
        Optional<Tenant> existing = tenants.findById(id.code());
        if (existing.isPresent()) {
            return existing.get().describe(nameZh, nameEn, kind);
        }
        tenants.save(new Tenant(id, nameZh, nameEn, kind, clock.instant()));
        return true;
    }

    /** Drops the tenant from memory now and, when the caller's transaction ends, again (it may have changed it). */
    private void forget(String code) {
        registered.remove(code);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    registered.remove(code);
                }
            });
        }
    }
}
