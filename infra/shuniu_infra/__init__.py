"""Throwaway PostgreSQL and Kafka on loopback for tests and `make stack`."""
