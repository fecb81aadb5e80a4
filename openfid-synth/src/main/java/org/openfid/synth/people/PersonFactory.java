package org.openfid.synth.people;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.openfid.synth.people.CountryData.Entry;
import org.openfid.synth.people.NameBook.Pair;

/** Draws one record's demographics from its own random streams. */
final class PersonFactory {

    /** Share of each gender: male, female, then the rest for any other code. */
    private static final double MALE = 0.495;

    private static final double FEMALE = 0.495;
    private static final double FOREIGNERS = 0.08;
    private static final double NATIONALS_WITH_PROOF_OF_ADDRESS = 0.5;

    /** Ages fall off like a young population's pyramid: a weight of exp(-age / 32) per year. */
    private static final double AGE_SCALE = 32;

    private static final int MAX_AGE = 99;

    /** Multiplier of the phone numbering: prime to 9*10^8, so numbers are unique per record. */
    private static final long PHONE_STEP = 387_420_489L + 2;

    private static final long PHONE_RANGE = 900_000_000L;
    private static final List<String> EXAMPLE_DOMAINS = List.of("example.com", "example.org", "example.net");

    private final long seed;
    private final PopulationSettings settings;
    private final CountryData country;
    private final NameBook names = NameBook.INSTANCE;
    private final double[] ageCumulative;
    private final Entry male;
    private final Entry female;
    private final Entry national;

    PersonFactory(long seed, PopulationSettings settings, CountryData country) {
        this.seed = seed;
        this.settings = settings;
        this.country = country;
        male = labelled(country.genders, "male", 0);
        female = labelled(country.genders, "female", 1);
        national = labelled(country.residenceStatuses, "national", 0);
        ageCumulative = new double[MAX_AGE + 1];
        double total = 0;
        for (int age = 0; age <= MAX_AGE; age++) {
            total += Math.exp(-age / AGE_SCALE);
            ageCumulative[age] = total;
        }
        for (int age = 0; age <= MAX_AGE; age++) {
            ageCumulative[age] /= total;
        }
    }

    SyntheticPerson person(long index, long subject) {
        var demographics = Draws.stream(seed, index, Draws.DEMOGRAPHICS);
        String gender = gender(subject);
        Pair given = pick(demographics, nameListOf(gender, demographics));
        Pair middle = pick(demographics, names.male);
        Pair family = pick(demographics, names.family);
        LocalDate born = index == subject
                ? dateOfBirth(Draws.stream(seed, index, Draws.BIRTH))
                : shiftedBirth(subject, demographics);
        String residence = residence(demographics);
        String preferred = settings.languages()
                .get(demographics.nextInt(settings.languages().size()));
        var address = address(index);
        int age = Period.between(born, settings.referenceDate()).getYears();
        var documents = documents(index, age, residence);
        int impression = index == subject ? 0 : (int) Math.min(index, Integer.MAX_VALUE);
        return new SyntheticPerson(
                index,
                subject,
                localized(given),
                localized(middle),
                localized(family),
                born,
                gender,
                residence,
                address,
                phone(index),
                email(index, given, family),
                preferred,
                documents,
                impression);
    }

    /** The gender depends on the subject alone: a duplicate keeps the original's. */
    private String gender(long subject) {
        double draw = Draws.stream(seed, subject, Draws.GENDER).nextDouble();
        Entry chosen;
        if (draw < MALE) {
            chosen = male;
        } else if (draw < MALE + FEMALE) {
            chosen = female;
        } else {
            chosen = country.genders.stream()
                    .filter(g -> g != male && g != female)
                    .findFirst()
                    .orElse(male);
        }
        return chosen.code();
    }

    private List<Pair> nameListOf(String gender, SplittableRandom random) {
        if (gender.equals(male.code())) {
            return names.male;
        }
        if (gender.equals(female.code())) {
            return names.female;
        }
        return random.nextBoolean() ? names.male : names.female;
    }

    private LocalDate dateOfBirth(SplittableRandom random) {
        double draw = random.nextDouble();
        int age = 0;
        while (age < MAX_AGE && ageCumulative[age] < draw) {
            age++;
        }
        LocalDate latest = settings.referenceDate().minusYears(age);
        return latest.minusDays(random.nextInt(365));
    }

    /** A duplicate claims a date of birth one month to four years off the original's. */
    private LocalDate shiftedBirth(long subject, SplittableRandom random) {
        LocalDate originalBirth = dateOfBirth(Draws.stream(seed, subject, Draws.BIRTH));
        int days = 30 + random.nextInt(4 * 365);
        LocalDate shifted = random.nextBoolean() ? originalBirth.plusDays(days) : originalBirth.minusDays(days);
        return shifted.isAfter(settings.referenceDate()) ? originalBirth.minusDays(days) : shifted;
    }

