-- Owned by notifications-saga. Planning keeps each business's team (issue 28): owner alerts (a customer's dispute, a
-- "not me") go by SMS to the business's owners.
CREATE TABLE notification_team (
    business_id UUID        NOT NULL,
    member_id   UUID        NOT NULL,
    phone       VARCHAR(20) NOT NULL,
    role        VARCHAR(8)  NOT NULL,
    PRIMARY KEY (business_id, member_id)
);
