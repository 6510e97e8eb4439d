package network.khata.app.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person could have typed, in any script and any Unicode plane: no control characters (PostgreSQL cannot
 * store NUL, and none belongs in a name or an SMS), no unpaired surrogate halves, no non-characters. Line breaks
 * and tabs only where {@link #multiline()}; null passes.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {
    String message() default "must be plain text: no control characters or broken Unicode";

    boolean multiline() default false;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {
        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isPlain(value, multiline);
        }

        static boolean isPlain(String value, boolean multiline) {
            for (int i = 0; i < value.length(); ) {
                int point = value.codePointAt(i);
                boolean lineBreak = point == '\n' || point == '\r' || point == '\t';
                if ((Character.isISOControl(point) && !(multiline && lineBreak))
                        || Character.isSurrogate((char) point) && Character.charCount(point) == 1
                        || (point & 0xFFFE) == 0xFFFE || (point >= 0xFDD0 && point <= 0xFDEF)) {
                    return false;
                }
                i += Character.charCount(point);
            }
            return true;
        }
    }
}
