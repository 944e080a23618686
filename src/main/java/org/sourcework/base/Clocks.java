package org.sourcework.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole app, so tests can fix the time. */
@Configuration
class Clocks {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
