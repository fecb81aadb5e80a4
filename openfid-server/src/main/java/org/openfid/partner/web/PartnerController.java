package org.openfid.partner.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.openfid.keys.TrustedCertificate;
import org.openfid.partner.Partner;
import org.openfid.partner.PartnerError;
import org.openfid.partner.PartnerException;
import org.openfid.partner.PartnerId;
import org.openfid.partner.PartnerType;
import org.openfid.partner.registry.PartnerDirectory;
import org.openfid.partner.registry.PartnerKeys;
import org.openfid.platform.Roles;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Partners, their certificates, policy requests and keys. A partner account acts only on its own
 * partner; approving requests, (de)activating partners and issuing licence keys are administrators'.
 */
@RestController
@RequestMapping("/v1/partners")
class PartnerController {

    private final PartnerDirectory partners;
    private final PartnerKeys keys;

    PartnerController(PartnerDirectory partners, PartnerKeys keys) {
        this.partners = partners;
        this.keys = keys;
    }

    record RegistrationRequest(
            @NotBlank String partnerId,
            @NotBlank String name,
            @NotBlank String organisationName,
            @NotNull PartnerType partnerType,
            @NotBlank String contactEmail,
            @Nullable String policyGroup) {}

    record StatusRequest(@NotNull Boolean active) {}

    record CertificateRequest(
            @NotBlank String certificateData, @NotBlank String partnerDomain) {}

    record MappingRequest(
            @NotBlank String policyName, @NotBlank String useCaseDescription) {}

    record DecisionRequest(@NotNull Boolean approved) {}

    record ApiKeyRequest(
            @NotBlank String policyName, @NotBlank String label) {}

    record LicenceStatusRequest(
            @NotBlank String licenseKey, @NotNull Boolean active) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Partner register(@Valid @RequestBody RegistrationRequest request, Authentication caller) {
        requireAdmin(caller);
        return partners.register(new PartnerDirectory.Registration(
                new PartnerId(request.partnerId()),
                request.name(),
                request.organisationName(),
                request.partnerType(),
                request.contactEmail(),
                request.policyGroup()));
    }

    @GetMapping
    List<Partner> list(@RequestParam(required = false) @Nullable PartnerType type, Authentication caller) {
        requireAdmin(caller);
        return partners.list(type);
    }

    @GetMapping("/{partnerId}")
    Partner read(@PathVariable String partnerId, Authentication caller) {
        return partners.require(own(partnerId, caller));
    }

    @PatchMapping("/{partnerId}/status")
    Partner changeStatus(
            @PathVariable String partnerId, @Valid @RequestBody StatusRequest request, Authentication caller) {
        requireAdmin(caller);
        return partners.changeStatus(new PartnerId(partnerId), request.active());
    }

    @PutMapping("/{partnerId}/certificate")
    Map<String, Object> uploadCertificate(
            @PathVariable String partnerId, @Valid @RequestBody CertificateRequest request, Authentication caller) {
        TrustedCertificate stored =
                partners.uploadCertificate(own(partnerId, caller), request.certificateData(), request.partnerDomain());
        return Map.of(
                "certificateId", stored.id(),
                "signedCertificateData", String.valueOf(stored.signedCertificatePem()),
                "notAfter", stored.notAfter());
    }

    @PostMapping("/{partnerId}/policy-mappings")
    @ResponseStatus(HttpStatus.CREATED)
    PartnerDirectory.PolicyMapping requestPolicy(
            @PathVariable String partnerId, @Valid @RequestBody MappingRequest request, Authentication caller) {
        return partners.requestPolicy(own(partnerId, caller), request.policyName(), request.useCaseDescription());
    }

    @GetMapping("/{partnerId}/policy-mappings")
    List<PartnerDirectory.PolicyMapping> mappings(@PathVariable String partnerId, Authentication caller) {
        return partners.mappings(own(partnerId, caller));
    }

    @PatchMapping("/policy-mappings/{mappingId}")
    PartnerDirectory.PolicyMapping decide(
            @PathVariable UUID mappingId, @Valid @RequestBody DecisionRequest request, Authentication caller) {
        requireAdmin(caller);
        return partners.decide(mappingId, request.approved());
    }

    @PostMapping("/{partnerId}/api-keys")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> generateApiKey(
            @PathVariable String partnerId, @Valid @RequestBody ApiKeyRequest request, Authentication caller) {
        PartnerKeys.IssuedKey issued =
                keys.generateApiKey(own(partnerId, caller), request.policyName(), request.label());
        return Map.of("apiKey", issued.value(), "label", issued.label(), "expiresAt", issued.expiresAt());
    }

    @GetMapping("/{partnerId}/api-keys")
    List<PartnerKeys.ApiKey> apiKeys(@PathVariable String partnerId, Authentication caller) {
        return keys.apiKeys(own(partnerId, caller));
    }

    @PatchMapping("/{partnerId}/api-keys/{label}")
    PartnerKeys.ApiKey changeApiKey(
            @PathVariable String partnerId,
            @PathVariable String label,
            @Valid @RequestBody StatusRequest request,
            Authentication caller) {
        return keys.changeApiKeyStatus(own(partnerId, caller), label, request.active());
    }

    @PostMapping("/{partnerId}/licence-keys")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> issueLicence(@PathVariable String partnerId, Authentication caller) {
        requireAdmin(caller);
        PartnerKeys.IssuedKey issued = keys.issueLicence(new PartnerId(partnerId));
        return Map.of("licenseKey", issued.value(), "mispId", issued.label(), "expiresAt", issued.expiresAt());
    }

    @PatchMapping("/{partnerId}/licence-keys")
    Map<String, Object> changeLicence(
            @PathVariable String partnerId, @Valid @RequestBody LicenceStatusRequest request, Authentication caller) {
        requireAdmin(caller);
        keys.changeLicenceStatus(new PartnerId(partnerId), request.licenseKey(), request.active());
        return Map.of("mispId", partnerId, "active", request.active(), "changedAt", Instant.now());
    }

    private static PartnerId own(String partnerId, Authentication caller) {
        PartnerId id = new PartnerId(partnerId);
        if (!isAdmin(caller) && !caller.getName().equals(id.value())) {
            throw new PartnerException(PartnerError.NOT_OWN_PARTNER);
        }
        return id;
    }

    private static void requireAdmin(Authentication caller) {
        if (!isAdmin(caller)) {
            throw new PartnerException(PartnerError.NOT_OWN_PARTNER, "Only a partner administrator may do this");
        }
    }

    private static boolean isAdmin(Authentication caller) {
        return caller.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN)
                        || a.getAuthority().equals("ROLE_" + Roles.PARTNER_ADMIN));
    }
}
