package org.openfid.spi.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EnvelopeFormatTests {

    private static final byte[] THUMBPRINT = filled(32, 7);
    private static final byte[] KEY = filled(256, 9);
    private static final byte[] BODY = "ciphertext and tag".getBytes(StandardCharsets.US_ASCII);

    @Test
    void joinsAndSplitsEachLayout() {
        for (boolean r2 : new boolean[] {false, true}) {
            byte[] envelope = EnvelopeFormat.join(r2, THUMBPRINT, KEY, BODY);
            var parts = EnvelopeFormat.split(envelope);
            assertThat(parts.versionR2()).isEqualTo(r2);
            assertThat(parts.thumbprint()).isEqualTo(THUMBPRINT);
            assertThat(parts.wrappedKey()).isEqualTo(KEY);
            assertThat(parts.body()).isEqualTo(BODY);
        }
        var noThumbprint = EnvelopeFormat.split(EnvelopeFormat.join(false, null, KEY, BODY));
        assertThat(noThumbprint.thumbprint()).isNull();
        assertThat(noThumbprint.wrappedKey()).isEqualTo(KEY);
    }

    @Test
    void layoutIsThumbprintKeySplitterBody() {
        byte[] envelope = EnvelopeFormat.join(false, THUMBPRINT, KEY, BODY);
        assertThat(Arrays.copyOf(envelope, 32)).isEqualTo(THUMBPRINT);
        assertThat(new String(envelope, 32 + 256, 14, StandardCharsets.US_ASCII))
                .isEqualTo("#KEY_SPLITTER#");
        assertThat(envelope).hasSize(32 + 256 + 14 + BODY.length);
    }

    @Test
    void refusesMalformedEnvelopes() {
        assertThatThrownBy(() -> EnvelopeFormat.split(new byte[0]))
                .isInstanceOfSatisfying(
                        EnvelopeFormat.MalformedEnvelopeException.class,
                        e -> assertThat(e.empty()).isTrue());
        assertThatThrownBy(() -> EnvelopeFormat.split(filled(400, 1))).hasMessageContaining("no key splitter");
        assertThatThrownBy(() -> EnvelopeFormat.split(EnvelopeFormat.join(false, null, filled(100, 1), BODY)))
                .hasMessageContaining("invalid length");
        assertThatThrownBy(() -> EnvelopeFormat.split(EnvelopeFormat.join(true, null, filled(10, 1), BODY)))
                .hasMessageContaining("too short");
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
