package org.openfid.partner.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.openfid.partner.PartnerError;
import org.openfid.partner.PartnerException;
import org.openfid.partner.registry.PolicyCatalogue;
import org.openfid.partner.registry.PolicyDocuments;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Policy groups and policies ({@code Auth} and {@code DataShare}, MOSIP's two policy types), versioned
 * and validated on upload. Administrators write; partners read.
 */
@RestController
@RequestMapping("/v1/policies")
class PolicyController {

    private final PolicyCatalogue policies;

    PolicyController(PolicyCatalogue policies) {
        this.policies = policies;
    }

    record GroupRequest(@NotBlank String name, @NotBlank String description) {}

    record PolicyRequest(
            @NotBlank String policyGroupName,
            @NotBlank String name,
            @NotBlank String description,
            @NotBlank String policyType,
            @NotNull JsonNode policies) {}

    record UpdateRequest(
            @NotBlank String description, @NotNull JsonNode policies) {}

    record StatusRequest(@NotNull Boolean active) {}

    @PostMapping("/groups")
    @ResponseStatus(HttpStatus.CREATED)
    PolicyCatalogue.PolicyGroup createGroup(@Valid @RequestBody GroupRequest request) {
        return policies.createGroup(request.name(), request.description());
    }

    @GetMapping("/groups")
    List<PolicyCatalogue.PolicyGroup> groups() {
        return policies.groups();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PolicyCatalogue.Policy create(@Valid @RequestBody PolicyRequest request) {
        return policies.create(
                request.policyGroupName(),
                request.name(),
                request.description(),
                kind(request.policyType()),
                request.policies());
    }

    @GetMapping
    List<PolicyCatalogue.Policy> list() {
        return policies.list();
    }

    @GetMapping("/{policyId}")
    PolicyCatalogue.Policy read(@PathVariable UUID policyId) {
        return policies.find(policyId).orElseThrow(() -> new PartnerException(PartnerError.POLICY_NOT_FOUND));
    }

    @GetMapping("/{policyId}/versions")
    List<JsonNode> versions(@PathVariable UUID policyId) {
        return policies.versions(policyId);
    }

    @PutMapping("/{policyId}")
    PolicyCatalogue.Policy update(@PathVariable UUID policyId, @Valid @RequestBody UpdateRequest request) {
        return policies.update(policyId, request.description(), request.policies());
    }

    @PostMapping("/{policyId}/group/{groupId}/publish")
    PolicyCatalogue.Policy publish(@PathVariable UUID policyId, @PathVariable UUID groupId) {
        return policies.publish(policyId, groupId);
    }

    @PatchMapping("/{policyId}/group/{groupId}")
    PolicyCatalogue.Policy changeStatus(
            @PathVariable UUID policyId, @PathVariable UUID groupId, @Valid @RequestBody StatusRequest request) {
        return policies.changeStatus(policyId, groupId, request.active());
    }

    private static PolicyDocuments.Kind kind(String policyType) {
        return switch (policyType) {
            case "Auth" -> PolicyDocuments.Kind.AUTH;
            case "DataShare" -> PolicyDocuments.Kind.DATA_SHARE;
            default -> throw new PartnerException(PartnerError.INVALID_INPUT, "policyType must be Auth or DataShare");
        };
    }
}
