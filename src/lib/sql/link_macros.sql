-- The user's own macros, whose bodies may call a function with a side effect.
-- DuckDB's own function, by its catalogue: a user's macro of that name would come first.
SELECT
    lower(function_name) AS name,
    macro_definition AS body
FROM system.main.duckdb_functions()
WHERE NOT internal AND macro_definition IS NOT NULL
