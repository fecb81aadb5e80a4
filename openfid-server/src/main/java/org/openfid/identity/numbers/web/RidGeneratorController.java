package org.openfid.identity.numbers.web;

import java.time.Clock;
import java.util.Map;
import org.openfid.identity.IdNumbers;
import org.openfid.masterdata.CentreId;
import org.openfid.masterdata.MachineId;
import org.openfid.platform.MosipEnvelope.Response;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** MOSIP's ridgenerator: the next RID of an active machine at its centre. */
@RestController
class RidGeneratorController {

    private static final String ID_DIGITS = "[0-9]{5}";

    private final IdNumbers numbers;
    private final Clock clock;

    RidGeneratorController(IdNumbers numbers, Clock clock) {
        this.numbers = numbers;
        this.clock = clock;
    }

    @GetMapping("/v1/ridgenerator/generate/rid/{centerid}/{machineid}")
    Response<Map<String, String>> rid(@PathVariable String centerid, @PathVariable String machineid) {
        if (centerid.isBlank() || machineid.isBlank()) {
            throw new IdGeneratorFailure(IdGeneratorFailure.RID_EMPTY, "Empty input entered");
        }
        if (!centerid.matches(ID_DIGITS) || !machineid.matches(ID_DIGITS)) {
            throw new IdGeneratorFailure(IdGeneratorFailure.RID_LENGTH, "Input length is not valid");
        }
        String rid = numbers.nextRid(new CentreId(centerid), new MachineId(machineid))
                .value();
        return Response.ok(null, Map.of("rid", rid), clock.instant());
    }
}
