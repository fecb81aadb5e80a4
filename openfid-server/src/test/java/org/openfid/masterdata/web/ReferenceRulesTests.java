package org.openfid.masterdata.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openfid.masterdata.MasterdataApi.Caller.ADMIN;
import static org.openfid.masterdata.MasterdataApi.body;
import static org.openfid.masterdata.MasterdataApi.code;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openfid.masterdata.DocumentType;
import org.openfid.masterdata.DynamicField;
import org.openfid.masterdata.Location;
import org.openfid.masterdata.LocationLevel;
import org.openfid.masterdata.MasterdataApi;
import org.openfid.masterdata.MasterdataTest;
import org.openfid.masterdata.Samples;
import org.openfid.masterdata.Template;
import org.openfid.masterdata.TemplateType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.node.ObjectNode;

/** The rules beyond field formats: hierarchy, references, keys and certificates, records in use. */
@MasterdataTest
class ReferenceRulesTests {

    static final String BASE = "/v1/masterdata/";

    @Autowired
    MasterdataApi api;

    @Test
    void aLocationsParentIsExactlyOneLevelUp() {
        assertRefused(post("locations", Samples.location(Samples.code("Z"), LocationLevel.ZONE, "NRT")), "parentCode");
        assertRefused(
                post("locations", Samples.location(Samples.code("C"), LocationLevel.COUNTRY, "DML")), "parentCode");
        assertRefused(
                post(
                        "locations",
                        new Location(Samples.code("R"), LocationLevel.REGION, null, Samples.names("R"), true, 0)),
                "parentCode");
        assertRefused(post("locations", Samples.location(Samples.code("Z"), LocationLevel.ZONE, "NOPE")), "parentCode");
        assertThat(post("locations", Samples.location(Samples.code("Z"), LocationLevel.ZONE, "OAS"))
                        .getResponse()
                        .getStatus())
                .isEqualTo(201);
    }

    @Test
    void aLocationWithChildrenCannotChangeLevelOrGo() {
        ObjectNode province = (ObjectNode) body(api.get(ADMIN, BASE + "locations/CST"));

        assertRefused(api.put(ADMIN, BASE + "locations/CST", province.put("level", "CITY")), "parentCode");
        assertRefused(
                api.put(
                        ADMIN,
                        BASE + "locations/CST",
                        province.put("level", "REGION").put("parentCode", "DML")),
                "level: the location has children");
        assertInUse(api.delete(ADMIN, BASE + "locations/CST"));
        assertInUse(api.delete(ADMIN, BASE + "locations/10101"));
    }

    @Test
    void namesMustUseTheCountrysLanguages() {
        var location =
                new Location(Samples.code("Z"), LocationLevel.ZONE, "OAS", Map.of("eng", "Z", "fra", "Z"), true, 0);
        assertRefused(post("locations", location), "names");
        assertRefused(
                post("templates", new Template("HELLO", "fra", TemplateType.CARD, null, "Bonjour", true, 0)),
                "language");
    }

    @Test
    void aCentreNeedsAKnownLocationARealTimeZoneAndSensibleHours() {
        ObjectNode centre = tree(Samples.centre(Samples.fiveDigits(), "10101"));

        assertRefused(post("registrationcenters", centre.deepCopy().put("locationCode", "NOPE")), "locationCode");
        assertRefused(post("registrationcenters", centre.deepCopy().put("timeZone", "Mars/Olympus")), "timeZone");
        ObjectNode backwards = centre.deepCopy();
        ((ObjectNode) backwards.path("workingHours").path("MONDAY")).put("opens", "18:00");
        assertRefused(post("registrationcenters", backwards), "workingHours.MONDAY");
        var latitude = post("registrationcenters", centre.deepCopy().put("latitude", 91));
        assertThat(body(latitude).path("violations").findValuesAsString("field"))
                .contains("latitude");
        assertThat(post("registrationcenters", centre).getResponse().getStatus())
                .isEqualTo(201);
    }

