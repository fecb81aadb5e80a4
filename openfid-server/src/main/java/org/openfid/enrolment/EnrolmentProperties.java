package org.openfid.enrolment;

import java.time.Duration;
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
 * @param pipelineWorkers threads that run pipeline stages in this process; 0 makes it an intake-only
 *     node (other processes on the same database do the processing)
 * @param pollInterval how often an idle worker looks for due retries and work of other nodes
 * @param retryDelay the wait before a stage's first retry; each further retry waits twice as long
 * @param maxAttempts attempts of one stage before the case is parked as {@code FAILED}
 * @param adultAge age in whole years (at the packet's creation) from which an applicant needs no
 *     introducer (MOSIP's {@code ADULT} age group starts at 18)
 * @param minimumFingerQuality the lowest acceptable finger quality score (0-100); a finger below it
 *     pauses the case and requests a biometric correction. 30 is the top of MOSIP's quality level 3,
 *     the highest level its default routing still sends to {@code pause-and-request-additional-info}
 */
@ConfigurationProperties("openfid.enrolment")
public record EnrolmentProperties(
        @DefaultValue("20MB") DataSize maxPacketSize,
        @DefaultValue("false") boolean plainSyncBody,
        @DefaultValue("true") boolean sealPackets,
        @DefaultValue("2") int pipelineWorkers,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("5s") Duration retryDelay,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("18") int adultAge,
        @DefaultValue("30") int minimumFingerQuality) {

    public EnrolmentProperties {
        if (pipelineWorkers < 0 || maxAttempts < 1 || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException(
                    "openfid.enrolment: pipeline-workers >= 0, max-attempts >= 1 and a positive poll-interval");
        }
        if (adultAge < 1 || adultAge > 150 || minimumFingerQuality < 0 || minimumFingerQuality > 100) {
            throw new IllegalArgumentException(
                    "openfid.enrolment: adult-age within 1-150 and minimum-finger-quality within 0-100");
        }
    }
}
