package org.openfid.identity;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * UIN, VID and RID rules and pool sizes ({@code openfid.identity.numbers.*}). The rule defaults are
 * MOSIP's ({@code mosip.kernel.uin.*}, {@code mosip.kernel.vid.*}), so numbers issued here pass a
 * MOSIP validator configured the same way. A limit of 0 switches its rule off.
 *
 * @param uinLength UIN length including the check digit
 * @param uin the filters a UIN must pass
 * @param vid the length and filters of a VID
 * @param pool sizes of the pools of pre-generated numbers and how they are refilled
 */
public record NumberSettings(
        @DefaultValue("10") int uinLength,
        @DefaultValue Filters uin,
        @DefaultValue VidRules vid,
        @DefaultValue Pool pool) {

    public NumberSettings {
        if (uinLength < 6 || uinLength > 32) {
            throw new IllegalArgumentException("openfid.identity.numbers.uin-length must be between 6 and 32");
        }
    }

    /** MOSIP's defaults, for code that runs without Spring (benchmarks, unit tests). */
    public static NumberSettings defaults() {
        return new NumberSettings(10, Filters.uinDefaults(), VidRules.defaults(), Pool.defaults());
    }

    /**
     * The filters of a number (MOSIP section 4.1 of our reference); 0 switches a limit off.
     *
     * @param notStartWith prefixes a number may not start with
     * @param restrictedNumbers digit strings that may not appear anywhere in a number
     * @param sequenceLimit no run of this many ascending or descending digits (wrapping 9 to 0)
     * @param repeatingLimit no digit repeated within this distance ({@code 11}, {@code 1x1})
     * @param repeatingBlockLimit no block of this many digits appearing twice
     * @param conjugativeEvenDigitsLimit no run of this many digits from 2, 4, 6, 8
     * @param digitsLimit the first this-many digits may not equal the last this-many
     * @param reverseDigitsLimit the first this-many digits may not equal the last this-many reversed
     * @param cyclicNumbers whether cyclic numbers (142857, and the longer ones that fit) are refused
     */
    public record Filters(
            @DefaultValue({"0", "1"}) List<String> notStartWith,
            @DefaultValue({"786", "666"}) List<String> restrictedNumbers,
            @DefaultValue("3") int sequenceLimit,
            @DefaultValue("2") int repeatingLimit,
            @DefaultValue("2") int repeatingBlockLimit,
            @DefaultValue("3") int conjugativeEvenDigitsLimit,
            @DefaultValue("5") int digitsLimit,
            @DefaultValue("5") int reverseDigitsLimit,
            @DefaultValue("true") boolean cyclicNumbers) {

        public Filters {
            notStartWith = List.copyOf(notStartWith);
            restrictedNumbers = List.copyOf(restrictedNumbers);
            for (String digits : concat(notStartWith, restrictedNumbers)) {
                if (!digits.matches("[0-9]{1,32}")) {
                    throw new IllegalArgumentException("number filters list digits only, got a non-digit entry");
                }
            }
            if (sequenceLimit < 0
                    || repeatingLimit < 0
                    || repeatingBlockLimit < 0
                    || conjugativeEvenDigitsLimit < 0
                    || digitsLimit < 0
                    || reverseDigitsLimit < 0) {
                throw new IllegalArgumentException("number filter limits must be 0 (off) or positive");
            }
        }

        private static List<String> concat(List<String> first, List<String> second) {
            var all = new java.util.ArrayList<>(first);
            all.addAll(second);
            return all;
        }

        /** MOSIP's UIN filters. */
        public static Filters uinDefaults() {
            return new Filters(List.of("0", "1"), List.of("786", "666"), 3, 2, 2, 3, 5, 5, true);
        }

        /** MOSIP's VID filters: no even-digit, half or cyclic rules. */
        public static Filters vidDefaults() {
            return new Filters(List.of("0", "1"), List.of("786", "666"), 3, 2, 2, 0, 0, 0, false);
        }
    }

    /**
     * VID length and filters ({@code mosip.kernel.vid.*}).
     *
     * @param length VID length including the check digit
     * @param sequenceLimit as {@link Filters#sequenceLimit()}
     * @param repeatingLimit as {@link Filters#repeatingLimit()}
     * @param repeatingBlockLimit as {@link Filters#repeatingBlockLimit()}
     * @param notStartWith as {@link Filters#notStartWith()}
     * @param restrictedNumbers as {@link Filters#restrictedNumbers()}
     */
    public record VidRules(
            @DefaultValue("16") int length,
            @DefaultValue("3") int sequenceLimit,
            @DefaultValue("2") int repeatingLimit,
            @DefaultValue("2") int repeatingBlockLimit,
            @DefaultValue({"0", "1"}) List<String> notStartWith,
            @DefaultValue({"786", "666"}) List<String> restrictedNumbers) {

        public VidRules {
            if (length < 6 || length > 32) {
                throw new IllegalArgumentException("openfid.identity.numbers.vid.length must be between 6 and 32");
            }
            notStartWith = List.copyOf(notStartWith);
            restrictedNumbers = List.copyOf(restrictedNumbers);
        }

        public static VidRules defaults() {
            return new VidRules(16, 3, 2, 2, List.of("0", "1"), List.of("786", "666"));
        }

        /** These rules as filters (the rules MOSIP does not apply to VIDs are off). */
        public Filters filters() {
            return new Filters(
                    notStartWith,
                    restrictedNumbers,
                    sequenceLimit,
                    repeatingLimit,
                    repeatingBlockLimit,
                    0,
                    0,
                    0,
                    false);
        }
    }

    /**
     * The pools of pre-generated unused UINs and VIDs. Defaults suit one 2-core machine: a refill of
     * 20,000 numbers costs about two seconds of one core and happens rarely.
     *
     * @param uinBatch the UIN pool is topped up to this many unused numbers
     * @param uinLowWater a refill starts when fewer unused UINs remain
     * @param vidBatch the VID pool is topped up to this many
     * @param vidLowWater a VID refill starts when fewer remain
     * @param refillChunk numbers added per transaction, so a refill makes numbers available early
     * @param refillInterval how often the pool sizes are checked
     * @param backgroundRefill whether the scheduled refill runs (off only in tests that count)
     */
    public record Pool(
            @DefaultValue("20000") int uinBatch,
            @DefaultValue("5000") int uinLowWater,
            @DefaultValue("20000") int vidBatch,
            @DefaultValue("5000") int vidLowWater,
            @DefaultValue("2000") int refillChunk,
            @DefaultValue("PT30S") Duration refillInterval,
            @DefaultValue("true") boolean backgroundRefill) {

        public Pool {
            if (uinBatch < 1 || vidBatch < 1 || refillChunk < 1) {
                throw new IllegalArgumentException("pool batch sizes and the refill chunk must be positive");
            }
            if (uinLowWater < 0 || uinLowWater >= uinBatch || vidLowWater < 0 || vidLowWater >= vidBatch) {
                throw new IllegalArgumentException("a pool's low-water mark must be below its batch size");
            }
            if (refillInterval.isNegative() || refillInterval.isZero()) {
                throw new IllegalArgumentException("openfid.identity.numbers.pool.refill-interval must be positive");
            }
        }

        public static Pool defaults() {
            return new Pool(20000, 5000, 20000, 5000, 2000, Duration.ofSeconds(30), true);
        }
    }
}
