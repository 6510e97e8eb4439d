-- The team read model (projections' V20261130_08__team_members.sql): an owner reads their business's team, a signed-in
-- team member their own rows (their businesses and roles), only the event processors write.
ALTER TABLE team_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_members_system ON team_members USING (khata_scope() = 'system') WITH CHECK (khata_scope() = 'system');
CREATE POLICY team_members_owner ON team_members FOR SELECT USING (khata_scope() = 'owner' AND business_id = khata_subject());
CREATE POLICY team_members_member ON team_members FOR SELECT USING (khata_scope() = 'member' AND member_id = khata_subject());

-- Refresh tokens of team members' sessions, rotated and revoked as the customers' are (customer_refresh_tokens).
CREATE TABLE team_refresh_tokens (
    id          UUID        PRIMARY KEY,   -- the token's jti
    family_id   UUID        NOT NULL,      -- all tokens rotated from one sign-in
    member_id   UUID        NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ
);
CREATE INDEX team_refresh_tokens_family ON team_refresh_tokens (family_id);
