package org.openfid.authentication;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.openfid.authentication.AuthenticationContext.Person;
import org.openfid.identity.AuthTypeLocks;
import org.openfid.identity.AuthTypeLocks.AuthTypeStatus;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.Identities;
import org.openfid.identity.IdentityDrafts;
import org.openfid.identity.IndividualId;
import org.openfid.identity.Rid;
import org.openfid.identity.Uin;
import org.openfid.identity.UinStatus;
import org.openfid.identity.Vid;
import org.openfid.identity.VidStatus;
import org.openfid.identity.Vids;
import org.openfid.keys.MutableClock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The identities one MOSIP case needs, made in OpenFID's registry. MOSIP's rig fills {@code
 * $ID:<case>_<field>$} with values an earlier case (AddIdentity, GenerateVID, AuthLock, ...) produced;
 * here each placeholder is read by what its earlier case did to its identity, and that state is made
 * for one fresh person per case, so no case depends on another. A placeholder nobody maps fails the
 * test rather than being sent as it is; text that is not a well-formed placeholder (the case
 * {@code $IDlock_...$} without the colon) is sent literally, as MOSIP's rig does.
 *
 * <p>Where a case relies on MOSIP's test identity data, the person is given that data: date of birth
 * {@code 1970/07/08} and gender {@code MLE} (what the "valid dob" and "valid gender" cases send), and
 * the dates of birth MOSIP's {@code AddIdentity.yml} gives the age cases.
 */
final class IdaCaseFixtures {

    /** MOSIP's test identity's date of birth, which the cases send as the valid one. */
    static final String MOSIP_DOB = "1970/07/08";

    private static final Pattern PLACEHOLDER = Pattern.compile("^\\$ID:([A-Za-z0-9_]+)\\$$");
    private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\$ID:([A-Za-z0-9_]+)\\$");
    private static final DateTimeFormatter DOB = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The services of the running platform the fixtures are made with. */
    record Registry(
            Identities identities,
            Vids vids,
            AuthTypeLocks locks,
            IdentityDrafts drafts,
            IdNumbers numbers,
            MutableClock clock,
            People people) {}

    /** Creates a person in the registry (the test context's {@code person}). */
    @FunctionalInterface
    interface People {
        Person create(String name, String dob, String gender);
    }

    private final Registry registry;
    private final String caseText;
    private final Map<String, String> made = new HashMap<>();
    private @Nullable Person person;

    /**
     * @param registry the platform's services
     * @param theCase the case whose placeholders are to be filled
     */
    IdaCaseFixtures(Registry registry, MosipIdaCase theCase) {
        this.registry = registry;
        this.caseText = theCase.input().toString();
    }

    /** The case's person (made on first use), whose phone receives the OTPs. */
    Person person() {
        if (person == null) {
            person = makePerson();
        }
        return person;
    }

    /**
     * The value the rig would send for {@code text}: a filled {@code $ID:...$} placeholder, {@code
     * eng} for {@code $PRIMARYLANG$}, or the text itself.
     */
    String resolve(String text) {
        if (text.equals("$PRIMARYLANG$")) {
            return "eng";
        }
        Matcher placeholder = PLACEHOLDER.matcher(text);
        if (!placeholder.matches()) {
            return text;
        }
        String name = placeholder.group(1);
        String value = made.get(name);
        if (value == null) {
            value = make(name);
            made.put(name, value);
        }
        return value;
    }

    private String make(String name) {
        if (name.endsWith("_EMAIL")) {
            return person().email();
        }
        if (name.endsWith("_PHONE")) {
            return person().phone();
        }
        if (name.endsWith("_vid")) {
            return vid(name);
        }
        if (name.startsWith("GetUnusedUIN")) {
            return unusedUin();
        }
        if (name.endsWith("_UIN")) {
            return person().uin();
        }
        throw new IllegalArgumentException("No fixture for the MOSIP placeholder " + name);
    }

    /** A VID of the person, in the state its GenerateVID / RevokeVID / hotlist case left it. */
    private String vid(String name) {
        Uin uin = new Uin(person().uin());
        if (name.contains("Temp_VID")) {
            // Both MOSIP cases with this "valid temporary VID" expect a refusal, and nothing else in them
            // is wrong: MOSIP's rig makes the VID in its prerequisite suite, and a Temporary VID is
            // valid for 30 minutes (the same policy here), so by the time the cases run it has expired
            String temporary = registry.vids().create(uin, "Temporary").vid().value();
            registry.clock().advance(Duration.ofMinutes(31));
            return temporary;
        }
        Vid vid = registry.vids().create(uin, "Perpetual").vid();
        if (name.contains("torevoke") || name.contains("to_revoke")) {
            registry.vids().changeStatus(vid, VidStatus.REVOKED);
        } else if (name.contains("toBlock")) {
            // MOSIP blocks it through the IDA hotlist; OpenFID has none, an administrator invalidates it
            registry.vids().changeStatus(vid, VidStatus.INVALIDATED);
        } else if (!name.contains("Perpetual")) {
            throw new IllegalArgumentException("No fixture for the MOSIP VID placeholder " + name);
        }
        return vid.value();
    }

