/**
 * The side effects of messaging (planning, delivery, providers): what is planned, sent and called outside the
 * service. Its messages: {@code network.khata.api.messaging}. Its tables: {@code customer_notifications},
 * {@code notification_businesses}, {@code notification_contacts}, {@code notification_preferences},
 * {@code notification_sends}, {@code notification_team}, {@code provider_calls}. Where the rest of it lives:
 * docs/architecture.md, "Feature map".
 */
package network.khata.notifications.whatsapp;
