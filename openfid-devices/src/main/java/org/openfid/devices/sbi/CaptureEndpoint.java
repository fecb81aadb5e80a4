package org.openfid.devices.sbi;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openfid.devices.SbiError;
import org.openfid.devices.capture.BioEncryption;
import org.openfid.devices.capture.CaptureOrder;
import org.openfid.devices.capture.CapturedFinger;
import org.openfid.devices.capture.FingerCapturer;
import org.openfid.devices.capture.FingerScanner;
import org.openfid.devices.capture.HashChain;
import org.openfid.devices.capture.SbiException;
import tools.jackson.databind.node.ObjectNode;

/**
 * CAPTURE (authentication) and RCAPTURE (registration): validates the request, claims the devices
 * (111 when one is busy), captures each {@code bio} entry, and answers one signed {@code data} JWS
 * per finger with the hash chain; for CAPTURE the ISO record is encrypted for the ID authentication server's certificate.
 */
final class CaptureEndpoint {

    private final Map<FingerScanner, SoftwareDevice> devices;
    private final CaptureRequestReader reader;
    private final FingerCapturer capturer;
    private final @Nullable BioEncryption encryption;

    CaptureEndpoint(
            Map<FingerScanner, SoftwareDevice> devices,
            CaptureRequestReader reader,
            FingerCapturer capturer,
            @Nullable BioEncryption encryption) {
        this.devices = devices;
        this.reader = reader;
        this.capturer = capturer;
        this.encryption = encryption;
    }

    /**
     * Captures every {@code bio} entry in request order, each continuing the hash chain from its own
     * {@code previousHash}, within one overall timeout; every device the request addresses is claimed
     * first, so a busy one refuses the whole request (111) before anything is captured.
     */
    ObjectNode capture(boolean auth, String body) {
        var orders = reader.read(auth, body);
        if (auth && encryption == null) {
            throw new SbiException(SbiError.DOMAIN_KEY_MISSING);
        }
        var chains = new ArrayList<HashChain>();
        for (var order : orders) {
            chains.add(HashChain.from(order.previousHash())
                    .orElseThrow(() -> new SbiException(SbiError.INVALID_PREVIOUS_HASH)));
        }
        var claimed = claim(orders);
        try {
            long deadline = System.nanoTime() + orders.getFirst().timeoutMillis() * 1_000_000L;
            var answer = Json.object();
            var biometrics = answer.putArray("biometrics");
            for (int i = 0; i < orders.size(); i++) {
                var order = orders.get(i);
                long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
                var captured = capturer.capture(order.fingers(), order.requestedScore(), left);
                var device = devices.get(order.scanner());
                for (var finger : captured) {
                    biometrics.add(item(order, device, finger, chains.get(i)));
                }
            }
            return answer;
        } finally {
            claimed.forEach(SoftwareDevice::release);
        }
    }

    /** Claims each addressed device once; on a busy one, releases those claimed and answers 111. */
    private List<SoftwareDevice> claim(List<CaptureOrder> orders) {
        var wanted = new LinkedHashSet<SoftwareDevice>();
        orders.forEach(order -> wanted.add(devices.get(order.scanner())));
        var claimed = new ArrayList<SoftwareDevice>();
        for (var device : wanted) {
            if (!device.tryClaim()) {
                claimed.forEach(SoftwareDevice::release);
                throw new SbiException(SbiError.BUSY);
            }
            claimed.add(device);
        }
        return claimed;
    }

    private ObjectNode item(CaptureOrder order, SoftwareDevice device, CapturedFinger finger, HashChain chain) {
        var timestamp = device.now();
        var data = Json.object();
        data.put("digitalId", device.signedDigitalId());
        data.put("deviceCode", device.deviceCode());
        data.put("deviceServiceVersion", DeviceDescriptions.SERVICE_VERSION);
        data.put("bioType", "Finger");
        data.put("bioSubType", finger.slot().reported().cbeffName());
        data.put("purpose", order.scanner().purpose());
        data.put("env", order.env());
        if (order.auth()) {
            data.put("domainUri", order.domainUri());
        }
        BioEncryption.Sealed sealed = null;
        if (order.auth() && encryption != null) {
            sealed = encryption.seal(finger.isoRecord(), timestamp, order.transactionId());
            data.put("bioValue", sealed.bioValue());
        } else {
            data.put("bioValue", Base64.getUrlEncoder().withoutPadding().encodeToString(finger.isoRecord()));
        }
        data.put("transactionId", order.transactionId());
        data.put("timestamp", timestamp);
        data.put("requestedScore", order.requestedScore());
        data.put("qualityScore", finger.quality());
        var item = Json.object();
        item.put("specVersion", CaptureRequestReader.SPEC_VERSION);
        item.put("data", device.signer().sign(Json.bytes(data)));
        item.put("hash", chain.append(finger.isoRecord()));
        if (sealed != null) {
            item.put("sessionKey", sealed.sessionKey());
            item.put("thumbprint", sealed.thumbprint());
        }
        item.set("error", DeviceDescriptions.error(SbiError.SUCCESS));
        return item;
    }

    /** The answer to a refused capture: one biometric entry holding only the error. */
    static ObjectNode refusal(SbiError error) {
        var item = Json.object();
        item.put("specVersion", CaptureRequestReader.SPEC_VERSION);
        item.put("data", "");
        item.put("hash", "");
        item.set("error", DeviceDescriptions.error(error));
        var answer = Json.object();
        answer.putArray("biometrics").add(item);
        return answer;
    }
}
