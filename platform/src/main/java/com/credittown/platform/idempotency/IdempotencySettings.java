package com.credittown.platform.idempotency;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code credittown.idempotency.*}.
 *
 * @param retention how long a stored answer is replayed for its key; after that the key may be used again
 */
@ConfigurationProperties("credittown.idempotency")
record IdempotencySettings(@DefaultValue("P1D") Duration retention) {

    IdempotencySettings {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("credittown.idempotency.retention must be positive");
        }
    }
}
