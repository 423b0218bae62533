"""What every Shuniu service shares — and nothing more.

The envelope (`envelope`, `events`), the event store (`eventstore`, `aggregate`), the outbox relay
(`outbox`), the consumer runtime (`consumer`, `bus`), settings, logging, auth and errors (`web`).
"""
