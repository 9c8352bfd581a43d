package com.credittown.workflows.district;

import com.credittown.platform.search.OutboxOperation;
import com.credittown.platform.search.SearchOutbox;
import com.credittown.platform.tenancy.TenantId;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues a shop's search document when it is admitted, removed or rated. The events are published inside the
 * transaction of the change and these listeners run synchronously, so the outbox row commits with it.
 */
@Component
class ShopSearchEvents {

    private final SearchOutbox outbox;

    ShopSearchEvents(SearchOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void admitted(ShopAdmitted event) {
        changed(event.tenant(), event.shopId());
    }

    @EventListener
    void removed(ShopRemoved event) {
        changed(event.tenant(), event.shopId());
    }

    @EventListener
    void rated(ShopRated event) {
        changed(event.tenant(), event.shopId());
    }

    private void changed(String tenant, String shopId) {
        outbox.write(ShopDocumentType.NAME, new TenantId(tenant), shopId, OutboxOperation.UPSERT, null);
    }
}
