package org.openfid.identity.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openfid.identity.IdentityException;
import org.openfid.identity.NumberSettings;
import org.openfid.identity.NumberSettings.Filters;

class NumberGeneratorTests {

    private static final NumberRules UIN = NumberRules.uin(NumberSettings.defaults());
    private static final NumberRules VID = NumberRules.vid(NumberSettings.defaults());

    /**
     * MOSIP's UIN filters written the way MOSIP writes them (regular expressions and substring
     * windows), as an independent oracle for the loop-based rules.
     */
    private static boolean mosipAccepts(String id, boolean vid) {
        if (id.startsWith("0") || id.startsWith("1") || id.contains("786") || id.contains("666")) {
            return false;
        }
        String ascending = "01234567890123456789";
        String descending = "98765432109876543210";
        for (int i = 0; i + 3 <= id.length(); i++) {
            String window = id.substring(i, i + 3);
            if (ascending.contains(window) || descending.contains(window)) {
                return false;
            }
        }
        if (Pattern.compile("(\\d)\\d{0,1}\\1").matcher(id).find()
                || Pattern.compile("(\\d{2,}).*?\\1").matcher(id).find()) {
            return false;
        }
        if (vid) {
            return true;
        }
        String first = id.substring(0, 5);
        String last = id.substring(id.length() - 5);
        return !Pattern.compile("[2468]{3}").matcher(id).find()
                && !first.equals(last)
                && !first.equals(new StringBuilder(last).reverse().toString())
                && !id.contains("142857");
    }

    @Test
    void loopRulesAgreeWithMosipsRegularExpressionsOnRandomCandidates() {
        Random random = new Random(20240601);
        int accepted = 0;
        for (int round = 0; round < 200_000; round++) {
            boolean vid = round % 4 == 0;
            StringBuilder payload = new StringBuilder();
            for (int i = 0; i < (vid ? 15 : 9); i++) {
                payload.append((char) ('0' + random.nextInt(10)));
            }
            String id = payload.toString() + Verhoeff.checkDigit(payload);
            boolean ours = (vid ? VID : UIN).violation(id) == null;
            assertThat(ours).as(id).isEqualTo(mosipAccepts(id, vid));
            accepted += ours ? 1 : 0;
        }
        assertThat(accepted).isPositive();
    }

    @Test
    void generatedNumbersAreValidAndDistinct() {
        var uins = new NumberGenerator(UIN, new SecureRandom());
        var vids = new NumberGenerator(VID, new SecureRandom());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            String uin = uins.next();
            assertThat(UIN.violation(uin)).as(uin).isNull();
            assertThat(mosipAccepts(uin, false)).as(uin).isTrue();
            seen.add(uin);
            String vid = vids.next();
            assertThat(vid).hasSize(16);
            assertThat(VID.violation(vid)).as(vid).isNull();
        }
        assertThat(seen).hasSizeGreaterThan(4_990);
    }

    @Test
    void everyDigitAppearsInEveryPosition() {
        var uins = new NumberGenerator(UIN, new SecureRandom());
        boolean[][] seen = new boolean[10][10];
        for (int i = 0; i < 20_000; i++) {
            String uin = uins.next();
            for (int p = 0; p < 10; p++) {
                seen[p][uin.charAt(p) - '0'] = true;
            }
        }
        for (int p = 1; p < 10; p++) {
            for (int d = 0; d < 10; d++) {
                assertThat(seen[p][d]).as("digit %d at position %d", d, p).isTrue();
            }
        }
        for (int d = 2; d < 10; d++) {
            assertThat(seen[0][d]).isTrue();
        }
        assertThat(seen[0][0] || seen[0][1]).isFalse();
    }

    @Test
    void rulesThatLeaveNoNumberFailInsteadOfSpinning() {
        List<String> everyDigit = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        var impossible = new NumberRules(10, new Filters(everyDigit, List.of(), 0, 0, 0, 0, 0, 0, false));
        assertThatThrownBy(() -> new NumberGenerator(impossible, new SecureRandom()).next())
                .isInstanceOf(IdentityException.class);
    }
}
