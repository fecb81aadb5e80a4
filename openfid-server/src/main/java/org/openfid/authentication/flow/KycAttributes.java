package org.openfid.authentication.flow;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.IdaRefusal;
import org.openfid.keys.Envelopes;
import org.openfid.keys.KeysException;
import org.openfid.partner.AuthorisedPartner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The identity an e-KYC partner receives: only attributes its policy allows and (if the request names
 * any) the request asks for, only in the policy's languages, named as MOSIP does ({@code
 * fullName_eng}; single-valued attributes plain), encrypted to the partner's certificate so that only
 * the partner can read it.
 */
@Component
public class KycAttributes {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final Envelopes envelopes;

    KycAttributes(Envelopes envelopes) {
        this.envelopes = envelopes;
    }

    /** The e-KYC part of the response: {@code identity}, {@code sessionKey}, {@code thumbprint}. */
    public ObjectNode encryptedFor(Individual person, OpenedRequest request, AuthorisedPartner partner) {
        ObjectNode identity = filtered(
                person.data(), attributes(request, partner), partner.policy().kycLanguages());
        if (partner.certificate() == null) {
            throw new IdaRefusal(IdaError.kycEncryptionFailed());
        }
        try {
            Envelopes.SplitEnvelope sealed =
                    envelopes.encryptSplit(partner.certificate(), JSON.writeValueAsBytes(identity));
            ObjectNode payload = JSON.createObjectNode();
            payload.put("identity", URL.encodeToString(sealed.body()));
            payload.put("sessionKey", URL.encodeToString(sealed.wrappedKey()));
            payload.put("thumbprint", URL.encodeToString(sealed.thumbprint()));
            return payload;
        } catch (KeysException e) {
            throw new IdaRefusal(IdaError.kycEncryptionFailed());
        }
    }

    /** Allowed by policy, narrowed to what the request asks for when it asks for anything. */
    static List<String> attributes(OpenedRequest request, AuthorisedPartner partner) {
        Set<String> asked = new LinkedHashSet<>();
        request.outer()
                .path("allowedKycAttributes")
                .forEach(a -> asked.add(
                        a.isString() ? a.asString() : a.path("attributeName").asString("")));
        List<String> allowed = new ArrayList<>(partner.policy().allowedKycAttributes());
        if (!asked.isEmpty()) {
            allowed.retainAll(asked);
        }
        return allowed;
    }

    static ObjectNode filtered(JsonNode identity, List<String> attributes, List<String> languages) {
        ObjectNode out = JSON.createObjectNode();
        for (String attribute : attributes) {
            JsonNode value = identity.get(attribute);
            if (value == null || value.isNull()) {
                continue;
            }
            if (value.isArray()) {
                for (JsonNode entry : value) {
                    String language = entry.path("language").asString("");
                    if (!language.isEmpty() && (languages.isEmpty() || languages.contains(language))) {
                        out.put(attribute + "_" + language, entry.path("value").asString(""));
                    }
                }
            } else if (value.isValueNode()) {
                out.put(attribute, value.asString());
            }
        }
        return out;
    }
}
