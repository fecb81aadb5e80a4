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
 */
@ConfigurationProperties("openfid.enrolment")
public record EnrolmentProperties(
        @DefaultValue("20MB") DataSize maxPacketSize,
        @DefaultValue("false") boolean plainSyncBody,
        @DefaultValue("true") boolean sealPackets,
        @DefaultValue("2") int pipelineWorkers,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("5s") Duration retryDelay,
        @DefaultValue("5") int maxAttempts) {

    public EnrolmentProperties {
        if (pipelineWorkers < 0 || maxAttempts < 1 || pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException(
                    "openfid.enrolment: pipeline-workers >= 0, max-attempts >= 1 and a positive poll-interval");
        }
    }
}
