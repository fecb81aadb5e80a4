package org.openfid.masterdata.reference;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openfid.masterdata.Location;
import org.openfid.masterdata.LocationLevel;
import org.springframework.stereotype.Component;

/** The location tree: a node's parent is exactly one level up, and only the country has none. */
@Component
class LocationTable extends RecordTable<Location> {

    LocationTable() {
        super(Location.class, "location", "masterdata.location", "code");
    }

    @Override
    Map<String, Object> columns(Location location) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("code", location.code());
        columns.put("level", location.level().name());
        columns.put("parent_code", location.parentCode());
        columns.put("names", new Json(location.names()));
        columns.put("active", location.active());
        return columns;
    }

    @Override
    Location read(Row row) throws SQLException {
        return new Location(
                row.text("code"),
                LocationLevel.valueOf(row.text("level")),
                row.optionalText("parent_code"),
                row.json("names", Texts.MULTILINGUAL),
                row.flag("active"),
                row.version());
    }

    @Override
    Location prepare(Location location, Checks checks) {
        checks.languages("names", location.names());
        LocationLevel parentLevel = location.level().parentLevel();
        String parent = location.parentCode();
        if (parentLevel == null) {
            if (parent != null) {
                throw Checks.invalid("parentCode: a country has no parent");
            }
        } else if (parent == null) {
            throw Checks.invalid("parentCode: a " + location.level() + " needs a parent " + parentLevel);
        } else if (checks.count(table(), "code = :value AND level = '" + parentLevel.name() + "'", parent) == 0) {
            throw Checks.invalid("parentCode: the parent must be an existing " + parentLevel);
        }
        String childLevel = location.level() == LocationLevel.POSTAL_CODE
                ? ""
                : LocationLevel.values()[location.level().ordinal() + 1].name();
        if (checks.count(table(), "parent_code = :value AND level <> '" + childLevel + "'", location.code()) > 0) {
            throw Checks.invalid("level: the location has children that would no longer be one level below it");
        }
        return location;
    }

    @Override
    List<Usage> usages() {
        return List.of(
                new Usage("masterdata.location", "parent_code = :key"),
                new Usage("masterdata.centre", "location_code = :key"));
    }
}
