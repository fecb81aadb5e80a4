package org.openfid.authentication;

import org.jspecify.annotations.Nullable;

/**
 * One error of MOSIP IDA's response ({@code errorCode}, {@code errorMessage}, {@code actionMessage}).
 * The codes and messages are MOSIP's, because relying parties branch on them; the factories below are
 * the ones this platform returns. Messages never contain the individual's id or data.
 *
 * @param errorCode MOSIP's code, for example {@code IDA-MLC-018}
 * @param errorMessage what went wrong
 * @param actionMessage what the caller can do, if MOSIP says
 */
public record IdaError(
        String errorCode, String errorMessage, @Nullable String actionMessage) {

    public static IdaError of(String code, String message) {
        return new IdaError(code, message, null);
    }

    public static IdaError invalidTimestamp(long seconds) {
        return new IdaError(
                "IDA-MLC-001",
                "Request to be received at MOSIP within " + seconds + " seconds",
                "Please send the request within " + seconds + " seconds");
    }

    public static IdaError invalidUin() {
        return new IdaError("IDA-MLC-002", "Invalid UIN", "Please retry with the correct UIN");
    }

    public static IdaError invalidVid() {
        return new IdaError("IDA-MLC-004", "Invalid VID", "Please retry with correct VID");
    }

    public static IdaError missing(String parameter) {
        return of("IDA-MLC-006", "Missing Input Parameter - " + parameter);
    }

    public static IdaError unableToProcess() {
        return of("IDA-MLC-007", "Request could not be processed. Please try again");
    }

    public static IdaError noAuthType() {
        return of("IDA-MLC-008", "No authentication type selected");
    }

    public static IdaError invalid(String parameter) {
        return of("IDA-MLC-009", "Invalid Input Parameter - " + parameter);
    }

    public static IdaError consentMissing() {
        return of("IDA-MLC-012", "Individual's Consent is not available");
    }

    public static IdaError notRegistered(String channel) {
        return new IdaError(
                "IDA-MLC-014",
                channel + " not registered. Individual has to register and try again",
                "Please register your " + channel + " and try again");
    }

    public static IdaError idTypeNotAllowed(String type) {
        return of("IDA-MLC-015", "Identity Type - " + type + " not configured for the country");
    }

    public static IdaError notInDatabase(String idType) {
        return of("IDA-MLC-018", idType + " not available in database");
    }

    public static IdaError locked(String authType) {
        return of("IDA-MLC-019", authType + " Auth Type is Locked for the UIN");
    }

    public static IdaError uinDeactivatedOrBlocked() {
        return of("IDA-MLC-022", "UIN is deactivated/blocked");
    }

    public static IdaError vidUnusable() {
        return of("IDA-MLC-023", "VID is expired/deactivated");
    }

    public static IdaError signatureFailed(String what) {
        return of("IDA-MPA-001", "Digital signature verification failed for " + what);
    }

    public static IdaError cannotDecrypt() {
        return of("IDA-MPA-003", "Unable to decrypt Request");
    }

    public static IdaError otpRequestNotAllowed() {
        return of("IDA-MPA-005", "OTP Request Usage not allowed as per policy");
    }

    public static IdaError authTypeNotAllowed(String type) {
        return new IdaError(
                "IDA-MPA-006",
                type + " Authentication usage not allowed as per policy",
                "Please use other Authentication Types in the request");
    }

    public static IdaError kycNotAllowed() {
        return of("IDA-MPA-013", "Partner is unauthorised for eKYC");
    }

    public static IdaError mandatory(String type) {
        return of("IDA-MPA-015", type + "-authentiation usage is mandatory as per policy");
    }

    public static IdaError hmacFailed() {
        return of("IDA-MPA-016", "HMAC Validation failed");
    }

    public static IdaError certificateNotRegistered() {
        return of("IDA-MPA-020", "Partner (Auth) Certificate not found in DB.");
    }

    public static IdaError certificateMismatch() {
        return of("IDA-MPA-021", "Partner (Auth) Certificate not matching with signature header certificate.");
    }

    public static IdaError certificateNotInHeader() {
        return of("IDA-MPA-022", "Partner (Auth) Certificate not found in Request signature header.");
    }

    public static IdaError pathParametersMissing() {
        return of("IDA-MPA-038", "Required Number of Path parameters are missing in URI");
    }

    public static IdaError kycEncryptionFailed() {
        return of("IDA-EKA-001", "Unable to encrypt eKYC response");
    }
}
