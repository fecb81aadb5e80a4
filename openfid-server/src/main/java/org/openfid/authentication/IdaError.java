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

    public static IdaError unsupportedAuthType(String type) {
        return new IdaError(
                "IDA-MLC-011",
                "Unsupported Authentication Type - " + type,
                "Please use other Authentication Types in the request");
    }

    /** MOSIP's child auth filter: a factor denied to children ({@code otp}, {@code demo}, {@code bio}). */
    public static IdaError unsupportedForChild(String type) {
        return new IdaError(
                "IDA-MLC-011",
                "Unsupported Authentication Type for child - " + type,
                "Please use other Authentication Types in the request");
    }

    public static IdaError biometricTransactionMismatch() {
        return of("IDA-MLC-016", "Transaction ID parameters in the request does not match");
    }

    public static IdaError biometricInputMismatch(String field) {
        return of("IDA-MLC-024", field + " of request is not matching with " + field + " of biometrics");
    }

    public static IdaError biometricSegmentTime(long seconds) {
        return new IdaError(
                "IDA-MLC-030",
                "Biometrics not captured within " + seconds + " seconds of previous biometrics",
                "Please capture biometrics within " + seconds + " seconds of previous biometric capture");
    }

    public static IdaError digitalIdSegmentTime(long seconds) {
        return new IdaError(
                "IDA-MLC-031",
                "DigitalId of Biometrics not captured within " + seconds + " seconds of previous biometrics",
                "Please capture DigitalId of biometrics within " + seconds + " seconds of previous biometric capture");
    }

    public static IdaError biometricMismatch(String modality) {
        return new IdaError(
                "IDA-BIA-001", "Biometric data - " + modality + " did not match", "Please give your biometrics again");
    }

    public static IdaError duplicateFingers() {
        return new IdaError("IDA-BIA-002", "Duplicate fingers in request", "Please try again with distinct fingers");
    }

    public static IdaError tooManyFingers(int maximum) {
        return of("IDA-BIA-003", "Number of Fingers should not exceed " + maximum);
    }

    public static IdaError biometricNotInDatabase(String what) {
        return new IdaError(
                "IDA-BIA-006",
                "Biometric data " + what + " not available in database",
                "Your Biometric data is not available in MOSIP");
    }

    public static IdaError invalidBiometric() {
        return of("IDA-BIA-011", "Invalid biometric data");
    }

    public static IdaError digitalIdFailed() {
        return of("IDA-BIA-012", "MDS verification failed");
    }

    public static IdaError biometricHashFailed() {
        return of("IDA-BIA-014", "Hash Validation Failed");
    }

    public static IdaError biometricSignatureFailed() {
        return of("IDA-BIA-015", "Signature Validation Failed");
    }

    public static IdaError biometricMatchUnavailable() {
        return of("IDA-BIA-017", "Unable to Perform Biometric Match due to a Technical Issue");
    }

    public static IdaError deviceNotRegistered() {
        return of("IDA-DPM-001", "Device is not registered with MOSIP");
    }

    public static IdaError deviceProviderNotRegistered() {
        return of("IDA-DPM-002", "MDS is not registered with MOSIP");
    }

    public static IdaError deviceTypeMismatch() {
        return of("IDA-DPM-004", "Device Type and Biometric Type do not match");
    }
}
