package org.openfid.masterdata.reference;

import java.security.cert.X509Certificate;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openfid.keys.Certificates;
import org.openfid.keys.KeysException;
import org.openfid.masterdata.Device;
import org.openfid.masterdata.DeviceType;
import org.springframework.stereotype.Component;

/** Biometric devices: a parsable X.509 certificate (its expiry kept beside it), an optional centre. */
@Component
class DeviceTable extends RecordTable<Device> {

    private final Certificates certificates;

    DeviceTable(Certificates certificates) {
        super(Device.class, "device", "masterdata.device", "id");
        this.certificates = certificates;
    }

    @Override
    Map<String, Object> columns(Device device) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", device.id());
        columns.put("make", device.make());
        columns.put("model", device.model());
        columns.put("serial", device.serial());
        columns.put("type", device.type().name());
        columns.put("provider", device.provider());
        columns.put("certificate", device.certificate());
        var expiry = device.certificateExpiry();
        columns.put("certificate_expiry", expiry == null ? null : Timestamp.from(expiry));
        columns.put("centre_id", device.centreId());
        columns.put("active", device.active());
        return columns;
    }

    @Override
    Device read(Row row) throws SQLException {
        return new Device(
                row.text("id"),
                row.text("make"),
                row.text("model"),
                row.text("serial"),
                DeviceType.valueOf(row.text("type")),
                row.text("provider"),
                row.text("certificate"),
                row.instant("certificate_expiry"),
                row.optionalText("centre_id"),
                row.flag("active"),
                row.version());
    }

    @Override
    Device prepare(Device device, Checks checks) {
        checks.existsIfGiven("masterdata.centre", "id", device.centreId(), "centreId", "centre");
        X509Certificate certificate;
        try {
            certificate = certificates.parse(device.certificate());
        } catch (KeysException e) {
            throw Checks.invalid("certificate: not a PEM X.509 certificate");
        }
        return new Device(
                device.id(),
                device.make(),
                device.model(),
                device.serial(),
                device.type(),
                device.provider(),
                device.certificate().strip() + "\n",
                certificate.getNotAfter().toInstant(),
                device.centreId(),
                device.active(),
                device.version());
    }
}
