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
import network.khata.api.identity.PhoneNumbers;
import network.khata.api.team.RemoveTeamMember;
import network.khata.api.team.SetTeamMember;
import network.khata.api.team.TeamRole;
import network.khata.app.config.BodyExample;
import network.khata.app.problems.Problems;
import network.khata.api.team.OwnerOnly;
import network.khata.query.team.FindTeam;
import network.khata.query.team.Teammate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import network.khata.app.web.OneOfCodes;
import network.khata.app.web.ActorCommandGateway;
import network.khata.app.web.PhoneNumber;

/**
 * The owner manages who works for the business: adds a staff member (or another owner) by phone, changes a role,
 * takes someone off. The business always keeps an owner (409 otherwise). Staff cannot call any of it.
 */
@RestController
@RequestMapping("/api/team/members")
@OwnerOnly
public class TeamMembersController {
    private final ActorCommandGateway commands;
    private final QueryGateway queries;

    public TeamMembersController(ActorCommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TeamMemberForm(@NotNull @PhoneNumber String phone, @NotNull @OneOfCodes(TeamRole.class) String role) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TeamMemberAnswer(String phone, String role, boolean changed) {
    }

    @Operation(summary = "The business's team", description = "Owners first, then staff; each with their phone and since when.")
    @GetMapping
    public List<Teammate> team(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner) {
        return queries.query(new FindTeam(owner.businessId()), ResponseTypes.multipleInstancesOf(Teammate.class)).join();
    }

    @Operation(summary = "Add someone to the team, or change their role",
            description = "Staff create invoices, record payments, send and remind; owners also change settings, see the money "
                    + "summary, analytics and audit trail, and manage the team. They sign in at /owner with a code to their phone.")
    @ApiResponse(responseCode = "201", description = "Added to the team",
            content = @Content(schema = @Schema(implementation = TeamMemberAnswer.class)))
    @ApiResponse(responseCode = "200", description = "Already on the team: the role is now the one asked for")
    @ApiResponse(responseCode = "409", description = "`conflict`: the business's only owner would become staff")
    @BodyExample("""
            {"phone": "9812345678", "role": "staff"}""")
    @PostMapping
    public ResponseEntity<TeamMemberAnswer> set(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner,
                                                @Valid @RequestBody TeamMemberForm body, HttpServletRequest request) {
        String phone = PhoneNumbers.toE164(body.phone()).orElseThrow();
        SetTeamMember.Outcome outcome = commands.send(new SetTeamMember(owner.businessId(), phone,
                TeamRole.fromCode(body.role()).orElseThrow()), owner, request);
        return ResponseEntity.status(outcome == SetTeamMember.Outcome.JOINED ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new TeamMemberAnswer(phone, body.role(), outcome.changed()));
    }

    @Operation(summary = "Take someone off the team", description = "Their sessions stop acting for this business on their next request.")
    @ApiResponse(responseCode = "204", description = "Taken off the team")
    @ApiResponse(responseCode = "404", description = "`not-on-team`: nobody with this phone is on the team")
    @ApiResponse(responseCode = "409", description = "`conflict`: this is the business's only owner")
    @DeleteMapping("/{phone}")
    public ResponseEntity<?> remove(@RequestAttribute(Actor.REQUEST_ATTRIBUTE) Actor owner, @PathVariable String phone,
                                    HttpServletRequest request) {
        boolean removed = PhoneNumbers.toE164(phone).map(e164 -> (Boolean) commands.send(
                new RemoveTeamMember(owner.businessId(), e164), owner, request)).orElse(false);
        return removed ? ResponseEntity.noContent().build() : ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "not-on-team", "Not on the team", "nobody with phone " + phone + " is on this business's team"));
    }
}
