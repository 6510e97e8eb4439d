package network.khata.projections.team;

import network.khata.api.team.TeamMemberRemoved;
import network.khata.api.team.TeamMemberSet;
import network.khata.projections.customers.CustomerDirectoryProjection;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Table {@code team_members}: who works for each business, and how. In the business directory's group, which already
 * takes each business's events in order, so a role changed twice lands as the second. Writes are upserts and deletes,
 * so redelivery is harmless.
 */
@Component
@ProcessingGroup(CustomerDirectoryProjection.GROUP)
public class TeamProjection {
    private final JdbcTemplate jdbc;

    public TeamProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(TeamMemberSet event, @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                        INSERT INTO team_members (business_id, member_id, phone, role, since) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (business_id, member_id) DO UPDATE SET role = EXCLUDED.role""",
                event.businessId(), event.memberId(), event.phone(), event.role().code(), Timestamp.from(at));
    }

    @EventHandler
    void on(TeamMemberRemoved event) {
        jdbc.update("DELETE FROM team_members WHERE business_id = ? AND member_id = ?", event.businessId(), event.memberId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM team_members");
    }
}
