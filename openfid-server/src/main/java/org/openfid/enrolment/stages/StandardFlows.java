package org.openfid.enrolment.stages;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openfid.enrolment.RegistrationType;
import org.openfid.enrolment.pipeline.Flows;
import org.openfid.enrolment.pipeline.Stage;
import org.springframework.stereotype.Component;

/**
 * The flows, as code: which stages each registration type goes through, in order (MOSIP keeps these
 * in Camel route files with JSONPath conditions; here a flow is a list a reader can follow).
 */
@Component
class StandardFlows implements Flows {

    private final Map<RegistrationType, List<Stage>> flows = new EnumMap<>(RegistrationType.class);

    StandardFlows(
            PacketValidation packetValidation,
            CentreMachineDeviceValidation cmdValidation,
            OperatorValidation operatorValidation,
            SupervisorValidation supervisorValidation,
            IntroducerValidation introducerValidation,
            QualityClassification qualityClassification) {
        flows.put(
                RegistrationType.NEW,
                List.of(
                        packetValidation,
                        cmdValidation,
                        operatorValidation,
                        supervisorValidation,
                        introducerValidation,
                        qualityClassification));
    }

    @Override
    public List<Stage> stages(RegistrationType process) {
        return flows.getOrDefault(process, List.of());
    }
}
