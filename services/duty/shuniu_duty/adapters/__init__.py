"""The duty service's storage: its tables beside the platform's."""