    @Test
    void aCentreWithMachinesDevicesOrStaffCannotBeDeleted() {
        assertInUse(api.delete(ADMIN, BASE + "registrationcenters/10001"));
        assertThat(api.get(ADMIN, BASE + "registrationcenters/10001")
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void machineKeysMustBeRealPemPublicKeysAndAreThumbprinted() {
        ObjectNode machine = tree(Samples.machine(Samples.fiveDigits(), "10002"));

        assertRefused(post("machines", machine.deepCopy().put("signingKey", "not a key")), "signingKey");
        assertRefused(
                post(
                        "machines",
                        machine.deepCopy()
                                .put("encryptionKey", "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n")),
                "encryptionKey");
        assertRefused(post("machines", machine.deepCopy().put("signingKey", Samples.DEVICE_CERTIFICATE)), "signingKey");
        assertRefused(post("machines", machine.deepCopy().put("centreId", "99999")), "centreId");

        var created = post("machines", machine.put("signingKeyThumbprint", "forged"));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(created).path("signingKeyThumbprint").asString()).isEqualTo(thumbprint(Samples.SIGNING_KEY));
    }

    @Test
    void deviceCertificatesMustParseAndTheirExpiryIsShown() {
        ObjectNode device = tree(Samples.device(Samples.code("DEV"), null));

        assertRefused(post("devices", device.deepCopy().put("certificate", "garbage")), "certificate");
        assertRefused(post("devices", device.deepCopy().put("centreId", "99999")), "centreId");
        var created = post("devices", device);
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        assertThat(body(created).path("certificateExpiry").asString()).startsWith("20");
        assertThat(body(api.get(ADMIN, BASE + "devices/DEV-FINGER-001"))
                        .path("certificateExpiry")
                        .asString())
                .startsWith("20");
    }

    @Test
    void documentsLanguagesAndCategoriesInUseStay() {
        assertRefused(
                post(
                        "documenttypes",
                        new DocumentType(Samples.code("D"), Samples.names("D"), List.of("NOPE"), true, 0)),
                "categories[0]");
        assertInUse(api.delete(ADMIN, BASE + "documentcategories/POI"));
        assertInUse(api.delete(ADMIN, BASE + "languages/eng"));
    }

    @Test
    void aDynamicListHasUniqueCodesAndAStaffMemberAKnownCentre() {
        var twice = new DynamicField(
                Samples.code("list"),
                null,
                List.of(
                        new DynamicField.Entry("A", Samples.names("A")),
                        new DynamicField.Entry("A", Samples.names("B"))),
                true,
                0);
        assertRefused(post("dynamicfields", twice), "entries[1].code");
        assertRefused(post("users", Samples.staff(Samples.code("u"), "99999")), "centreId");
        ObjectNode noRoles = tree(Samples.staff(Samples.code("u"), "10001"));
        noRoles.putArray("roles");
        assertThat(code(post("users", noRoles))).isEqualTo("INVALID_INPUT");
    }

    @Test
    void theBodyCannotRenameTheRecordItUpdates() {
        ObjectNode language = (ObjectNode) body(api.get(ADMIN, BASE + "languages/ara"));
        assertRefused(api.put(ADMIN, BASE + "languages/ara", language.put("code", "arb")), "key");
    }

    private MvcTestResult post(String resource, Object record) {
        return api.post(ADMIN, BASE + resource, record);
    }

    private static ObjectNode tree(Object record) {
        return (ObjectNode) MasterdataApi.JSON.valueToTree(record);
    }

    private static void assertRefused(MvcTestResult result, String field) {
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(code(result)).isIn("KER-MSD-999", "INVALID_INPUT");
        assertThat(body(result).toString()).contains(field);
    }

    private static void assertInUse(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).isEqualTo(409);
        assertThat(code(result)).isEqualTo("KER-MSD-410");
    }

    private static String thumbprint(String pem) {
        try {
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            byte[] der = java.util.Base64.getDecoder().decode(base64);
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(der));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
