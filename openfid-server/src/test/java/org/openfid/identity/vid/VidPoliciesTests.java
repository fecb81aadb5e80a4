package org.openfid.identity.vid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openfid.identity.IdentityError;
import org.openfid.identity.IdentityException;
import org.openfid.identity.IdentityProperties;
import org.openfid.identity.NumberSettings;
import org.openfid.identity.RecordSettings;
import org.openfid.identity.VidSettings;

class VidPoliciesTests {

    static VidPolicies from(Path file) {
        return new VidPolicies(
                new IdentityProperties(NumberSettings.defaults(), new VidSettings(file), new RecordSettings(true)));
    }

    static Map<String, VidPolicy> parse(String json) {
        return VidPolicies.parse(json.getBytes(StandardCharsets.UTF_8), "test policy");
    }

    @Test
    void theBundledDefaultsAreMosips() {
        VidPolicies policies = from(null);
        VidPolicy perpetual = policies.of("Perpetual");
        assertThat(perpetual.validFor()).isNull();
        assertThat(perpetual.transactionsAllowed()).isNull();
        assertThat(perpetual.instancesAllowed()).isEqualTo(1);
        assertThat(perpetual.autoRestoreAllowed()).isTrue();
        assertThat(perpetual.restoreOnAction()).isEqualTo("REVOKED");
        VidPolicy temporary = policies.of("Temporary");
        assertThat(temporary.validFor()).isEqualTo(Duration.ofMinutes(30));
        assertThat(temporary.transactionsAllowed()).isEqualTo(2);
        assertThat(temporary.instancesAllowed()).isEqualTo(5);
        assertThat(temporary.restoreOnAction()).isEqualTo("REGENERATE");
        assertThat(policies.of("OneTimeUse").transactionsAllowed()).isEqualTo(2);
        assertThatThrownBy(() -> policies.of("Forever"))
                .isInstanceOfSatisfying(
                        IdentityException.class, e -> assertThat(e.error()).isEqualTo(IdentityError.INVALID_INPUT));
    }

    @Test
    void aCountryFileReplacesTheDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("vid-policy.json");
        Files.writeString(file, """
                {"vidPolicies":[{"vidType":"Daily","vidPolicy":{"validForInMinutes":1440,"transactionsAllowed":null,
                "instancesAllowed":3,"autoRestoreAllowed":false,"restoreOnAction":"REGENERATE"}}]}""");
        VidPolicies policies = from(file);
        assertThat(policies.of("Daily").validFor()).isEqualTo(Duration.ofDays(1));
        assertThatThrownBy(() -> policies.of("Perpetual")).isInstanceOf(IdentityException.class);
    }

    @Test
    void invalidFilesStopTheStartSayingWhatIsWrong(@TempDir Path dir) {
        String entry = "{\"vidType\":\"X\",\"vidPolicy\":{\"instancesAllowed\":%s,\"autoRestoreAllowed\":%s,"
                + "\"restoreOnAction\":\"%s\",\"validForInMinutes\":%s}}";
        List<List<String>> cases = List.of(
                List.of("{", "not valid JSON"),
                List.of("{\"vidPolicies\":[]}", "non-empty array"),
                List.of(
                        "{\"vidPolicies\":[" + entry.formatted("0", "true", "REVOKED", "null") + "]}",
                        "instancesAllowed"),
                List.of(
                        "{\"vidPolicies\":[" + entry.formatted("1", "\"yes\"", "REVOKED", "null") + "]}",
                        "autoRestoreAllowed"),
                List.of(
                        "{\"vidPolicies\":[" + entry.formatted("1", "true", "DELETED", "null") + "]}",
                        "restoreOnAction"),
                List.of(
                        "{\"vidPolicies\":[" + entry.formatted("1", "true", "REVOKED", "-5") + "]}",
                        "validForInMinutes"),
                List.of(
                        "{\"vidPolicies\":[" + entry.formatted("1", "true", "REVOKED", "null") + ","
                                + entry.formatted("1", "true", "REVOKED", "null") + "]}",
                        "appears twice"),
                List.of("{\"vidPolicies\":[{\"vidPolicy\":{}}]}", "vidType"));
        for (List<String> bad : cases) {
            assertThatThrownBy(() -> parse(bad.get(0)))
                    .as(bad.get(1))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(bad.get(1));
        }
        assertThatThrownBy(() -> from(dir.resolve("missing.json")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be read");
    }
}
