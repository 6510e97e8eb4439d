package network.khata.app.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import network.khata.api.identity.PhoneNumbers;
import network.khata.app.security.AbuseRefusals;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Set;

/**
 * A phone number {@link PhoneNumbers} can normalise to E.164 (Indian numbers may leave out +91), of a region the
 * operator allows ({@code khata.phones.allowed-regions}, India alone by default: codes and messages sent abroad are
 * how SMS pumping runs up a bill); null passes. A number of another region is refused naming the field, and counted.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PhoneNumber.Validator.class)
public @interface PhoneNumber {
    String message() default "is not a valid phone number (Indian numbers may leave out +91)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PhoneNumber, String> {
        private final Set<String> allowedRegions;
        private final AbuseRefusals refusals;

        /** Outside Spring (plain Bean Validation): India alone, uncounted. */
        public Validator() {
            this(new PhoneSettings(List.of("IN")), null);
        }

        @Autowired
        public Validator(PhoneSettings settings, AbuseRefusals refusals) {
            this.allowedRegions = Set.copyOf(settings.allowedRegions().stream().map(String::trim).map(String::toUpperCase).toList());
            this.refusals = refusals;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String region = PhoneNumbers.region(value).orElse(null);
            if (region == null) {
                return false;
            }
            if (allowedRegions.contains(region)) {
                return true;
            }
            if (refusals != null) {
                refusals.refused("phone_region", "a number of region " + region);
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("is a number of a region this service does not send to (it sends to "
                    + String.join(", ", allowedRegions.stream().sorted().toList()) + ")").addConstraintViolation();
            return false;
        }
    }
}
