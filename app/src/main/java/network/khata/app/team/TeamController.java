package network.khata.app.team;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import network.khata.api.identity.Actor;
import network.khata.api.identity.NetworkIds;
import network.khata.api.identity.PhoneNumbers;
import network.khata.api.team.RequestTeamCode;
import network.khata.api.team.SignInTeamMember;
import network.khata.app.config.BodyExample;
import network.khata.app.security.RowScope;
import network.khata.app.security.SignInSessions.Session;
import network.khata.app.security.TeamSessions;
import network.khata.app.identity.CodeDoors.Door;
import network.khata.query.team.FindMemberships;
import network.khata.query.team.Membership;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;
import network.khata.app.identity.CodeDoors;
import network.khata.app.identity.CodeRequest;
import network.khata.app.identity.CodeRequested;
import network.khata.app.identity.Refresh;
import network.khata.app.identity.SignIn;
import network.khata.app.web.ActorCommandGateway;

/**
 * How owners and staff sign in like people (issue 25): a code by SMS to their phone, under the customers' rules and
 * limits ({@link CodeDoors}, a door of its own), then a session like the portal's: a short access token and a rotating
 * refresh token in an HttpOnly cookie. The token names the person; each request names the business
 * ({@code X-Business-ID}) from the list the sign-in returns, so a phone with several businesses picks one.
 */
@RestController
@RequestMapping("/api/team")
public class TeamController {

    private final ActorCommandGateway commands;
    private final QueryGateway queries;
    private final TeamSessions sessions;
    private final CodeDoors door;

    public TeamController(ActorCommandGateway commands, QueryGateway queries, TeamSessions sessions, CodeDoors door) {
        this.commands = commands;
        this.queries = queries;
        this.sessions = sessions;
        this.door = door;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TeamSession(UUID memberId, String token, String refreshToken, long expiresIn,
                              @NotNull List<Membership> businesses) {
    }

    /** Sends a sign-in code when the phone is on a business's team; the same 202 for any phone. */
    @Operation(summary = "Ask for an owner's or staff member's sign-in code by SMS",
            description = "The same answer for every phone, on a team or not.")
    @ApiResponse(responseCode = "202", description = "A code is on its way, or one from the last minute already is",
            content = @Content(schema = @Schema(implementation = CodeRequested.class)))
    @ApiResponse(responseCode = "429", description = "`rate-limited`: too many codes for this phone or from this address; wait Retry-After seconds")
    @BodyExample("""
            {"phone": "9812345678"}""")
    @PostMapping("/otp")
    public ResponseEntity<?> requestCode(@Valid @RequestBody CodeRequest body, HttpServletRequest request) {
        String phone = PhoneNumbers.toE164(body.phone()).orElseThrow();
        UUID memberId = NetworkIds.memberId(phone);
        return door.requestCode(Door.TEAM, phone, request, () -> !memberships(memberId).isEmpty(),
                () -> commands.send(new RequestTeamCode(memberId, phone), Actor.teamMember(memberId), request));
    }

    @Operation(summary = "Sign in as an owner or staff member with the code",
            description = "Returns the businesses the phone acts for, with its role in each; send one as X-Business-ID. "
                    + "Sets the refresh token as an HttpOnly cookie as well.")
    @ApiResponse(responseCode = "200", description = "Signed in", content = @Content(schema = @Schema(implementation = TeamSession.class)))
    @ApiResponse(responseCode = "401", description = "`invalid-code`: the code is wrong, has expired or was used already")
    @ApiResponse(responseCode = "429", description = "`rate-limited`: too many sign-ins from this address, or wrong codes for this phone; wait Retry-After seconds")
    @BodyExample("""
            {"phone": "9812345678", "otp": "493817"}""")
    @PostMapping("/sign-in")
    public ResponseEntity<?> signIn(@Valid @RequestBody SignIn body, HttpServletRequest request) {
        String phone = PhoneNumbers.toE164(body.phone()).orElseThrow();
        UUID memberId = NetworkIds.memberId(phone);
        return door.signIn(Door.TEAM, phone, request,
                () -> commands.send(new SignInTeamMember(memberId, phone, body.otp()), Actor.teamMember(memberId), request),
                () -> {
                    Session session = sessions.start(memberId);
                    return CodeDoors.withSession(Door.TEAM, sessions, session, session(session));
                });
    }

    @Operation(summary = "Renew an owner's or staff member's session",
            description = "The refresh token from the body, else from the HttpOnly cookie; it is replaced. The businesses come again.")
    @ApiResponse(responseCode = "200", description = "A new access token", content = @Content(schema = @Schema(implementation = TeamSession.class)))
    @ApiResponse(responseCode = "401", description = "`refresh-refused`: no refresh token, or one expired, used or signed out")
    @BodyExample("""
            {"refresh_token": "6Hq0d0m9vD3kq1x8b2Jc7wQe5Rt4Yu3Ii2Oo1Pp0Aa9"}""")
    @PostMapping("/token/refresh")
    public ResponseEntity<?> refresh(@Valid @RequestBody(required = false) Refresh body,
                                     @CookieValue(name = CodeDoors.TEAM_COOKIE, required = false) String cookie) {
        return CodeDoors.renew(Door.TEAM, sessions, Refresh.of(body, cookie), this::session);
    }

    @Operation(summary = "Sign an owner or staff member out", description = "Closes the sign-in of this refresh token (body or cookie) and clears the cookie.")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @BodyExample("""
            {"refresh_token": "6Hq0d0m9vD3kq1x8b2Jc7wQe5Rt4Yu3Ii2Oo1Pp0Aa9"}""")
    @DeleteMapping("/token/refresh")
    public ResponseEntity<Void> signOut(@RequestBody(required = false) Refresh body,
                                        @CookieValue(name = CodeDoors.TEAM_COOKIE, required = false) String cookie) {
        return CodeDoors.signOut(Door.TEAM, sessions, Refresh.of(body, cookie));
    }

    private TeamSession session(Session session) {
        return new TeamSession(session.holderId(), session.token(), session.refreshToken(), session.expiresIn(),
                memberships(session.holderId()));
    }

    private List<Membership> memberships(UUID memberId) {
        return RowScope.callAs(RowScope.member(memberId), () -> queries.query(new FindMemberships(memberId),
                ResponseTypes.multipleInstancesOf(Membership.class)).join());
    }

}
