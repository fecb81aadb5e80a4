package org.openfid.masterdata.web;

import org.openfid.masterdata.Centre;
import org.openfid.masterdata.Device;
import org.openfid.masterdata.DocumentCategory;
import org.openfid.masterdata.DocumentType;
import org.openfid.masterdata.DynamicField;
import org.openfid.masterdata.Language;
import org.openfid.masterdata.Location;
import org.openfid.masterdata.Machine;
import org.openfid.masterdata.Staff;
import org.openfid.masterdata.Template;
import org.openfid.masterdata.reference.RecordBinding;
import org.openfid.masterdata.reference.ReferenceStores;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference-data resources under MOSIP's master data nouns. Each is {@link ReferenceResource}
 * bound to one path and record type; paths are listed in {@link ReferenceEndpointAccess} too.
 */
final class ReferenceResources {

    static final String BASE = "/v1/masterdata/";

    private ReferenceResources() {}

    @RestController
    @RequestMapping(BASE + "languages")
    static class Languages extends ReferenceResource<Language> {
        Languages(ReferenceStores stores, RecordBinding binding) {
            super(stores.of(Language.class), binding);
        }
    }

    @RestController
    @RequestMapping(BASE + "locations")
    static class Locations extends ReferenceResource<Location> {
        Locations(ReferenceStores stores, RecordBinding binding) {
            super(stores.of(Location.class), binding);
        }
    }

    @RestController
    @RequestMapping(BASE + "registrationcenters")
    static class Centres extends ReferenceResource<Centre> {
        Centres(ReferenceStores stores, RecordBinding binding) {
            super(stores.of(Centre.class), binding);
        }
    }

    @RestController
    @RequestMapping(BASE + "machines")
    static class Machines extends ReferenceResource<Machine> {
        Machines(ReferenceStores stores, RecordBinding binding) {
            super(stores.of(Machine.class), binding);
        }
    }

    @RestController
    @RequestMapping(BASE + "devices")
    static class Devices extends ReferenceResource<Device> {
        Devices(ReferenceStores stores, RecordBinding binding) {
            super(stores.of(Device.class), binding);
        }
    }

    @RestController
    @RequestMapping(BASE + "users")
    static class Users extends ReferenceResource<Staff> {
        Users(ReferenceStores stores, RecordBinding binding) {
            super(stores.of(Staff.class), binding);
        }
    }

    @RestController
    @RequestMapping(BASE + "documentcategories")
    static class DocumentCategories extends ReferenceResource<DocumentCategory> {
        DocumentCategories(ReferenceStores stores, RecordBinding binding) {
            super(stores.of(DocumentCategory.class), binding);
        }
    }

    @RestController
    @RequestMapping(BASE + "documenttypes")
    static class DocumentTypes extends ReferenceResource<DocumentType> {
        DocumentTypes(ReferenceStores stores, RecordBinding binding) {
            super(stores.of(DocumentType.class), binding);
        }
    }

    @RestController
    @RequestMapping(BASE + "templates")
    static class Templates extends ReferenceResource<Template> {
        Templates(ReferenceStores stores, RecordBinding binding) {
            super(stores.of(Template.class), binding);
        }
    }

    @RestController
    @RequestMapping(BASE + "dynamicfields")
    static class DynamicFields extends ReferenceResource<DynamicField> {
        DynamicFields(ReferenceStores stores, RecordBinding binding) {
            super(stores.of(DynamicField.class), binding);
        }
    }
}
