package org.openfid.spi.biometrics.cbeff;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code BDBInfo/Quality}: the algorithm and its 0-100 score, or a note that scoring failed.
 *
 * @param algorithm who scored it
 * @param score 0-100, or null when the calculation failed
 * @param failure why scoring failed (only when {@code score} is null)
 * @since 0.4
 */
public record BdbQuality(
        RegistryId algorithm,
        @Nullable Integer score,
        @Nullable String failure) {

    public BdbQuality {
        Objects.requireNonNull(algorithm, "algorithm");
        if ((score == null) == (failure == null)) {
            throw new IllegalArgumentException("A quality has either a score or a failure note");
        }
        if (score != null && (score < 0 || score > 100)) {
            throw new IllegalArgumentException("A quality score is 0-100, got " + score);
        }
        if (failure != null && (failure.isEmpty() || failure.length() > 256)) {
            throw new IllegalArgumentException("A quality failure note is 1-256 characters");
        }
    }

    /** A score by MOSIP's conventional algorithm id. */
    public static BdbQuality of(int score) {
        return new BdbQuality(RegistryId.MOSIP_QUALITY_ALGORITHM, score, null);
    }

    /** The score, empty when the calculation failed. */
    public Optional<Integer> scoreValue() {
        return Optional.ofNullable(score);
    }
}
