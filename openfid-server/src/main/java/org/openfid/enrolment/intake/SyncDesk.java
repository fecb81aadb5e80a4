package org.openfid.enrolment.intake;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.EnrolmentException;
import org.openfid.enrolment.RegistrationType;
import org.openfid.keys.DataSeals;
import org.openfid.keys.KeyRef;
import org.openfid.keys.KeyedHashes;
import org.openfid.masterdata.CentreId;
import org.openfid.masterdata.MachineId;
import org.openfid.masterdata.ReferenceData;
import org.openfid.platform.AuditRecorder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MOSIP's sync: a registration machine announces each packet (RID, hash, size, process, supervisor
 * decision) before uploading it. Only an active machine of an active centre may sync, and only RIDs
 * issued at that centre and machine. Each entry is checked and stored on its own, so one bad entry
 * does not cost the others; a re-sync replaces the record until a packet is received, after which
 * only the same packet may be synced again.
 */
@Service
public class SyncDesk {

    static final String MODULE = "enrolment";
    static final KeyRef RID_HASH = KeyRef.of("REGISTRATION_PROCESSOR", "RID_AUDIT");
    static final KeyRef CONTACT_HASH = KeyRef.of("REGISTRATION_PROCESSOR", "SYNC_CONTACT");
    static final KeyRef COMMENT_SEAL = KeyRef.of("REGISTRATION_PROCESSOR", "SYNC_COMMENT");

