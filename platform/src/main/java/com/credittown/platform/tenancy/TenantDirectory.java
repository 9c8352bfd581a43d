package com.credittown.platform.tenancy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up and registers tenants. */
@Service
public class TenantDirectory {

    private final Tenants tenants;
    private final Clock clock;

    TenantDirectory(Tenants tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Tenant> find(String code) {
        if (!TenantId.isWellFormed(code)) {
            return Optional.empty();
        }
        return tenants.findById(code);
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
        Optional<Tenant> existing = tenants.findById(id.code());
        if (existing.isPresent()) {
            return existing.get().describe(nameZh, nameEn, kind);
        }
        tenants.save(new Tenant(id, nameZh, nameEn, kind, clock.instant()));
        return true;
    }
}
