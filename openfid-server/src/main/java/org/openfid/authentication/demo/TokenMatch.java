package org.openfid.authentication.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.bm.BeiderMorseEncoder;
import org.apache.commons.codec.language.bm.NameType;
import org.apache.commons.codec.language.bm.RuleType;

/**
 * Scores of the three strategies over normalised tokens, as MOSIP's reference demographic SDK defines
 * them: exact is the same multiset of tokens (100 or 0); partial is {@code matched * 100 / (given
 * tokens + stored tokens left unmatched)}, where a one-letter token matches a stored token with that
 * initial; phonetic compares Beider-Morse codes token by token.
 */
final class TokenMatch {

    private static final ThreadLocal<BeiderMorseEncoder> PHONETIC = ThreadLocal.withInitial(() -> {
        BeiderMorseEncoder encoder = new BeiderMorseEncoder();
        encoder.setNameType(NameType.GENERIC);
        encoder.setRuleType(RuleType.EXACT);
        encoder.setConcat(true);
        return encoder;
    });

    private TokenMatch() {}

    static int score(Strategy strategy, List<String> given, List<String> stored) {
        return switch (strategy) {
            case EXACT -> sorted(given).equals(sorted(stored)) ? 100 : 0;
            case PARTIAL -> partial(given, stored);
            case PHONETICS -> phonetic(given, stored);
        };
    }

    private static int partial(List<String> given, List<String> stored) {
        if (given.isEmpty()) {
            return 0;
        }
        List<String> left = new ArrayList<>(stored);
        int matched = 0;
        for (String token : given) {
            if (left.remove(token)) {
                matched++;
            }
        }
        for (String token : given) {
            if (token.length() == 1 && !stored.contains(token)) {
                for (int i = 0; i < left.size(); i++) {
                    if (left.get(i).startsWith(token)) {
                        left.remove(i);
                        matched++;
                        break;
                    }
                }
            }
        }
        return matched * 100 / (given.size() + left.size());
    }

    private static int phonetic(List<String> given, List<String> stored) {
        if (given.isEmpty() || stored.isEmpty()) {
            return 0;
        }
        List<Set<String>> storedCodes = new ArrayList<>();
        stored.forEach(token -> storedCodes.add(codes(token)));
        int matched = 0;
        for (String token : given) {
            Set<String> codes = codes(token);
            for (int i = 0; i < storedCodes.size(); i++) {
                if (!java.util.Collections.disjoint(codes, storedCodes.get(i))) {
                    storedCodes.remove(i);
                    matched++;
                    break;
                }
            }
        }
        return matched * 100 / Math.max(given.size(), stored.size());
    }

    private static Set<String> codes(String token) {
        String encoded;
        try {
            encoded = PHONETIC.get().encode(token);
        } catch (org.apache.commons.codec.EncoderException | IllegalArgumentException e) {
            encoded = token;
        }
        Set<String> codes = new HashSet<>(List.of(encoded.split("\\|")));
        codes.remove("");
        if (codes.isEmpty()) {
            codes.add(token);
        }
        return codes;
    }

    private static List<String> sorted(List<String> tokens) {
        return tokens.stream().sorted().toList();
    }
}
