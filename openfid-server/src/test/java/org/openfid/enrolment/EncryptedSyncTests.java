package org.openfid.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openfid.keys.EnvelopeParameters;
import org.openfid.keys.Envelopes;
import org.openfid.keys.KeyRef;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The sync body as MOSIP's registration client sends it: base64 of nonce, AAD and the keymanager
 * envelope, encrypted to {@code REGISTRATION/<centre>_<machine>}.
 */
class EncryptedSyncTests extends IntakeContext {

    @Autowired
    Envelopes envelopes;

    String encrypted(String reference, String json, long seed) {
        var random = new Random(seed);
        byte[] nonce = new byte[12];
        byte[] aad = new byte[32];
        random.nextBytes(nonce);
        random.nextBytes(aad);
        byte[] envelope = envelopes.encrypt(
                KeyRef.of("REGISTRATION", reference),
                json.getBytes(StandardCharsets.UTF_8),
                new EnvelopeParameters(nonce, aad, true));
        var packed = new ByteArrayOutputStream();
        packed.writeBytes(nonce);
        packed.writeBytes(aad);
        packed.writeBytes(envelope);
        return Base64.getUrlEncoder().encodeToString(packed.toByteArray());
    }

    @Test
    void opensTheMachinesEncryptedSync() throws Exception {
        String[] ids = centreWithMachine(true);
        String rid = rid(ids);
        JsonNode answer = sync(ids, encrypted(ids[0] + "_" + ids[1], syncBody(entry(rid, "AB".repeat(32), 42)), 1));

        assertThat(answer.path("response").get(0).path("status").asString())
                .as(answer.toString())
                .isEqualTo("SUCCESS");
        assertThat(count("sync_record", rid)).isEqualTo(1);
    }

    @Test
    void refusesBodiesForAnotherMachineOrAltered() throws Exception {
        String[] ids = centreWithMachine(true);
        String[] other = centreWithMachine(true);
        String rid = rid(ids);
        String body = syncBody(entry(rid, "AB".repeat(32), 42));

        assertThat(errorCode(sync(ids, encrypted(other[0] + "_" + other[1], body, 2))))
                .isEqualTo("RPR-RGS-028");
        String good = encrypted(ids[0] + "_" + ids[1], body, 3);
        char last = good.charAt(good.length() - 6);
        String altered =
                good.substring(0, good.length() - 6) + (last == 'A' ? 'B' : 'A') + good.substring(good.length() - 5);
        assertThat(errorCode(sync(ids, altered))).isEqualTo("RPR-RGS-028");
        assertThat(errorCode(sync(ids, "not base64 at all!"))).isEqualTo("RPR-RGS-028");
        assertThat(errorCode(sync(ids, "AAAA"))).isEqualTo("RPR-RGS-028");
        assertThat(count("sync_record", rid)).isZero();
    }
}
