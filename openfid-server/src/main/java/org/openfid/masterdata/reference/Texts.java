package org.openfid.masterdata.reference;

import java.util.Map;
import tools.jackson.core.type.TypeReference;

/** JSON types of multilingual columns. */
final class Texts {

    static final TypeReference<Map<String, String>> MULTILINGUAL = new TypeReference<>() {};

    private Texts() {}
}
