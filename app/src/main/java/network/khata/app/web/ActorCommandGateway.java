package network.khata.app.web;

import jakarta.servlet.http.HttpServletRequest;
import network.khata.api.identity.Actor;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sends commands on behalf of an actor, with who (actor kind and id, business) and a correlation id
 * ({@code X-Correlation-ID}, or a new one) in the metadata. A command that lost a race with another writer of the
 * same aggregate is sent again: every command here is idempotent, so the retry sees what the winner stored. The command
 * bus times every command ({@code khata.commands}, see {@code AxonMonitoring}).
 */
@Component
public class ActorCommandGateway {
    public static final String CORRELATION_HEADER = "X-Correlation-ID";
    public static final String CORRELATION_ID = "correlationId";
    private static final Pattern SAFE_CORRELATION = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final int ATTEMPTS = 3;

    private final CommandGateway gateway;

    public ActorCommandGateway(CommandGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R send(Object command, Actor actor, HttpServletRequest request) {
        return send(command, actor, correlationId(request));
    }

    /** For work an actor asked for earlier (a bulk job's items): the correlation id ties them to that request. */
    public <R> R send(Object command, Actor actor, String correlationId) {
        MetaData metaData = MetaData.from(Map.of(
                Actor.ACTOR_KIND, actor.kind().name(),
                Actor.ACTOR_ID, actor.id().toString(),
                Actor.BUSINESS_ID, actor.businessId() == null ? "" : actor.businessId().toString(),
                CORRELATION_ID, correlationId));
        return sendRetryingConflicts(command, metaData);
    }

    private <R> R sendRetryingConflicts(Object command, MetaData metaData) {
        for (int attempt = 1; ; attempt++) {
            try {
                return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
            } catch (ConcurrencyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The request's {@code X-Correlation-ID} when it is safe to log, else a new one. */
    public static String correlationId(HttpServletRequest request) {
        String given = request.getHeader(CORRELATION_HEADER);
        return given != null && SAFE_CORRELATION.matcher(given).matches() ? given : IdentifierFactory.getInstance().generateIdentifier();
    }
}
