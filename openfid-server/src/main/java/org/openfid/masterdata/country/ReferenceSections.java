package org.openfid.masterdata.country;

import java.util.Comparator;
import org.openfid.masterdata.Centre;
import org.openfid.masterdata.Device;
import org.openfid.masterdata.DocumentCategory;
import org.openfid.masterdata.DocumentType;
import org.openfid.masterdata.DynamicField;
import org.openfid.masterdata.Language;
import org.openfid.masterdata.Location;
import org.openfid.masterdata.Machine;
import org.openfid.masterdata.ReferenceRecord;
import org.openfid.masterdata.Staff;
import org.openfid.masterdata.Template;
import org.openfid.masterdata.reference.RecordBinding;
import org.openfid.masterdata.reference.ReferenceStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reference-data sections of a country folder, in load order: what others refer to comes first
 * (languages before every multilingual text, locations before centres, centres before machines,
 * devices and staff). The identity schema's section (order 10) is the schema module's own.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceSections {

    private final ReferenceStores stores;
    private final RecordBinding binding;

    ReferenceSections(ReferenceStores stores, RecordBinding binding) {
        this.stores = stores;
        this.binding = binding;
    }

    @Bean
    CountrySection languageSection() {
        return section("languages", 20, "languages.json", null, Language.class);
    }

    @Bean
    CountrySection locationSection() {
        return new RecordSection<>(
                "locations",
                30,
                "locations.json",
                null,
                stores.of(Location.class),
                binding,
                Comparator.comparing(Location::level));
    }

    @Bean
    CountrySection documentCategorySection() {
        return section("document categories", 40, "documents.json", "categories", DocumentCategory.class);
    }

    @Bean
    CountrySection documentTypeSection() {
        return section("document types", 45, "documents.json", "types", DocumentType.class);
    }

    @Bean
    CountrySection dynamicFieldSection() {
        return section("dynamic fields", 50, "dynamic-fields.json", null, DynamicField.class);
    }

    @Bean
    CountrySection centreSection() {
        return section("registration centres", 60, "centres.json", null, Centre.class);
    }

    @Bean
    CountrySection machineSection() {
        return section("machines", 70, "machines.json", null, Machine.class);
    }

    @Bean
    CountrySection deviceSection() {
        return section("devices", 80, "devices.json", null, Device.class);
    }

    @Bean
    CountrySection staffSection() {
        return section("staff", 90, "staff.json", null, Staff.class);
    }

    @Bean
    CountrySection templateSection() {
        return section("templates", 100, "templates.json", null, Template.class);
    }

    private <T extends ReferenceRecord> CountrySection section(
            String name, int order, String file, @org.jspecify.annotations.Nullable String field, Class<T> type) {
        return new RecordSection<>(name, order, file, field, stores.of(type), binding, (a, b) -> 0);
    }
}
