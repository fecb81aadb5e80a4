package org.openfid.biometrics.abis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openfid.biometrics.abis.EmbeddedAbisTests.assertFailure;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openfid.biometrics.BiometricsContext;
import org.openfid.biometrics.Prints;
import org.openfid.biosdk.SourceAfisSdk;
import org.openfid.spi.abis.Abis;
import org.openfid.spi.abis.AbisFailure;
import org.openfid.spi.abis.Candidate;
import org.openfid.spi.abis.IdentifyRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The gallery survives restarts and crashes and never stores a template in clear. */
class GalleryDurabilityTests extends BiometricsContext {

    @Autowired
    Abis abis;

    @Autowired
    GalleryStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReloadRebuildsTheGalleryFromTheDatabase() {
        var reference = newReference();
        abis.insert(reference, Prints.person(0, 0));

        ((EmbeddedAbis) abis).reload();

        var found = abis.identify(Prints.person(0, 1), IdentifyRequest.wholeGallery());
        assertThat(found.candidates()).extracting(Candidate::referenceId).contains(reference);
        assertThat(found.gallerySize()).isEqualTo(abis.referenceCount());
        assertThat(abis.ping()).isTrue();
    }

    @Test
    void aCrashAfterTheRowsAreWrittenLeavesDatabaseAndMemoryUnchangedAndTheRetrySucceeds() {
        var reference = newReference();
        long count = abis.referenceCount();
        recorded.failNextInsert.set(true);

        assertFailure(() -> abis.insert(reference, Prints.person(1, 0)), AbisFailure.UNEXPECTED_ERROR);

        assertThat(store.record(reference)).isEmpty();
        assertThat(store.fingers(reference)).isEmpty();
        assertThat(abis.referenceCount()).isEqualTo(count);
        assertThat(abis.identify(Prints.person(1, 1), IdentifyRequest.wholeGallery())
                        .candidates())
                .extracting(Candidate::referenceId)
                .doesNotContain(reference);

        abis.insert(reference, Prints.person(1, 0));

        assertThat(abis.referenceCount()).isEqualTo(count + 1);
        assertThat(abis.identify(Prints.person(1, 1), IdentifyRequest.wholeGallery())
                        .candidates())
                .extracting(Candidate::referenceId)
                .contains(reference);
    }

    @Test
    void templatesAreSealedAtRest() {
        var reference = newReference();
        var sample = Prints.finger(2, 0, 0);
        abis.insert(reference, java.util.List.of(sample));
        byte[] template = new SourceAfisSdk().extractTemplate(sample).data();

        byte[] stored = jdbc.sql("select sealed_template from biometrics.gallery_finger where reference_id = :id")
                .param("id", reference.value())
                .query(byte[].class)
                .single();

        assertThat(new String(stored, 0, 3, StandardCharsets.US_ASCII)).isEqualTo("OFS");
        assertThat(indexOf(stored, java.util.Arrays.copyOfRange(template, 0, 32)))
                .isNegative();
        assertThat(stored.length).isGreaterThan(template.length);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
