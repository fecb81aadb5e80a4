package org.openfid.notification.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openfid.notification.NotificationProperties;
import org.openfid.notification.SmsGateway;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's SMS gateway client: {@code POST} of {@code {"to", "from", "text"}} as JSON to the
 * configured URL, with a bearer token if one is set; any 2xx is accepted, anything else is retried.
 */
public class HttpSmsGateway implements SmsGateway {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final NotificationProperties.Sms settings;
    private final HttpClient http;

    public HttpSmsGateway(NotificationProperties.Sms settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public void send(String phoneNumber, String text) {
        if (settings.url() == null || settings.url().isBlank()) {
            throw new DeliveryFailure("CHANNEL_NOT_CONFIGURED", "No SMS gateway URL is configured");
        }
        var body = JSON.createObjectNode()
                .put("to", phoneNumber)
                .put("from", settings.sender())
                .put("text", text);
        var request = HttpRequest.newBuilder(URI.create(settings.url()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (settings.token() != null && !settings.token().isBlank()) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryFailure(
                        "GATEWAY_HTTP_" + response.statusCode(), "The SMS gateway refused the message");
            }
        } catch (IOException e) {
            throw new DeliveryFailure("GATEWAY_UNREACHABLE", "The SMS gateway could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("INTERRUPTED", "Delivery was interrupted");
        }
    }
}
