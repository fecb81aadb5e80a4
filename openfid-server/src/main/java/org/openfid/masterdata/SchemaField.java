package org.openfid.masterdata;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One identity field of the schema.
 *
 * @param id the field id, the key in the identity JSON (for example {@code fullName})
 * @param type the value's shape
 * @param category how the field may be shared: {@code pvt}, {@code kyc}, {@code evidence}, {@code
 *     optional} or {@code none}
 * @param required whether a new identity must have it
 * @param requiredOn conditions under which it is required although {@code required} is false (any
 *     one suffices)
 * @param validators checks on the value
 * @param handle whether it is a handle: a unique identifier the person can be found and log in by
 * @param dynamicList for {@link FieldType#ENUM}: the dynamic field list its values come from (for
 *     example {@code gender})
 * @param updateLimit how many times it may be updated after creation; {@code null} for no limit
 * @param bioAttributes for {@link FieldType#BIOMETRICS}: which modalities/positions it holds
 * @param labels display label by language code
 */
public record SchemaField(
        String id,
        FieldType type,
        FieldCategory category,
        boolean required,
        List<RequiredOn> requiredOn,
        List<FieldValidator> validators,
        boolean handle,
        @Nullable String dynamicList,
        @Nullable Integer updateLimit,
        List<String> bioAttributes,
        Map<String, String> labels) {

    public SchemaField {
        requiredOn = List.copyOf(requiredOn);
        validators = List.copyOf(validators);
        bioAttributes = List.copyOf(bioAttributes);
        labels = Map.copyOf(labels);
    }
}
