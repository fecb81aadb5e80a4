package org.openfid.devices;

/**
 * The error codes the software devices answer with: 0 and 100-112 are the SBI specification's own
 * codes; 500-599 are the "vendor" range the specification leaves to each device provider, used here
 * for the precise request errors the specification has no code for. Every error response carries
 * {@code errorCode} (the number as a string) and {@code errorInfo} (this English text); none carries
 * biometric data or request values.
 */
public enum SbiError {
    SUCCESS(0, "Success"),
    NOT_REGISTERED(100, "Device not registered"),
    NO_BIOMETRIC_OBJECT(101, "Unable to detect a biometric object"),
    EXTRACTION_ERROR(102, "Technical error during extraction"),
    DEVICE_NOT_FOUND(106, "Device not found"),
    DOMAIN_KEY_MISSING(108, "Domain public key missing: start the devices with --ida-cert for CAPTURE"),
    COUNT_UNSUPPORTED(109, "Requested number of biometric (Finger/IRIS) not supported"),
    NOT_READY(110, "Device not ready"),
    BUSY(111, "Device busy: another capture is in progress"),
    INVALID_TRANSACTION_ID(112, "Invalid transaction id: 1 to 128 printable ASCII characters"),
    UNKNOWN_REQUEST(
            500, "Unknown method or path: use MOSIPDISC /device, MOSIPDINFO /info, CAPTURE or RCAPTURE /capture"),
    INVALID_DISCOVERY_TYPE(501, "Invalid type in the discovery request: Biometric Device, Finger, Face or Iris"),
    MALFORMED_REQUEST(502, "Malformed request: not JSON, or a required field is missing or of the wrong type"),
    ENV_MISMATCH(
            503, "env is not one of Staging, Developer, Pre-Production, Production, or not the device's environment"),
    PURPOSE_MISMATCH(504, "Purpose mismatch: CAPTURE is served by Auth devices, RCAPTURE by Registration devices"),
    WRONG_DEVICE_SUB_ID(505, "deviceSubId not supported by this device"),
    INVALID_BIO_SUB_TYPE(506, "bioSubType or exception not valid for this device and deviceSubId"),
    INVALID_TIMEOUT(507, "timeout must be a positive number of milliseconds"),
    INVALID_REQUESTED_SCORE(508, "requestedScore must be a number from 0 to 100"),
    INVALID_PREVIOUS_HASH(509, "previousHash must be empty or the hex SHA-256 hash of the previous capture"),
    UNSUPPORTED_BIO_TYPE(510, "bio type not supported: these devices capture fingers (Finger) only"),
    UNSUPPORTED_SPEC_VERSION(511, "specVersion not supported: 0.9.5"),
    BIO_ENTRY_COUNT(512, "A request must hold 1 to 10 bio entries");

    private final int code;
    private final String info;

    SbiError(int code, String info) {
        this.code = code;
        this.info = info;
    }

    /** The numeric SBI code. */
    public int code() {
        return code;
    }

    /** The {@code errorCode} text of a response. */
    public String errorCode() {
        return Integer.toString(code);
    }

    /** The {@code errorInfo} text of a response. */
    public String errorInfo() {
        return info;
    }
}
