package network.khata.app.invoices;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A send that names the SMS channel carries no {@code custom_message}: Indian carriers deliver only the registered DLT
 * templates, whose variables are the service's. The owner's own words go by email or WhatsApp. Reported on the field.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NoFreeTextOnSms.Check.class)
public @interface NoFreeTextOnSms {
    String message() default "not allowed on SMS (carriers deliver only registered templates): send it by email or whatsapp";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<NoFreeTextOnSms, InvoiceController.SendRequest> {
        @Override
        public boolean isValid(InvoiceController.SendRequest request, ConstraintValidatorContext context) {
            boolean smsWithText = request.channels() != null && request.channels().contains("sms")
                    && request.customMessage() != null && !request.customMessage().isBlank();
            if (smsWithText) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                        .addPropertyNode("customMessage").addConstraintViolation();
            }
            return !smsWithText;
        }
    }
}
