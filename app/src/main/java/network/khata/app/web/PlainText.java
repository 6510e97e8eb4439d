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
 * store NUL, and none belongs in a name or an SMS), no unpaired surrogate halves, no non-characters, no invisible
 * format characters (a right-to-left override or a zero-width space would make a name read as another). Line breaks
 * and tabs only where {@link #multiline()}; null passes.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {
    String message() default "must be plain text: no control characters, invisible format characters (such as "
            + "right-to-left overrides or zero-width spaces) or broken Unicode";

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
                        || (point & 0xFFFE) == 0xFFFE || (point >= 0xFDD0 && point <= 0xFDEF)
                        || invisibleFormat(point)) {
                    return false;
                }
                i += Character.charCount(point);
            }
            return true;
        }

        /**
         * Format characters draw nothing and can make a name display as something else: bidirectional overrides and
         * marks, zero-width spaces and joiners' look-alikes, tags. The zero-width joiner and non-joiner stay: Indian
         * scripts (and emoji sequences) need them to shape a word.
         */
        private static boolean invisibleFormat(int point) {
            return Character.getType(point) == Character.FORMAT && point != ZERO_WIDTH_NON_JOINER && point != ZERO_WIDTH_JOINER;
        }

        private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
        private static final int ZERO_WIDTH_JOINER = 0x200D;
    }
}
