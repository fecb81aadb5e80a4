package org.openfid.bench.enrolment;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import org.openfid.biosdk.SourceAfisSdk;
import org.openfid.packet.synthetic.SyntheticPackets;
import org.openfid.spi.biometrics.BiometricSample;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.synth.people.PopulationSettings;
import org.openfid.synth.people.SyntheticPopulation;

/**
 * A fixed piece of enrolment's own work, timed on this machine inside the run: the CPU time of one
 * ten-finger template extraction of the same synthetic person, single-threaded in this process. The
 * machines these benchmarks run on are shared and their speed moves by a factor of two within an
 * hour; printing this beside the CPU-seconds per packet (taken before and after the measured run)
 * lets two runs be compared, and tells a slow machine from a slower platform.
 */
final class MachineReference {

    private final SourceAfisSdk sdk = new SourceAfisSdk();
    private final BiometricSample[] fingers;

    MachineReference() {
        var population = new SyntheticPopulation(4_242, PopulationSettings.demo(1));
        var person = population.person(0);
        var subtypes = java.util.Arrays.stream(BiometricSubtype.values())
                .filter(s -> s.type() == org.openfid.spi.biometrics.BiometricType.FINGER)
                .limit(10)
                .toList();
        fingers = subtypes.stream()
                .map(finger -> SyntheticPackets.fingerBir(finger, population.fingerImage(person, finger), Instant.EPOCH)
                        .sample()
                        .orElseThrow())
                .toArray(BiometricSample[]::new);
    }

    /** CPU seconds of one ten-finger extraction, the best of five (after three untimed). */
    double tenFingerSeconds() {
        return tenFingerSeconds(3, 5);
    }

    /** The same with {@code warm} untimed and the best of {@code timed} extractions. */
    double tenFingerSeconds(int warm, int timed) {
        for (int i = 0; i < warm; i++) {
            extractAll();
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < timed; i++) {
            long started = cpuNanos();
            extractAll();
            best = Math.min(best, (cpuNanos() - started) / 1e9);
        }
        return best;
    }

    private void extractAll() {
        for (BiometricSample finger : fingers) {
            sdk.extractTemplate(finger);
        }
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
