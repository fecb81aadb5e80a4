package org.openfid.platform.logging;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what must never reach a log: identity numbers and other long digit runs (UIN, VID, RID,
 * phone and card numbers), e-mail addresses, credentials in key=value or header form, tokens,
 * private keys and long base64 blobs (ciphertext, biometrics). It is the last line of defence; code
 * should not log such values in the first place.
 */
public final class Redaction {

    private record Rule(Pattern pattern, String replacement, Predicate<String> applies) {
        Rule(Pattern pattern, String replacement) {
            this(pattern, replacement, match -> true);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule(
                    Pattern.compile(
                            "-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", Pattern.DOTALL),
                    "[private-key]"),
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(authorization|proxy-authorization)(\"?\\s*[:=]\\s*\"?)(basic|bearer|digest)?\\s*[^\\s,;\"}]+"),
                    "$1$2[redacted]"),
            new Rule(
                    Pattern.compile(
                            "(?i)\\b(password|passwd|pwd|secret|pin|otp|token|api[-_]?key|client[-_]?secret)(\"?\\s*[:=]\\s*\"?)[^\\s,;\"&}]+"),
                    "$1$2[redacted]"),
            new Rule(Pattern.compile("\\beyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*"), "[jwt]"),
            new Rule(Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"), "[email]"),
            new Rule(Pattern.compile("[A-Za-z0-9+/_-]{40,}={0,2}"), "[base64]", Redaction::looksEncoded),
            // Digit runs of nine or more characters, also grouped by spaces, dots, dashes and
            // parentheses (phone numbers), but not a fragment of a word, a UUID or a timestamp.
            new Rule(Pattern.compile("(?<![A-Za-z0-9-])\\+?\\(?\\d[\\d ().-]{7,}\\d(?![A-Za-z0-9-])"), "[number]"));

    private Redaction() {}

    /**
     * Encoded data mixes cases and digits; words do not. A file path may mix them too, but it has
     * several separators and mostly lower case, where random base64 has upper case in about 40% of
     * its letters and a slash once in 64 characters.
     */
    private static boolean looksEncoded(String candidate) {
        long upper = candidate.chars().filter(Character::isUpperCase).count();
        boolean encoded = candidate.chars().anyMatch(Character::isDigit)
                && upper > 0
                && candidate.chars().anyMatch(Character::isLowerCase);
        boolean path = candidate.chars().filter(c -> c == '/').count() >= 2 && upper * 5 < candidate.length();
        return encoded && !path;
    }

    private static String expand(MatchResult match, String replacement) {
        String result = replacement;
        for (int group = match.groupCount(); group >= 1; group--) {
            String value = match.group(group);
            result = result.replace("$" + group, value == null ? "" : value);
        }
        return result;
    }

    /** The text with every sensitive-looking fragment replaced by a placeholder. */
    public static String redact(String text) {
        String result = text;
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(result);
            if (matcher.find()) {
                result = matcher.replaceAll(match -> rule.applies().test(match.group())
                        ? Matcher.quoteReplacement(expand(match, rule.replacement()))
                        : Matcher.quoteReplacement(match.group()));
            }
        }
        return result;
    }
}
