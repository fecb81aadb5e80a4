package org.openfid.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The firewall's header rule, written as a loop for speed, must accept and refuse exactly what
 * Spring Security's default expression does: a looser rule would let control characters through.
 */
class HeaderValueRuleTests {

    /** Spring Security's default for header values (StrictHttpFirewall). */
    private static final Pattern SPRING_DEFAULT = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void agreesWithSpringsDefaultOnEveryCharacter() {
        List<Integer> disagreements = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                continue; // not a character on its own
            }
            String value = "a" + Character.toString(codePoint) + "b";
            if (SecurityConfiguration.printable(value)
                    != SPRING_DEFAULT.matcher(value).matches()) {
                disagreements.add(codePoint);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void refusesControlCharactersAndAcceptsACertificateSizedValue() {
        assertThat(SecurityConfiguration.printable("eyJhbGciOiJSUzI1NiJ9..c2ln\r\nX-Injected: 1"))
                .isFalse();
        assertThat(SecurityConfiguration.printable("tab\there")).isFalse();
        assertThat(SecurityConfiguration.printable("\u0000")).isFalse();
        assertThat(SecurityConfiguration.printable("\u0378")).isFalse(); // unassigned
        assertThat(SecurityConfiguration.printable("A".repeat(8_000) + "é€😀")).isTrue();
        assertThat(SecurityConfiguration.printable("")).isTrue();
    }
}
