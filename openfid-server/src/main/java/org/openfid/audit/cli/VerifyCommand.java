package org.openfid.audit.cli;

import java.io.PrintStream;
import java.util.List;
import org.openfid.audit.AuditTrail;
import org.openfid.audit.ChainBreak;
import org.openfid.audit.ChainVerification;
import org.openfid.platform.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code ./openfid audit verify}: re-walks the chain and prints the result for a person. The exit code
 * lets scripts and monitoring act on it: 0 intact, 1 broken, 2 misused.
 */
@Component
class VerifyCommand implements CliCommand {

    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int USAGE = 2;

    private final AuditTrail trail;

    VerifyCommand(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public String name() {
        return "audit verify";
    }

    @Override
    public String summary() {
        return "Re-walk the audit hash chain and its seals; exit 0 when intact, 1 at the first broken link";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        if (!arguments.isEmpty()) {
            out.println("Usage: openfid audit verify   (takes no arguments)");
            return USAGE;
        }
        ChainVerification result = trail.verify();
        out.println("Audit trail verification");
        out.printf("  entries checked: %d (last seq %d)%n", result.entriesChecked(), result.lastSeq());
        out.printf("  seals checked:   %d (last sealed seq %d)%n", result.sealsChecked(), result.lastSealedSeq());
        ChainBreak broken = result.firstBreak();
        if (broken == null) {
            out.println("  result:          OK, the chain is intact");
            if (result.lastSealedSeq() < result.lastSeq()) {
                out.printf("  note:            entries after seq %d are not sealed yet%n", result.lastSealedSeq());
            }
            return INTACT;
        }
        out.printf("  result:          BROKEN at seq %d: %s%n", broken.seq(), broken.reason());
        return BROKEN;
    }
}
