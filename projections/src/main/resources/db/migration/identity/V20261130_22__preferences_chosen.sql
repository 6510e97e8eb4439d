-- Whether the customer has ever set their preferences (issue 27), kept by network-profiles: the portal opens in the
-- preferred language only then; the column's default (Hindi) is not a choice, and an English browser should not get
-- Hindi for it. Rows from before start false (a replay of network-profiles sets them from the events).
ALTER TABLE customer_network_profile ADD COLUMN preferences_chosen BOOLEAN NOT NULL DEFAULT false;
