package org.openfid.masterdata;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A multilingual text: at least one entry, each an ISO 639-3 language code mapped to a non-blank text
 * of at most 1,000 characters. Whether the languages are known to the country is checked on write.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Multilingual.Check.class)
public @interface Multilingual {

    String message() default "must map ISO 639-3 language codes to non-blank texts (at least one)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check behind {@link Multilingual}. */
    final class Check implements ConstraintValidator<Multilingual, Map<String, String>> {

        @Override
        public boolean isValid(@Nullable Map<String, String> texts, ConstraintValidatorContext context) {
            if (texts == null || texts.isEmpty()) {
                return false;
            }
            return texts.entrySet().stream()
                    .allMatch(e -> e.getKey() != null
                            && e.getKey().matches(Patterns.LANGUAGE)
                            && e.getValue() != null
                            && !e.getValue().isBlank()
                            && e.getValue().length() <= 1000);
        }
    }
}
