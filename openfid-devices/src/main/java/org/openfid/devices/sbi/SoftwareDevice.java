package org.openfid.devices.sbi;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openfid.devices.capture.FingerScanner;
import org.openfid.devices.trust.DeviceIdentity;
import org.openfid.devices.trust.DeviceSigner;
import tools.jackson.databind.node.ObjectNode;

/**
 * One software device as the SBI service presents it: its model, its signing identity, its busy
 * flag (one capture at a time, as the specification requires) and its digital id.
 */
final class SoftwareDevice {

    static final String MAKE = "OpenFID";
    static final String PROVIDER = "OpenFID development devices";
    static final String PROVIDER_ID = "OPENFID-DEV";
    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final FingerScanner scanner;
    private final DeviceIdentity identity;
    private final DeviceSigner signer;
    private final DeviceSigner digitalIdSigner;
    private final Clock clock;
    private final AtomicBoolean busy = new AtomicBoolean();

    SoftwareDevice(FingerScanner scanner, DeviceIdentity identity, Clock clock) {
        this.scanner = scanner;
        this.identity = identity;
        this.signer = new DeviceSigner(identity, identity.deviceKey());
        this.digitalIdSigner = new DeviceSigner(identity, identity.digitalIdKey());
        this.clock = clock;
    }

    FingerScanner scanner() {
        return scanner;
    }

    /** The device key's signer: device info and capture data. */
    DeviceSigner signer() {
        return signer;
    }

    /** Claims the device for one capture; false when another capture holds it. */
    boolean tryClaim() {
        return busy.compareAndSet(false, true);
    }

    void release() {
        busy.set(false);
    }

    String status() {
        return busy.get() ? "Busy" : "Ready";
    }

    /**
     * The device code a registration server would assign: here a name-based UUID of the serial
     * number, so it is stable across restarts.
     */
    String deviceCode() {
        var serial = identity.serialNo();
        return UUID.nameUUIDFromBytes(("openfid-device:" + serial).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    String now() {
        return TIMESTAMP.format(clock.instant());
    }

    /** The digital id payload, dated now. */
    ObjectNode digitalIdPayload() {
        var id = Json.object();
        id.put("serialNo", identity.serialNo());
        id.put("make", MAKE);
        id.put("model", scanner.model());
        id.put("type", "Finger");
        id.put("deviceSubType", scanner.deviceSubType());
        id.put("deviceProvider", PROVIDER);
        id.put("deviceProviderId", PROVIDER_ID);
        id.put("dateTime", now());
        return id;
    }

    /** The digital id as discovery shows it: base64url of the payload, unsigned. */
    String unsignedDigitalId() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.bytes(digitalIdPayload()));
    }

    /**
     * The digital id as device info and captures carry it: a JWS by the FTM key (L1), or by the
     * device key of an L0 device, which has no FTM.
     */
    String signedDigitalId() {
        return digitalIdSigner.sign(Json.bytes(digitalIdPayload()));
    }
}
