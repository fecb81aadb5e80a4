package org.openfid.enrolment.demographic;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What an enrolment declares that demographic de-duplication compares: the full name in each language
 * it was written in (given, middle and family names joined by spaces, in declared order), the date of
 * birth and the gender code.
 *
 * @param fullNames full name by language code ({@code eng}, {@code ara}); blank values are ignored
 * @param birthDate the declared date of birth; without one no blocking key can be made
 * @param gender the country's gender code; null when not declared (it then only meets other nulls)
 */
public record DeclaredDemographics(
        Map<String, String> fullNames,
        @Nullable BirthDate birthDate,
        @Nullable String gender) {

    public DeclaredDemographics {
        fullNames = Map.copyOf(Objects.requireNonNull(fullNames, "fullNames"));
    }
}
