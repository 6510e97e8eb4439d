package network.khata.notifications.sms;

/** The SMS provider port. Implementations: the local outbox (default) and, later, MSG91. */
public interface SmsSender {
    void send(SmsMessage message);
}
