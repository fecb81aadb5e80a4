package org.openfid.masterdata.reference;

import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openfid.masterdata.Centre;
import org.openfid.masterdata.Holiday;
import org.openfid.masterdata.WorkingHours;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** Registration centres: in a known location, in a real time zone, open before they close. */
@Component
class CentreTable extends RecordTable<Centre> {

    CentreTable() {
        super(Centre.class, "centre", "masterdata.centre", "id");
    }

    private static final TypeReference<Map<DayOfWeek, WorkingHours>> HOURS = new TypeReference<>() {};
    private static final TypeReference<List<Holiday>> HOLIDAYS = new TypeReference<>() {};

    @Override
    Map<String, Object> columns(Centre centre) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("id", centre.id());
        columns.put("names", new Json(centre.names()));
        columns.put("addresses", new Json(centre.addresses()));
        columns.put("location_code", centre.locationCode());
        columns.put("latitude", centre.latitude());
        columns.put("longitude", centre.longitude());
        columns.put("time_zone", centre.timeZone());
        columns.put("working_hours", new Json(centre.workingHours()));
        columns.put("holidays", new Json(centre.holidays()));
        columns.put("active", centre.active());
        return columns;
    }

    @Override
    Centre read(Row row) throws SQLException {
        return new Centre(
                row.text("id"),
                row.json("names", Texts.MULTILINGUAL),
                row.json("addresses", Texts.MULTILINGUAL),
                row.text("location_code"),
                row.number("latitude"),
                row.number("longitude"),
                row.text("time_zone"),
                row.json("working_hours", HOURS),
                row.json("holidays", HOLIDAYS),
                row.flag("active"),
                row.version());
    }

    @Override
    Centre prepare(Centre centre, Checks checks) {
        checks.languages("names", centre.names());
        checks.languages("addresses", centre.addresses());
        checks.exists("masterdata.location", "code", centre.locationCode(), "locationCode", "location");
        try {
            ZoneId.of(centre.timeZone());
        } catch (DateTimeException e) {
            throw Checks.invalid("timeZone: not a time zone id (for example Africa/Casablanca)");
        }
        centre.workingHours().forEach((day, hours) -> {
            if (!hours.opens().isBefore(hours.closes())) {
                throw Checks.invalid("workingHours." + day + ": opens must be before closes");
            }
        });
        for (int i = 0; i < centre.holidays().size(); i++) {
            checks.languages(
                    "holidays[" + i + "].names", centre.holidays().get(i).names());
        }
        return centre;
    }

    @Override
    List<Usage> usages() {
        return List.of(
                new Usage("masterdata.machine", "centre_id = :key"),
                new Usage("masterdata.device", "centre_id = :key"),
                new Usage("masterdata.staff", "centre_id = :key"));
    }
}
