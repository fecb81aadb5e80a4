package org.openfid.authentication.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openfid.authentication.AuthTransaction;
import org.openfid.authentication.AuthTransactions;
import org.openfid.authentication.IdaRefusal;
import org.openfid.identity.IdType;
import org.openfid.identity.IndividualId;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's authentication history (MOSIP's internal {@code authTransactions}), asked with the id in
 * the body rather than the URL, so it stays out of access logs.
 */
@RestController
class HistoryController {

    private final AuthTransactions history;

    HistoryController(AuthTransactions history) {
        this.history = history;
    }

    record HistoryRequest(
            @NotBlank String individualId,
            @NotBlank String individualIdType,
            @Nullable Integer limit) {}

    @PostMapping("/idauthentication/v1/internal/authTransactions")
    ResponseEntity<Map<String, Object>> read(@Valid @RequestBody HistoryRequest request) {
        try {
            IdType type = "VID".equals(request.individualIdType()) ? IdType.VID : IdType.UIN;
            List<AuthTransaction> transactions = history.history(
                    new IndividualId(type, request.individualId()), request.limit() == null ? 50 : request.limit());
            return ResponseEntity.ok(Map.of("response", Map.of("authTransactions", transactions)));
        } catch (IdaRefusal refusal) {
            return ResponseEntity.status(HttpStatus.OK).body(Map.of("errors", refusal.errors()));
        }
    }
}
