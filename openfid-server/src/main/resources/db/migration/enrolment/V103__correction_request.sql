-- Requests for additional information (MOSIP's additional_info_request): a case paused because its
-- biometrics were of too low quality asks the centre for a correction packet, which names the
-- request by its id (the sync's additionalInfoReqId) and so finds the paused case again.
CREATE TABLE enrolment.correction_request (
    request_id   varchar(64)  PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES enrolment.enrolment_case (id),
    reason_code  varchar(64)  NOT NULL,
    requested_at timestamptz  NOT NULL,
    answered_rid varchar(29)
);
CREATE INDEX correction_request_by_case ON enrolment.correction_request (case_id, requested_at);
