package org.openfid.platform.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.platform.PlatformProperties.ServiceAccount;

class ServiceAccountRulesTests {

    @Test
    void acceptsAWellFormedCryptoClient() {
        assertThatCode(() -> Accounts.requireValid(
                        new ServiceAccount("ida-client", "long-enough-secret", List.of("CRYPTO_CLIENT"))))
                .doesNotThrowAnyException();
    }

    @Test
    void acceptsAnAdjudicator() {
        assertThatCode(() -> Accounts.requireValid(
                        new ServiceAccount("adjudicator-1", "long-enough-secret", List.of("ADJUDICATOR"))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAdministratorRolesShortPasswordsAndOddNames() {
        assertThatThrownBy(() ->
                        Accounts.requireValid(new ServiceAccount("ida-client", "long-enough-secret", List.of("ADMIN"))))
                .hasMessageContaining("ida-client")
                .hasMessageContaining("roles");
        assertThatThrownBy(() -> Accounts.requireValid(new ServiceAccount("ida-client", "short", List.of("AUDITOR"))))
                .hasMessageContaining("12 characters");
        assertThatThrownBy(() ->
                        Accounts.requireValid(new ServiceAccount("a b", "long-enough-secret", List.of("AUDITOR"))))
                .hasMessageContaining("names");
        assertThatThrownBy(
                        () -> Accounts.requireValid(new ServiceAccount("ida-client", "long-enough-secret", List.of())))
                .hasMessageContaining("roles");
    }
}
