package org.openfid.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openfid.audit.AuditFixture;
import org.openfid.audit.AuditIntegrationTest;
import org.openfid.platform.CliCommand;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@AuditIntegrationTest
class VerifyCommandTests {

    @Autowired
    AuditFixture fixture;

    @Autowired
    List<CliCommand> commands;

    @Autowired
    JdbcClient jdbc;

    final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void anIntactChainExitsWithZeroAndSaysSo() {
        fixture.recordFacts(2);

        int exit = command().run(List.of(), out());

        assertThat(exit).isZero();
        assertThat(printed())
                .contains("entries checked:")
                .contains("seals checked:")
                .contains("OK, the chain is intact");
    }

    @Test
    void aTamperedEntryExitsWithOneAndNamesItsSeq() {
        long middle = fixture.recordFacts(5).get(2);

        int exit = fixture.tampered(
                db -> db.sql("UPDATE audit.entry SET detail = 'nothing happened' WHERE seq = :seq")
                        .param("seq", middle)
                        .update(),
                () -> command().run(List.of(), out()));

        assertThat(exit).isEqualTo(1);
        assertThat(printed()).contains("BROKEN at seq " + middle + ": hash mismatch");
    }

    @Test
    void argumentsAreRefusedWithUsage() {
        int exit = command().run(List.of("--fast"), out());

        assertThat(exit).isEqualTo(2);
        assertThat(printed()).contains("Usage: openfid audit verify");
    }

    private CliCommand command() {
        return commands.stream()
                .filter(command -> command.name().equals("audit verify"))
                .findFirst()
                .orElseThrow();
    }

    private PrintStream out() {
        return new PrintStream(printed, true, StandardCharsets.UTF_8);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
