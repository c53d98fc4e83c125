-- The user's own macros, whose bodies may call a function with a side effect.
SELECT
    lower(function_name) AS name,
    macro_definition AS body
FROM duckdb_functions()
WHERE NOT internal AND macro_definition IS NOT NULL
