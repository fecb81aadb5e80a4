package org.openfid.masterdata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openfid.masterdata.reference.ReferenceStores;
import org.springframework.beans.factory.annotation.Autowired;

/** The read API other modules use, over records written through the stores. */
@MasterdataTest
class ReferenceDataTests {

    @Autowired
    ReferenceData reference;

    @Autowired
    ReferenceStores stores;

    @Test
    void anActiveMachineIsActiveOnlyAtItsOwnActiveCentre() {
        String zone = tree();
        String centre = Samples.fiveDigits();
        String other = Samples.fiveDigits();
        String machine = Samples.fiveDigits();
        stores.of(Centre.class).create(Samples.centre(centre, zone));
        stores.of(Centre.class).create(Samples.centre(other, zone));
        Machine stored = stores.of(Machine.class).create(Samples.machine(machine, centre));

        assertThat(reference.activeCentre(new CentreId(centre))).isTrue();
        assertThat(reference.activeCentre(new CentreId("99999"))).isFalse();
        assertThat(reference.activeMachineAt(new MachineId(machine), new CentreId(centre)))
                .isTrue();
        assertThat(reference.activeMachineAt(new MachineId(machine), new CentreId(other)))
                .isFalse();
        assertThat(reference.machineBySigningKey(stored.signingKeyThumbprint())).isPresent();
        assertThat(stored.signingKeyThumbprint()).hasSize(64);

        Machine retired = new Machine(
                machine,
                stored.name(),
                stored.serial(),
                centre,
                stored.signingKey(),
                null,
                stored.encryptionKey(),
                null,
                false,
                stored.version());
        stores.of(Machine.class).update(machine, retired);
        assertThat(reference.activeMachineAt(new MachineId(machine), new CentreId(centre)))
                .isFalse();
    }

    @Test
    void dynamicListsAreReadInTheRequestedLanguageFallingBackToTheCode() {
        String name = Samples.code("list");
        stores.of(DynamicField.class)
                .create(new DynamicField(
                        name,
                        null,
                        java.util.List.of(
                                new DynamicField.Entry("MLE", Samples.names("Male")),
                                new DynamicField.Entry("XXX", java.util.Map.of("eng", "Other"))),
                        true,
                        0));

        assertThat(reference.dynamicList(name, "ara"))
                .hasValueSatisfying(values -> assertThat(values)
                        .containsExactly(
                                new ReferenceData.ListValue("MLE", "اسم Male"),
                                new ReferenceData.ListValue("XXX", "XXX")));
        assertThat(reference.dynamicList("noSuchList", "eng")).isEmpty();
    }

    /** A country > region > province > city > zone chain; returns the zone's code. */
    String tree() {
        var locations = stores.of(Location.class);
        ensureLanguages();
        String country = Samples.code("C");
        String region = Samples.code("R");
        String province = Samples.code("P");
        String city = Samples.code("T");
        String zone = Samples.code("Z");
        locations.create(Samples.location(country, LocationLevel.COUNTRY, null));
        locations.create(Samples.location(region, LocationLevel.REGION, country));
        locations.create(Samples.location(province, LocationLevel.PROVINCE, region));
        locations.create(Samples.location(city, LocationLevel.CITY, province));
        locations.create(Samples.location(zone, LocationLevel.ZONE, city));
        return zone;
    }

    void ensureLanguages() {
        var languages = stores.of(Language.class);
        if (languages.find("eng").isEmpty()) {
            languages.create(new Language("eng", "English", "English", false, true, 0));
        }
        if (languages.find("ara").isEmpty()) {
            languages.create(new Language("ara", "Arabic", "العربية", true, true, 0));
        }
    }
}
