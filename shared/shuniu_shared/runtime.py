"""A service's moving parts, wired once from its settings: the bootstrap every service shares.

A service declares *what* it is (`ServiceDefinition`: its event registry, migrations, routers and
the consumer groups it runs); `ServiceRuntime` decides *how* from the settings — PostgreSQL or
SQLite, Kafka or the in-process bus — so a test builds the same service on SQLite in one line and
production runs it on PostgreSQL and Kafka without a code change.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import structlog
import uvicorn
from fastapi import APIRouter, FastAPI

from shuniu_shared.bus import BusTail, InProcessBus
from shuniu_shared.calendar import WorkingCalendar
from shuniu_shared.catalogue import schemas, service_catalogue
from shuniu_shared.clock import Clock, SystemClock
from shuniu_shared.commands import Actor, UnitOfWork
from shuniu_shared.consumer import BatchHandler, Consumer, Handler, dead_letter_topic
from shuniu_shared.database import create_engine, ping
from shuniu_shared.deadlines import DeadlineHandler, DeadlineScheduler
from shuniu_shared.directory import DEMO as DEMO_DIRECTORY
from shuniu_shared.directory import Directory
from shuniu_shared.errors import NotFound
from shuniu_shared.events import EventRegistry
from shuniu_shared.eventstore import EventContext, EventStore
from shuniu_shared.housekeeping import Housekeeper
from shuniu_shared.kafka import KafkaPublisher, KafkaSource, KafkaTail, ensure_topics, ping_broker
from shuniu_shared.migrations import Migrations, migrate
from shuniu_shared.outbox import OutboxRelay
from shuniu_shared.records import Publisher, Source
from shuniu_shared.sessions import SESSIONS_TOPIC, SessionRevocations, Tail
from shuniu_shared.settings import Settings
from shuniu_shared.startup import configured
from shuniu_shared.tracing import configure_tracing, instrument_engine
from shuniu_shared.web.app import create_service_app

log = structlog.get_logger(__name__)
# A reader of whole topics (a rebuild) fetches this much at a time: the broker's per-fetch overhead is
# paid per thousands of records instead of per few hundred.
BULK_RECORDS, BULK_PARTITION_FETCH_BYTES = 20_000, 16 * 1_048_576


@dataclass(frozen=True)
class Subscription:
    """A consumer group of this service: which topics it reads and what it does with each event."""

    group: str  # e.g. supervision.tasks-from-instructions; its DLQ is shuniu.<group>.dlq
    topics: Sequence[str]
    handler: Handler
    batch_handler: BatchHandler | None = None  # the same effects for many events at once (consumer.py)
    types: frozenset[str] | None = None  # the event types it acts on, if not every one (consumer.py)


@dataclass(frozen=True)
class ServiceDefinition:
    name: str
    title: str
    registry: EventRegistry
    migrations: Migrations
    routers: Sequence[APIRouter] = ()
    # Both are given the runtime being built: its store, clock, directory, calendar and settings.
    subscriptions: Callable[[ServiceRuntime], Sequence[Subscription]] = field(default=lambda runtime: ())
    # Time-driven events: a handler per deadline kind (see shuniu_shared.deadlines).
    deadlines: Callable[[ServiceRuntime], Mapping[str, DeadlineHandler]] = field(default=lambda runtime: {})
    # The demo county's data for `make dev`: run through the service's own commands, once, into an
    # empty event store, after every service of the process has started (so reactions follow).
    demo: Callable[[ServiceRuntime], Awaitable[None]] | None = None
    # The service's own SHUNIU_<SERVICE>_* variables beyond the shared Settings, so that a process
    # refuses a variable nobody reads (shuniu_shared.settings.Settings.from_environment).
    settings_variables: frozenset[str] = frozenset()
    # Settings of the service's own that production must not run with (reception's development
    # key-encryption key): raises `UnsafeSettings`, so the process refuses to start.
    preflight: Callable[[Settings], None] | None = None
    # Work of the service's own that runs beside the relay and the consumers until the service stops
    # (the projection's live pushes), each given the runtime and the event that says it is stopping.
    workers: Sequence[Callable[[ServiceRuntime, asyncio.Event], Coroutine[Any, Any, None]]] = ()


class ServiceRuntime:
    def __init__(
        self,
        definition: ServiceDefinition,
        settings: Settings,
        *,
        clock: Clock | None = None,
        bus: InProcessBus | None = None,
        revocations: SessionRevocations | None = None,
    ) -> None:
        """`revocations`: the ended sessions of a process that follows them already (the embedded
        gateway's); without, the service follows `shuniu.gateway.sessions` itself."""
        if not settings.kafka_bootstrap and bus is None:
            raise ValueError("without a Kafka bootstrap the service needs the in-process bus")
        if definition.preflight is not None and not settings.development:
            definition.preflight(settings)
        self.definition = definition
        self.settings = settings
        self.bus = bus
        configure_tracing(settings)  # before the engine, which is instrumented as it is made
        self.engine = create_engine(settings.database_url_or_embedded())
        instrument_engine(self.engine, definition.name)
        self.store = EventStore(
            self.engine, definition.registry, clock=clock or SystemClock(), topic=settings.topic()
        )
        self.relay = OutboxRelay(
            self.store,
            self._publisher,
            batch_size=settings.relay_batch_size,
            idle_seconds=settings.relay_idle_seconds,
        )
        self.calendar = WorkingCalendar.china(*filter(None, [settings.calendar_dir]))
        self.directory = Directory.load(settings.directory_file or DEMO_DIRECTORY)
        self.subscriptions = list(definition.subscriptions(self))
        self.consumers = [self.consumer_for(s) for s in self.subscriptions]
        deadline_handlers = definition.deadlines(self)
        self.scheduler = (
            DeadlineScheduler(self.store, deadline_handlers, poll_seconds=settings.deadline_poll_seconds)
            if deadline_handlers
            else None
        )
        self.housekeeper = Housekeeper(
            self.store,
            inbox_retention=timedelta(days=settings.inbox_retention_days),
            idempotency_retention=timedelta(hours=settings.idempotency_retention_hours),
            every_seconds=settings.housekeeping_every_seconds,
        )
        self._follows_sessions = revocations is None
        self.revocations = revocations or SessionRevocations()
        self._stopping = asyncio.Event()
        self._empty_at_start = False
        self._tasks: list[asyncio.Task[None]] = []
        # What the service's parts made on first use and let go of when it stops (the content
        # store's S3 client and its connections).
        self.closing: list[Callable[[], Awaitable[None]]] = []

    def unit_of_work(self, actor: Actor | None = None) -> UnitOfWork:
        """A command's transaction, its events stamped with the actor and the current request's ids."""
        return UnitOfWork(self, EventContext.current(actor.person if actor else None))

    def consumer_for(self, subscription: Subscription) -> Consumer:
        """A consumer of this service's kind for a subscription — its own, or a one-off such as a
        projection rebuilt under a fresh group."""
        return Consumer(
            group=subscription.group,
            store=self.store,
            handler=subscription.handler,
            batch_handler=subscription.batch_handler,
            types=subscription.types,
            source=self.source_for(subscription),
            dead_letters=self._publisher(),
            max_attempts=self.settings.consumer_max_attempts,
            backoff_seconds=self.settings.consumer_backoff_seconds,
        )

    def _publisher(self) -> Publisher:
        if self.settings.kafka_bootstrap:
            return KafkaPublisher(self.settings.kafka_bootstrap, client_id=f"shuniu-{self.definition.name}")
        assert self.bus is not None
        return self.bus.publisher()

    def tail(self, topic: str, *, from_end: bool = False) -> Tail:
        """`topic` read by this process alone (no group), on the broker or the in-process bus."""
        if self.settings.kafka_bootstrap:
            return KafkaTail(
                self.settings.kafka_bootstrap,
                topic,
                client_id=f"shuniu-{self.definition.name}-tail",
                from_end=from_end,
            )
        assert self.bus is not None
        return BusTail(self.bus, topic, from_end=from_end)

    def source_for(self, subscription: Subscription, *, bulk: bool = False) -> Source:
        """The subscription's records, on the broker or the in-process bus; `bulk` for a reader of
        whole topics (a rebuild): fetches of thousands of records, where live traffic wants few."""
        records, fetch_bytes = (BULK_RECORDS, BULK_PARTITION_FETCH_BYTES) if bulk else (500, 1_048_576)
        if self.settings.kafka_bootstrap:
            return KafkaSource(
                self.settings.kafka_bootstrap,
                subscription.group,
                subscription.topics,
                max_records=records,
                partition_fetch_bytes=fetch_bytes,
            )
        assert self.bus is not None
        return self.bus.source(subscription.group, subscription.topics, max_records=records)

    def topics(self) -> set[str]:
        """The topics this service writes or reads, created with the conventions' settings when it starts:
        its own only if it publishes something (the projection records no events, and an empty topic
        would be a contract with nothing in it), each one it consumes, and each of its groups' dead
        letters — made here rather than auto-created, which a production broker may refuse."""
        own = {self.store.topic} if self.definition.registry.types() else set()
        consumed = {t for s in self.subscriptions for t in s.topics}
        return own | consumed | {dead_letter_topic(s.group) for s in self.subscriptions}

    async def start(self) -> None:
        applied = await migrate(self.engine, self.definition.migrations)
        if applied:
            log.info("migrations_applied", service=self.definition.name, applied=applied)
        # Decided before the consumers start: by the time the demo is loaded, other services' demo
        # events may already have made this one record something (a 批示 opening a task).
        self._empty_at_start = await self.store.is_empty()
        if self.settings.kafka_bootstrap:
            await ensure_topics(self.settings.kafka_bootstrap, sorted(self.topics()))
        elif self.bus is not None:
            await self.bus.start()  # idempotent: the first service of the process creates the log
        self._stopping.clear()
        # Tasks copy the context they are created in, so their log lines carry this service's name
        # even when several services share a process.
        with structlog.contextvars.bound_contextvars(service=self.definition.name):
            self._tasks = [asyncio.create_task(self.relay.run(self._stopping), name="outbox-relay")]
            self._tasks += [asyncio.create_task(c.run(self._stopping), name=c.group) for c in self.consumers]
            if self.scheduler is not None:
                self._tasks.append(asyncio.create_task(self.scheduler.run(self._stopping), name="deadlines"))
            self._tasks.append(asyncio.create_task(self.housekeeper.run(self._stopping), name="housekeeping"))
            for worker in self.definition.workers:
                self._tasks.append(asyncio.create_task(worker(self, self._stopping), name=worker.__name__))
            if self._follows_sessions:
                follower = self.revocations.follow(self.tail(SESSIONS_TOPIC), self._stopping)
                self._tasks.append(asyncio.create_task(follower, name="session-revocations"))
        for task in self._tasks:
            task.add_done_callback(_log_unexpected_end)
        if self._follows_sessions:
            await self.revocations.settle()

    async def stop(self) -> None:
        """Finish the batches in hand (the relay's and each consumer's), then let go."""
        self._stopping.set()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for close in self.closing:
            await close()
        await self.engine.dispose()

    async def seed_demo(self) -> bool:
        """Load the demo data if the service has one and had recorded nothing when it started."""
        if self.definition.demo is None or not self._empty_at_start:
            return False
        self._empty_at_start = False  # once
        with structlog.contextvars.bound_contextvars(service=self.definition.name):
            await self.definition.demo(self)
            log.info("demo_data_loaded", service=self.definition.name)
        return True

    async def ready_database(self) -> None:
        await ping(self.engine)

    async def ready_workers(self) -> None:
        """The relay and every consumer still running: a worker that died is reported, not hidden."""
        stopped = [task.get_name() for task in self._tasks if task.done()]
        if stopped and not self._stopping.is_set():
            raise RuntimeError(f"workers stopped: {', '.join(stopped)}")

    async def ready_broker(self) -> None:
        if self.settings.kafka_bootstrap:
            await ping_broker(self.settings.kafka_bootstrap)

    @contextlib.asynccontextmanager
    async def running(self, app: FastAPI | None = None) -> AsyncIterator[None]:
        """The app's lifespan: start with the app, stop with it."""
        await self.start()
        try:
            yield
        finally:
            await self.stop()

    def app(self) -> FastAPI:
        app = create_service_app(
            self.settings,
            title=self.definition.title,
            lifespan=self.running,
            readiness_checks={
                "database": self.ready_database,
                "broker": self.ready_broker,
                "workers": self.ready_workers,
                "sessions": self.revocations.ready,
            },
            revocations=self.revocations,
        )
        app.state.runtime = self
        registry = self.definition.registry

        @app.get(
            "/events/schemas", tags=["events"], summary="本服务发布的事件及其 JSON Schema / event schemas"
        )
        async def event_schemas() -> dict[str, Any]:
            """Every event type this service publishes, current and older versions, with its schema."""
            return registry.json_schemas()

        consumer_groups = [subscription.group for subscription in self.subscriptions]

        @app.get(
            "/events/catalogue",
            tags=["events"],
            summary="本服务在事件目录中的部分（AsyncAPI 3）/ this service's part of the event catalogue",
        )
        async def event_catalogue() -> dict[str, Any]:
            """Its topic and events, and its consumer groups' dead letters; the gateway merges every
            service's part into /api/events/catalogue (shuniu_shared.catalogue)."""
            return service_catalogue(registry, consumer_groups)

        @app.get(
            "/events/catalogue/{ce_type}",
            tags=["events"],
            summary="本服务某一事件类型及版本的 JSON Schema / one of its event types' schema",
        )
        async def event_schema(ce_type: str) -> dict[str, Any]:
            found = schemas([registry]).get(ce_type)
            if found is None:
                raise NotFound(
                    f"没有事件类型 {ce_type}", f"there is no event type {ce_type}", code="unknown_event_type"
                )
            return found

        for router in self.definition.routers:
            app.include_router(router)
        return app


def _log_unexpected_end(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("worker_died", worker=task.get_name(), error=repr(task.exception()))


def serve(app: FastAPI, settings: Settings) -> None:
    """Run one process's app; SIGTERM drains in-flight requests, then the lifespan stops the runtime."""
    uvicorn.Server(server_config(app, settings)).run()


def server_config(app: FastAPI, settings: Settings) -> uvicorn.Config:
    """How `serve` runs an app, also for tests that serve one on a socket of their own."""
    return uvicorn.Config(
        app,
        host=settings.http_host,
        port=settings.port(),
        loop="uvloop",
        http="httptools",
        log_config=None,  # structlog owns the output (configured by the app)
        access_log=False,  # the request middleware logs one line per request itself
        timeout_graceful_shutdown=10,
        # Longer than the gateway keeps an idle connection to a service (30 s, shuniu_gateway.upstreams):
        # at uvicorn's default of 5 s the service closed connections the gateway was about to reuse,
        # and the request on it failed as 503 upstream_unavailable (make bench saw three in a run).
        timeout_keep_alive=75,
        # X-Forwarded-For names the client only when a proxy we run wrote it. Uvicorn by default
        # believes it from 127.0.0.1 (or $FORWARDED_ALLOW_IPS), so a caller on the same host — or
        # behind any local forwarder — could claim a new address per request and never meet the
        # per-address limits: only SHUNIU_TRUSTED_PROXIES are believed.
        proxy_headers=bool(settings.trusted_proxies),
        forwarded_allow_ips=",".join(settings.trusted_proxies),
    )


def serve_service(definition: ServiceDefinition) -> None:
    """`python -m shuniu_<service>`: the service alone, on PostgreSQL and Kafka or embedded."""
    settings = configured(
        definition.name, {definition.name: definition.settings_variables}, [definition.preflight]
    )
    bus = (
        None
        if settings.kafka_bootstrap
        else InProcessBus(f"sqlite+aiosqlite:///{settings.var_dir / 'bus.sqlite3'}")
    )
    serve(ServiceRuntime(definition, settings, bus=bus).app(), settings)
