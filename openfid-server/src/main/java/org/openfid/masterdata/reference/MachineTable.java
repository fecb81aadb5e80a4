package org.openfid.masterdata.reference;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openfid.masterdata.Machine;
import org.springframework.stereotype.Component;

/** Registration machines: bound to an existing centre, with two real public keys and their thumbprints. */
@Component
class MachineTable extends RecordTable<Machine> {

    MachineTable() {
        super(Machine.class, "machine", "masterdata.machine", "id");
    }

    @Override
    Map<String, Object> columns(Machine machine) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", machine.id());
        columns.put("name", machine.name());
        columns.put("serial", machine.serial());
        columns.put("centre_id", machine.centreId());
        columns.put("signing_key", machine.signingKey());
        columns.put("signing_key_thumbprint", machine.signingKeyThumbprint());
        columns.put("encryption_key", machine.encryptionKey());
        columns.put("encryption_key_thumbprint", machine.encryptionKeyThumbprint());
        columns.put("active", machine.active());
        return columns;
    }

    @Override
    Machine read(Row row) throws SQLException {
        return new Machine(
                row.text("id"),
                row.text("name"),
                row.text("serial"),
                row.text("centre_id"),
                row.text("signing_key"),
                row.text("signing_key_thumbprint"),
                row.text("encryption_key"),
                row.text("encryption_key_thumbprint"),
                row.flag("active"),
                row.version());
    }

    @Override
    Machine prepare(Machine machine, Checks checks) {
        checks.exists("masterdata.centre", "id", machine.centreId(), "centreId", "centre");
        String signing = PublicKeys.thumbprint(machine.signingKey(), "signingKey");
        String encryption = PublicKeys.thumbprint(machine.encryptionKey(), "encryptionKey");
        return new Machine(
                machine.id(),
                machine.name(),
                machine.serial(),
                machine.centreId(),
                machine.signingKey().strip() + "\n",
                signing,
                machine.encryptionKey().strip() + "\n",
                encryption,
                machine.active(),
                machine.version());
    }
}
