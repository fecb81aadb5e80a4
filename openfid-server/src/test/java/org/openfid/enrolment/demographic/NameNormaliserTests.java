package org.openfid.enrolment.demographic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameNormaliserTests {

    @Test
    void dropsTitlesCollapsesPunctuationAndSortsTokens() {
        assertThat(NameNormaliser.tokens("  Dr.  Mohammed   Ali, AL-HADDAD "))
                .containsExactly("alhaddad", "ali", "mohammed");
        assertThat(NameNormaliser.tokens("Ali Mohammed")).isEqualTo(NameNormaliser.tokens("mohammed ALI"));
        assertThat(NameNormaliser.tokens("Sheikh Omar bin Khaled")).containsExactly("khaled", "omar");
    }

    @Test
    void foldsCaseAccentsAndCompatibilityForms() {
        assertThat(NameNormaliser.tokens("José MÜLLER")).containsExactly("jose", "muller");
        assertThat(NameNormaliser.tokens("STRAẞE")).containsExactly("strasse");
        assertThat(NameNormaliser.tokens("ＭＯＨＡＭＭＥＤ")).containsExactly("mohammed");
        assertThat(NameNormaliser.tokens("O'Brien")).containsExactly("obrien");
    }

    @ParameterizedTest
    @CsvSource({
        "Abdul Rahman, Abdulrahman",
        "Abd al-Rahman, abdalrahman",
        "Abu Bakr, Abubakr",
        "عبد الرحمن, عبدالرحمن",
        "أحمد, احمد",
        "إبراهيم, ابراهيم",
        "فاطمة, فاطمه",
        "مصطفى, مصطفي",
        "محـــمد, محمد",
        "مُحَمَّد, محمد",
        "ﻣﺤﻤﺪ, محمد",
        "الدكتور علي, علي",
        "الحاجة فاطمة, فاطمه",
        "يوسف بن عمر, عمر يوسف",
    })
    void spellingVariantsNormaliseAlike(String one, String other) {
        assertThat(NameNormaliser.tokens(one)).isNotEmpty().isEqualTo(NameNormaliser.tokens(other));
    }

    @ParameterizedTest
    @CsvSource({"Omar, Amr", "علي, عمر", "Haddad, Najjar", "Ali Omar, Ali"})
    void differentNamesStayApart(String one, String other) {
        assertThat(NameNormaliser.tokens(one)).isNotEqualTo(NameNormaliser.tokens(other));
    }

    @Test
    void keepsDeclaredOrderBeforeTheSortAndLeavesNothingOfPunctuation() {
        assertThat(NameNormaliser.mergedTokens("Mohammed Ali Haddad")).containsExactly("mohammed", "ali", "haddad");
        assertThat(NameNormaliser.tokens(" -- . ، ")).isEqualTo(List.of());
        assertThat(NameNormaliser.tokens("Mr. Mrs.")).isEmpty();
    }
}
