package org.openfid.authentication.bio;

import java.util.ArrayList;
import java.util.List;
import org.openfid.authentication.IdaError;
import org.openfid.identity.Identities;
import org.openfid.identity.IdentityDocument;
import org.openfid.identity.IdentityRecord;
import org.openfid.identity.IndividualId;
import org.openfid.identity.ReadScope;
import org.openfid.identity.Uin;
import org.openfid.spi.biometrics.BiometricFormatException;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSdk;
import org.openfid.spi.biometrics.BiometricSdkException;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricTemplate;
import org.openfid.spi.biometrics.BiometricType;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.openfid.spi.biometrics.cbeff.CbeffXml;
import org.springframework.stereotype.Component;

/**
 * 1:1 finger verification against the person's enrolled fingers (the {@code individualBiometrics}
 * CBEFF of the registry), through the platform's biometric SDK and its threshold. A named finger is
 * compared with the same enrolled finger only; a finger the device could not name ({@code UNKNOWN})
 * with each enrolled finger. Every captured finger must match: one finger that does not is a
 * mismatch, because accepting the best of several would let an impostor's extra fingers ride on a
 * single lucky score.
 */
@Component
public class FingerVerifier {

    /** The ID schema field that holds the biometrics MOSIP authenticates against. */
    static final String BIOMETRICS_FIELD = "individualBiometrics";

    private final Identities identities;
    private final BiometricSdk sdk;

    FingerVerifier(Identities identities, BiometricSdk sdk) {
        this.identities = identities;
        this.sdk = sdk;
    }

    /** The errors of matching the captures against the person with this UIN; empty when all match. */
    public List<IdaError> verify(Uin uin, List<Capture> captures) {
        List<Bir> enrolled = enrolledFingers(uin);
        try {
            for (Capture capture : captures) {
                List<BiometricSample> references = references(enrolled, capture.subtype());
                if (references.isEmpty()) {
                    return List.of(
                            IdaError.biometricNotInDatabase(capture.subtype().cbeffName()));
                }
                if (!matches(sdk.extractTemplate(capture.sample()), references)) {
                    return List.of(IdaError.biometricMismatch(BiometricType.FINGER.cbeffName()));
                }
            }
            return List.of();
        } catch (BiometricFormatException e) {
            return List.of(IdaError.invalidBiometric());
        } catch (BiometricSdkException e) {
            return List.of(
                    e.reason() == BiometricSdkException.Reason.INVALID_INPUT
                                    || e.reason() == BiometricSdkException.Reason.POOR_DATA_QUALITY
                            ? IdaError.invalidBiometric()
                            : IdaError.biometricMatchUnavailable());
        }
    }

    private boolean matches(BiometricTemplate probe, List<BiometricSample> references) {
        for (BiometricSample reference : references) {
            if (sdk.match(probe, sdk.extractTemplate(reference)).matched()) {
                return true;
            }
        }
        return false;
    }

    private static List<BiometricSample> references(List<Bir> enrolled, BiometricSubtype finger) {
        List<BiometricSample> samples = new ArrayList<>();
        for (Bir bir : enrolled) {
            bir.sample()
                    .filter(sample -> sample.type() == BiometricType.FINGER)
                    .filter(sample -> finger == BiometricSubtype.UNKNOWN_FINGER || sample.subtype() == finger)
                    .ifPresent(samples::add);
        }
        return samples;
    }

    /** The finger BIRs of the person's biometrics; none when the record has no biometrics. */
    private List<Bir> enrolledFingers(Uin uin) {
        IdentityRecord record = identities.read(IndividualId.of(uin), ReadScope.BIO);
        List<Bir> birs = new ArrayList<>();
        for (IdentityDocument document : record.documents()) {
            if (document.category().equals(BIOMETRICS_FIELD)) {
                try {
                    birs.addAll(CbeffXml.read(document.content()).birs());
                } catch (BiometricFormatException | IllegalArgumentException e) {
                    // an unreadable enrolment counts as no biometrics: BIA-006, never a guess
                }
            }
        }
        return birs;
    }
}
