package org.openfid.identity.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.openfid.identity.IdentityDocument;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DraftFormatTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void identityAndRawDocumentsComeBackExactly() {
        ObjectNode identity =
                json.createObjectNode().put("dateOfBirth", "1990/12/10").put("name", "Zoë");
        byte[] images = new byte[300_000];
        new Random(7).nextBytes(images);
        var documents = List.of(
                new IdentityDocument("individualBiometrics", images),
                new IdentityDocument("proofOfAddress", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII)),
                new IdentityDocument("empty", new byte[0]));

        byte[] plain = DraftFormat.write(json, identity, documents);
        DraftFormat.Content read = DraftFormat.read(json, plain);

        assertThat(plain[0]).isEqualTo(DraftFormat.VERSION);
        assertThat(plain.length).isLessThan(images.length + 1_000);
        assertThat(read.identity()).isEqualTo(identity);
        assertThat(read.documents())
                .extracting(IdentityDocument::category)
                .containsExactly("individualBiometrics", "proofOfAddress", "empty");
        assertThat(read.documents().get(0).content()).isEqualTo(images);
        assertThat(read.documents().get(2).content()).isEmpty();
    }

    @Test
    void draftsSealedInTheEarlierJsonFormStillOpen() {
        String legacy = "{\"identity\":{\"UIN\":\"2345678901\"},\"documents\":[{\"category\":\"proofOfAddress\","
                + "\"value\":\"" + Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}) + "\"}]}";

        DraftFormat.Content read = DraftFormat.read(json, legacy.getBytes(StandardCharsets.UTF_8));

        assertThat(read.identity().get("UIN").asString()).isEqualTo("2345678901");
        assertThat(read.documents()).singleElement().satisfies(d -> {
            assertThat(d.category()).isEqualTo("proofOfAddress");
            assertThat(d.content()).containsExactly(1, 2, 3);
        });
    }

    @Test
    void anUnknownVersionOrATruncatedDraftIsAnErrorNotAnEmptyDraft() {
        byte[] plain =
                DraftFormat.write(json, json.createObjectNode(), List.of(new IdentityDocument("a", new byte[10])));
        byte[] truncated = java.util.Arrays.copyOf(plain, plain.length - 5);
        byte[] future = plain.clone();
        future[0] = 9;

        assertThatThrownBy(() -> DraftFormat.read(json, truncated)).hasMessageContaining("truncated");
        assertThatThrownBy(() -> DraftFormat.read(json, future)).hasMessageContaining("Unknown draft format");
    }
}
