package org.openfid.devices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openfid.devices.capture.ImageFormat;

/** The command line of {@code ./openfid devices start}. */
class DevicesCommandTests {

    @Test
    void optionsBecomeSettings() {
        var settings = DevicesCommand.parse(new String[] {
            "start",
            "--seed",
            "5",
            "--person",
            "9",
            "--port",
            "4550",
            "--env",
            "Staging",
            "--data",
            "keys",
            "--image-format",
            "JP2"
        });

        assertThat(settings.seed()).isEqualTo(5);
        assertThat(settings.person()).isEqualTo(9);
        assertThat(settings.port()).isEqualTo(4550);
        assertThat(settings.env()).isEqualTo("Staging");
        assertThat(settings.dataDir()).isEqualTo(Path.of("keys"));
        assertThat(settings.idaCertificate()).isNull();
        assertThat(settings.imageFormat()).isEqualTo(ImageFormat.JP2);
        assertThat(DevicesCommand.parse(new String[] {"start"}).port()).isNull();
        assertThat(DevicesCommand.parse(new String[] {"start"}).imageFormat()).isEqualTo(ImageFormat.PNG);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--seed abc | --seed takes a whole number",
                "--seed | missing value after --seed",
                "--colour blue | unknown option --colour",
                "--ida-cert target/no-such.pem | cannot read an X.509 certificate",
                "--env Sandbox | env is one of",
                "--person -1 | non-negative",
                "--port 70000 | Not a port",
                "--image-format gif | --image-format is png or jp2, not gif"
            })
    void badOptionsAreRefusedWithTheReason(String words, String reason) {
        assertThatThrownBy(() -> DevicesCommand.parse(words.split(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }
}
