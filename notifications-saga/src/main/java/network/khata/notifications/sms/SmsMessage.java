package network.khata.notifications.sms;

import java.util.Map;

/**
 * @param to        E.164 number
 * @param text      what the customer reads: the template filled in
 * @param purpose   what the message is for ({@code otp}, {@code invoice_created}, ...)
 * @param reference our message id, handed to providers that carry it back in their reports
 * @param template  the registered template ({@link SmsTemplate#code()}), in {@code language}, and its {@code variables}
 */
public record SmsMessage(String to, String text, String purpose, String reference, String template, String language,
                         Map<String, String> variables) {
}
