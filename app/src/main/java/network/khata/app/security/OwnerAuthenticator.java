package network.khata.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import network.khata.api.identity.Actor;
import network.khata.api.team.TeamRole;
import network.khata.app.problems.Problems;
import network.khata.command.AggregateRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

/**
 * Every owner endpoint under {@code /api} needs {@code Authorization: Bearer <token>} and {@code X-Business-ID}, of a
 * business registered with the network. The token is either the core ledger app's owner JWT, acting as the owner of
 * the one business it names, or the session token of an owner or staff member who signed in with a code
 * ({@link TeamTokens}), acting for any business whose team they are on, with the role they have there now. The caller
 * is left on the request as an {@link Actor} under {@link Actor#REQUEST_ATTRIBUTE}, the role under
 * {@link TeamRoleCheck#ROLE_ATTRIBUTE}.
 */
@Component
public class OwnerAuthenticator implements CallerAuthenticator {
    public static final String BUSINESS_HEADER = "X-Business-ID";

    private final OwnerTokens tokens;
    private final TeamTokens teamTokens;
    private final TeamSessions teamSessions;
    private final AggregateRegistry businesses;
    private final ObjectMapper json;

    public OwnerAuthenticator(OwnerTokens tokens, TeamTokens teamTokens, TeamSessions teamSessions,
                                     AggregateRegistry businesses, ObjectMapper json) {
        this.tokens = tokens;
        this.teamTokens = teamTokens;
        this.teamSessions = teamSessions;
        this.businesses = businesses;
        this.json = json;
    }

    /** Who calls: the person's id, the business a ledger token is bound to (null for a team session), and its sign-in. */
    private record Caller(UUID id, UUID boundBusiness, UUID signIn) {
    }

    @Override
    public Callers.Caller caller() {
        return Callers.Caller.OWNER;
    }

    @Override
    public Verdict authenticate(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Caller caller;
        try {
            caller = caller(BearerTokens.from(request, "owner"));
        } catch (OwnerTokens.InvalidTokenException e) {
            BearerTokens.unauthorized(response, json, e.getMessage());
            return Verdict.refusedAndWritten();
        }
        UUID businessId;
        try {
            businessId = UUID.fromString(String.valueOf(request.getHeader(BUSINESS_HEADER)).trim());
        } catch (IllegalArgumentException e) {
            Problems.write(response, json, Problems.of(HttpStatus.BAD_REQUEST, "missing-business",
                    "Business header missing", BUSINESS_HEADER + " must name the business (a UUID)"));
            return Verdict.refusedAndWritten();
        }
        Optional<TeamRole> role;
        if (caller.boundBusiness() != null) {
            role = Optional.of(TeamRole.OWNER).filter(owner -> businessId.equals(caller.boundBusiness()));
        } else {
            TeamSessions.Standing standing = teamSessions.standing(caller.id(), caller.signIn(), businessId);
            if (standing.closed()) {
                BearerTokens.unauthorized(response, json, "this session was closed; sign in again");
                return Verdict.refusedAndWritten();
            }
            role = standing.role();
        }
        if (role.isEmpty()) {
            Problems.write(response, json, Problems.of(HttpStatus.FORBIDDEN, "wrong-business",
                    "Not your business", "the token does not act for business " + businessId));
            return Verdict.refusedAndWritten();
        }
        if (caller.boundBusiness() != null && !businesses.exists(businessId)) {   // a team role is of a business that exists
            Problems.write(response, json, Problems.of(HttpStatus.NOT_FOUND, "unknown-business",
                    "Unknown business", "business " + businessId + " is not registered with the network"));
            return Verdict.refusedAndWritten();
        }
        Actor actor = Actor.owner(caller.id(), businessId);
        request.setAttribute(Actor.REQUEST_ATTRIBUTE, actor);
        request.setAttribute(TeamRoleCheck.ROLE_ATTRIBUTE, role.get());
        RowScope.enter(RowScope.owner(businessId));
        return Verdict.of(new CallerAuthentication(caller(), actor));
    }

    /** A ledger owner token, else a team session's (whether its sign-in is still open is asked with the role); else the ledger token's refusal. */
    private Caller caller(String token) {
        try {
            OwnerTokens.OwnerClaims owner = tokens.verify(token);
            return new Caller(owner.ownerId(), owner.businessId(), null);
        } catch (OwnerTokens.InvalidTokenException notLedgerToken) {
            SessionTokens.AccessClaims member;
            try {
                member = teamTokens.verifyAccess(token);
            } catch (OwnerTokens.InvalidTokenException notTeamToken) {
                throw BearerTokens.isOfType(token, "member") ? notTeamToken : notLedgerToken;
            }
            return new Caller(member.holderId(), null, member.familyId());
        }
    }
}
