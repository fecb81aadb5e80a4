package org.openfid.masterdata;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the country's reference data for other modules. Writes are administrators' work
 * over REST and through country loading.
 *
 * <p>The reference-data work adds the remaining read methods (languages, locations, devices, staff,
 * document types, templates, dynamic field lists) with their record types.
 */
public interface ReferenceData {

    /** Whether a centre exists and is active (RIDs are issued only for active centres). */
    boolean activeCentre(CentreId centre);

    /** Whether a machine exists, is active and belongs to {@code centre}. */
    boolean activeMachineAt(MachineId machine, CentreId centre);

    /** The values of a dynamic field list in a language, if the list exists. */
    Optional<List<ListValue>> dynamicList(String name, String language);

    /**
     * One value of a dynamic field list.
     *
     * @param code the stored code, for example {@code FLE}
     * @param value the label in the requested language
     */
    record ListValue(String code, String value) {}
}
