"""The whole suite as one: `make dev`'s composition of every service in one process (embedded.py) and
the event catalogue of every service rendered into docs/events/ (catalogue.py).

It is the one package that depends on every service; no service depends on it, so a service's image
holds that service and the shared library only."""
