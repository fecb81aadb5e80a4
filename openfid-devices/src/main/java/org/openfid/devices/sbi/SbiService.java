package org.openfid.devices.sbi;

import com.sun.net.httpserver.HttpHandler;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.openfid.devices.capture.BioEncryption;
import org.openfid.devices.capture.FingerCapturer;
import org.openfid.devices.capture.FingerScanner;
import org.openfid.devices.trust.DeviceTrust;

/** Assembles the SBI handler for both devices from their keys, the capturer and the settings. */
public final class SbiService {

    private SbiService() {}

    /**
     * The handler serving both devices.
     *
     * @param callbackId the base URL clients call back on, {@code http://127.0.0.1:<port>/}
     * @param encryption the CAPTURE encryption, null when no IDA certificate is configured
     */
    public static HttpHandler handler(
            DeviceTrust trust,
            FingerCapturer capturer,
            String env,
            String callbackId,
            @Nullable BioEncryption encryption,
            Clock clock) {
        var devices = new EnumMap<FingerScanner, SoftwareDevice>(FingerScanner.class);
        for (var scanner : FingerScanner.values()) {
            devices.put(scanner, new SoftwareDevice(scanner, trust.identity(scanner.keyName()), clock));
        }
        var descriptions = new DeviceDescriptions(List.copyOf(devices.values()), env, callbackId);
        var captures = new CaptureEndpoint(devices, new CaptureRequestReader(env), capturer, encryption);
        return new SbiHandler(descriptions, captures, new PreviewStream(devices, capturer), callbackId);
    }
}
