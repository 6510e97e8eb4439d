-- What the customer-search processing group keeps to show each business the customer's network status.
CREATE TABLE customer_search_parties (
    party_id    UUID PRIMARY KEY,
    customer_id UUID NOT NULL
);
CREATE INDEX customer_search_parties_customer ON customer_search_parties (customer_id);

CREATE TABLE customer_search_network_status (
    customer_id    UUID    PRIMARY KEY,
    phone_verified BOOLEAN NOT NULL DEFAULT false,
    portal_used    BOOLEAN NOT NULL DEFAULT false   -- signed in to the portal at least once
);

-- The portal's per-customer listing of invoices by business.
CREATE INDEX invoices_customer_business ON invoices (customer_id, business_id, issue_date DESC);

-- The one sanctioned look across businesses (spec endpoints 1 and 2): is this phone in the network, under which id,
-- and is it verified. SECURITY DEFINER: runs as the tables' owner, which row-level security does not restrict.
CREATE FUNCTION network_identity_by_phone(p_phone text) RETURNS TABLE (customer_id uuid, phone_verified boolean)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT customer_id, phone_verified FROM customer_network_profile WHERE phone = p_phone $$;
CREATE FUNCTION network_phone_verified(p_customer uuid) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS
$$ SELECT coalesce((SELECT phone_verified FROM customer_network_profile WHERE customer_id = p_customer), false) $$;
