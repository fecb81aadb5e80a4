package org.openfid.devices.sbi;

import com.sun.net.httpserver.HttpExchange;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.openfid.devices.SbiError;
import org.openfid.devices.capture.FingerCapturer;
import org.openfid.devices.capture.FingerScanner;
import org.openfid.devices.capture.SbiException;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.GrayscaleImage;

/**
 * STREAM: the live preview a registration station shows while the applicant places their fingers,
 * as M-JPEG ({@code multipart/x-mixed-replace}) at about 3 frames per second, for registration
 * devices only. The frame shows the current person's fingers of the requested deviceSubId side by
 * side at half resolution; it is rendered once per stream and repeated, which is enough for a
 * preview and keeps the machine free for the capture itself. The stream ends after
 * {@link #MAX_FRAMES} frames or when the client goes away.
 */
final class PreviewStream {

    static final int MAX_FRAMES = 90;
    private static final String BOUNDARY = "openfid-frame";
    private static final int PREVIEW_IMPRESSION = 0;

    private final Map<FingerScanner, SoftwareDevice> devices;
    private final FingerCapturer capturer;

    PreviewStream(Map<FingerScanner, SoftwareDevice> devices, FingerCapturer capturer) {
        this.devices = devices;
        this.capturer = capturer;
    }

    void serve(HttpExchange exchange) throws IOException {
        byte[] frame;
        try {
            frame = frame(SbiHandler.body(exchange));
        } catch (SbiException e) {
            var answer = Json.object();
            answer.set("error", DeviceDescriptions.error(e.error()));
            var bytes = Json.bytes(answer);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "multipart/x-mixed-replace;boundary=" + BOUNDARY);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        var out = exchange.getResponseBody();
        var head = ("--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-Length: " + frame.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        try {
            for (int i = 0; i < MAX_FRAMES; i++) {
                out.write(head);
                out.write(frame);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(333);
            }
        } catch (IOException e) {
            // the client closed the preview: the normal way a stream ends
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private byte[] frame(String body) {
        var request = Json.parseObject(body);
        var idNode = request.get("deviceId");
        var id = idNode == null ? "" : idNode.isString() ? idNode.stringValue() : idNode.asString();
        var scanner =
                FingerScanner.ofDeviceId(id.trim()).orElseThrow(() -> new SbiException(SbiError.DEVICE_NOT_FOUND));
        if (!scanner.purpose().equals("Registration") || !devices.containsKey(scanner)) {
            throw new SbiException(SbiError.PURPOSE_MISMATCH);
        }
        int subId = Json.requiredInt(request, "deviceSubId", 0, 9, SbiError.WRONG_DEVICE_SUB_ID);
        var fingers = scanner.segment(subId).orElseThrow(() -> new SbiException(SbiError.WRONG_DEVICE_SUB_ID));
        return jpeg(fingers);
    }

    private byte[] jpeg(List<BiometricSubtype> fingers) {
        var subject = capturer.subject();
        var images = fingers.stream()
                .map(f -> subject.impression(f, PREVIEW_IMPRESSION))
                .toList();
        int width = images.stream().mapToInt(i -> i.width() / 2).sum();
        int height = images.stream().mapToInt(i -> i.height() / 2).max().orElse(1);
        var canvas = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        var raster = canvas.getRaster();
        int left = 0;
        for (GrayscaleImage image : images) {
            for (int y = 0; y < image.height() / 2; y++) {
                for (int x = 0; x < image.width() / 2; x++) {
                    raster.setSample(left + x, y, 0, image.at(2 * x, 2 * y));
                }
            }
            left += image.width() / 2;
        }
        var out = new ByteArrayOutputStream();
        try (var stream = new MemoryCacheImageOutputStream(out)) { // never a temporary file of the image
            ImageIO.write(canvas, "jpeg", stream);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
