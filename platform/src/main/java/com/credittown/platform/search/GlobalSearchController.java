package com.credittown.platform.search;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search box across tenants: {@code GET /api/search?q=&tenant=&size=}. The city office searches every tenant,
 * or the one it names; anyone else only their own tenant (naming another is a 404, like an unknown tenant). The
 * decision is {@link TenantSearchFilter}'s.
 */
@RestController
class GlobalSearchController {

    private final GlobalSearch search;

    GlobalSearchController(GlobalSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    GroupedResults search(@RequestParam(name = "q", required = false) String q,
                          @RequestParam(name = "tenant", required = false) String tenant,
                          @RequestParam(name = "size", defaultValue = "10") int size) {
        return search.search(tenant == null || tenant.isBlank() ? null : tenant, q, size);
    }
}
