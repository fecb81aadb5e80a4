package org.openfid.authentication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openfid.identity.AuthTypeLocks;
import org.openfid.identity.IdNumbers;
import org.openfid.identity.IdentityDrafts;
import org.openfid.identity.Vids;
import org.openfid.partner.PartnerFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Replays MOSIP's own negative test cases for the IDA API (demographic and OTP authentication and
 * e-KYC, send-OTP: 131 cases of MOSIP's api-test rig, read from {@code mosip-ida-cases/ida-cases.json})
 * against OpenFID over HTTP, with requests built, encrypted and signed as MOSIP's rig builds them, and
 * checks that OpenFID refuses each one as MOSIP expects: status {@code false} (or a send-OTP error),
 * and every error code the case lists among OpenFID's codes.
 *
 * <p>Where OpenFID deliberately answers otherwise, the case is not skipped: {@link #DIFFERENCES} says
 * what OpenFID answers instead and why, and that is asserted.
 */
class MosipIdaCasesTests extends AuthenticationContext {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MosipIdaCasesTests.class);

    /**
     * What OpenFID answers for a case.
     *
     * @param accepted whether it authenticated (or sent the OTP)
     * @param codes the error codes every one of which must be among OpenFID's
     * @param why the reason, for a deliberate difference from MOSIP's expectation
     */
    record Expectation(boolean accepted, List<String> codes, String why) {

        static Expectation refused(String why, String... codes) {
            return new Expectation(false, List.of(codes), why);
        }

        static Expectation of(MosipIdaCase theCase) {
            return new Expectation(theCase.expectsSuccess(), theCase.expectedCodes(), "as MOSIP expects");
        }
    }

    /** Case id (or name, for the case without one) to what OpenFID answers instead of MOSIP's expectation. */
    static final Map<String, Expectation> DIFFERENCES = Map.ofEntries(
            Map.entry(
                    "TC_IDA_EkycDemo_34",
                    Expectation.refused(
                            "unknown partner in the path: OpenFID checks the path's keys before the signature"
                                    + " and names the fault (MOSIP answers IDA-MLC-007 with a failed signature)",
                            "IDA-MPA-009")),
            Map.entry(
                    "TC_IDA_OtpAuth_26",
                    Expectation.refused(
                            "unknown partner in the path: OpenFID checks the path's keys before the signature",
                            "IDA-MPA-009")),
            Map.entry(
                    "TC_IDA_EkycOtp_28",
                    Expectation.refused(
                            "MOSIP's path is a truncated placeholder ($ekycPartnerKe), one segment instead of"
                                    + " three: OpenFID answers that path parameters are missing",
                            "IDA-MPA-038")),
            Map.entry(
                    "TC_IDA_DemoAuth_71",
                    new Expectation(
                            true,
                            List.of(),
                            "age 10 of a person born 2000/01/14 matches, as MOSIP's own rule (asked age at most the real"
                                    + " one) decides; MOSIP skips this case (MOSIP-43456)")),
            Map.entry(
                    "TC_IDA_SendOTP_03",
                    Expectation.refused(
                            "IDR-IDC-007 is an ID-repository code; OpenFID's IDA answers for a deactivated UIN"
                                    + " as MOSIP IDA does for authentication; MOSIP skips this case (MOSIP-43965)",
                            "IDA-MLC-022")),
            Map.entry(
                    "TC_IDA_SendOTP_09",
                    Expectation.refused(
                            "a blocked UIN is IDA-MLC-022, as MOSIP's own hotlist filter answers; the case's"
                                    + " IDA-MLC-019 (locked) is a rig error MOSIP skips (MOSIP-41021)",
                            "IDA-MLC-022")),
            Map.entry(
                    "TC_IDA_SendOTP_10",
                    Expectation.refused(
                            "OpenFID has no hotlist: the blocked VID is an invalidated one, IDA-MLC-023"
                                    + " (expired/deactivated); MOSIP skips this case (MOSIP-41021)",
                            "IDA-MLC-023")));

    /**
     * One partner (standard policy) per running platform, by its port: onboarding is slow, and cases
     * cannot disturb each other through it (the replay guard keys on transaction id and request time).
     */
    private static final Map<Integer, PartnerFixture.Onboarded> PARTNERS = new ConcurrentHashMap<>();

    @Autowired
    Vids vids;

    @Autowired
    AuthTypeLocks locks;

    @Autowired
    IdentityDrafts drafts;

    @Autowired
    IdNumbers numbers;

    static Stream<MosipIdaCase> cases() {
        return MosipIdaCase.all().stream();
    }

    @Test
    void theExtractIsWholeAndEveryDifferenceNamesOneOfItsCases() {
        List<MosipIdaCase> all = MosipIdaCase.all();

        assertThat(all).hasSize(131);
        assertThat(all.stream().map(MosipIdaCase::key).distinct()).hasSize(all.size());
        assertThat(all.stream().map(MosipIdaCase::key)).containsAll(DIFFERENCES.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void openFidAnswersAsMosipExpects(MosipIdaCase theCase) throws Exception {
        Expectation expected = DIFFERENCES.getOrDefault(theCase.key(), Expectation.of(theCase));
        IdaCaseFixtures fixtures = new IdaCaseFixtures(
                new IdaCaseFixtures.Registry(identities, vids, locks, drafts, numbers, clock, this::person), theCase);
        PartnerFixture.Onboarded partner =
                PARTNERS.computeIfAbsent(port, p -> partners.onboard(PartnerFixture.standardPolicy()));

        IdaCaseRig.Answer answer = new IdaCaseRig(client(partner), partner, fixtures, SMS).replay(theCase);

        LOG.info("{} -> accepted={} {} ({})", theCase, answer.accepted(), answer.codes(), expected.why());
        String context = theCase.description() + " | " + expected.why() + " | answer: " + answer.json();
        assertThat(answer.accepted()).as(context).isEqualTo(expected.accepted());
        assertThat(answer.codes()).as(context).containsAll(expected.codes());
        if (!expected.accepted()) {
            assertThat(answer.codes())
                    .as("a refusal names its reason: " + context)
                    .isNotEmpty();
        }
    }
}
