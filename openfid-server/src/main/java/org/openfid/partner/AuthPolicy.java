package org.openfid.partner;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an authentication policy lets a partner do, as MOSIP's {@code auth-policy-schema}: the
 * authentication types it may use (some mandatory), the identity attributes e-KYC may return, the
 * languages they come in, and which token the partner receives for a person.
 *
 * @param authTokenType {@code random}, {@code partner} or {@code policy}
 * @param allowedAuthTypes the allowed types
 * @param allowedKycAttributes attribute names e-KYC may return
 * @param kycLanguages languages of returned attributes (empty: every language)
 */
public record AuthPolicy(
        String authTokenType,
        List<AllowedAuthType> allowedAuthTypes,
        List<String> allowedKycAttributes,
        List<String> kycLanguages) {

    public AuthPolicy {
        Objects.requireNonNull(authTokenType, "authTokenType must not be null");
        allowedAuthTypes = List.copyOf(allowedAuthTypes);
        allowedKycAttributes = List.copyOf(allowedKycAttributes);
        kycLanguages = List.copyOf(kycLanguages);
    }

    /**
     * Whether the policy allows {@code authType} (for example {@code demo}, {@code otp}, {@code bio},
     * {@code kyc}, {@code otp-request}) with {@code subType} ({@code FINGER} for bio; ignored otherwise
     * when the policy gives no subtype).
     */
    public boolean allows(String authType, @Nullable String subType) {
        return allowedAuthTypes.stream().anyMatch(allowed -> allowed.covers(authType, subType));
    }

    /** The types every request must use. */
    public List<AllowedAuthType> mandatory() {
        return allowedAuthTypes.stream().filter(AllowedAuthType::mandatory).toList();
    }

    /**
     * One allowed authentication type.
     *
     * @param authType the type, for example {@code bio}
     * @param authSubType its subtype, for example {@code FINGER}, or empty
     * @param mandatory whether every request must use it
     */
    public record AllowedAuthType(String authType, String authSubType, boolean mandatory) {

        boolean covers(String type, @Nullable String subType) {
            if (!authType.equalsIgnoreCase(type)) {
                return false;
            }
            return authSubType.isEmpty() || subType == null || authSubType.equalsIgnoreCase(subType);
        }
    }
}
