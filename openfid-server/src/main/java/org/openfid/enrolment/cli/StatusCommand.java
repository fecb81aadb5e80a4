package org.openfid.enrolment.cli;

import java.io.PrintStream;
import java.util.List;
import org.openfid.enrolment.Enrolments;
import org.openfid.enrolment.StageRecord;
import org.openfid.identity.IdentityException;
import org.openfid.identity.Rid;
import org.openfid.platform.CliCommand;
import org.springframework.stereotype.Component;

/**
 * {@code ./openfid enrol status RID}: the case's status (ours and MOSIP's external one) and its stage
 * history with reason codes, for an operator at the terminal. Exit 0 found, 1 no case, 2 misused.
 */
@Component
class StatusCommand implements CliCommand {

    static final int FOUND = 0;
    static final int NOT_FOUND = 1;
    static final int USAGE = 2;

    private final Enrolments enrolments;

    StatusCommand(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @Override
    public String name() {
        return "enrol status";
    }

    @Override
    public String summary() {
        return "Show an enrolment case's status and stage history by RID";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        Rid rid;
        try {
            rid = new Rid(arguments.size() == 1 ? arguments.getFirst() : "");
        } catch (IdentityException e) {
            out.println("Usage: openfid enrol status RID   (RID: 29 digits)");
            return USAGE;
        }
        var found = enrolments.find(rid);
        if (found.isEmpty()) {
            out.println("No enrolment case for RID " + rid + " (not uploaded, or unknown)");
            return NOT_FOUND;
        }
        var enrolment = found.get();
        out.printf("RID %s  process %s%n", rid, enrolment.process());
        out.printf(
                "  status:   %s (external %s)%n",
                enrolment.status(), enrolment.status().external());
        out.printf("  received: %s%n  updated:  %s%n", enrolment.receivedAt(), enrolment.updatedAt());
        out.println("  stages:");
        for (StageRecord step : enrolments.history(rid)) {
            out.printf(
                    "    %s  %-26s %-8s %-22s%s%s%n",
                    step.occurredAt(),
                    step.stage(),
                    step.outcome(),
                    step.reasonCode() == null ? "" : step.reasonCode(),
                    step.attempt() > 1 ? " attempt " + step.attempt() : "",
                    step.reason() == null ? "" : "  " + step.reason());
        }
        return FOUND;
    }
}
