"""`python -m chaos`: the fault suite of issue 10 (`make chaos`).

Starts the local multi-process stack on ports of its own (real PostgreSQL, real Kafka, each service
its own process, the gateway in front), drives commands through the gateway with Idempotency-Key,
injects one fault after another, and after each checks that every command answered 2xx has its
events in the store, on the topic and in the read models exactly once, and that nothing else
appeared. Then schemathesis against every service's OpenAPI. The report goes to docs/chaos/.
"""
