package org.openfid.enrolment.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openfid.enrolment.EnrolmentException;
import org.openfid.enrolment.intake.IntakeCodes;
import org.openfid.enrolment.intake.PacketReceiver;
import org.openfid.platform.MosipEnvelope;
import org.openfid.platform.MosipEnvelope.Response;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * MOSIP's packet receiver: one multipart {@code file} per call, acknowledged with
 * {@code "Packet is in PACKET_RECEIVED status"}; refusals travel with HTTP 200 and MOSIP's
 * {@code RPR-PKR-*} codes. Multipart parsing is lazy, so an over-large upload is refused here with
 * {@code RPR-PKR-002} rather than by the servlet container.
 */
@RestController
class PacketReceiverController {

    private final PacketReceiver receiver;
    private final Clock clock;

    PacketReceiverController(PacketReceiver receiver, Clock clock) {
        this.receiver = receiver;
        this.clock = clock;
    }

    @PostMapping(
            path = "/registrationprocessor/v1/packetreceiver/registrationpackets",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Response<Object> receive(@RequestPart(name = "file", required = false) @Nullable MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            receiver.receive(file == null ? null : file.getOriginalFilename(), null);
        } else {
            try (InputStream content = file.getInputStream()) {
                receiver.receive(file.getOriginalFilename(), content);
            }
        }
        return new Response<>(
                RegistrationStatusWire.PACKET_ID,
                "1.0",
                MosipEnvelope.UTC_PATTERN.format(clock.instant()),
                null,
                Map.of("status", "Packet is in PACKET_RECEIVED status"),
                null);
    }

    @ExceptionHandler(EnrolmentException.class)
    Response<Object> refused(EnrolmentException failure) {
        return failed(failure.code(), failure.getMessage());
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    Response<Object> tooLarge(MultipartException failure) {
        return failed(IntakeCodes.INVALID_SIZE, "Invalid Packet Size");
    }

    @ExceptionHandler({MultipartException.class, IOException.class})
    Response<Object> unreadable(Exception failure) {
        return failed(IntakeCodes.PACKET_MISSING, "Packet Not Available in Request");
    }

    private Response<Object> failed(String code, @Nullable String message) {
        return new Response<>(
                RegistrationStatusWire.PACKET_ID,
                "1.0",
                MosipEnvelope.UTC_PATTERN.format(clock.instant()),
                null,
                null,
                List.of(new MosipEnvelope.Error(code, String.valueOf(message))));
    }
}
