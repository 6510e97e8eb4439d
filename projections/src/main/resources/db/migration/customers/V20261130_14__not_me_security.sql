-- The network-name function (projections' V20261130_12__not_me.sql) runs as the tables' owner; only the service may call it.
REVOKE ALL ON FUNCTION network_profile_name(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION network_profile_name(uuid) TO ${appRole};
