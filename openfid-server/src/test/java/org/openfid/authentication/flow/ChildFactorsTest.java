package org.openfid.authentication.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openfid.authentication.AuthenticationProperties;
import org.openfid.authentication.IdaError;
import tools.jackson.databind.json.JsonMapper;

/** MOSIP's child rule alone: who is a child, and which factors a child may not use. */
class ChildFactorsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final ChildFactors MOSIP_DEFAULTS =
            new ChildFactors(new AuthenticationProperties.Child(5, List.of("otp", "bio")));
    private static final RequestedTypes OTP = new RequestedTypes(false, true, Set.of());
    private static final RequestedTypes DEMO = new RequestedTypes(true, false, Set.of());
    private static final RequestedTypes FINGER = new RequestedTypes(false, false, Set.of("FINGER"));

    @Test
    void aChildUnderFiveMayUseDemographicsButNotOtpOrBiometrics() {
        var child = JSON.readTree("{\"dateOfBirth\":\"2023/09/28\"}");

        assertThat(MOSIP_DEFAULTS.refusals(child, OTP, TODAY))
                .extracting(IdaError::errorCode, IdaError::errorMessage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "IDA-MLC-011", "Unsupported Authentication Type for child - otp"));
        assertThat(MOSIP_DEFAULTS.refusals(child, FINGER, TODAY))
                .extracting(IdaError::errorMessage)
                .containsExactly("Unsupported Authentication Type for child - bio");
        assertThat(MOSIP_DEFAULTS.refusals(child, DEMO, TODAY)).isEmpty();
    }

    @Test
    void fromTheFifthBirthdayOnAndWithoutADateOfBirthNobodyIsAChild() {
        assertThat(MOSIP_DEFAULTS.refusals(JSON.readTree("{\"dateOfBirth\":\"2021/11/23\"}"), OTP, TODAY))
                .isEmpty();
        assertThat(MOSIP_DEFAULTS.refusals(JSON.readTree("{\"dateOfBirth\":\"2021/11/24\"}"), OTP, TODAY))
                .hasSize(1);
        assertThat(MOSIP_DEFAULTS.refusals(JSON.readTree("{}"), OTP, TODAY)).isEmpty();
        assertThat(new ChildFactors(new AuthenticationProperties.Child(5, List.of("DEMO")))
                        .refusals(JSON.readTree("{\"dateOfBirth\":\"2025/01/01\"}"), DEMO, TODAY))
                .extracting(IdaError::errorMessage)
                .containsExactly("Unsupported Authentication Type for child - demo");
    }
}
