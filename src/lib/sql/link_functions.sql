-- DuckDB's own functions, and whether each has a side effect (some do only in some overloads).
SELECT
    lower(function_name) AS name,
    bool_or(has_side_effects) AS side_effect
FROM duckdb_functions()
WHERE internal
GROUP BY 1
