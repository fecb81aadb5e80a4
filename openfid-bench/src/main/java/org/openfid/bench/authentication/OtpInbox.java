package org.openfid.bench.authentication;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SMS gateway of the benchmark: the platform posts each OTP message here (its real HTTP SMS
 * gateway client), and the load generator reads the OTP of a phone number back, as a person would
 * read it off their phone.
 */
final class OtpInbox implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern OTP = Pattern.compile("\\b(\\d{6})\\b");

    private final HttpServer server;
    private final Map<String, String> latest = new ConcurrentHashMap<>();

    OtpInbox() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/sms", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            Matcher matcher = OTP.matcher(body.path("text").asString(""));
            if (matcher.find()) {
                latest.put(body.path("to").asString(), matcher.group(1));
            }
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** Waits for an OTP to the phone number and takes it (so the next request waits for a new one). */
    String take(String phone, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < deadline) {
            String otp = latest.remove(phone);
            if (otp != null) {
                return otp;
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("No OTP arrived within " + timeoutMillis + " ms");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
