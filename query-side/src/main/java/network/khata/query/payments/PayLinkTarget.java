package network.khata.query.payments;

import network.khata.api.payments.PayTokens;

import java.util.UUID;

/** What a short pay link's code opens, as registered: still to be checked against the keys before it is shown. */
public record PayLinkTarget(PayTokens.Kind kind, UUID subject) {
}
