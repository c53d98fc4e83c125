-- DuckDB's own functions, and whether each has a side effect (some do only in some overloads).
-- DuckDB's own function, by its catalogue: a user's macro of that name would come first.
SELECT
    lower(function_name) AS name,
    bool_or(has_side_effects) AS side_effect
FROM system.main.duckdb_functions()
WHERE internal
GROUP BY 1
