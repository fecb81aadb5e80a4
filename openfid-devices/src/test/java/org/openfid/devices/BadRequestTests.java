package org.openfid.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Each malformed or unserviceable capture request gets its SBI code and captures nothing. */
class BadRequestTests {

    final SbiClient client = SharedDevices.client();

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("RCAPTURE", "not JSON", "{\"env\":", 502),
                bad("RCAPTURE", "a JSON array", "[1,2]", 502),
                rcap("bio missing", r -> r.remove("bio"), 502),
                rcap("specVersion 0.9.2", r -> r.put("specVersion", "0.9.2"), 511),
                rcap("env Sandbox", r -> r.put("env", "Sandbox"), 503),
                rcap("env Production on a Developer device", r -> r.put("env", "Production"), 503),
                rcap("no transactionId", r -> r.remove("transactionId"), 112),
                rcap("empty transactionId", r -> r.put("transactionId", ""), 112),
                rcap("transactionId with a newline", r -> r.put("transactionId", "a\nb"), 112),
                rcap("transactionId as a number", r -> r.put("transactionId", 12), 112),
                rcap("no timeout", r -> r.remove("timeout"), 507),
                rcap("negative timeout", r -> r.put("timeout", -5), 507),
                rcap("timeout not a number", r -> r.put("timeout", "soon"), 507),
                rcap("Iris", r -> bio(r).put("type", "Iris"), 510),
                rcap("unknown device", r -> bio(r).put("deviceId", "9"), 106),
                rcap(
                        "RCAPTURE on the Auth device",
                        r -> bio(r).put("deviceId", "2").put("deviceSubId", 0),
                        504),
                rcap("purpose Auth in RCAPTURE", r -> r.put("purpose", "Auth"), 504),
                rcap("deviceSubId 4 on the slap", r -> bio(r).put("deviceSubId", 4), 505),
                rcap("deviceSubId not a number", r -> bio(r).put("deviceSubId", "left"), 505),
                rcap("count 5 on a slap", r -> bio(r).put("count", 5), 109),
                rcap("count 0", r -> bio(r).put("count", 0), 109),
                rcap(
                        "exception of the other hand",
                        r -> bio(r).putArray("exception").add("Right Thumb"),
                        506),
                rcap(
                        "exception not a finger name",
                        r -> bio(r).putArray("exception").add("LF_INDEX"),
                        506),
                rcap(
                        "every finger excepted",
                        r -> bio(r).putArray("exception")
                                .add("Left IndexFinger")
                                .add("Left MiddleFinger")
                                .add("Left RingFinger")
                                .add("Left LittleFinger"),
                        109),
                rcap("requestedScore 101", r -> bio(r).put("requestedScore", 101), 508),
                rcap("requestedScore missing", r -> bio(r).remove("requestedScore"), 508),
                rcap("previousHash not hex", r -> bio(r).put("previousHash", "xyz"), 509),
                rcap("previousHash too short", r -> bio(r).put("previousHash", "ABCD"), 509),
                cap("CAPTURE on the slap", r -> bio(r).put("deviceId", "1").put("deviceSubId", 1), 504),
                cap("count 2 on the single scanner", r -> bio(r).put("count", 2), 109),
                cap(
                        "two fingers on the single scanner",
                        r -> bio(r).withArray("bioSubType").add("Left Thumb"),
                        109),
                cap("an iris name", r -> bio(r).putArray("bioSubType").add("Left"), 506),
                cap("deviceSubId 1 on the single scanner", r -> bio(r).put("deviceSubId", 1), 505));
    }

    /** SBI 0.9.5 allows several bio entries; one bad entry refuses the whole request. */
    static Stream<Arguments> badBioEntries() {
        return Stream.of(
                rcap("no bio entry", r -> r.putArray("bio"), 512),
                rcap(
                        "eleven bio entries",
                        r -> {
                            for (int i = 0; i < 10; i++) {
                                r.withArray("bio").add(r.get("bio").get(0).deepCopy());
                            }
                        },
                        512),
                rcap(
                        "a bio entry that is not an object",
                        r -> r.withArray("bio").add(1),
                        502),
                rcap(
                        "a good entry then one with deviceSubId 4",
                        r -> r.withArray("bio").add(bio(r).deepCopy().put("deviceSubId", 4)),
                        505));
    }

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @MethodSource({"badRequests", "badBioEntries"})
    void aBadRequestGetsItsSbiCode(String verb, String what, String body, int code) {
        var answer = client.call(verb, "/capture", body);

        var items = answer.get("biometrics");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("error").get("errorCode").stringValue()).isEqualTo(Integer.toString(code));
        assertThat(items.get(0).get("error").get("errorInfo").stringValue()).isNotBlank();
        assertThat(items.get(0).get("data").stringValue()).isEmpty();
    }

    @Test
    void aSecondCaptureWhileTheDeviceCapturesGetsBusy() throws Exception {
        var slow = SbiClient.capture("Left IndexFinger", "busy-1");
        slow.put("timeout", 60000);
        bio(slow).put("requestedScore", 100);
        var first = client.callAsync("CAPTURE", "/capture", slow);
        boolean sawBusy = false;
        while (!first.isDone() && !sawBusy) {
            var status = client.call("MOSIPDISC", "/device", "{\"type\":\"Finger\"}")
                    .get(1)
                    .get("deviceStatus");
            sawBusy = status.stringValue().equals("Busy");
        }
        var second = client.call("CAPTURE", "/capture", SbiClient.capture("Left IndexFinger", "busy-2"));
        var firstAnswer = first.get(2, TimeUnit.MINUTES);

        assertThat(sawBusy)
                .as("the device reported Busy while the first capture ran")
                .isTrue();
        assertThat(second.get("biometrics").get(0).get("error").get("errorCode").stringValue())
                .isEqualTo("111");
        assertThat(firstAnswer
                        .get("biometrics")
                        .get(0)
                        .get("error")
                        .get("errorCode")
                        .stringValue())
                .isEqualTo("0");
        assertThat(client.call("MOSIPDISC", "/device", "{\"type\":\"Finger\"}")
                        .get(1)
                        .get("deviceStatus")
                        .stringValue())
                .isEqualTo("Ready");
    }

    private static Arguments bad(String verb, String what, String body, int code) {
        return Arguments.of(verb, what, body, code);
    }

    private static Arguments rcap(String what, Consumer<ObjectNode> change, int code) {
        var request = SbiClient.rcapture(1, 4);
        change.accept(request);
        return Arguments.of("RCAPTURE", what, SbiClient.JSON.writeValueAsString(request), code);
    }

    private static Arguments cap(String what, Consumer<ObjectNode> change, int code) {
        var request = SbiClient.capture("Left IndexFinger", "bad-tx");
        change.accept(request);
        return Arguments.of("CAPTURE", what, SbiClient.JSON.writeValueAsString(request), code);
    }

    private static ObjectNode bio(ObjectNode request) {
        return (ObjectNode) request.get("bio").get(0);
    }
}
