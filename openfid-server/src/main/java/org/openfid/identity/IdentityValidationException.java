package org.openfid.identity;

import java.util.List;
import java.util.stream.Collectors;
import org.openfid.masterdata.SchemaViolation;

/**
 * An identity breaks the schema ({@link IdentityError#DATA_VALIDATION_FAILED}); every violation is
 * listed. The detail names paths and codes only, never the offending values.
 */
public class IdentityValidationException extends IdentityException {

    private final List<SchemaViolation> violations;

    public IdentityValidationException(List<SchemaViolation> violations) {
        super(
                IdentityError.DATA_VALIDATION_FAILED,
                violations.stream().map(v -> v.path() + " " + v.code()).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<SchemaViolation> violations() {
        return violations;
    }
}
