"""What every Shuniu service shares — and nothing more.

The envelope and typed events (`envelope`, `events`), the event store and aggregates (`eventstore`,
`aggregate`, `migrations`, `database`), the outbox relay (`outbox`), the consumer runtime and the two
buses (`consumer`, `kafka`, `bus`, `records`), deadlines, working days and the organisation directory
(`deadlines`, `calendar`, `directory`), settings, clock and errors, the HTTP layer (`web`), and the
bootstrap that wires a service from all of it (`runtime`). docs/platform.md explains the hard parts.
"""
