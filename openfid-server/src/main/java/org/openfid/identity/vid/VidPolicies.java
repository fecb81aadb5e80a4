package org.openfid.identity.vid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityProperties;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The VID policies in force: MOSIP's defaults (bundled {@code identity/mosip-vid-policy.json}) or
 * the country's file ({@code openfid.identity.vids.policy-file}). The file is checked completely at
 * start; an invalid one stops the start with a message naming the type and field at fault.
 */
@Component
public class VidPolicies {

    static final String DEFAULT_RESOURCE = "/identity/mosip-vid-policy.json";

    private final Map<String, VidPolicy> byType;

    VidPolicies(IdentityProperties properties) {
        this.byType = Map.copyOf(load(properties.vids().policyFile()));
    }

    /** The policy of {@code type}; {@code INVALID_INPUT} when the country has no such type. */
    public VidPolicy of(String type) {
        VidPolicy policy = byType.get(type);
        if (policy == null) {
            throw new IdentityException(IdentityError.INVALID_INPUT, "vidType must be one of " + byType.keySet());
        }
        return policy;
    }

    private static Map<String, VidPolicy> load(@Nullable Path file) {
        String source = file == null ? "the bundled MOSIP VID policy" : "VID policy file " + file;
        try (InputStream in =
                file == null ? VidPolicies.class.getResourceAsStream(DEFAULT_RESOURCE) : Files.newInputStream(file)) {
            if (in == null) {
                throw new IllegalStateException(source + " is missing");
            }
            return parse(in.readAllBytes(), source);
        } catch (IOException e) {
            throw new IllegalStateException(source + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Parses and checks a policy document; {@link IllegalStateException} says what is wrong. */
    static Map<String, VidPolicy> parse(byte[] json, String source) {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(json);
        } catch (JacksonException e) {
            throw new IllegalStateException(source + " is not valid JSON");
        }
        JsonNode list = root.path("vidPolicies");
        if (!list.isArray() || list.isEmpty()) {
            throw new IllegalStateException(source + ": vidPolicies must be a non-empty array");
        }
        Map<String, VidPolicy> policies = new LinkedHashMap<>();
        for (JsonNode entry : list) {
            VidPolicy policy = policy(entry, source);
            if (policies.put(policy.type(), policy) != null) {
                throw new IllegalStateException(source + ": vidType " + policy.type() + " appears twice");
            }
        }
        return policies;
    }

    private static VidPolicy policy(JsonNode entry, String source) {
        String type = entry.path("vidType").isString() ? entry.path("vidType").asString() : "";
        if (!type.matches("[A-Za-z][A-Za-z0-9_-]{0,31}")) {
            throw new IllegalStateException(source + ": every policy needs a vidType (letters, digits, - or _)");
        }
        JsonNode body = entry.path("vidPolicy");
        String where = source + ", vidType " + type + ": ";
        if (!body.isObject()) {
            throw new IllegalStateException(where + "vidPolicy must be an object");
        }
        Integer minutes = optionalPositive(body, "validForInMinutes", where);
        Integer transactions = optionalPositive(body, "transactionsAllowed", where);
        Integer instances = optionalPositive(body, "instancesAllowed", where);
        if (instances == null) {
            throw new IllegalStateException(where + "instancesAllowed is required");
        }
        if (!body.path("autoRestoreAllowed").isBoolean()) {
            throw new IllegalStateException(where + "autoRestoreAllowed must be true or false");
        }
        String restore = body.path("restoreOnAction").asString("");
        if (!restore.equals(VidPolicy.ON_REVOKED) && !restore.equals(VidPolicy.ON_REGENERATE)) {
            throw new IllegalStateException(where + "restoreOnAction must be REVOKED or REGENERATE");
        }
        return new VidPolicy(
                type,
                minutes == null ? null : Duration.ofMinutes(minutes),
                transactions,
                instances,
                body.path("autoRestoreAllowed").asBoolean(),
                restore);
    }

    private static @Nullable Integer optionalPositive(JsonNode body, String field, String where) {
        JsonNode value = body.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isInt() || value.asInt() < 1) {
            throw new IllegalStateException(where + field + " must be a positive whole number or null");
        }
        return value.asInt();
    }
}
