package org.openfid.spi.biometrics.cbeff;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.biometrics.BiometricSubtype;

/**
 * A whole CBEFF XML document: the root BIR (its own header) and one child {@link Bir} per sample.
 *
 * @param version the root's BIR version, or null (MOSIP omits it)
 * @param cbeffVersion the root's CBEFF version, or null (MOSIP omits it)
 * @param integrity the root's {@code BIRInfo/Integrity}
 * @param birs the samples, in document order
 * @since 0.4
 */
public record CbeffDocument(
        @Nullable BirVersion version, @Nullable BirVersion cbeffVersion, boolean integrity, List<Bir> birs) {

    public CbeffDocument {
        birs = List.copyOf(birs);
        if (birs.size() > CbeffXml.MAX_BIRS) {
            throw new IllegalArgumentException("A CBEFF document holds at most " + CbeffXml.MAX_BIRS + " BIRs");
        }
    }

    /** A document as MOSIP writes it: a root with integrity false and no versions. */
    public static CbeffDocument of(List<Bir> birs) {
        return new CbeffDocument(null, null, false, birs);
    }

    /** The first BIR of this finger, eye or face, if any. */
    public Optional<Bir> find(BiometricSubtype subtype) {
        return birs.stream().filter(b -> b.bdbInfo().subtype() == subtype).findFirst();
    }
}
