package org.openfid.devices.sbi;

import java.util.List;
import java.util.Set;
import org.openfid.devices.SbiError;
import org.openfid.devices.capture.SbiException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The MOSIPDISC (discovery) and MOSIPDINFO (device info) answers. */
final class DeviceDescriptions {

    static final String SERVICE_VERSION = "0.1.0";
    /** The 0.9.5 types, and "Fingerprint" of the earlier drafts some clients still send. */
    private static final Set<String> DISCOVERY_TYPES =
            Set.of("Biometric Device", "Finger", "Fingerprint", "Face", "Iris");

    private final List<SoftwareDevice> devices;
    private final String env;
    private final String callbackId;

    DeviceDescriptions(List<SoftwareDevice> devices, String env, String callbackId) {
        this.devices = devices;
        this.env = env;
        this.callbackId = callbackId;
    }

    /** Discovery: the devices of the requested type (none for Face or Iris). */
    ArrayNode discover(String body) {
        var request = Json.parseObject(body);
        var node = request.get("type");
        if (node == null || !node.isString() || !DISCOVERY_TYPES.contains(node.stringValue())) {
            throw new SbiException(SbiError.INVALID_DISCOVERY_TYPE);
        }
        var type = node.stringValue();
        var answer = Json.MAPPER.createArrayNode();
        if (type.equals("Biometric Device") || type.startsWith("Finger")) {
            for (var device : devices) {
                var item = common(device);
                item.put("digitalId", device.unsignedDigitalId());
                item.set("error", error(SbiError.SUCCESS));
                answer.add(item);
            }
        }
        return answer;
    }

    /** Device info: every device, its description signed by the device key. */
    ArrayNode info() {
        var answer = Json.MAPPER.createArrayNode();
        for (var device : devices) {
            var info = common(device);
            info.put("firmware", SERVICE_VERSION);
            info.put("digitalId", device.signedDigitalId());
            info.put("env", env);
            var item = Json.object();
            item.put("deviceInfo", device.signer().sign(Json.bytes(info)));
            item.set("error", error(SbiError.SUCCESS));
            answer.add(item);
        }
        return answer;
    }

    private ObjectNode common(SoftwareDevice device) {
        var scanner = device.scanner();
        var item = Json.object();
        item.put("deviceId", scanner.deviceId());
        item.put("deviceStatus", device.status());
        item.put("certification", scanner.certification());
        item.put("serviceVersion", SERVICE_VERSION);
        var subIds = item.putArray("deviceSubId");
        scanner.deviceSubIds().forEach(subIds::add);
        item.put("callbackId", callbackId);
        item.put("deviceCode", device.deviceCode());
        item.putArray("specVersion").add(CaptureRequestReader.SPEC_VERSION);
        item.put("purpose", scanner.purpose());
        return item;
    }

    static ObjectNode error(SbiError error) {
        var node = Json.object();
        node.put("errorCode", error.errorCode());
        node.put("errorInfo", error.errorInfo());
        return node;
    }
}
