package org.openfid.platform;

import java.time.Clock;
import org.openfid.platform.events.JsonEventSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

/** Beans every module shares. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** One clock for the process, so tests can move time instead of sleeping. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The registry's event serializer, with the application's mapper (see {@link JsonEventSerializer}). */
    @Bean
    EventSerializer eventSerializer(JsonMapper mapper) {
        return new JsonEventSerializer(mapper);
    }
}
