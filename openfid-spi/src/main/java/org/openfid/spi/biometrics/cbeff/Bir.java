package org.openfid.spi.biometrics.cbeff;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openfid.spi.biometrics.BiometricSample;

/**
 * One child BIR of a CBEFF document: one captured sample with its BDBInfo, the BDB itself (an ISO/IEC
 * 19794 record), the capture device's signature block and MOSIP's {@code others} entries (keys such
 * as {@code SPEC_VERSION}, {@code RETRIES}, {@code FORCE_CAPTURED}, {@code EXCEPTION}, {@code PAYLOAD},
 * {@code SDK_SCORE}).
 *
 * @param version the BIR version, or null when absent
 * @param cbeffVersion the CBEFF version, or null when absent
 * @param integrity {@code BIRInfo/Integrity}
 * @param bdbInfo what the BDB is
 * @param bdb the biometric data block (never empty)
 * @param sb the security block (device signature), or null when absent
 * @param others extra entries, in document order
 * @since 0.4
 */
public record Bir(
        @Nullable BirVersion version,
        @Nullable BirVersion cbeffVersion,
        boolean integrity,
        BdbInfo bdbInfo,
        byte[] bdb,
        byte @Nullable [] sb,
        Map<String, String> others) {

    public Bir {
        Objects.requireNonNull(bdbInfo, "bdbInfo");
        Objects.requireNonNull(bdb, "bdb");
        if (bdb.length == 0) {
            throw new IllegalArgumentException("A BIR needs a non-empty BDB");
        }
        bdb = bdb.clone();
        sb = sb == null ? null : sb.clone();
        for (var key : others.keySet()) {
            if (key.isEmpty() || key.length() > 256) {
                throw new IllegalArgumentException("An others key is 1-256 characters");
            }
        }
        others = Collections.unmodifiableMap(new LinkedHashMap<>(others));
    }

    /** A MOSIP-style BIR (versions 1.1, no integrity) for this BDBInfo and data block. */
    public static Bir of(BdbInfo info, byte[] bdb) {
        return new Bir(BirVersion.V1_1, BirVersion.V1_1, false, info, bdb, null, Map.of());
    }

    /** This BIR with a security block (for example the device's JWS signature of the capture). */
    public Bir withSignatureBlock(byte[] signature) {
        return new Bir(version, cbeffVersion, integrity, bdbInfo, bdb, signature, others);
    }

    /** This BIR with these {@code others} entries (replacing any it had). */
    public Bir withOthers(Map<String, String> entries) {
        return new Bir(version, cbeffVersion, integrity, bdbInfo, bdb, sb, entries);
    }

    @Override
    public byte[] bdb() {
        return bdb.clone();
    }

    @Override
    public byte @Nullable [] sb() {
        return sb == null ? null : sb.clone();
    }

    /**
     * The BDB as a {@link BiometricSample}, when its format is a registered ISO record and its
     * subtype names a finger, eye or face.
     */
    public Optional<BiometricSample> sample() {
        var subtype = bdbInfo.subtype();
        return bdbInfo.sampleFormat()
                .filter(format -> subtype != null)
                .map(format -> new BiometricSample(Objects.requireNonNull(subtype), format, bdb.clone()));
    }

    byte[] bdbView() {
        return bdb;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Bir that
                && Objects.equals(version, that.version)
                && Objects.equals(cbeffVersion, that.cbeffVersion)
                && integrity == that.integrity
                && bdbInfo.equals(that.bdbInfo)
                && Arrays.equals(bdb, that.bdb)
                && Arrays.equals(sb, that.sb)
                && others.equals(that.others);
    }

    @Override
    public int hashCode() {
        return Objects.hash(bdbInfo, Arrays.hashCode(bdb), others);
    }

    @Override
    public String toString() {
        return "Bir[" + bdbInfo.type().xmlName() + " " + bdbInfo.subtype() + ", BDB " + bdb.length + " bytes, "
                + (sb == null ? "no SB" : "SB " + sb.length + " bytes") + ", others " + others.keySet() + "]";
    }
}
