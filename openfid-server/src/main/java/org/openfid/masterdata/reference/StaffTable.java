package org.openfid.masterdata.reference;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openfid.masterdata.Staff;
import org.openfid.masterdata.StaffRole;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Staff: roles and the centre they work at (which must exist). */
@Component
class StaffTable extends RecordTable<Staff> {

    private static final TypeReference<Set<StaffRole>> ROLES = new TypeReference<>() {};

    StaffTable() {
        super(Staff.class, "staff", "masterdata.staff", "user_id");
    }

    @Override
    Map<String, Object> columns(Staff staff) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("user_id", staff.userId());
        columns.put("display_name", staff.displayName());
        columns.put("roles", new Json(new TreeSet<>(staff.roles())));
        columns.put("centre_id", staff.centreId());
        columns.put("active", staff.active());
        return columns;
    }

    @Override
    Staff read(Row row) throws SQLException {
        return new Staff(
                row.text("user_id"),
                row.text("display_name"),
                row.json("roles", ROLES),
                row.optionalText("centre_id"),
                row.flag("active"),
                row.version());
    }

    @Override
    Staff prepare(Staff staff, Checks checks) {
        checks.existsIfGiven("masterdata.centre", "id", staff.centreId(), "centreId", "centre");
        return staff;
    }
}
