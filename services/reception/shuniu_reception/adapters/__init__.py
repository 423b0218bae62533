"""The reception service's own tables (read models, keys, the dispatch guard) and queries over them."""
