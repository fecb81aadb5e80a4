package org.openfid.enrolment.stages;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.openfid.enrolment.pipeline.CaseFile;
import org.openfid.enrolment.pipeline.Stage;
import org.openfid.enrolment.pipeline.StageOutcome;
import org.openfid.masterdata.Centre;
import org.openfid.masterdata.CentreId;
import org.openfid.masterdata.Machine;
import org.openfid.masterdata.MachineId;
import org.openfid.masterdata.ReferenceData;
import org.openfid.masterdata.WorkingHours;
import org.openfid.packet.Label;
import org.openfid.packet.RegistrationPacket;
import org.springframework.stereotype.Component;

/**
 * MOSIP's CMD validator: the centre, machine and capture devices named in the packet against master
 * data. The centre must exist and be active; the machine must exist, be active and belong to that
 * centre; the packet must have been made during the centre's working hours, in the centre's time
 * zone, and not on one of its holidays; coordinates, when the station recorded them ({@code
 * geoLocLatitude} / {@code geoLoclongitude}), must be real coordinates (a station without GPS writes
 * none, so absence is accepted); every capture device the packet names must be known, active and
 * assigned to that centre ({@link CaptureDevices}). Reads only, so re-running it is harmless.
 */
@Component
class CentreMachineDeviceValidation implements Stage {

    static final String NAME = "CMD_VALIDATION";
    static final String PASSED = "RPR-CMD-SUCCESS-001";
    static final String CENTRE = "RPR-CMD-FAILED-001";
    static final String MACHINE = "RPR-CMD-FAILED-002";
    static final String MACHINE_CENTRE = "RPR-CMD-FAILED-003";
    static final String GPS = "RPR-CMD-FAILED-004";
    static final String DEVICE = "RPR-CMD-FAILED-005";
    static final String DEVICE_CENTRE = "RPR-CMD-FAILED-006";
    static final String WORKING_HOURS = "RPR-CMD-FAILED-010";
    static final String HOLIDAY = "RPR-CMD-FAILED-011";

    private final ReferenceData reference;
    private final CaptureDevices devices;

    CentreMachineDeviceValidation(ReferenceData reference, CaptureDevices devices) {
        this.reference = reference;
        this.devices = devices;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StageOutcome run(CaseFile file) {
        RegistrationPacket packet = file.packet();
        Optional<Centre> centre = reference.centre(new CentreId(packet.centreId()));
        if (centre.isEmpty() || !centre.get().active()) {
            return StageOutcome.rejected(CENTRE, "The registration centre is unknown or inactive");
        }
        Optional<Machine> machine = reference.machine(new MachineId(packet.machineId()));
        if (machine.isEmpty() || !machine.get().active()) {
            return StageOutcome.rejected(MACHINE, "The registration machine is unknown or inactive");
        }
        if (!machine.get().centreId().equals(packet.centreId())) {
            return StageOutcome.rejected(MACHINE_CENTRE, "The registration machine belongs to another centre");
        }
        Optional<StageOutcome> time = openAt(centre.get(), packet.creationTime());
        if (time.isPresent()) {
            return time.get();
        }
        if (!coordinates(packet)) {
            return StageOutcome.rejected(GPS, "The packet's GPS coordinates are not valid coordinates");
        }
        return devices.check(packet, centre.get());
    }

    /**
     * Rejects a packet made outside the centre's working hours or on a holiday. The creation time is
     * UTC (MOSIP's convention for {@code creationDate}); hours and holidays are in the centre's zone.
     */
    static Optional<StageOutcome> openAt(Centre centre, LocalDateTime createdUtc) {
        ZonedDateTime local;
        try {
            local = createdUtc.atOffset(ZoneOffset.UTC).atZoneSameInstant(ZoneId.of(centre.timeZone()));
        } catch (DateTimeException e) {
            return Optional.of(
                    StageOutcome.rejected(CENTRE, "The registration centre's time zone is not a known time zone"));
        }
        if (centre.holidays().stream().anyMatch(h -> h.date().equals(local.toLocalDate()))) {
            return Optional.of(StageOutcome.rejected(HOLIDAY, "The packet was created on a holiday of the centre"));
        }
        WorkingHours hours = centre.workingHours().get(local.getDayOfWeek());
        boolean open = hours != null
                && !local.toLocalTime().isBefore(hours.opens())
                && local.toLocalTime().isBefore(hours.closes());
        return open
                ? Optional.empty()
                : Optional.of(StageOutcome.rejected(
                        WORKING_HOURS, "The packet was created outside the centre's working hours"));
    }

    /** True when the packet has no coordinates, or real ones. */
    static boolean coordinates(RegistrationPacket packet) {
        Optional<String> latitude = label(packet, "geoLocLatitude");
        Optional<String> longitude = label(packet, "geoLoclongitude");
        if (latitude.isEmpty() && longitude.isEmpty()) {
            return true;
        }
        try {
            double lat = Double.parseDouble(latitude.orElse(""));
            double lon = Double.parseDouble(longitude.orElse(""));
            return Math.abs(lat) <= 90 && Math.abs(lon) <= 180;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<String> label(RegistrationPacket packet, String name) {
        return packet.metaData().stream()
                .filter(label -> label.label().equals(name) && label.value() != null)
                .map(Label::value)
                .filter(value -> !value.isBlank())
                .findFirst();
    }
}
