"""The duty service's rules, pure: no application, adapters or routes."""
