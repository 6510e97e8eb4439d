package network.khata.query.team;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Answers the team queries from {@code team_members} (row-scoped: a member sees their rows, an owner their team). The
 * role a request acts with is read by the security filter itself, with the session's state, in one round trip.
 */
@Component
public class TeamQueries {
    private final JdbcTemplate jdbc;

    public TeamQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    public List<Membership> handle(FindMemberships query) {
        return jdbc.query("""
                        SELECT t.business_id, b.name, t.role FROM team_members t JOIN businesses b ON b.id = t.business_id
                        WHERE t.member_id = ? ORDER BY b.name, t.business_id""",
                (rs, row) -> new Membership(rs.getObject(1, java.util.UUID.class), rs.getString(2), rs.getString(3)),
                query.memberId());
    }

    @QueryHandler
    public List<Teammate> handle(FindTeam query) {
        return jdbc.query("SELECT phone, role, since FROM team_members WHERE business_id = ? ORDER BY role, since, phone",
                (rs, row) -> new Teammate(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()),
                query.businessId());
    }
}
