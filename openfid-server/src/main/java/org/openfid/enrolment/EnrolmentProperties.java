package org.openfid.enrolment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the enrolment module ({@code openfid.enrolment.*}).
 *
 * @param maxPacketSize largest packet accepted by the packet receiver (MOSIP's
 *     {@code registration.processor.max.file.size}); the upload is read in a bounded buffer and
 *     refused as soon as it passes this size
 * @param plainSyncBody also accept the sync request as plain JSON (tests, scripts). Off by default
 *     (secure by default): MOSIP's registration clients send it encrypted to their machine's
 *     registration key, which is always accepted; a plain body is then refused with {@code RPR-RGS-028}
 * @param sealPackets seal stored packets under the vault's {@code REGISTRATION_PROCESSOR/PACKET_STORE} key (off only for
 *     comparisons in benchmarks)
 */
@ConfigurationProperties("openfid.enrolment")
public record EnrolmentProperties(
        @DefaultValue("20MB") DataSize maxPacketSize,
        @DefaultValue("false") boolean plainSyncBody,
        @DefaultValue("true") boolean sealPackets) {}
