package network.khata.notifications.sms;

/** @param to E.164 number; @param purpose what the message is for, e.g. {@code otp} */
public record SmsMessage(String to, String text, String purpose) {
}
