package org.openfid.synth.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.openfid.spi.biometrics.BiometricSubtype;
import org.openfid.spi.biometrics.BiometricType;

/**
 * One record of a synthetic population: what a person declares at an enrolment, plus which synthetic
 * fingers they have. Names and address lines are given per language code; codes (gender, residence
 * status, document types, locations) are the country folder's.
 *
 * <p>A planted duplicate is a record whose {@link #subject()} is an earlier record's: the same human
 * (same gender, same fingers) enrolled again under another name, date of birth, address and phone.
 *
 * @param index the record's position in the population (0-based)
 * @param subject the index of the person's first record; equals {@code index} unless a duplicate
 * @param givenName per language
 * @param middleName the father's given name, per language
 * @param familyName per language
 * @param dateOfBirth the declared date of birth
 * @param gender the country's gender code (dynamic field {@code gender})
 * @param residenceStatus the country's residence status code (dynamic field {@code residenceStatus})
 * @param address the home address
 * @param phone an international number in the unassigned country code +999
 * @param email an address at an RFC 2606 example domain
 * @param preferredLanguage the language code the person prefers
 * @param documents the supporting documents brought to the enrolment
 * @param fingerImpression which impression of each master finger this enrolment captured: 0 for
 *     a first record, the record's index for a duplicate, so that no two records share an image
 */
public record SyntheticPerson(
        long index,
        long subject,
        Map<String, String> givenName,
        Map<String, String> middleName,
        Map<String, String> familyName,
        LocalDate dateOfBirth,
        String gender,
        String residenceStatus,
        Address address,
        String phone,
        String email,
        String preferredLanguage,
        List<SyntheticDocument> documents,
        int fingerImpression) {

    public SyntheticPerson {
        givenName = Map.copyOf(givenName);
        middleName = Map.copyOf(middleName);
        familyName = Map.copyOf(familyName);
        documents = List.copyOf(documents);
    }

    /** Whether this record is a planted duplicate of an earlier one. */
    public boolean isDuplicate() {
        return subject != index;
    }

    /** The index of the earlier record this one duplicates, if it is a planted duplicate. */
    public OptionalLong duplicateOf() {
        return isDuplicate() ? OptionalLong.of(subject) : OptionalLong.empty();
    }

    /** The full name in {@code language}: given, father's and family name. */
    public String fullName(String language) {
        return givenName.get(language) + " " + middleName.get(language) + " " + familyName.get(language);
    }

    /** The full name in each of the person's languages (English first when present). */
    public Map<String, String> fullName() {
        Map<String, String> names = new LinkedHashMap<>();
        givenName.keySet().stream()
                .sorted(Comparator.comparingInt(PopulationSettings.NAME_LANGUAGES::indexOf))
                .forEach(language -> {
                    names.put(language, fullName(language));
                });
        return names;
    }

    /** The age in whole years on {@code day}. */
    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }

    /**
     * The synthetic master finger id of one of the ten fingers, for
     * {@code org.openfid.synth.fingers.SyntheticFingers#master(long)} with the population's seed. It
     * depends on the subject only, so a duplicate has exactly the fingers of its original record.
     */
    public long fingerId(BiometricSubtype finger) {
        if (finger.type() != BiometricType.FINGER || finger.isoFingerPosition() < 1) {
            throw new IllegalArgumentException("Not one of the ten fingers: " + finger);
        }
        return subject * 10 + finger.isoFingerPosition() - 1;
    }

    /** The ten fingers' master ids, in ISO position order. */
    public Map<BiometricSubtype, Long> fingerIds() {
        Map<BiometricSubtype, Long> ids = new EnumMap<>(BiometricSubtype.class);
        BiometricSubtype.tenFingers().forEach(finger -> ids.put(finger, fingerId(finger)));
        return ids;
    }
}
