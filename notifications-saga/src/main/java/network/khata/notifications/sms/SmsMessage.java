package network.khata.notifications.sms;

/**
 * @param to        E.164 number
 * @param purpose   what the message is for ({@code otp}, {@code invoice_created}, ...); picks the provider template
 * @param reference our message id, handed to providers that carry it back in their reports
 */
public record SmsMessage(String to, String text, String purpose, String reference) {
}
