package org.openfid.enrolment.stages;

import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.masterdata.Centre;
import org.openfid.masterdata.Device;
import org.openfid.masterdata.ReferenceData;
import org.openfid.packet.BiometricField;
import org.openfid.packet.RegistrationPacket;
import org.openfid.spi.biometrics.cbeff.Bir;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The device part of the CMD check. A packet names its capture devices in each CBEFF BIR's {@code
 * others} entry {@code PAYLOAD}: the SBI capture data the registration client keeps, with the {@code
 * deviceCode} the device was registered under and its {@code digitalId} (a JWS whose payload has the
 * {@code serialNo}). Each named device must exist in master data under that code, be active, be
 * assigned to the packet's centre (when master data assigns it to one) and, when the digital id
 * carries a serial number, have that serial.
 *
 * <p>What is not checked, and why: our packets do not carry MOSIP's {@code capturedRegisteredDevices}
 * list (written empty, as the reader ignores it), and a BIR without {@code PAYLOAD} (the synthetic
 * packets' captures, or biometrics imported from elsewhere) names no device, so there is nothing to
 * check; the digital id's and the capture's signatures are device trust (the devices module's
 * certificates), not verified here yet.
 */
@Component
class CaptureDevices {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReferenceData reference;

    CaptureDevices(ReferenceData reference) {
        this.reference = reference;
    }

    /** Passed, or the first device problem. */
    StageOutcome check(RegistrationPacket packet, Centre centre) {
        for (NamedDevice named : named(packet)) {
            Optional<Device> device = reference.device(named.code());
            if (device.isEmpty() || !device.get().active()) {
                return StageOutcome.rejected(
                        CentreMachineDeviceValidation.DEVICE, "A capture device is unknown or inactive");
            }
            if (named.serial() != null && !named.serial().equals(device.get().serial())) {
                return StageOutcome.rejected(
                        CentreMachineDeviceValidation.DEVICE,
                        "A capture device's serial number differs from its registration");
            }
            String assigned = device.get().centreId();
            if (assigned != null && !assigned.equals(centre.id())) {
                return StageOutcome.rejected(
                        CentreMachineDeviceValidation.DEVICE_CENTRE, "A capture device is assigned to another centre");
            }
        }
        return StageOutcome.passed(CentreMachineDeviceValidation.PASSED);
    }

    /** The devices the packet's BIRs name, each once. */
    static Set<NamedDevice> named(RegistrationPacket packet) {
        Set<NamedDevice> devices = new LinkedHashSet<>();
        for (BiometricField field : packet.biometrics()) {
            for (Bir bir : field.cbeff().birs()) {
                payload(bir).ifPresent(devices::add);
            }
        }
        return devices;
    }

    private static Optional<NamedDevice> payload(Bir bir) {
        String payload = bir.others().get("PAYLOAD");
        if (payload == null || payload.isBlank()) {
            return Optional.empty();
        }
        JsonNode data;
        try {
            data = JSON.readTree(payload);
        } catch (JacksonException e) {
            return Optional.of(new NamedDevice("", null));
        }
        String code = data.path("deviceCode").asString("");
        return Optional.of(new NamedDevice(code, serial(data.path("digitalId").asString(""))));
    }

    /** The {@code serialNo} of a digital id JWS's payload (not its signature: that is device trust). */
    private static @Nullable String serial(String digitalId) {
        String[] parts = digitalId.split("\\.", -1);
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode id = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            String serial = id.path("serialNo").asString("");
            return serial.isEmpty() ? null : serial;
        } catch (IllegalArgumentException | JacksonException e) {
            return null;
        }
    }

    /** A device named by a capture: its registered code and, if the digital id says, its serial. */
    record NamedDevice(String code, @Nullable String serial) {}
}
