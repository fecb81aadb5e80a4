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
            QualityClassification qualityClassification,
            DemographicDeduplicationStage demographicDeduplication,
            BiometricInsert biometricInsert,
            BiometricDeduplication biometricDeduplication,
            ManualAdjudication manualAdjudication,
            UinAssignment uinAssignment,
            Finalization finalization,
            BiometricAuthentication biometricAuthentication,
            BiometricSearch biometricSearch,
            StatusChange statusChange,
            CorrectionLink correctionLink) {
        List<Stage> checks = List.of(packetValidation, cmdValidation, operatorValidation, supervisorValidation);
        flows.put(
                RegistrationType.NEW,
                concat(
                        checks,
                        introducerValidation,
                        qualityClassification,
                        demographicDeduplication,
                        biometricInsert,
                        biometricDeduplication,
                        manualAdjudication,
                        uinAssignment,
                        finalization));
        flows.put(
                RegistrationType.UPDATE,
                concat(
                        checks,
                        qualityClassification,
                        biometricAuthentication,
                        biometricInsert,
                        biometricDeduplication,
                        manualAdjudication,
                        uinAssignment,
                        finalization));
        flows.put(RegistrationType.LOST, concat(checks, biometricSearch));
        flows.put(RegistrationType.ACTIVATED, concat(checks, statusChange));
        flows.put(RegistrationType.DEACTIVATED, concat(checks, statusChange));
        flows.put(RegistrationType.CORRECTION, concat(checks, correctionLink));
    }

    private static List<Stage> concat(List<Stage> first, Stage... then) {
        var stages = new java.util.ArrayList<>(first);
        stages.addAll(List.of(then));
        return List.copyOf(stages);
    }

    @Override
    public List<Stage> stages(RegistrationType process) {
        return flows.getOrDefault(process, List.of());
    }
}
