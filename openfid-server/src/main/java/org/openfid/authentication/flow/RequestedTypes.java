package org.openfid.authentication.flow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.IdaRefusal;
import org.openfid.authentication.bio.Capture;
import org.openfid.partner.AuthPolicy;
import tools.jackson.databind.JsonNode;

/**
 * Which authentication types a request uses, derived as MOSIP does from what the decrypted request
 * carries ({@code demographics}, {@code otp}, the opened {@code biometrics}), and the partner policy's verdict on
 * them.
 *
 * @param demo whether demographic attributes are given
 * @param otp whether an OTP is given
 * @param bioSubTypes the biometric modalities given ({@code FINGER}, {@code IRIS}, {@code FACE})
 */
public record RequestedTypes(boolean demo, boolean otp, Set<String> bioSubTypes) {

    /** Reads the types from a decrypted request. */
    public static RequestedTypes of(JsonNode inner, List<Capture> captures) {
        JsonNode demographics = inner.path("demographics");
        boolean demo = demographics.isObject() && !demographics.isEmpty();
        boolean otp = inner.hasNonNull("otp");
        Set<String> bio = new LinkedHashSet<>();
        for (Capture capture : captures) {
            bio.add(capture.type().name());
        }
        return new RequestedTypes(demo, otp, bio);
    }

    /** MOSIP's names of the types used, as the history lists them ({@code demo}, {@code bio-Finger}). */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        if (demo) {
            names.add("demo");
        }
        if (otp) {
            names.add("otp");
        }
        bioSubTypes.forEach(
                type -> names.add("bio-" + type.charAt(0) + type.substring(1).toLowerCase(java.util.Locale.ROOT)));
        return names;
    }

    /**
     * Refuses what the policy does not allow: no type at all ({@code IDA-MLC-008}), a type outside the
     * policy ({@code IDA-MPA-006}), a mandatory type missing ({@code IDA-MPA-015}).
     */
    public void requireAllowedBy(AuthPolicy policy) {
        if (!demo && !otp && bioSubTypes.isEmpty()) {
            throw new IdaRefusal(IdaError.noAuthType());
        }
        List<IdaError> errors = new ArrayList<>();
        if (demo && !policy.allows("demo", null)) {
            errors.add(IdaError.authTypeNotAllowed("demo"));
        }
        if (otp && !policy.allows("otp", null)) {
            errors.add(IdaError.authTypeNotAllowed("otp"));
        }
        for (String bio : bioSubTypes) {
            if (!policy.allows("bio", bio)) {
                errors.add(IdaError.authTypeNotAllowed("bio-" + bio));
            }
        }
        for (AuthPolicy.AllowedAuthType mandatory : policy.mandatory()) {
            if (!uses(mandatory)) {
                errors.add(IdaError.mandatory(mandatory.authType()));
            }
        }
        if (!errors.isEmpty()) {
            throw new IdaRefusal(errors);
        }
    }

    private boolean uses(AuthPolicy.AllowedAuthType type) {
        return switch (type.authType()) {
            case "demo" -> demo;
            case "otp" -> otp;
            case "bio" ->
                type.authSubType().isEmpty()
                        ? !bioSubTypes.isEmpty()
                        : bioSubTypes.contains(type.authSubType().toUpperCase(java.util.Locale.ROOT));
            default -> true;
        };
    }
}
