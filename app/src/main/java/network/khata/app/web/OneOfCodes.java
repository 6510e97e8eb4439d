package network.khata.app.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The wire code of a constant of {@link #value()} (its lower-case name, as every enum of the API writes itself), so
 * that a new constant is accepted without a regular expression to update. The message names the codes:
 * "must be sms or email". Null passes.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OneOfCodes.Validator.class)
public @interface OneOfCodes {
    Class<? extends Enum<?>> value();

    String message() default "must be one of the codes";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<OneOfCodes, String> {
        private List<String> codes;

        @Override
        public void initialize(OneOfCodes annotation) {
            codes = Arrays.stream(annotation.value().getEnumConstants())
                    .map(constant -> constant.name().toLowerCase(Locale.ROOT)).toList();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || codes.contains(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            String last = codes.get(codes.size() - 1);
            String listed = codes.size() == 1 ? last : String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + last;
            context.buildConstraintViolationWithTemplate("must be " + listed).addConstraintViolation();
            return false;
        }
    }
}
