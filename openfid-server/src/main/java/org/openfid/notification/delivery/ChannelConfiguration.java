package org.openfid.notification.delivery;

import org.openfid.notification.NotificationProperties;
import org.openfid.notification.SmsGateway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HTTP SMS gateway, unless the country provides its own {@link SmsGateway} bean. */
@Configuration(proxyBeanMethods = false)
class ChannelConfiguration {

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway httpSmsGateway(NotificationProperties properties) {
        return new HttpSmsGateway(properties.sms());
    }
}
