package org.openfid.masterdata.reference;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openfid.masterdata.Centre;
import org.openfid.masterdata.CentreId;
import org.openfid.masterdata.Device;
import org.openfid.masterdata.DocumentCategory;
import org.openfid.masterdata.DocumentType;
import org.openfid.masterdata.DynamicField;
import org.openfid.masterdata.Language;
import org.openfid.masterdata.Location;
import org.openfid.masterdata.LocationLevel;
import org.openfid.masterdata.Machine;
import org.openfid.masterdata.MachineId;
import org.openfid.masterdata.ReferenceData;
import org.openfid.masterdata.Staff;
import org.openfid.masterdata.Template;
import org.springframework.stereotype.Service;

/** {@link ReferenceData} straight from the tables: no cache, so an administrator's change is seen at once. */
@Service
class StoredReferenceData implements ReferenceData {

    private final ReferenceStores stores;

    StoredReferenceData(ReferenceStores stores) {
        this.stores = stores;
    }

    @Override
    public boolean activeCentre(CentreId centre) {
        return centre(centre).map(Centre::active).orElse(false);
    }

    @Override
    public boolean activeMachineAt(MachineId machine, CentreId centre) {
        return machine(machine)
                .filter(Machine::active)
                .map(found -> found.centreId().equals(centre.value()))
                .orElse(false);
    }

    @Override
    public Optional<List<ListValue>> dynamicList(String name, String language) {
        return dynamicField(name)
                .filter(DynamicField::active)
                .map(field -> field.entries().stream()
                        .map(entry -> new ListValue(entry.code(), entry.labels().getOrDefault(language, entry.code())))
                        .toList());
    }

    @Override
    public List<Language> languages() {
        return stores.of(Language.class).list();
    }

    @Override
    public Optional<Language> language(String code) {
        return stores.of(Language.class).find(code);
    }

    @Override
    public Optional<Location> location(String code) {
        return stores.of(Location.class).find(code);
    }

    @Override
    public List<Location> locations(LocationLevel level) {
        return stores.of(Location.class).where("level = :level", Map.of("level", level.name()));
    }

    @Override
    public List<Location> children(String parentCode) {
        return stores.of(Location.class).where("parent_code = :parent", Map.of("parent", parentCode));
    }

    @Override
    public Optional<Centre> centre(CentreId centre) {
        return stores.of(Centre.class).find(centre.value());
    }

    @Override
    public List<Centre> centres() {
        return stores.of(Centre.class).list();
    }

    @Override
    public Optional<Machine> machine(MachineId machine) {
        return stores.of(Machine.class).find(machine.value());
    }

    @Override
    public Optional<Machine> machineBySigningKey(String thumbprint) {
        return stores
                .of(Machine.class)
                .where("signing_key_thumbprint = :thumbprint", Map.of("thumbprint", thumbprint))
                .stream()
                .findFirst();
    }

    @Override
    public Optional<Device> device(String id) {
        return stores.of(Device.class).find(id);
    }

    @Override
    public Optional<Staff> staff(String userId) {
        return stores.of(Staff.class).find(userId);
    }

    @Override
    public List<Staff> staffAt(CentreId centre) {
        return stores.of(Staff.class).where("centre_id = :centre", Map.of("centre", centre.value()));
    }

    @Override
    public List<DocumentCategory> documentCategories() {
        return stores.of(DocumentCategory.class).list();
    }

    @Override
    public List<DocumentType> documentTypes(String category) {
        return stores.of(DocumentType.class)
                .where("categories @> jsonb_build_array(CAST(:category AS text))", Map.of("category", category));
    }

    @Override
    public Optional<Template> template(String code, String language) {
        return stores.of(Template.class).find(code + "." + language);
    }

    @Override
    public Optional<DynamicField> dynamicField(String name) {
        return stores.of(DynamicField.class).find(name);
    }
}
