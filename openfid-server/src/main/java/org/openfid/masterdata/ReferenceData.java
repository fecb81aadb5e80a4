package org.openfid.masterdata;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the country's reference data for other modules. Writes are administrators' work
 * over REST and through country loading. Every read goes to the database, so a change made by an
 * administrator is seen at once by every module.
 */
public interface ReferenceData {

    /** Whether a centre exists and is active (RIDs are issued only for active centres). */
    boolean activeCentre(CentreId centre);

    /** Whether a machine exists, is active and belongs to {@code centre}. */
    boolean activeMachineAt(MachineId machine, CentreId centre);

    /**
     * The values of an active dynamic field list in a language, if the list exists; an entry without
     * a label in that language is labelled with its code.
     */
    Optional<List<ListValue>> dynamicList(String name, String language);

    /** Every language, active or not, by code. */
    List<Language> languages();

    /** A language by ISO 639-3 code. */
    Optional<Language> language(String code);

    /** A node of the location tree by code. */
    Optional<Location> location(String code);

    /** The nodes of one level of the location tree, by code. */
    List<Location> locations(LocationLevel level);

    /** The nodes directly below {@code parentCode}, by code. */
    List<Location> children(String parentCode);

    /** A registration centre. */
    Optional<Centre> centre(CentreId centre);

    /** Every registration centre, by id. */
    List<Centre> centres();

    /** A registration machine. */
    Optional<Machine> machine(MachineId machine);

    /** The machine whose signing key has this hex SHA-256 thumbprint (packets name their signer so). */
    Optional<Machine> machineBySigningKey(String thumbprint);

    /** A biometric device by id. */
    Optional<Device> device(String id);

    /** A staff member by user id. */
    Optional<Staff> staff(String userId);

    /** The staff mapped to a centre, by user id. */
    List<Staff> staffAt(CentreId centre);

    /** Every document category, by code. */
    List<DocumentCategory> documentCategories();

    /** The document types accepted for a category, by code. */
    List<DocumentType> documentTypes(String category);

    /** The template of {@code code} in {@code language}. */
    Optional<Template> template(String code, String language);

    /** A dynamic field list with all its entries and labels. */
    Optional<DynamicField> dynamicField(String name);

    /**
     * One value of a dynamic field list.
     *
     * @param code the stored code, for example {@code FLE}
     * @param value the label in the requested language
     */
    record ListValue(String code, String value) {}
}
