package network.khata.app.businesses;

import network.khata.api.team.OwnerOnly;
import network.khata.app.config.BodyExample;
import io.swagger.v3.oas.annotations.Operation;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import network.khata.api.businesses.SetChannelOrder;
import network.khata.api.identity.Actor;
import network.khata.api.messaging.Channel;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import network.khata.app.web.OneOfCodes;
import network.khata.app.web.ActorCommandGateway;

/**
 * {@code PUT /api/business/channel-order}: which channel reaches the business's customers first, e.g.
 * {@code ["whatsapp", "sms", "email"]}: WhatsApp, falling back to SMS, then email. Channels left out follow.
 */
@RestController
public class ChannelOrderController {
    private final ActorCommandGateway commands;

    public ChannelOrderController(ActorCommandGateway commands) {
        this.commands = commands;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ChannelOrderBody(@NotEmpty @Size(max = 3) List<@OneOfCodes(Channel.class) String> order) {
    }

    @Operation(summary = "Set the order of channels", description = "Which channel reaches customers first; those left out follow.")
    @BodyExample("""
            {"order": ["whatsapp", "sms", "email"]}""")
    @OwnerOnly
    @PutMapping("/api/business/channel-order")
    public ChannelOrderBody order(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner, @Valid @RequestBody ChannelOrderBody body,
                                  HttpServletRequest request) {
        List<Channel> set = commands.send(new SetChannelOrder(owner.businessId(),
                body.order().stream().map(code -> Channel.fromCode(code).orElseThrow()).toList()), owner, request);
        return new ChannelOrderBody(set.stream().map(Channel::code).toList());
    }
}
