package org.openfid.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openfid.platform.ActionTaken;
import tools.jackson.databind.json.JsonMapper;

/** Events leave the registry as they went in: the audit trail depends on the facts read back after a restart. */
class JsonEventSerializerTests {

    private final JsonEventSerializer serializer =
            new JsonEventSerializer(JsonMapper.builder().build());

    @Test
    void aFactReadBackEqualsTheFactStored() {
        var fact = new ActionTaken(
                UUID.randomUUID(),
                "authentication",
                "AUTH",
                "partner:bank-1",
                "bank-1",
                "0f3a",
                ActionTaken.Outcome.FAILURE,
                "IDA-MLC-009",
                "req-12345678",
                Instant.parse("2026-11-23T08:00:00.123456Z"));

        Object stored = serializer.serialize(fact);

        assertThat(stored).isInstanceOf(String.class).asString().contains("\"IDA-MLC-009\"");
        assertThat(serializer.deserialize(stored, ActionTaken.class)).isEqualTo(fact);
    }
}
