package org.openfid.notification;

/**
 * How an SMS leaves the platform: a country plugs in its operator's gateway. The platform's own
 * implementation posts JSON to an HTTP endpoint ({@code openfid.notification.sms.url}).
 */
public interface SmsGateway {

    /**
     * Hands one message to the gateway.
     *
     * @throws DeliveryFailure when the gateway refuses or cannot be reached; the message is retried
     */
    void send(String phoneNumber, String text);

    /** A failed hand-over, with a code for the status and the audit (never message content). */
    class DeliveryFailure extends RuntimeException {

        private final String code;

        public DeliveryFailure(String code, String message) {
            super(message, null, false, false);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }
}