    /** A UIN that passes every number rule and belongs to nobody (MOSIP's GetUnusedUIN). */
    private String unusedUin() {
        for (long n = ThreadLocalRandom.current().nextLong(2_000_000_000L, 8_000_000_000L); ; n++) {
            String candidate = Long.toString(n);
            if (registry.numbers().isValidUin(candidate)
                    && registry.identities().find(new Uin(candidate)).isEmpty()) {
                return candidate;
            }
        }
    }

    /** The person every UIN, VID, e-mail and phone placeholder of the case names, in its state. */
    private Person makePerson() {
        Person made = registry.people().create("Miss Lisa GN", dateOfBirth(), "MLE");
        IndividualId id = IndividualId.of(new Uin(made.uin()));
        Instant now = Instant.now();
        if (mentions("Infant_which_locked")) {
            // MOSIP's AuthInternalLock locks Bio for this infant
            lock(id, new AuthTypeStatus("bio-IRIS", true, null));
        }
        if (mentions("Lock_permanent_DemoAuth")) {
            lock(id, new AuthTypeStatus("demo", true, null));
        }
        if (mentions("Lock_UIN_Unlock_DemoAuth")) {
            // MOSIP locked demo and unlocked it for a few seconds (unlockForSeconds); that window is over
            lock(id, new AuthTypeStatus("demo", false, now.minus(Duration.ofSeconds(1))));
        }
        if (mentions("toLock_email") || mentions("toLock_phone")) {
            // MOSIP locks otp-email / otp-phone; OpenFID locks OTP as a whole
            lock(id, new AuthTypeStatus("otp", true, null));
        }
        if (mentions("deactivate_UIN") || mentions("toDeactivate_Reactivate")) {
            registry.identities().changeStatus(id, UinStatus.DEACTIVATED, "MOSIP case: deactivated UIN");
        }
        if (mentions("toDeactivate_Reactivate")) {
            registry.identities().changeStatus(id, UinStatus.ACTIVATED, "MOSIP case: reactivated UIN");
        }
        if (mentions("toBlock_toSendOtp")) {
            // MOSIP blocks the UIN through the IDA hotlist; OpenFID blocks the UIN itself
            registry.identities().changeStatus(id, UinStatus.BLOCKED, "MOSIP case: blocked UIN");
        }
        if (mentions("GetDraft")) {
            publishDraftWithDob(made);
        }
        return made;
    }

    /**
     * The date of birth MOSIP's AddIdentity gives the case's identity: its age cases' own dates, an
     * infant born two years ago (MOSIP's 2023/09/28, kept under MOSIP's child age of five whenever
     * the test runs), otherwise {@link #MOSIP_DOB}.
     */
    private String dateOfBirth() {
        if (mentions("Infant")) {
            return LocalDate.now(ZoneOffset.UTC).minusYears(2).format(DOB);
        }
        Map<String, String> ageCases = Map.of(
                "with_zero_age", "2000/01/10",
                "with_negative_age", "2010/12/10",
                "age_more_than_calculated", "2010/01/14",
                "age_below_calculated", "2000/01/14");
        for (var entry : ageCases.entrySet()) {
            if (mentions(entry.getKey())) {
                return entry.getValue();
            }
        }
        return MOSIP_DOB;
    }

    /** MOSIP's CreateDraft / UpdateDraft / PublishDraft: the record's date of birth becomes 1992/04/15. */
    private void publishDraftWithDob(Person of) {
        Rid rid = AuthenticationContext.newRid();
        registry.drafts().create(rid, new Uin(of.uin()));
        ObjectNode change = JSON.createObjectNode().put("dateOfBirth", "1992/04/15");
        registry.drafts().update(rid, change, List.of());
        registry.drafts().publish(rid);
    }

    private void lock(IndividualId id, AuthTypeStatus status) {
        registry.locks().change(id, List.of(status));
    }

    /** Whether a placeholder of the case names this earlier case (or a part of its name). */
    private boolean mentions(String fragment) {
        return placeholderNames().stream().anyMatch(n -> n.contains(fragment));
    }

    private List<String> placeholderNames() {
        Matcher all = ANY_PLACEHOLDER.matcher(caseText);
        List<String> names = new ArrayList<>();
        while (all.find()) {
            names.add(all.group(1));
        }
        return names;
    }

    /** The input's identity block as IDA demographics, placeholders filled. */
    ObjectNode demographics(JsonNode identityRequest) {
        ObjectNode demographics = JSON.createObjectNode();
        for (var field : identityRequest.properties()) {
            String attribute = field.getKey();
            if (attribute.equals("identityRequestTemplate") || attribute.equals("value")) {
                continue;
            }
            if (attribute.equals("key")) {
                demographics.put(
                        field.getValue().asString(),
                        resolve(identityRequest.path("value").asString()));
                continue;
            }
            var entries = demographics.putArray(attribute);
            for (JsonNode entry : field.getValue()) {
                entries.addObject()
                        .put("language", resolve(entry.path("language").asString()))
                        .put("value", resolve(entry.path("value").asString()));
            }
        }
        return demographics;
    }
}
