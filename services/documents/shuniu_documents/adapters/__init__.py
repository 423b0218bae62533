"""The service's own tables (read model, number counters) and the queries over them."""
