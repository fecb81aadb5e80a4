package org.openfid.partner.registry;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.openfid.partner.AuthPolicy;
import org.openfid.partner.PartnerError;
import org.openfid.partner.PartnerException;
import tools.jackson.databind.JsonNode;

/**
 * Validates policy documents on upload, with MOSIP's two shapes ({@code auth-policy-schema} and {@code
 * data-share-policy-schema}), and reads an authentication policy into {@link AuthPolicy}. Every
 * violation is reported at once, by JSON path, so an administrator fixes a document in one go;
 * unknown keys are refused because a misspelt key would otherwise silently allow nothing.
 */
public final class PolicyDocuments {

    static final Set<String> AUTH_TYPES =
            Set.of("demo", "otp", "bio", "otp-request", "kyc", "kycauth", "kycexchange", "keybinding", "pin");
    private static final Set<String> BIO_SUBTYPES = Set.of("FINGER", "IRIS", "FACE");
    private static final Set<String> TOKEN_TYPES = Set.of("random", "partner", "policy");
    private static final Set<String> AUTH_KEYS =
            Set.of("authTokenType", "allowedAuthTypes", "allowedKycAttributes", "kycLanguages");
    private static final Set<String> SHARE_KEYS = Set.of("dataSharePolicies", "shareableAttributes");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}");
    private static final Map<String, Set<String>> SHARE_CHOICES = Map.of(
            "typeOfShare", Set.of("Data Share", "direct"),
            "encryptionType", Set.of("Partner Based", "none", "None"),
            "source", Set.of("ID Repository", "Packet Manager", "Print"));

    private PolicyDocuments() {}

    /** The policy kinds, as stored. */
    public enum Kind {
        AUTH,
        DATA_SHARE
    }

    /** Throws {@link PartnerError#INVALID_POLICY} naming every violation of the document. */
    public static void validate(Kind kind, JsonNode document) {
        List<String> violations = new ArrayList<>();
        if (!document.isObject()) {
            violations.add("policies: must be a JSON object");
        } else if (kind == Kind.AUTH) {
            auth(document, violations);
        } else {
            dataShare(document, violations);
        }
        if (!violations.isEmpty()) {
            throw new PartnerException(PartnerError.INVALID_POLICY, String.join("; ", violations));
        }
    }

    /** Reads a validated authentication policy. */
    public static AuthPolicy authPolicy(JsonNode document) {
        List<AuthPolicy.AllowedAuthType> types = new ArrayList<>();
        for (JsonNode type : document.path("allowedAuthTypes")) {
            types.add(new AuthPolicy.AllowedAuthType(
                    type.path("authType").asString(),
                    type.path("authSubType").asString(""),
                    type.path("mandatory").asBoolean(false)));
        }
        List<String> attributes = new ArrayList<>();
        document.path("allowedKycAttributes")
                .forEach(a -> attributes.add(a.path("attributeName").asString()));
        List<String> languages = new ArrayList<>();
        document.path("kycLanguages").forEach(l -> languages.add(l.asString()));
        return new AuthPolicy(document.path("authTokenType").asString(), types, attributes, languages);
    }

    private static void auth(JsonNode document, List<String> violations) {
        unknownKeys(document, AUTH_KEYS, "", violations);
        choice(document, "authTokenType", TOKEN_TYPES, "", violations);
        JsonNode types = document.path("allowedAuthTypes");
        if (!types.isArray() || types.isEmpty()) {
            violations.add("allowedAuthTypes: must be a non-empty array");
        } else {
            for (int i = 0; i < types.size(); i++) {
                authType(types.get(i), "allowedAuthTypes[" + i + "].", violations);
            }
        }
        JsonNode attributes = document.path("allowedKycAttributes");
        if (!attributes.isArray()) {
            violations.add("allowedKycAttributes: must be an array");
        } else {
            for (int i = 0; i < attributes.size(); i++) {
                String prefix = "allowedKycAttributes[" + i + "].";
                unknownKeys(attributes.get(i), Set.of("attributeName", "required"), prefix, violations);
                text(attributes.get(i), "attributeName", prefix, violations);
            }
        }
        JsonNode languages = document.path("kycLanguages");
        if (!languages.isMissingNode()) {
            if (!languages.isArray()) {
                violations.add("kycLanguages: must be an array of ISO 639-3 codes");
            } else {
                languages.forEach(l -> {
                    if (!l.isString() || !LANGUAGE.matcher(l.asString()).matches()) {
                        violations.add("kycLanguages: '" + l + "' is not an ISO 639-3 code");
                    }
                });
            }
        }
    }

    private static void authType(JsonNode type, String prefix, List<String> violations) {
        if (!type.isObject()) {
            violations.add(prefix.substring(0, prefix.length() - 1) + ": must be an object");
            return;
        }
        unknownKeys(type, Set.of("authType", "authSubType", "mandatory"), prefix, violations);
        if (!choice(type, "authType", AUTH_TYPES, prefix, violations)) {
            return;
        }
        JsonNode subType = type.path("authSubType");
        if (!subType.isMissingNode() && !subType.isNull() && !subType.isString()) {
            violations.add(prefix + "authSubType: must be a string");
        }
        if ("bio".equals(type.path("authType").asString()) && !BIO_SUBTYPES.contains(subType.asString(""))) {
            violations.add(prefix + "authSubType: must be one of " + BIO_SUBTYPES + " for bio");
        }
        JsonNode mandatory = type.path("mandatory");
        if (!mandatory.isMissingNode() && !mandatory.isBoolean()) {
            violations.add(prefix + "mandatory: must be true or false");
        }
    }

    private static void dataShare(JsonNode document, List<String> violations) {
        unknownKeys(document, SHARE_KEYS, "", violations);
        JsonNode share = document.path("dataSharePolicies");
        if (!share.isObject()) {
            violations.add("dataSharePolicies: must be an object");
        } else {
            SHARE_CHOICES.forEach((key, values) -> choice(share, key, values, "dataSharePolicies.", violations));
            positive(share, "validForInMinutes", violations);
            positive(share, "transactionsAllowed", violations);
            text(share, "shareDomain", "dataSharePolicies.", violations);
        }
        JsonNode attributes = document.path("shareableAttributes");
        if (!attributes.isArray() || attributes.isEmpty()) {
            violations.add("shareableAttributes: must be a non-empty array");
            return;
        }
        for (int i = 0; i < attributes.size(); i++) {
            String prefix = "shareableAttributes[" + i + "].";
            JsonNode attribute = attributes.get(i);
            text(attribute, "attributeName", prefix, violations);
            JsonNode source = attribute.path("source");
            if (!source.isArray() || source.isEmpty()) {
                violations.add(prefix + "source: must be a non-empty array");
            } else {
                for (int j = 0; j < source.size(); j++) {
                    text(source.get(j), "attribute", prefix + "source[" + j + "].", violations);
                }
            }
            JsonNode encrypted = attribute.path("encrypted");
            if (!encrypted.isMissingNode() && !encrypted.isBoolean()) {
                violations.add(prefix + "encrypted: must be true or false");
            }
        }
    }

    private static boolean choice(
            JsonNode node, String key, Set<String> allowed, String prefix, List<String> violations) {
        JsonNode value = node.path(key);
        if (!value.isString() || !allowed.contains(value.asString())) {
            violations.add(prefix + key + ": must be one of " + new java.util.TreeSet<>(allowed));
            return false;
        }
        return true;
    }

    private static void text(JsonNode node, String key, String prefix, List<String> violations) {
        JsonNode value = node.path(key);
        if (!value.isString() || value.asString().isBlank() || value.asString().length() > 256) {
            violations.add(prefix + key + ": must be a string of 1-256 characters");
        }
    }

    private static void positive(JsonNode node, String key, List<String> violations) {
        String value = node.path(key).asString("");
        if (!value.matches("[1-9][0-9]{0,8}")) {
            violations.add("dataSharePolicies." + key + ": must be a positive whole number");
        }
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String prefix, List<String> violations) {
        if (!node.isObject()) {
            return;
        }
        for (Iterator<String> names = node.propertyNames().iterator(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                violations.add(prefix + name + ": is not a known key");
            }
        }
    }
}
