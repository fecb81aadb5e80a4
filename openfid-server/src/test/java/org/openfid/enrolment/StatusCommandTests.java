package org.openfid.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.platform.CliCommand;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code ./openfid enrol status RID} on the shared intake context. */
class StatusCommandTests extends IntakeContext {

    @Autowired
    List<CliCommand> commands;

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    int run(String... arguments) {
        CliCommand command = commands.stream()
                .filter(c -> c.name().equals("enrol status"))
                .findFirst()
                .orElseThrow();
        return command.run(List.of(arguments), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsTheStatusAndStageHistory() throws Exception {
        String rid = received(centreWithMachine(true), packet(30, 800));

        assertThat(run(rid)).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("RID " + rid + "  process NEW")
                .contains("RECEIVED (external RECEIVED)")
                .contains("PACKET_RECEIVER")
                .contains("RPR-PKR-SUCCESS-001");
    }

    @Test
    void unknownRidsAndMisuseHaveTheirOwnExitCodes() {
        assertThat(run("1".repeat(29))).isEqualTo(1);
        assertThat(run()).isEqualTo(2);
        assertThat(run("12")).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Usage: openfid enrol status RID");
    }
}
