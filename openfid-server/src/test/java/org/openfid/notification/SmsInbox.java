package org.openfid.notification;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP endpoint on this machine standing in for an operator's SMS gateway: it records every
 * request (body and headers) and can be told to fail the next ones with a status.
 */
public final class SmsInbox implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request the gateway received. */
    public record Received(JsonNode body, String authorization) {

        public String to() {
            return body.path("to").asString();
        }

        public String text() {
            return body.path("text").asString();
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile int failureStatus = 503;

    public SmsInbox() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/sms", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int status = 202;
            if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = failureStatus;
            } else {
                received.add(new Received(
                        JSON.readTree(new String(body, StandardCharsets.UTF_8)),
                        String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** The next {@code count} requests are answered with {@code status} (and not recorded). */
    public void failNext(int count, int status) {
        this.failureStatus = status;
        failures.set(count);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits up to {@code timeout} for a message matching {@code filter}. */
    public Received await(Predicate<Received> filter, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (Received message : received) {
                if (filter.test(message)) {
                    return message;
                }
            }
            Thread.sleep(25);
        }
        throw new AssertionError("No SMS arrived within " + timeout);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
