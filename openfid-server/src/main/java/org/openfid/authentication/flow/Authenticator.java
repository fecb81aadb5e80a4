package org.openfid.authentication.flow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.authentication.AuthenticationProperties;
import org.openfid.authentication.IdaError;
import org.openfid.authentication.IdaRefusal;
import org.openfid.authentication.bio.Capture;
import org.openfid.authentication.bio.CaptureOpener;
import org.openfid.authentication.bio.FingerProbes;
import org.openfid.authentication.demo.DemoFailure;
import org.openfid.authentication.history.TransactionLog;
import org.openfid.identity.AuthTypeLocks;
import org.openfid.partner.AuthorisedPartner;
import org.openfid.partner.PartnerException;
import org.openfid.partner.Partners;
import org.openfid.platform.AuditRecorder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The authentication and e-KYC flow, step by step in MOSIP's order: partner keys, signature,
 * decryption and validation, policy, the person (status, VID, child rule, locks), matching, token,
 * record (which is also the replay guard). The CPU-heavy opening and the extraction of the captured
 * fingers' templates happen before any database work; everything that writes (the record, the VID
 * count, OTP attempts, the audit entry) commits together or not at all.
 */
@Service
public class Authenticator {

    static final String MODULE = "authentication";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Authenticator.class);

    private final Partners partners;
    private final RequestOpener opener;
    private final CaptureOpener captureOpener;
    private final Individuals individuals;
    private final PartnerTokens tokens;
    private final TransactionLog log;
    private final Matchers matchers;
    private final KycAttributes kyc;
    private final AuditRecorder audit;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ChildFactors children;

    Authenticator(
            Partners partners,
            RequestOpener opener,
            CaptureOpener captureOpener,
            Individuals individuals,
            PartnerTokens tokens,
            TransactionLog log,
            Matchers matchers,
            KycAttributes kyc,
            AuditRecorder audit,
            TransactionTemplate transactions,
            Clock clock,
            AuthenticationProperties properties) {
        this.partners = partners;
        this.opener = opener;
        this.captureOpener = captureOpener;
        this.individuals = individuals;
        this.tokens = tokens;
        this.log = log;
        this.matchers = matchers;
        this.kyc = kyc;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.children = new ChildFactors(properties.child());
    }

    /**
     * One call to the partner API.
     *
     * @param kind AUTH or KYC
     * @param licenceKey the MISP licence key of the path
     * @param partnerId the partner id of the path
     * @param apiKey the API key of the path
     * @param signature the {@code signature} header
     * @param body the request body as received
     */
    public record Call(
            String kind,
            String licenceKey,
            String partnerId,
            String apiKey,
            @Nullable String signature,
            byte[] body) {

        /** A call of the platform's own modules: authenticated by their account, no partner keys. */
        public static Call internal(String kind, byte[] body) {
            return new Call(kind, "", InternalPartner.ID, "", null, body);
        }

        boolean isInternal() {
            return kind.startsWith("INTERNAL");
        }
    }

    /** Authenticates (and for KYC, returns the allowed attributes); never throws for bad input. */
    public IdaAnswer authenticate(Call call) {
        JsonNode outer = null;
        try {
            AuthorisedPartner partner = call.isInternal() ? InternalPartner.POLICY : authorise(call);
            outer = opener.parse(call.body());
            if (!call.isInternal()) {
                opener.verifySignature(call.signature(), call.body(), partner);
            }
            OpenedRequest request = opener.open(
                    call.kind(),
                    expectedId(call.kind()),
                    outer,
                    call.isInternal() ? RequestOpener.INTERNAL_KEY : RequestOpener.PARTNER_KEY);
            List<Capture> captures = captureOpener.open(
                    request.transactionId(), request.requestTime(), request.outer(), request.inner());
            RequestedTypes types = RequestedTypes.of(request.inner(), captures);
            if (call.kind().equals("KYC") && !partner.policy().allows("kyc", null)) {
                throw new IdaRefusal(IdaError.kycNotAllowed());
            }
            types.requireAllowedBy(partner.policy());
            // the fingers' templates are extracted before the transaction takes a connection; a finger
            // that cannot be extracted is answered inside it, after the person, child rule and locks
            FingerProbes probes = matchers.fingerProbes(captures);
            IdaAnswer answer = transactions.execute(status -> decide(call, partner, request, types, probes));
            return java.util.Objects.requireNonNull(answer);
        } catch (IdaRefusal refusal) {
            return refused(call, outer, refusal.errors());
        } catch (RuntimeException unexpected) {
            LOG.error("Authentication request failed unexpectedly", unexpected);
            return IdaAnswer.refused(null, List.of(IdaError.unableToProcess()));
        }
    }

    private static String expectedId(String kind) {
        return switch (kind) {
            case "KYC" -> "mosip.identity.kyc";
            case "INTERNAL_AUTH" -> "mosip.identity.auth.internal";
            default -> "mosip.identity.auth";
        };
    }

    private AuthorisedPartner authorise(Call call) {
        try {
            return partners.authorise(call.licenceKey(), call.partnerId(), call.apiKey());
        } catch (PartnerException e) {
            throw new IdaRefusal(IdaError.of(e.code(), e.getMessage()));
        }
    }

    private IdaAnswer decide(
            Call call, AuthorisedPartner partner, OpenedRequest request, RequestedTypes types, FingerProbes probes) {
        var logged = new TransactionLog.Request(
                call.kind(),
                call.partnerId(),
                request.transactionId(),
                request.requestTime(),
                request.individual().type().name());
        Individual person = null;
        List<IdaError> errors;
        try {
            person = individuals.resolve(request.individual());
            errors = check(person, request, types, partner, probes);
        } catch (IdaRefusal refusal) {
            errors = refusal.errors();
        }
        List<String> codes = errors.stream().map(IdaError::errorCode).toList();
        String hash = person == null ? null : person.hash();
        if (!errors.isEmpty() || person == null) {
            recordOrRefuseReplay(logged, hash, types, codes, null);
            audit.failure(MODULE, call.kind(), hash, String.join(",", codes));
            return IdaAnswer.refused(request.transactionId(), errors);
        }
        individuals.countUse(person);
        String token = call.isInternal() ? tokens.internalToken(person) : tokens.tokenFor(person, partner);
        ObjectNode payload = call.kind().equals("KYC") ? kyc.encryptedFor(person, request, partner) : null;
        recordOrRefuseReplay(logged, hash, types, List.of(), token);
        audit.success(MODULE, call.kind(), hash, String.join(",", types.names()));
        return new IdaAnswer(request.transactionId(), true, token, List.of(), payload);
    }

    /**
     * Writes the outcome, which also claims the transaction id (ADR 0025). A replay finds the claim
     * taken, even one racing the original (its insert waits for the original to commit), and is refused
     * by rolling back everything it did: an OTP attempt it counted, a VID use.
     */
    private void recordOrRefuseReplay(
            TransactionLog.Request logged,
            @Nullable String hash,
            RequestedTypes types,
            List<String> codes,
            @Nullable String token) {
        if (!log.record(logged, hash, types.names(), codes, token)) {
            throw new IdaRefusal(IdaError.invalid("transactionID (already used)"));
        }
    }

    private List<IdaError> check(
            Individual person,
            OpenedRequest request,
            RequestedTypes types,
            AuthorisedPartner partner,
            FingerProbes probes) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        // MOSIP's filter order: the child rule, then the auth-type locks, then matching
        List<IdaError> errors = new ArrayList<>(children.refusals(person.data(), types, today));
        if (errors.isEmpty()) {
            errors.addAll(lockedTypes(person, types));
        }
        if (!errors.isEmpty()) {
            return errors;
        }
        if (types.demo()) {
            for (DemoFailure failure : matchers.demographic()
                    .match(request.inner().path("demographics"), person.data(), today)
                    .failures()) {
                errors.add(new IdaError(failure.errorCode(), failure.message(), failure.actionMessage()));
            }
        }
        if (types.otp()) {
            errors.addAll(matchers.otp(person, request, partner.partner().id().value()));
        }
        if (!types.bioSubTypes().isEmpty()) {
            errors.addAll(matchers.biometric(person, probes));
        }
        return errors;
    }

    private List<IdaError> lockedTypes(Individual person, RequestedTypes types) {
        List<IdaError> errors = new ArrayList<>();
        for (AuthTypeLocks.AuthTypeStatus status : person.lockStatuses()) {
            if (!status.locked()) {
                continue;
            }
            String locked = status.authType();
            boolean used = (locked.equals("demo") && types.demo())
                    || (locked.equals("otp") && types.otp())
                    || (locked.startsWith("bio-") && types.bioSubTypes().contains(locked.substring(4)));
            if (used) {
                errors.add(IdaError.locked(locked));
            }
        }
        return errors;
    }

    private IdaAnswer refused(Call call, @Nullable JsonNode outer, List<IdaError> errors) {
        String transactionId = outer == null ? null : text(outer, "transactionID");
        List<String> codes = errors.stream().map(IdaError::errorCode).toList();
        transactions.executeWithoutResult(status -> {
            log.refused(
                    new TransactionLog.Request(
                            call.kind(),
                            call.partnerId().length() > 64 ? call.partnerId().substring(0, 64) : call.partnerId(),
                            transactionId == null ? "-" : transactionId,
                            clock.instant(),
                            outer == null ? null : text(outer, "individualIdType")),
                    null,
                    codes);
            audit.failure(MODULE, call.kind(), null, String.join(",", codes));
        });
        return IdaAnswer.refused(transactionId, errors);
    }

    private static @Nullable String text(JsonNode outer, String field) {
        JsonNode value = outer.get(field);
        if (value == null || !value.isString() || value.asString().length() > 32) {
            return null;
        }
        return value.asString();
    }
}
