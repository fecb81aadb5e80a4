package org.openfid.bench.enrolment;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Misuse of {@code ./openfid enrol --synthetic} is refused with the reason, before any call. */
class CommandLineTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--duplicates 1 --account a:b | --synthetic N",
                "--synthetic 0 --account a:b | --synthetic N",
                "--synthetic x --account a:b | needs a number",
                "--synthetic 3 --duplicates 3 --account a:b | smaller than N",
                "--synthetic 3 --account nocolon | service account",
                "--synthetic 3 --bogus 1 --account a:b | unknown option --bogus",
                "--synthetic | needs a value"
            })
    void refusesMisuse(String arguments, String reason) {
        assertThatThrownBy(() -> CommandLine.options(arguments.split(" ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason);
    }
}
