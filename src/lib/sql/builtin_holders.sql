-- The databases that could stand where the workbench's copy of the documents should be: any
-- named `builtin` ($2), and any holding its file ($3). `ours` is true only for the one the
-- workbench attached itself: read-only, with the oid DuckDB gave that attachment ($1); DuckDB
-- gives every ATTACH a new oid and never reuses one. DuckDB's own function, by its catalogue: a
-- macro of that name in `memory` would come first.
SELECT
    database_name AS name,
    database_oid AS oid,
    database_oid = $1 AND readonly AND path = $3 AS ours
FROM system.main.duckdb_databases()
WHERE database_name = $2 OR path = $3
