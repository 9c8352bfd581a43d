package com.credittown.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the demo city, under {@code credittown.demo}.
 *
 * @param enabled   load the demo dataset on the first start (true in the {@code dev} profile that scripts/run.sh
 *                  includes; false by default, so production and the tests never get it)
 * @param timerWait how long the loader waits for the engine's timers of the backdated cases (a star publicity period
 *                  that ended) before it takes their next step; what is not ready by then stays at the earlier step
 */
@ConfigurationProperties("credittown.demo")
record DemoSettings(@DefaultValue("false") boolean enabled, @DefaultValue("60s") Duration timerWait) {

    DemoSettings {
        if (timerWait.isNegative() || timerWait.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("credittown.demo.timer-wait must be 0 to 10 minutes, not " + timerWait);
        }
    }
}
