/**
 * Decides messaging (planning, delivery, providers): the aggregates that take its commands and record its events. Its
 * messages: {@code network.khata.api.messaging}. Aggregates: {@code ChannelMessage}. Where the rest of it lives:
 * docs/architecture.md, "Feature map".
 */
package network.khata.command.messaging;
