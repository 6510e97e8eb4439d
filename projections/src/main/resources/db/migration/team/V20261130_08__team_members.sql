-- Projection "customer-directory" (TeamProjection): who works for each business and how (issue 25). Sign-in reads a
-- phone's businesses by member_id; each request of a signed-in owner or staff member reads its one row. Row-level
-- security is in the app's V20261130_09__team_security.sql.
CREATE TABLE team_members (
    business_id UUID        NOT NULL,
    member_id   UUID        NOT NULL,
    phone       VARCHAR(16) NOT NULL,
    role        VARCHAR(8)  NOT NULL,              -- owner | staff
    since       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (business_id, member_id)
);
CREATE INDEX team_members_member ON team_members (member_id);