    private static final Pattern CENTRE_MACHINE = Pattern.compile("([0-9]{5})_([0-9]{5})");
    private static final Pattern HASH = Pattern.compile("[0-9A-Fa-f]{64}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{3}");
    private static final DateTimeFormatter RID_TIME =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private final SyncStore syncs;
    private final CaseStore cases;
    private final ReferenceData reference;
    private final KeyedHashes hashes;
    private final DataSeals seals;
    private final AuditRecorder audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SyncDesk(
            SyncStore syncs,
            CaseStore cases,
            ReferenceData reference,
            KeyedHashes hashes,
            DataSeals seals,
            AuditRecorder audit,
            TransactionTemplate transactions,
            Clock clock) {
        this.syncs = syncs;
        this.cases = cases;
        this.reference = reference;
        this.hashes = hashes;
        this.seals = seals;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Checks the calling machine, then each entry.
     *
     * @param centreMachine MOSIP's {@code Center-Machine-RefId} header, {@code <centre>_<machine>}
     * @throws EnrolmentException when the header is missing or the machine may not sync
     */
    public List<SyncOutcome> sync(@Nullable String centreMachine, List<@Nullable SyncItem> items) {
        if (centreMachine == null || centreMachine.isBlank()) {
            audit.failure(MODULE, "PACKET_SYNC", null, IntakeCodes.MISSING_VALUE);
            throw new EnrolmentException(IntakeCodes.MISSING_VALUE, "Missing Request Value - Center-Machine-RefId");
        }
        var matcher = CENTRE_MACHINE.matcher(centreMachine);
        if (!matcher.matches()) {
            audit.failure(MODULE, "PACKET_SYNC", null, IntakeCodes.INVALID_VALUE);
            throw new EnrolmentException(IntakeCodes.INVALID_VALUE, "Invalid Request Value - Center-Machine-RefId");
        }
        String centre = matcher.group(1);
        String machine = matcher.group(2);
        if (!reference.activeCentre(new CentreId(centre))
                || !reference.activeMachineAt(new MachineId(machine), new CentreId(centre))) {
            audit.failure(MODULE, "PACKET_SYNC", null, IntakeCodes.INCORRECT_DATA);
            throw new EnrolmentException(
                    IntakeCodes.INCORRECT_DATA,
                    "Invalid Request Value - the machine is unknown, inactive or not at an active centre");
        }
        List<SyncOutcome> outcomes = new ArrayList<>();
        for (SyncItem item : items) {
            outcomes.add(one(item, centre, machine));
        }
        return outcomes;
    }

    private SyncOutcome one(@Nullable SyncItem item, String centre, String machine) {
        if (item == null) {
            return SyncOutcome.refused(null, IntakeCodes.EMPTY_RID, "Invalid Request Value - RID cannot be NULL");
        }
        var refusal = validate(item, centre, machine);
        String rid = item.registrationId();
        String ridHash = rid == null ? null : hashes.hash(RID_HASH, rid);
        if (refusal.isPresent()) {
            audit.failure(MODULE, "PACKET_SYNC", ridHash, refusal.get().errorCode());
            return refusal.get();
        }
        SyncRecord record = record(item, centre, machine);
        SyncOutcome outcome = transactions.execute(status -> store(record, item.supervisorComment()));
        if (outcome.success()) {
            audit.success(MODULE, "PACKET_SYNC", ridHash, record.type().name());
        } else {
            audit.failure(MODULE, "PACKET_SYNC", ridHash, outcome.errorCode());
        }
        return outcome;
    }

    private SyncOutcome store(SyncRecord record, @Nullable String comment) {
        syncs.lock(record.rid());
        Optional<String> received = cases.packetHash(record.rid());
        if (received.isPresent()) {
            return received.get().equals(record.packetHash())
                    ? SyncOutcome.stored(record.rid())
                    : SyncOutcome.refused(
                            record.rid(),
                            IntakeCodes.INCORRECT_DATA,
                            "Invalid Request Value - a different packet was already received for this RID");
        }
        byte[] sealedComment = comment == null || comment.isEmpty()
                ? null
                : seals.seal(
                        COMMENT_SEAL,
                        comment.getBytes(StandardCharsets.UTF_8),
                        ("sync:" + record.rid()).getBytes(StandardCharsets.UTF_8));
        syncs.upsert(record, sealedComment, clock.instant());
        return SyncOutcome.stored(record.rid());
    }

    private Optional<SyncOutcome> validate(SyncItem item, String centre, String machine) {
        String rid = item.registrationId();
        if (rid == null || rid.isBlank()) {
            return refuse(null, IntakeCodes.EMPTY_RID, "Invalid Request Value - RID cannot be NULL");
        }
        if (!rid.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return refuse(null, IntakeCodes.INVALID_RID, "Invalid Request Value - RID must be Numberic");
        }
        if (rid.length() != 29) {
            return refuse(rid, IntakeCodes.INVALID_RID_LENGTH, "Invalid Request Value - RID Length is not 29");
        }
        if (!validTime(rid.substring(15))) {
            return refuse(rid, IntakeCodes.INVALID_RID_TIMESTAMP, "Invalid Request Value - Invalid Timestamp in RID");
        }
        if (!rid.startsWith(centre + machine)) {
            return refuse(
                    rid, IntakeCodes.INCORRECT_DATA, "Invalid Request Value - RID was not issued at this machine");
        }
        if (item.packetId() != null && !PacketNames.validPacketId(item.packetId(), rid)) {
            return refuse(rid, IntakeCodes.INVALID_VALUE, "Invalid Request Value - packetId");
        }
        if (type(item.registrationType()) == null) {
            return refuse(rid, IntakeCodes.INVALID_TYPE, "Invalid Sync Type");
        }
        if (item.packetHashValue() == null || item.packetHashValue().isBlank()) {
            return refuse(rid, IntakeCodes.MISSING_HASH, "Invalid Request Value - Hash Sequence is NULL");
        }
        if (!HASH.matcher(item.packetHashValue()).matches()) {
            return refuse(rid, IntakeCodes.INVALID_VALUE, "Invalid Request Value - packetHashValue is not SHA-256 hex");
        }
        if (item.packetSize() == null || item.packetSize() <= 0) {
            return refuse(rid, IntakeCodes.INVALID_VALUE, "Invalid Request Value - packetSize");
        }
        if (!"APPROVED".equals(item.supervisorStatus()) && !"REJECTED".equals(item.supervisorStatus())) {
            return refuse(
                    rid,
                    IntakeCodes.INVALID_SUPERVISOR_STATUS,
                    "Invalid Request Value - Supervisor Status can be APPROVED/REJECTED");
        }
        if (item.langCode() == null || !LANGUAGE.matcher(item.langCode()).matches()) {
            return refuse(
                    rid,
                    IntakeCodes.INVALID_LANGUAGE,
                    "Invalid Language Code - Language Code must be of Three Characters");
        }
        return Optional.empty();
    }

    private SyncRecord record(SyncItem item, String centre, String machine) {
        String rid = item.registrationId();
        return new SyncRecord(
                rid,
                item.packetId() == null ? rid : item.packetId(),
                item.additionalInfoReqId(),
                type(item.registrationType()),
                item.packetHashValue().toLowerCase(Locale.ROOT),
                item.packetSize(),
                item.supervisorStatus(),
                null,
                item.langCode(),
                centre,
                machine,
                contact(item.name()),
                contact(item.email()),
                contact(item.phone()));
    }

    /** Keyed hash of a trimmed, lower-cased contact value: matchable later, unreadable at rest. */
    private @Nullable String contact(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return hashes.hash(CONTACT_HASH, value.strip().toLowerCase(Locale.ROOT));
    }

    private static @Nullable RegistrationType type(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return RegistrationType.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean validTime(String digits) {
        try {
            LocalDateTime.parse(digits, RID_TIME);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Optional<SyncOutcome> refuse(@Nullable String rid, String code, String message) {
        return Optional.of(SyncOutcome.refused(rid, code, message));
    }
}
