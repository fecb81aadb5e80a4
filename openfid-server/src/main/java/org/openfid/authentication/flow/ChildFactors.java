package org.openfid.authentication.flow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openfid.authentication.AuthenticationProperties;
import org.openfid.authentication.IdaError;
import tools.jackson.databind.JsonNode;

/**
 * MOSIP's child authentication rule (IDA's child auth filter, in MOSIP's default configuration): a
 * person younger than {@code maxAge} years may not authenticate with the denied factors (by default
 * OTP and biometrics: a young child has no phone of their own, and a child's biometrics change as they
 * grow), answered {@code IDA-MLC-011}. A record without a readable date of birth is not treated as a
 * child (MOSIP refuses it, {@code IDA-MLC-018} for the date of birth; OpenFID's schema may make the
 * date of birth optional, and such a person should still be able to authenticate).
 */
final class ChildFactors {

    private static final DateTimeFormatter DOB =
            DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);

    private final AuthenticationProperties.Child settings;

    ChildFactors(AuthenticationProperties.Child settings) {
        this.settings = settings;
    }

    /** The refusal for a child using a denied factor (the first, in MOSIP's order otp, demo, bio), if any. */
    List<IdaError> refusals(JsonNode identity, RequestedTypes types, LocalDate today) {
        LocalDate dob = dateOfBirth(identity.path("dateOfBirth").asString(""));
        if (dob == null || !dob.plusYears(settings.maxAge()).isAfter(today)) {
            return List.of();
        }
        List<String> denied = settings.deniedFactors().stream()
                .map(factor -> factor.toLowerCase(Locale.ROOT))
                .toList();
        if (denied.contains("otp") && types.otp()) {
            return List.of(IdaError.unsupportedForChild("otp"));
        }
        if (denied.contains("demo") && types.demo()) {
            return List.of(IdaError.unsupportedForChild("demo"));
        }
        if (denied.contains("bio") && !types.bioSubTypes().isEmpty()) {
            return List.of(IdaError.unsupportedForChild("bio"));
        }
        return List.of();
    }

    private static @Nullable LocalDate dateOfBirth(String value) {
        try {
            return LocalDate.parse(value, DOB);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
