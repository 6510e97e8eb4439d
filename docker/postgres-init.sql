-- The role the service connects as (row-level security applies to it); the migrations grant it what it needs.
CREATE ROLE khata_app LOGIN PASSWORD 'khata_app' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