    private String residence(SplittableRandom random) {
        if (random.nextDouble() >= FOREIGNERS || country.residenceStatuses.size() < 2) {
            return national.code();
        }
        return country.residenceStatuses.stream()
                .filter(e -> e != national)
                .findFirst()
                .orElse(national)
                .code();
    }

    private Address address(long index) {
        var random = Draws.stream(seed, index, Draws.ADDRESS);
        var path = country.addressPaths.get(random.nextInt(country.addressPaths.size()));
        Pair street = pick(random, names.streets);
        int house = 1 + random.nextInt(240);
        char building = (char) ('A' + random.nextInt(8));
        int apartment = 1 + random.nextInt(40);
        Pair landmark = pick(random, names.landmarks);
        Map<String, String> line1 = new HashMap<>();
        Map<String, String> line2 = new HashMap<>();
        Map<String, String> line3 = new HashMap<>();
        for (String language : settings.languages()) {
            boolean arabic = language.equals("ara");
            line1.put(language, house + " " + (arabic ? street.ara() : street.eng()));
            line2.put(
                    language,
                    arabic
                            ? "مبنى " + building + "، شقة " + apartment
                            : "Building " + building + ", Apartment " + apartment);
            line3.put(language, arabic ? landmark.ara() : landmark.eng());
        }
        return new Address(line1, line2, line3, path);
    }

    /** +999 (an unassigned country code) and nine digits that differ for every record. */
    private String phone(long index) {
        long offset = Math.floorMod(Draws.mix(seed), PHONE_RANGE);
        long number =
                100_000_000L + Math.floorMod(offset + Math.floorMod(index, PHONE_RANGE) * PHONE_STEP, PHONE_RANGE);
        return "+999" + number;
    }

    private String email(long index, Pair given, Pair family) {
        var random = Draws.stream(seed, index, Draws.CONTACT);
        String local = (ascii(given.eng()) + "." + ascii(family.eng()) + "." + index);
        return local + "@" + EXAMPLE_DOMAINS.get(random.nextInt(EXAMPLE_DOMAINS.size()));
    }

    private List<SyntheticDocument> documents(long index, int age, String residence) {
        var random = Draws.stream(seed, index, Draws.DOCUMENTS);
        List<SyntheticDocument> documents = new ArrayList<>();
        addDocument(documents, random, "POI", age);
        boolean foreigner = !residence.equals(national.code());
        if (foreigner || random.nextDouble() < NATIONALS_WITH_PROOF_OF_ADDRESS) {
            addDocument(documents, random, "POA", age);
        }
        if (age < 5) {
            addDocument(documents, random, "POR", age);
        }
        return documents;
    }

    private void addDocument(List<SyntheticDocument> documents, SplittableRandom random, String category, int age) {
        var types = country.typesOf(category).stream()
                .filter(t -> age >= 18 || !t.code().contains("DRIVING"))
                .toList();
        if (category.equals("POR")) {
            // a child's relationship to its parents is proven by what also proves its birth
            var births =
                    types.stream().filter(t -> t.categories().contains("POB")).toList();
            types = births.isEmpty() ? types : births;
        }
        if (types.isEmpty() || !country.categoryNames.containsKey(category)) {
            return; // a country without this category or type: the person simply has no such document
        }
        var type = types.get(random.nextInt(types.size()));
        String number = type.code().charAt(0)
                + Integer.toString(100_000_000 + random.nextInt(100_000_000)).substring(1);
        documents.add(new SyntheticDocument(country.fieldOf(category), category, type.code(), type.names(), number));
    }

    private Map<String, String> localized(Pair pair) {
        Map<String, String> values = new HashMap<>();
        settings.languages()
                .forEach(language -> values.put(language, language.equals("ara") ? pair.ara() : pair.eng()));
        return values;
    }

    private static Pair pick(SplittableRandom random, List<Pair> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String ascii(String name) {
        var letters = new StringBuilder(name.length());
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                letters.append(c);
            }
        }
        return letters.toString();
    }

    /** The entry whose English label is {@code label}, else the one at {@code fallback}. */
    private static Entry labelled(List<Entry> entries, String label, int fallback) {
        return entries.stream()
                .filter(e -> label.equalsIgnoreCase(e.labels().getOrDefault("eng", "")))
                .findFirst()
                .orElse(entries.get(Math.min(fallback, entries.size() - 1)));
    }
}
