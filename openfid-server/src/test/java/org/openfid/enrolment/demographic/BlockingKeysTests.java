package org.openfid.enrolment.demographic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BlockingKeysTests {

    @ParameterizedTest
    @CsvSource({
        "Mohammed Ahmed Haddad, Muhammad Ahmad Haddad",
        "Mohamed Ahmed Haddad, Mohammed Ahmad Hadad",
        "Mohammed Ali Haddad, Muhammad Haddad",
        "Haddad Mohammed, Mohammed Haddad",
        "Youssef Hussein Khoury, Yusuf Husain Khouri",
        "Dr. Abdul Rahman Ibrahim, Abdulrahman Ebrahim",
    })
    void englishSpellingVariantsAreCandidates(String earlier, String later) {
        assertThat(candidates(eng(earlier, "1990/04/17", "MLE"), eng(later, "1990/04/17", "MLE")))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource({"محمد علي حداد, مُحمّد عليّ حدّاد", "أحمد عبد الله, احمد عبدالله", "فاطمة خوري, فاطمه خوري"})
    void arabicSpellingVariantsAreCandidates(String earlier, String later) {
        assertThat(candidates(ara(earlier, "1990/04/17", "FLE"), ara(later, "1990/04/17", "FLE")))
                .isTrue();
    }

    @Test
    void differentPeopleAreNotCandidates() {
        var person = eng("Mohammed Ali Haddad", "1990/04/17", "MLE");
        assertThat(candidates(person, eng("Omar Ali Najjar", "1990/04/17", "MLE")))
                .isFalse();
        assertThat(candidates(person, eng("Mohammed Ali Haddad", "1990/04/18", "MLE")))
                .isFalse();
        assertThat(candidates(person, eng("Mohammed Ali Haddad", "1991/04/17", "MLE")))
                .isFalse();
        assertThat(candidates(person, eng("Mohammed Ali Haddad", "1990/04/17", "FLE")))
                .isFalse();
        assertThat(candidates(ara("محمد علي حداد", "1990/04/17", "MLE"), ara("محمد علي نجار", "1990/04/17", "MLE")))
                .isFalse();
    }

    @Test
    void dayAndMonthSwappedAreCandidatesOnlyWhenBothCouldBeAMonth() {
        assertThat(candidates(eng("Omar Khoury", "1990/03/07", "MLE"), eng("Omar Khoury", "1990/07/03", "MLE")))
                .isTrue();
        assertThat(candidates(eng("Omar Khoury", "1990/03/25", "MLE"), eng("Omar Khoury", "1990/03/26", "MLE")))
                .isFalse();
    }

    @Test
    void aYearOnlyDateMeetsEveryDateOfThatYearButTwoFullDatesMustAgree() {
        var ageOnly = eng("Omar Khoury", "1990", "MLE");
        assertThat(candidates(ageOnly, eng("Omar Khoury", "1990/11/23", "MLE"))).isTrue();
        assertThat(candidates(eng("Omar Khoury", "1990/11/23", "MLE"), ageOnly)).isTrue();
        assertThat(candidates(ageOnly, eng("Omar Khoury", "1990", "MLE"))).isTrue();
        assertThat(candidates(ageOnly, eng("Omar Khoury", "1991", "MLE"))).isFalse();
        assertThat(candidates(eng("Omar Khoury", "1990/11/23", "MLE"), eng("Omar Khoury", "1990/11/24", "MLE")))
                .isFalse();
    }

    @Test
    void keysOfOneLanguageNeverMeetAnother() {
        var english =
                BlockingKeys.of(new DeclaredDemographics(Map.of("eng", "Ali"), BirthDate.parse("2000/01/01"), "MLE"));
        var french =
                BlockingKeys.of(new DeclaredDemographics(Map.of("fra", "Ali"), BirthDate.parse("2000/01/01"), "MLE"));
        assertThat(english.stored()).doesNotContainAnyElementsOf(french.probes());
        assertThat(english.stored()).allMatch(key -> key.startsWith(BlockingKeys.VERSION + "|eng|"));
    }

    @Test
    void noDateOfBirthOrNoLettersGiveNoKeys() {
        var undated = BlockingKeys.of(new DeclaredDemographics(Map.of("eng", "Ali Omar"), null, "MLE"));
        assertThat(undated.stored()).isEmpty();
        assertThat(undated.probes()).isEmpty();
        var nameless =
                BlockingKeys.of(new DeclaredDemographics(Map.of("eng", " - . "), BirthDate.parse("2000"), "MLE"));
        assertThat(nameless.stored()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1990/13/01", "1990/02/30", "90/01/01", "abcd", "1990/1/1", "0999/01/01", ""})
    void badDatesOfBirthAreRefusedWithoutRepeatingThem(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BirthDate.parse(text))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(text.isEmpty() ? "\u0000" : text));
    }

    @Test
    void parsesEveryPrecision() {
        assertThat(BirthDate.parse("1990/04/17")).isEqualTo(new BirthDate(1990, 4, 17));
        assertThat(BirthDate.parse("1990-04-17").isComplete()).isTrue();
        assertThat(BirthDate.parse("1990/04")).isEqualTo(new BirthDate(1990, 4, null));
        assertThat(BirthDate.parse("1990").isComplete()).isFalse();
    }

    /** Whether the later enrolment's probes meet the earlier one's stored keys. */
    static boolean candidates(DeclaredDemographics earlier, DeclaredDemographics later) {
        var shared = new HashSet<>(BlockingKeys.of(later).probes());
        shared.retainAll(BlockingKeys.of(earlier).stored());
        return !shared.isEmpty();
    }

    private static DeclaredDemographics eng(String name, String birth, @Nullable String gender) {
        return new DeclaredDemographics(Map.of("eng", name), BirthDate.parse(birth), gender);
    }

    private static DeclaredDemographics ara(String name, String birth, @Nullable String gender) {
        return new DeclaredDemographics(Map.of("ara", name), BirthDate.parse(birth), gender);
    }
}
