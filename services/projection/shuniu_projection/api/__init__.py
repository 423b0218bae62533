"""The projection's HTTP surface: dashboards under /dashboards, histories and lineage."""
