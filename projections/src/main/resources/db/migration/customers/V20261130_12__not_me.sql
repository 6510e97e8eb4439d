-- Projection "customer-directory" (issue 28): the person with the phone said this party is not them ("not me"); the
-- portal no longer shows that business to them, and the owner sees it on the customer.
ALTER TABLE parties ADD COLUMN disowned_at TIMESTAMPTZ;

-- The name the network first knew a phone's customer by, for the owner's "match phone + first name" check at
-- registration: the service compares first names and answers only whether they differ (never the name itself).
CREATE FUNCTION network_profile_name(p_customer uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT profile_name FROM customer_network_profile WHERE customer_id = p_customer $$;
