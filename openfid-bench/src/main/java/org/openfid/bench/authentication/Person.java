package org.openfid.bench.authentication;

/**
 * What the load generator knows of a synthetic person: the UIN the platform issued and the
 * demographics it authenticates with.
 *
 * @param uin the UIN
 * @param name the English full name
 * @param dateOfBirth {@code yyyy/MM/dd}
 * @param phone the registered phone number (where OTPs go)
 */
record Person(String uin, String name, String dateOfBirth, String phone) {

    @Override
    public String toString() {
        return "Person[***]";
    }
}
