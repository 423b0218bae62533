--
-- PostgreSQL database dump
--

\restrict 2w1apladSeLKCeqoiatJ01Pg5fqyzdswxQoffSdqe0q84jKwFsBXWTo6o9dq57P

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


--
-- Name: shuniu_events_to_outbox(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.shuniu_events_to_outbox() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
           BEGIN INSERT INTO outbox (position) VALUES (NEW.position); RETURN NULL; END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: deadlines; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deadlines (
    key character varying(300) NOT NULL,
    stream_id character varying(200) NOT NULL,
    kind character varying(100) NOT NULL,
    due_at timestamp with time zone NOT NULL,
    payload jsonb NOT NULL,
    fired_at timestamp with time zone,
    attempts integer NOT NULL,
    last_error text
);


--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    "position" bigint NOT NULL,
    event_id character varying(36) NOT NULL,
    stream_id character varying(200) NOT NULL,
    version integer NOT NULL,
    type character varying(200) NOT NULL,
    "time" timestamp with time zone NOT NULL,
    data jsonb NOT NULL,
    context jsonb NOT NULL
);


--
-- Name: events_position_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.events_position_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: events_position_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.events_position_seq OWNED BY public.events."position";


--
-- Name: idempotency_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.idempotency_keys (
    scope character varying(300) NOT NULL,
    key character varying(200) NOT NULL,
    request_hash character varying(64) NOT NULL,
    status integer NOT NULL,
    body jsonb NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    "position" bigint NOT NULL
);


--
-- Name: people; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.people (
    person_id character varying(64) NOT NULL,
    kind character varying(20) NOT NULL,
    name text,
    id_number text,
    phone text,
    address text,
    forgotten_at timestamp with time zone
);


--
-- Name: petition_case_counters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petition_case_counters (
    year integer NOT NULL,
    last integer NOT NULL
);


--
-- Name: petition_case_counters_year_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.petition_case_counters_year_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: petition_case_counters_year_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.petition_case_counters_year_seq OWNED BY public.petition_case_counters.year;


--
-- Name: petitions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petitions (
    petition_id character varying(64) NOT NULL,
    case_number character varying(50) NOT NULL,
    person_id character varying(64) NOT NULL,
    channel character varying(20) NOT NULL,
    stage character varying(30) NOT NULL,
    received_on date NOT NULL,
    department character varying(100),
    summary text,
    task_id character varying(100),
    next_clock character varying(40),
    next_due_on date,
    registered_at timestamp with time zone NOT NULL
);


--
-- Name: processed_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.processed_events (
    consumer_group character varying(200) NOT NULL,
    event_id character varying(36) NOT NULL,
    outcome character varying(20) NOT NULL,
    processed_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    id character varying(200) NOT NULL,
    applied_at timestamp with time zone DEFAULT now()
);


--
-- Name: seal_requests; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seal_requests (
    request_id character varying(64) NOT NULL,
    seal_id character varying(64) NOT NULL,
    document character varying(300) NOT NULL,
    reason text NOT NULL,
    impressions integer NOT NULL,
    used integer NOT NULL,
    requested_by character varying(100) NOT NULL,
    approved_by character varying(100),
    stage character varying(20) NOT NULL,
    requested_at timestamp with time zone NOT NULL
);


--
-- Name: seal_uses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seal_uses (
    use_id integer NOT NULL,
    request_id character varying(64) NOT NULL,
    seal_id character varying(64) NOT NULL,
    used_by character varying(100) NOT NULL,
    used_at timestamp with time zone NOT NULL,
    impressions integer NOT NULL,
    document character varying(300) NOT NULL
);


--
-- Name: seal_uses_use_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.seal_uses_use_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: seal_uses_use_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.seal_uses_use_id_seq OWNED BY public.seal_uses.use_id;


--
-- Name: seals; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.seals (
    seal_id character varying(64) NOT NULL,
    name character varying(100) NOT NULL,
    kind character varying(50) NOT NULL
);


--
-- Name: subject_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.subject_keys (
    key_id character varying(64) NOT NULL,
    wrapped_key bytea NOT NULL,
    created_at timestamp with time zone NOT NULL
);


--
-- Name: todos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.todos (
    todo_id integer NOT NULL,
    person character varying(100) NOT NULL,
    subject_id character varying(64) NOT NULL,
    text text NOT NULL,
    options json NOT NULL,
    created_at timestamp with time zone NOT NULL,
    done boolean NOT NULL
);


--
-- Name: todos_todo_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.todos_todo_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: todos_todo_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.todos_todo_id_seq OWNED BY public.todos.todo_id;


--
-- Name: trips; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.trips (
    trip_id character varying(64) NOT NULL,
    requested_by character varying(100) NOT NULL,
    rider character varying(100) NOT NULL,
    passengers json NOT NULL,
    destination character varying(200) NOT NULL,
    purpose text NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    stage character varying(20) NOT NULL,
    vehicle_id character varying(64),
    mileage_km double precision
);


--
-- Name: vehicle_dispatches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vehicle_dispatches (
    trip_id character varying(64) NOT NULL,
    vehicle_id character varying(64) NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL
);


--
-- Name: vehicles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.vehicles (
    vehicle_id character varying(64) NOT NULL,
    plate character varying(20) NOT NULL,
    model character varying(100) NOT NULL,
    seats integer NOT NULL
);


--
-- Name: visits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visits (
    visit_id character varying(64) NOT NULL,
    person_id character varying(64) NOT NULL,
    organisation character varying(200) NOT NULL,
    purpose text NOT NULL,
    host_department character varying(100) NOT NULL,
    host_person character varying(100) NOT NULL,
    expected_at timestamp with time zone,
    stage character varying(20) NOT NULL,
    badge character varying(50),
    arrived_at timestamp with time zone,
    left_at timestamp with time zone
);


--
-- Name: events position; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ALTER COLUMN "position" SET DEFAULT nextval('public.events_position_seq'::regclass);


--
-- Name: petition_case_counters year; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_case_counters ALTER COLUMN year SET DEFAULT nextval('public.petition_case_counters_year_seq'::regclass);


--
-- Name: seal_uses use_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seal_uses ALTER COLUMN use_id SET DEFAULT nextval('public.seal_uses_use_id_seq'::regclass);


--
-- Name: todos todo_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.todos ALTER COLUMN todo_id SET DEFAULT nextval('public.todos_todo_id_seq'::regclass);


--
-- Data for Name: deadlines; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.deadlines VALUES ('petition-demo-1:routing:2026-12-18:petition-clock-approaching', 'petition-demo-1', 'petition-clock-approaching', '2026-12-14 16:00:00+00', '{"clock": "routing", "due_on": "2026-12-18"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('petition-demo-1:routing:2026-12-18:petition-clock-overdue', 'petition-demo-1', 'petition-clock-overdue', '2026-12-18 16:00:00+00', '{"clock": "routing", "due_on": "2026-12-18"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('petition-demo-2:handling:2027-01-12:petition-clock-approaching', 'petition-demo-2', 'petition-clock-approaching', '2027-01-08 16:00:00+00', '{"clock": "handling", "due_on": "2027-01-12"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('petition-demo-2:handling:2027-01-12:petition-clock-overdue', 'petition-demo-2', 'petition-clock-overdue', '2027-01-12 16:00:00+00', '{"clock": "handling", "due_on": "2027-01-12"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('petition-demo-6:review_decision:2026-12-28:petition-clock-approaching', 'petition-demo-6', 'petition-clock-approaching', '2026-12-24 16:00:00+00', '{"clock": "review_decision", "due_on": "2026-12-28"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('petition-demo-6:review_decision:2026-12-28:petition-clock-overdue', 'petition-demo-6', 'petition-clock-overdue', '2026-12-28 16:00:00+00', '{"clock": "review_decision", "due_on": "2026-12-28"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('petition-demo-3:handling:2026-12-05:petition-clock-overdue', 'petition-demo-3', 'petition-clock-overdue', '2026-12-05 16:00:00+00', '{"clock": "handling", "due_on": "2026-12-05"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('petition-demo-4:routing:2026-11-28:petition-clock-approaching', 'petition-demo-4', 'petition-clock-approaching', '2026-11-24 16:00:00+00', '{"clock": "routing", "due_on": "2026-11-28"}', '2026-12-02 20:05:58.585286+00', 0, NULL);
INSERT INTO public.deadlines VALUES ('petition-demo-4:routing:2026-11-28:petition-clock-overdue', 'petition-demo-4', 'petition-clock-overdue', '2026-11-28 16:00:00+00', '{"clock": "routing", "due_on": "2026-11-28"}', '2026-12-02 20:05:58.585286+00', 0, NULL);
INSERT INTO public.deadlines VALUES ('petition-demo-3:handling:2026-12-05:petition-clock-approaching', 'petition-demo-3', 'petition-clock-approaching', '2026-12-01 16:00:00+00', '{"clock": "handling", "due_on": "2026-12-05"}', '2026-12-02 20:05:58.585286+00', 0, NULL);


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES (1, '62f6f7fd-962b-471a-8643-cda2d11078ac', 'person-b392d4ed56f94126bcc0701034b38dd0', 1, 'shuniu.reception.person.recorded.v1', '2026-12-02 20:05:57.313574+00', '{"kind": "visitor", "name": "enc:v1:person-b392d4ed56f94126bcc0701034b38dd0:IDtjTa+8omIp0B7ntP4/u/etvP1YzQ0fUpPBVA3TaJQNRHgk5g==", "phone": "enc:v1:person-b392d4ed56f94126bcc0701034b38dd0:O+KUPRGIbVi/Q+lBJSKY+sD+Ftb/FjSL9wR28dUS9elgKvAOK3PZ", "address": null, "id_number": "enc:v1:person-b392d4ed56f94126bcc0701034b38dd0:1Wpn374mciW+b5DVg44mAlbj3+i9MxXCw/l9HtUPUgah6igmmBUbxuhft1G/4A=="}', '{"actor": "zheng"}');
INSERT INTO public.events VALUES (2, '6a8352a2-e391-4600-87ed-856d848a7349', 'visit-demo-1', 1, 'shuniu.reception.visit.appointed.v1', '2026-12-02 20:05:57.329155+00', '{"purpose": "商谈校舍维修", "booked_by": "zheng", "person_id": "person-b392d4ed56f94126bcc0701034b38dd0", "expected_at": "2026-12-03T01:00:00Z", "host_person": "zhao", "organisation": "F县第一中学", "host_department": "education"}', '{"actor": "zheng"}');
INSERT INTO public.events VALUES (3, '6bf958e1-4599-47e7-b02b-d535552459a5', 'person-2337fdea92b54abeadd48d1a6acdd74f', 1, 'shuniu.reception.person.recorded.v1', '2026-12-02 20:05:57.343066+00', '{"kind": "visitor", "name": "enc:v1:person-2337fdea92b54abeadd48d1a6acdd74f:tRj67DWaIVlH4oCi3pwM+vHpxbYyp+WfJyqzITsh48o4+6ilqg==", "phone": "enc:v1:person-2337fdea92b54abeadd48d1a6acdd74f:wMykvoCiVaaMbY4frv+Het1lbtW9BgwOMBVFIBIVcfBNtyljF0DZ", "address": null, "id_number": null}', '{"actor": "zheng"}');
INSERT INTO public.events VALUES (4, '3aef5b79-eeed-4a73-b545-d9ce942805e8', 'visit-demo-2', 1, 'shuniu.reception.visit.appointed.v1', '2026-12-02 20:05:57.352773+00', '{"purpose": "专项资金对账", "booked_by": "zheng", "person_id": "person-2337fdea92b54abeadd48d1a6acdd74f", "expected_at": "2026-12-03T02:00:00Z", "host_person": "chen", "organisation": "市财政局", "host_department": "finance"}', '{"actor": "zheng"}');
INSERT INTO public.events VALUES (5, '783f2dd6-1231-4d5d-ad69-ee1cbb3ff438', 'person-97e78bbdfe4741758690408c93410ac4', 1, 'shuniu.reception.person.recorded.v1', '2026-12-02 20:05:57.363385+00', '{"kind": "visitor", "name": "enc:v1:person-97e78bbdfe4741758690408c93410ac4:KUt+Wi+VK3JHxvXm6u8+tF+DyWQPVSyK+TDWhfN8ScnVIEsUqw==", "phone": "enc:v1:person-97e78bbdfe4741758690408c93410ac4:564VNFAaIlFa3UALasIjv/w45oklWp10k/k7Y1cnh08ZItCqWGn6", "address": null, "id_number": null}', '{"actor": "zheng"}');
INSERT INTO public.events VALUES (6, 'c7ed0893-8268-43bc-98b8-0ab6749b46e5', 'visit-demo-3', 1, 'shuniu.reception.visit.appointed.v1', '2026-12-02 20:05:57.368047+00', '{"purpose": "困难职工慰问安排", "booked_by": "zheng", "person_id": "person-97e78bbdfe4741758690408c93410ac4", "expected_at": "2026-12-03T07:00:00Z", "host_person": "sun", "organisation": "县总工会", "host_department": "union"}', '{"actor": "zheng"}');
INSERT INTO public.events VALUES (7, '01cb5f1c-603a-4f6e-9f23-1269349a5766', 'visit-demo-1', 2, 'shuniu.reception.visit.arrived.v1', '2026-12-02 20:05:57.380494+00', '{"badge": "A-01", "purpose": "商谈校舍维修", "walk_in": false, "person_id": "person-b392d4ed56f94126bcc0701034b38dd0", "arrived_at": "2026-12-02T20:05:57.380456Z", "host_person": "zhao", "organisation": "F县第一中学", "host_department": "education"}', '{"actor": "zheng"}');
INSERT INTO public.events VALUES (8, '6cf5bfdc-523d-4476-ada5-24ef62f9962b', 'visit-demo-2', 2, 'shuniu.reception.visit.arrived.v1', '2026-12-02 20:05:57.396113+00', '{"badge": "A-02", "purpose": "专项资金对账", "walk_in": false, "person_id": "person-2337fdea92b54abeadd48d1a6acdd74f", "arrived_at": "2026-12-02T20:05:57.396082Z", "host_person": "chen", "organisation": "市财政局", "host_department": "finance"}', '{"actor": "zheng"}');
INSERT INTO public.events VALUES (9, 'f5b6ca67-a3a8-42a4-b4ee-82204d225251', 'visit-demo-2', 3, 'shuniu.reception.visit.left.v1', '2026-12-02 20:05:57.407519+00', '{"badge": "A-02", "left_at": "2026-12-02T20:05:57.407498Z"}', '{"actor": "zheng"}');
INSERT INTO public.events VALUES (10, 'f041597c-d61a-41ad-88a1-86b61194b22d', 'person-a1e35a5bf555400db5b6fc5430a555ea', 1, 'shuniu.reception.person.recorded.v1', '2026-12-02 20:05:57.420127+00', '{"kind": "visitor", "name": "enc:v1:person-a1e35a5bf555400db5b6fc5430a555ea:5082Z5iRgMWANRhN+6bnXLT04JkuGQnjhBlwqt6EtYZYifVE3w==", "phone": "enc:v1:person-a1e35a5bf555400db5b6fc5430a555ea:pP9bj+1ERH41ZWyPzKQI1xvV2UYpNRsqgzk15Ahm2mOmNY0Z1jwq", "address": null, "id_number": null}', '{"actor": "zheng"}');
INSERT INTO public.events VALUES (11, '64ce67ef-30c3-4791-b077-8eb602dde61b', 'visit-demo-4', 1, 'shuniu.reception.visit.arrived.v1', '2026-12-02 20:05:57.425746+00', '{"badge": "B-01", "purpose": "咨询办事流程", "walk_in": true, "person_id": "person-a1e35a5bf555400db5b6fc5430a555ea", "arrived_at": "2026-12-02T20:05:57.425677Z", "host_person": "wu", "organisation": "个人", "host_department": "office.affairs"}', '{"actor": "zheng"}');
INSERT INTO public.events VALUES (12, '69d201de-cf19-4c6f-a06c-2c7e06b588a2', 'person-f3b7409d3f394488af94afa4b7dcd79f', 1, 'shuniu.reception.person.recorded.v1', '2026-12-02 20:05:57.43831+00', '{"kind": "petitioner", "name": "enc:v1:person-f3b7409d3f394488af94afa4b7dcd79f:lhaAa4w67PJGiLxhRxwOvbVbKvTQ0I++vv2mTDnT+y6+VkdQJA==", "phone": "enc:v1:person-f3b7409d3f394488af94afa4b7dcd79f:Z5BkZHvBVOsVrHT7royswAhv87wvUSHwyR9h6ogU8dCyPqOQI2/z", "address": "enc:v1:person-f3b7409d3f394488af94afa4b7dcd79f:XqfLISnL8du5bq5gZFMeBcvEyqhdq4kJL0WwGfrWBq4ITaC56Fe8294=", "id_number": null}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (13, '70c360e3-7961-40ce-89f2-5f5bbcddab59', 'petition-demo-1', 1, 'shuniu.reception.petition.registered.v1', '2026-12-02 20:05:57.453872+00', '{"channel": "letter", "content": "enc:v1:person-f3b7409d3f394488af94afa4b7dcd79f:eJ3BDOKRo+RmPYJ8gJbHE3UOZicn/wpiDd5wqgwdX9ShdMZeF4g71GcRyYIn746HJ+b4fBbrjdjy/sebH+JjdkYxRiKxTsQ+Y8KY1Q==", "person_id": "person-f3b7409d3f394488af94afa4b7dcd79f", "case_number": "信访〔2026〕1号", "received_on": "2026-12-03", "registered_by": "wang", "routing_due_on": "2026-12-18"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (14, '3eabe88f-0b81-44e3-aed0-a7a921a828e7', 'person-9af37ef9b7b441ebbb58b8abbe4b7110', 1, 'shuniu.reception.person.recorded.v1', '2026-12-02 20:05:57.472633+00', '{"kind": "petitioner", "name": "enc:v1:person-9af37ef9b7b441ebbb58b8abbe4b7110:wb4o8QhmfUD0yeFHb/bzUhjyuNaPDakyrb1Mu/MaXoqIsyJvvA==", "phone": "enc:v1:person-9af37ef9b7b441ebbb58b8abbe4b7110:Nbk1FDrkYNCMweOOfFE9BlIzKkb/7jg37tiEVcMvYiL/9eztNM9B", "address": "enc:v1:person-9af37ef9b7b441ebbb58b8abbe4b7110:76h2zhFx3ua/NIWWBMNdcptAQoB45Kx5fFSYQb9lkp4X7D2dgOKhiZU=", "id_number": null}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (15, '481a5b3b-a444-4b13-af90-6e962dc3a382', 'petition-demo-2', 1, 'shuniu.reception.petition.registered.v1', '2026-12-02 20:05:57.484178+00', '{"channel": "letter", "content": "enc:v1:person-9af37ef9b7b441ebbb58b8abbe4b7110:31OY+tcojnKCi84g4ja87BPWxCfmg62S30lXpcN6TUgGuMYoAjFk/DHlm+VAYHW0mBkB+a3Sz9y/sxK+W1HLnw==", "person_id": "person-9af37ef9b7b441ebbb58b8abbe4b7110", "case_number": "信访〔2026〕2号", "received_on": "2026-11-08", "registered_by": "wang", "routing_due_on": "2026-11-23"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (16, '06ecc1b1-755e-45a6-a4da-9ff79be79332', 'petition-demo-2', 2, 'shuniu.reception.petition.routed.v1', '2026-12-02 20:05:57.501903+00', '{"routed_by": "wang", "routed_on": "2026-11-13", "to_department": "education", "objection_due_on": "2026-11-20", "acceptance_due_on": "2026-11-28"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (17, 'fb0d0b62-5d75-419f-8f66-d9fd031f4933', 'petition-demo-2', 3, 'shuniu.reception.petition.accepted.v1', '2026-12-02 20:05:57.518471+00', '{"notice": "受理告知书〔2026〕2号", "accepted_on": "2026-11-13", "handling_due_on": "2027-01-12"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (18, '3c00a543-1a96-4ea0-affa-284f05354c1b', 'petition-demo-2', 4, 'shuniu.reception.petition.assigned.v1', '2026-12-02 20:05:57.54457+00', '{"due_on": "2027-01-12", "summary": "反映学校违规收取补课费，请核查处理", "department": "education", "assigned_by": "wang", "case_number": "信访〔2026〕2号", "petition_id": "petition-demo-2"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (19, 'b84f1674-97e1-4e3b-ab78-32239a6cd737', 'person-a0b78aa0d0964a2eafb73d37f74d4684', 1, 'shuniu.reception.person.recorded.v1', '2026-12-02 20:05:57.566549+00', '{"kind": "petitioner", "name": "enc:v1:person-a0b78aa0d0964a2eafb73d37f74d4684:Sg+JwRoSfl5GbJGzC9gWX4nbR5SS+2/bzPWJ5Fq2VruAxnkDzw==", "phone": "enc:v1:person-a0b78aa0d0964a2eafb73d37f74d4684:T/t+2MJt+QynLsb9lLrN8rMgb0yz8yMTPnmOTnk1fRBXmlOGO9IS", "address": "enc:v1:person-a0b78aa0d0964a2eafb73d37f74d4684:hbaPV3nQADgsMAO5sDMrJRE3tZYqIaHYKgPEVFyRyEbZ+ob0hKVOaKk=", "id_number": null}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (20, '4dffbf34-46bd-4450-b3ca-6fbfdd2a599b', 'petition-demo-3', 1, 'shuniu.reception.petition.registered.v1', '2026-12-02 20:05:57.581653+00', '{"channel": "letter", "content": "enc:v1:person-a0b78aa0d0964a2eafb73d37f74d4684:WBq9Y8Xnhdw5g/1Xs2fA1Nv9OJGei+gqP17DO8RfEnAlxLnuRPh+zxMXBWsVrHCDNDxZnx269Fjo0Q==", "person_id": "person-a0b78aa0d0964a2eafb73d37f74d4684", "case_number": "信访〔2026〕3号", "received_on": "2026-10-04", "registered_by": "wang", "routing_due_on": "2026-10-19"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (21, '8fd93af9-406b-458e-82ea-381bc38d7198', 'petition-demo-3', 2, 'shuniu.reception.petition.routed.v1', '2026-12-02 20:05:57.599074+00', '{"routed_by": "wang", "routed_on": "2026-10-06", "to_department": "agriculture", "objection_due_on": "2026-10-13", "acceptance_due_on": "2026-10-21"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (23, '464b1f9c-7dce-4795-be01-faa57f0dc020', 'petition-demo-3', 4, 'shuniu.reception.petition.assigned.v1', '2026-12-02 20:05:57.640491+00', '{"due_on": "2026-12-05", "summary": "反映农田灌溉渠损毁，请组织修复", "department": "agriculture", "assigned_by": "wang", "case_number": "信访〔2026〕3号", "petition_id": "petition-demo-3"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (24, '58cc9f77-5e53-4e3d-8c32-4d27152eb63c', 'person-e132fbfd191142d0867a8a590a7390df', 1, 'shuniu.reception.person.recorded.v1', '2026-12-02 20:05:57.656403+00', '{"kind": "petitioner", "name": "enc:v1:person-e132fbfd191142d0867a8a590a7390df:XERghGO7gsKuCYQrI4jmTWWQGaDfCphImwqU5sk6zFEQ2+TwBA==", "phone": "enc:v1:person-e132fbfd191142d0867a8a590a7390df:2lA4APcl067h+tcRh7+Rrqa+GcmsDxlLb2kow8PM5ICb7gdbr6ZK", "address": "enc:v1:person-e132fbfd191142d0867a8a590a7390df:/2SOwfpv3DgcAD/M9E2UVteyBh69LUEboaevF6GMqkP8auAZS+GH0NM=", "id_number": null}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (25, 'b3b451c0-80e7-4e51-8a9f-41b565f8bde3', 'petition-demo-4', 1, 'shuniu.reception.petition.registered.v1', '2026-12-02 20:05:57.665128+00', '{"channel": "letter", "content": "enc:v1:person-e132fbfd191142d0867a8a590a7390df:+GSBpgz3e/6Qc6WRY115LS2Z16UvflAbvqaZtFJllbv27KxVl6uBazeVK6FEpd95+iLbGOISnON6+VEnRQ==", "person_id": "person-e132fbfd191142d0867a8a590a7390df", "case_number": "信访〔2026〕4号", "received_on": "2026-11-13", "registered_by": "wang", "routing_due_on": "2026-11-28"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (26, '7cf9ae98-1f27-4a99-a11d-2a6a8f43b3b2', 'person-6089f00908ea4c3180c805ff61d9b63f', 1, 'shuniu.reception.person.recorded.v1', '2026-12-02 20:05:57.679332+00', '{"kind": "petitioner", "name": "enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:z5QjrSHfHAVbZv0V7hMBTZCqzFyR16t9QDv0M2ga7e/ANxfz7Q==", "phone": "enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:WCb2WwL77l5SPIrdFLa3W9bvCrRdA2Y7SDiu43ufOEwCqCUkhdN5", "address": "enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:D7knjjZeSk3Nqg/GqLc6OYP7uTQQFowN47QgR8AadPjRzQ+8n60LVTM=", "id_number": null}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (28, '04f5c6ff-d193-464f-8870-30e0659882f7', 'petition-demo-5', 1, 'shuniu.reception.petition.registered.v1', '2026-12-02 20:05:57.694823+00', '{"channel": "letter", "content": "enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:z9ijvveEAGm5Xv3XPnLnxO3NrzuUuFVDbIvHyBTY5AbMW4Fs9BJUHkSdC021/Dj4rPAcGKwmQw==", "person_id": "person-6089f00908ea4c3180c805ff61d9b63f", "case_number": "信访〔2026〕5号", "received_on": "2026-10-14", "registered_by": "wang", "routing_due_on": "2026-10-29"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (30, 'e0acbb72-dff6-4e60-a2bf-95a9eb5329bf', 'petition-demo-5', 3, 'shuniu.reception.petition.accepted.v1', '2026-12-02 20:05:57.720309+00', '{"notice": "受理告知书〔2026〕5号", "accepted_on": "2026-10-19", "handling_due_on": "2026-12-18"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (32, '3220ba13-b9c3-401e-84fc-b984ea7cde64', 'petition-demo-5', 5, 'shuniu.reception.petition.supervision_closed.v1', '2026-12-02 20:05:57.753708+00', '{"result": "已办结", "task_id": "task-of-petition-demo-5", "closed_on": "2026-11-28"}', '{"actor": "system:supervision"}');
INSERT INTO public.events VALUES (34, '0651a218-2a60-4e6c-8b3f-746d73d23355', 'person-13fac6f6b471493dad13e03956f1ecd9', 1, 'shuniu.reception.person.recorded.v1', '2026-12-02 20:05:57.796997+00', '{"kind": "petitioner", "name": "enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:Cj5eu0RzUOj6n7Msox4ULE7dh5h15qbDg9rlokC195GnNCJtNw==", "phone": "enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:fReI77YFcoa6mVYMuxQVkYYh/Us2RbjMSqyzWPD+KEom6zkjkKb1", "address": "enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:uSwvlpBHqHS6RXik3Zfa5jYXd1jCTobEC6jU1RRf8pGDQl0aEugAU68=", "id_number": null}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (35, '979eeace-267f-447f-9c9e-f86e01f3513e', 'petition-demo-6', 1, 'shuniu.reception.petition.registered.v1', '2026-12-02 20:05:57.815093+00', '{"channel": "letter", "content": "enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:GfZyPXzbuwE5I4bn/pltuJP29GOJRnuMqUIBz1Q+3EFUhVoHo/eEY9GxOvVMtRcwXHTCrJzXmjpX2ikBPdCM9A==", "person_id": "person-13fac6f6b471493dad13e03956f1ecd9", "case_number": "信访〔2026〕6号", "received_on": "2026-09-14", "registered_by": "wang", "routing_due_on": "2026-09-29"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (37, '73981121-dd5f-4cee-9cc2-345156da6496', 'petition-demo-6', 2, 'shuniu.reception.petition.routed.v1', '2026-12-02 20:05:57.840978+00', '{"routed_by": "wang", "routed_on": "2026-09-19", "to_department": "agriculture", "objection_due_on": "2026-09-24", "acceptance_due_on": "2026-10-04"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (39, '3ba40778-1913-4f55-8999-988bfe9a0bca', 'petition-demo-6', 4, 'shuniu.reception.petition.assigned.v1', '2026-12-02 20:05:57.878169+00', '{"due_on": "2026-11-18", "summary": "反映征地补偿标准不一致，请核实", "department": "agriculture", "assigned_by": "wang", "case_number": "信访〔2026〕6号", "petition_id": "petition-demo-6"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (41, '81fbc7d4-2a3c-4a69-b8a7-1cedf96dc78d', 'petition-demo-6', 6, 'shuniu.reception.petition.replied.v1', '2026-12-02 20:05:57.917112+00', '{"reply": "enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:opnxj8saOoED8pV/mNTmmCQ02IKX+FBCrk1k8F0RNU7G/IuQkBZ4AkNHvfddfs4DS8SRrKDwhFvuIjekqHSiudE7kPtPQg==", "replied_on": "2026-11-13", "review_request_due_on": "2026-12-13"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (43, '141b4da4-12bb-447c-b7d9-30f589ef910b', 'vehicle-demo-1', 1, 'shuniu.reception.vehicle.registered.v1', '2026-12-02 20:05:57.968384+00', '{"model": "红旗H5", "plate": "F·00001", "seats": 5}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (45, 'e2cb0cc9-1d24-4fae-8881-b61392589073', 'vehicle-demo-3', 1, 'shuniu.reception.vehicle.registered.v1', '2026-12-02 20:05:57.99321+00', '{"model": "大众帕萨特", "plate": "F·00009", "seats": 5}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (46, '68ee8233-dea7-4e8a-a933-8a2c27412845', 'trip-demo-1', 1, 'shuniu.reception.trip.requested.v1', '2026-12-02 20:05:58.001583+00', '{"rider": "chen", "ends_at": "2026-12-04T04:00:00Z", "purpose": "公务", "starts_at": "2026-12-04T00:00:00Z", "passengers": [], "destination": "市财政局", "requested_by": "chen"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (47, 'c1dfcde4-b023-40c4-8149-4787799cc5d7', 'trip-demo-2', 1, 'shuniu.reception.trip.requested.v1', '2026-12-02 20:05:58.019878+00', '{"rider": "fang", "ends_at": "2026-12-03T11:00:00Z", "purpose": "公务", "starts_at": "2026-12-02T23:00:00Z", "passengers": [], "destination": "省城扶贫工作会", "requested_by": "fang"}', '{"actor": "fang"}');
INSERT INTO public.events VALUES (22, 'dee4b481-85f8-4a16-b60a-6ffe3364ae7f', 'petition-demo-3', 3, 'shuniu.reception.petition.accepted.v1', '2026-12-02 20:05:57.623504+00', '{"notice": "受理告知书〔2026〕3号", "accepted_on": "2026-10-06", "handling_due_on": "2026-12-05"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (27, 'f6e07f73-9021-43f6-bd60-9187505a8bb2', 'petition-demo-2', 5, 'shuniu.reception.petition.supervision_opened.v1', '2026-12-02 20:05:57.68849+00', '{"task_id": "petition:petition-demo-2:education"}', '{"actor": "wang", "traceparent": "00-d9013d3c03b5572df8f8a98198f1ac9e-e2764b5005e227ce-01", "causation_id": "223fa73d-a179-4d3a-b0a0-3c7c5475e770", "correlation_id": "3c00a543-1a96-4ea0-affa-284f05354c1b"}');
INSERT INTO public.events VALUES (29, '4beb5ea3-611b-48b0-ae33-f0523db83154', 'petition-demo-5', 2, 'shuniu.reception.petition.routed.v1', '2026-12-02 20:05:57.706178+00', '{"routed_by": "wang", "routed_on": "2026-10-19", "to_department": "finance", "objection_due_on": "2026-10-26", "acceptance_due_on": "2026-11-03"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (31, 'affd9b8b-16e3-4b1c-8fdc-f973a29035db', 'petition-demo-5', 4, 'shuniu.reception.petition.assigned.v1', '2026-12-02 20:05:57.738361+00', '{"due_on": "2026-12-18", "summary": "反映道路施工扰民，请协调施工时间", "department": "finance", "assigned_by": "wang", "case_number": "信访〔2026〕5号", "petition_id": "petition-demo-5"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (33, '71c2787c-cf47-43bd-ac94-c231d8e55ec8', 'petition-demo-5', 6, 'shuniu.reception.petition.replied.v1', '2026-12-02 20:05:57.777925+00', '{"reply": "enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:28jkUWkHGjaRq2zJ+T675ttGmWPOOr3mFjnnvwcdtmA6Vkc6deysU4Ymyu8JBQH3wOBoXZT158XcsVqcNqlr1d/doiq2EQ==", "replied_on": "2026-11-28", "review_request_due_on": "2026-12-28"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (36, 'e84c99b1-902b-4d6a-8101-5b90d9f46c1e', 'petition-demo-3', 5, 'shuniu.reception.petition.supervision_opened.v1', '2026-12-02 20:05:57.830936+00', '{"task_id": "petition:petition-demo-3:agriculture"}', '{"actor": "wang", "traceparent": "00-b5f56dace6ebd41f095e54726df248df-e3b2aeca0533348d-01", "causation_id": "166ee172-6c8f-4373-8627-4fd70fa10880", "correlation_id": "464b1f9c-7dce-4795-be01-faa57f0dc020"}');
INSERT INTO public.events VALUES (38, 'a20897d1-c4cf-4ed6-8aa1-2ed882972a08', 'petition-demo-6', 3, 'shuniu.reception.petition.accepted.v1', '2026-12-02 20:05:57.857298+00', '{"notice": "受理告知书〔2026〕6号", "accepted_on": "2026-09-19", "handling_due_on": "2026-11-18"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (40, '2f66f431-f0a4-4bee-96f0-074def150567', 'petition-demo-6', 5, 'shuniu.reception.petition.supervision_closed.v1', '2026-12-02 20:05:57.890724+00', '{"result": "已办结", "task_id": "task-of-petition-demo-6", "closed_on": "2026-11-13"}', '{"actor": "system:supervision"}');
INSERT INTO public.events VALUES (42, '029d0614-5358-42e5-8e0b-f403a1055e5c', 'petition-demo-6', 7, 'shuniu.reception.petition.review_requested.v1', '2026-12-02 20:05:57.941604+00', '{"level": "复查", "grounds": "enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:1LqkVMJxahzmnHmgjd9bjuoPuVBmkjNEtVtiD/oL5V8kAaVASoU5BjPK9ybFVhOFXSIHFOJjtgVGpug/dqmWl9049lk2ucgr12jXpQ==", "requested_on": "2026-11-28", "decision_due_on": "2026-12-28"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (44, '9687425e-fc87-4842-bee5-7366500c1241', 'vehicle-demo-2', 1, 'shuniu.reception.vehicle.registered.v1', '2026-12-02 20:05:57.984376+00', '{"model": "丰田凯美瑞", "plate": "F·00002", "seats": 5}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (53, '17681316-7ced-455e-b5e9-cae8bfaea332', 'trip-demo-3', 4, 'shuniu.reception.trip.returned.v1', '2026-12-02 20:05:58.118265+00', '{"mileage_km": 186.0, "vehicle_id": "vehicle-demo-1", "returned_at": "2026-12-02T20:05:58.118243Z"}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (56, '5ca451d2-f0ae-4383-a67d-abb20bce62f0', 'sealreq-demo-1', 1, 'shuniu.reception.seal_request.requested.v1', '2026-12-02 20:05:58.150082+00', '{"reason": "报送年度工作总结", "seal_id": "seal-demo-office", "document": "F政办函〔2026〕21号", "impressions": 2, "requested_by": "li"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (58, '51d491a3-c7e6-4468-9e93-3c0c75e38753', 'sealreq-demo-3', 1, 'shuniu.reception.seal_request.requested.v1', '2026-12-02 20:05:58.16436+00', '{"reason": "赴省财政厅汇报工作", "seal_id": "seal-demo-office", "document": "介绍信", "impressions": 1, "requested_by": "chen"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (60, 'f8ac93a3-bb9b-402e-9ff4-83f021c4b091', 'sealreq-demo-3', 2, 'shuniu.reception.seal_request.approved.v1', '2026-12-02 20:05:58.183367+00', '{"approved_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (62, 'ce284f7b-55b9-4c2a-8391-457ef02c558e', 'petition-demo-4', 2, 'shuniu.reception.petition.clock_approaching.v1', '2026-12-02 20:05:58.589654+00', '{"clock": "routing", "due_on": "2026-11-28"}', '{"actor": "system:deadlines"}');
INSERT INTO public.events VALUES (64, '192e2a1e-e772-4ee7-bdd5-88d272dd29dd', 'petition-demo-3', 6, 'shuniu.reception.petition.clock_approaching.v1', '2026-12-02 20:05:58.601758+00', '{"clock": "handling", "due_on": "2026-12-05"}', '{"actor": "system:deadlines"}');
INSERT INTO public.events VALUES (48, 'fc23e1a5-90d6-47ae-be55-879f0cf5fb38', 'trip-demo-2', 2, 'shuniu.reception.trip.approved.v1', '2026-12-02 20:05:58.03403+00', '{"approved_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (50, 'b0e271e0-cc4b-4426-aceb-c4671218b8b1', 'trip-demo-3', 1, 'shuniu.reception.trip.requested.v1', '2026-12-02 20:05:58.071537+00', '{"rider": "luo", "ends_at": "2026-12-02T09:00:00Z", "purpose": "公务", "starts_at": "2026-12-02T00:00:00Z", "passengers": [], "destination": "行署会议", "requested_by": "luo"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (52, '7294ac90-296c-466d-a548-7c159d207cc8', 'trip-demo-3', 3, 'shuniu.reception.trip.dispatched.v1', '2026-12-02 20:05:58.108814+00', '{"vehicle_id": "vehicle-demo-1", "dispatched_by": "wu"}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (54, '76c406b7-0892-4309-ad4a-0be77a15fe60', 'seal-demo-gov', 1, 'shuniu.reception.seal.registered.v1', '2026-12-02 20:05:58.136157+00', '{"kind": "公章", "name": "F县人民政府印"}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (57, '03ed8d76-fbde-4063-826d-849f3424149d', 'sealreq-demo-2', 1, 'shuniu.reception.seal_request.requested.v1', '2026-12-02 20:05:58.155432+00', '{"reason": "印发春耕生产工作方案", "seal_id": "seal-demo-gov", "document": "F政发〔2026〕8号", "impressions": 30, "requested_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (59, '0e5b318e-2d2f-41c8-bf5e-fbe6917ab7d7', 'sealreq-demo-2', 2, 'shuniu.reception.seal_request.approved.v1', '2026-12-02 20:05:58.172402+00', '{"approved_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (61, 'f7edc54e-aaef-4f29-a1dc-7f7a3a6e8fa6', 'sealreq-demo-3', 3, 'shuniu.reception.seal_request.used.v1', '2026-12-02 20:05:58.193391+00', '{"seal_id": "seal-demo-office", "used_at": "2026-12-02T20:05:58.193365Z", "used_by": "wu", "impressions": 1}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (49, 'a1943401-406d-40fb-8d90-a3bdeeed0e2b', 'trip-demo-2', 3, 'shuniu.reception.trip.dispatched.v1', '2026-12-02 20:05:58.064762+00', '{"vehicle_id": "vehicle-demo-2", "dispatched_by": "wu"}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (51, 'adbd8a4d-4d8e-413a-96b9-ad4e9214a794', 'trip-demo-3', 2, 'shuniu.reception.trip.approved.v1', '2026-12-02 20:05:58.088232+00', '{"approved_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (55, 'ac47c146-8080-4780-bf3f-c4ea87e7b963', 'seal-demo-office', 1, 'shuniu.reception.seal.registered.v1', '2026-12-02 20:05:58.143078+00', '{"kind": "办公室章", "name": "F县人民政府办公室印"}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (63, '3636e03a-5dd0-47d3-9a40-abc56495f0d5', 'petition-demo-4', 3, 'shuniu.reception.petition.clock_overdue.v1', '2026-12-02 20:05:58.595088+00', '{"clock": "routing", "due_on": "2026-11-28"}', '{"actor": "system:deadlines"}');


--
-- Data for Name: idempotency_keys; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: people; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.people VALUES ('person-b392d4ed56f94126bcc0701034b38dd0', 'visitor', 'enc:v1:person-b392d4ed56f94126bcc0701034b38dd0:IDtjTa+8omIp0B7ntP4/u/etvP1YzQ0fUpPBVA3TaJQNRHgk5g==', 'enc:v1:person-b392d4ed56f94126bcc0701034b38dd0:1Wpn374mciW+b5DVg44mAlbj3+i9MxXCw/l9HtUPUgah6igmmBUbxuhft1G/4A==', 'enc:v1:person-b392d4ed56f94126bcc0701034b38dd0:O+KUPRGIbVi/Q+lBJSKY+sD+Ftb/FjSL9wR28dUS9elgKvAOK3PZ', NULL, NULL);
INSERT INTO public.people VALUES ('person-2337fdea92b54abeadd48d1a6acdd74f', 'visitor', 'enc:v1:person-2337fdea92b54abeadd48d1a6acdd74f:tRj67DWaIVlH4oCi3pwM+vHpxbYyp+WfJyqzITsh48o4+6ilqg==', NULL, 'enc:v1:person-2337fdea92b54abeadd48d1a6acdd74f:wMykvoCiVaaMbY4frv+Het1lbtW9BgwOMBVFIBIVcfBNtyljF0DZ', NULL, NULL);
INSERT INTO public.people VALUES ('person-97e78bbdfe4741758690408c93410ac4', 'visitor', 'enc:v1:person-97e78bbdfe4741758690408c93410ac4:KUt+Wi+VK3JHxvXm6u8+tF+DyWQPVSyK+TDWhfN8ScnVIEsUqw==', NULL, 'enc:v1:person-97e78bbdfe4741758690408c93410ac4:564VNFAaIlFa3UALasIjv/w45oklWp10k/k7Y1cnh08ZItCqWGn6', NULL, NULL);
INSERT INTO public.people VALUES ('person-a1e35a5bf555400db5b6fc5430a555ea', 'visitor', 'enc:v1:person-a1e35a5bf555400db5b6fc5430a555ea:5082Z5iRgMWANRhN+6bnXLT04JkuGQnjhBlwqt6EtYZYifVE3w==', NULL, 'enc:v1:person-a1e35a5bf555400db5b6fc5430a555ea:pP9bj+1ERH41ZWyPzKQI1xvV2UYpNRsqgzk15Ahm2mOmNY0Z1jwq', NULL, NULL);
INSERT INTO public.people VALUES ('person-f3b7409d3f394488af94afa4b7dcd79f', 'petitioner', 'enc:v1:person-f3b7409d3f394488af94afa4b7dcd79f:lhaAa4w67PJGiLxhRxwOvbVbKvTQ0I++vv2mTDnT+y6+VkdQJA==', NULL, 'enc:v1:person-f3b7409d3f394488af94afa4b7dcd79f:Z5BkZHvBVOsVrHT7royswAhv87wvUSHwyR9h6ogU8dCyPqOQI2/z', 'enc:v1:person-f3b7409d3f394488af94afa4b7dcd79f:XqfLISnL8du5bq5gZFMeBcvEyqhdq4kJL0WwGfrWBq4ITaC56Fe8294=', NULL);
INSERT INTO public.people VALUES ('person-9af37ef9b7b441ebbb58b8abbe4b7110', 'petitioner', 'enc:v1:person-9af37ef9b7b441ebbb58b8abbe4b7110:wb4o8QhmfUD0yeFHb/bzUhjyuNaPDakyrb1Mu/MaXoqIsyJvvA==', NULL, 'enc:v1:person-9af37ef9b7b441ebbb58b8abbe4b7110:Nbk1FDrkYNCMweOOfFE9BlIzKkb/7jg37tiEVcMvYiL/9eztNM9B', 'enc:v1:person-9af37ef9b7b441ebbb58b8abbe4b7110:76h2zhFx3ua/NIWWBMNdcptAQoB45Kx5fFSYQb9lkp4X7D2dgOKhiZU=', NULL);
INSERT INTO public.people VALUES ('person-a0b78aa0d0964a2eafb73d37f74d4684', 'petitioner', 'enc:v1:person-a0b78aa0d0964a2eafb73d37f74d4684:Sg+JwRoSfl5GbJGzC9gWX4nbR5SS+2/bzPWJ5Fq2VruAxnkDzw==', NULL, 'enc:v1:person-a0b78aa0d0964a2eafb73d37f74d4684:T/t+2MJt+QynLsb9lLrN8rMgb0yz8yMTPnmOTnk1fRBXmlOGO9IS', 'enc:v1:person-a0b78aa0d0964a2eafb73d37f74d4684:hbaPV3nQADgsMAO5sDMrJRE3tZYqIaHYKgPEVFyRyEbZ+ob0hKVOaKk=', NULL);
INSERT INTO public.people VALUES ('person-e132fbfd191142d0867a8a590a7390df', 'petitioner', 'enc:v1:person-e132fbfd191142d0867a8a590a7390df:XERghGO7gsKuCYQrI4jmTWWQGaDfCphImwqU5sk6zFEQ2+TwBA==', NULL, 'enc:v1:person-e132fbfd191142d0867a8a590a7390df:2lA4APcl067h+tcRh7+Rrqa+GcmsDxlLb2kow8PM5ICb7gdbr6ZK', 'enc:v1:person-e132fbfd191142d0867a8a590a7390df:/2SOwfpv3DgcAD/M9E2UVteyBh69LUEboaevF6GMqkP8auAZS+GH0NM=', NULL);
INSERT INTO public.people VALUES ('person-6089f00908ea4c3180c805ff61d9b63f', 'petitioner', 'enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:z5QjrSHfHAVbZv0V7hMBTZCqzFyR16t9QDv0M2ga7e/ANxfz7Q==', NULL, 'enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:WCb2WwL77l5SPIrdFLa3W9bvCrRdA2Y7SDiu43ufOEwCqCUkhdN5', 'enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:D7knjjZeSk3Nqg/GqLc6OYP7uTQQFowN47QgR8AadPjRzQ+8n60LVTM=', NULL);
INSERT INTO public.people VALUES ('person-13fac6f6b471493dad13e03956f1ecd9', 'petitioner', 'enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:Cj5eu0RzUOj6n7Msox4ULE7dh5h15qbDg9rlokC195GnNCJtNw==', NULL, 'enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:fReI77YFcoa6mVYMuxQVkYYh/Us2RbjMSqyzWPD+KEom6zkjkKb1', 'enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:uSwvlpBHqHS6RXik3Zfa5jYXd1jCTobEC6jU1RRf8pGDQl0aEugAU68=', NULL);


--
-- Data for Name: petition_case_counters; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.petition_case_counters VALUES (2026, 6);


--
-- Data for Name: petitions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.petitions VALUES ('petition-demo-1', '信访〔2026〕1号', 'person-f3b7409d3f394488af94afa4b7dcd79f', 'letter', 'registered', '2026-12-03', NULL, NULL, NULL, 'routing', '2026-12-18', '2026-12-02 20:05:57.449035+00');
INSERT INTO public.petitions VALUES ('petition-demo-4', '信访〔2026〕4号', 'person-e132fbfd191142d0867a8a590a7390df', 'letter', 'registered', '2026-11-13', NULL, NULL, NULL, 'routing', '2026-11-28', '2026-12-02 20:05:57.6633+00');
INSERT INTO public.petitions VALUES ('petition-demo-2', '信访〔2026〕2号', 'person-9af37ef9b7b441ebbb58b8abbe4b7110', 'letter', 'assigned', '2026-11-08', 'education', '反映学校违规收取补课费，请核查处理', 'petition:petition-demo-2:education', 'handling', '2027-01-12', '2026-12-02 20:05:57.480255+00');
INSERT INTO public.petitions VALUES ('petition-demo-5', '信访〔2026〕5号', 'person-6089f00908ea4c3180c805ff61d9b63f', 'letter', 'replied', '2026-10-14', 'finance', '反映道路施工扰民，请协调施工时间', 'task-of-petition-demo-5', 'review_request', '2026-12-28', '2026-12-02 20:05:57.690178+00');
INSERT INTO public.petitions VALUES ('petition-demo-3', '信访〔2026〕3号', 'person-a0b78aa0d0964a2eafb73d37f74d4684', 'letter', 'assigned', '2026-10-04', 'agriculture', '反映农田灌溉渠损毁，请组织修复', 'petition:petition-demo-3:agriculture', 'handling', '2026-12-05', '2026-12-02 20:05:57.575508+00');
INSERT INTO public.petitions VALUES ('petition-demo-6', '信访〔2026〕6号', 'person-13fac6f6b471493dad13e03956f1ecd9', 'letter', 'under_review', '2026-09-14', 'agriculture', '反映征地补偿标准不一致，请核实', 'task-of-petition-demo-6', 'review_decision', '2026-12-28', '2026-12-02 20:05:57.806702+00');


--
-- Data for Name: processed_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '02439ec2-6699-42a5-9b5b-6bf4a65e87a4', 'applied', '2026-12-02 20:05:55.146645+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '35ef7da6-b911-4255-a9a9-b01a4955002f', 'applied', '2026-12-02 20:05:55.283875+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '43d2c4a4-424d-483b-801f-a87e1abf7cf1', 'applied', '2026-12-02 20:05:56.278945+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', 'f3feb8f4-5842-4d93-b6bb-a02c17e106a3', 'applied', '2026-12-02 20:05:56.278945+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', 'a5469b24-999e-46e6-8dc1-eef06b95aa84', 'applied', '2026-12-02 20:05:56.91681+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', 'c55766a4-b85f-4454-812a-b0546bed6c78', 'applied', '2026-12-02 20:05:57.02343+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '0bf33bad-10c2-4086-a98c-0df51f8ac763', 'applied', '2026-12-02 20:05:57.060186+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', 'f189e27a-b589-40d5-968c-15f209893ee4', 'applied', '2026-12-02 20:05:57.123554+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '1ca9adeb-d41a-4028-8ac8-2495b2e627f2', 'applied', '2026-12-02 20:05:57.157103+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', 'd9e22d8b-1f7e-47c4-b467-acb29becfcbe', 'applied', '2026-12-02 20:05:57.203212+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '0d41d9a1-423d-48d0-8388-6311fa1d07e1', 'applied', '2026-12-02 20:05:57.244153+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '3e35b419-2b97-4116-b5a7-e9489b14b92c', 'applied', '2026-12-02 20:05:57.281777+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '3dc298cd-daf1-4304-893c-e15e6309f71a', 'applied', '2026-12-02 20:05:57.281777+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '54b9d01c-bd67-464a-b0a6-a3b83eaa0fcc', 'applied', '2026-12-02 20:05:57.281777+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '4592ca4c-1cbf-423f-aca1-86f1d6f5af08', 'applied', '2026-12-02 20:05:57.320463+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '223fa73d-a179-4d3a-b0a0-3c7c5475e770', 'applied', '2026-12-02 20:05:57.682954+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '166ee172-6c8f-4373-8627-4fd70fa10880', 'applied', '2026-12-02 20:05:57.820783+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '9ff4ffeb-d05f-46ee-81d5-92087cb66074', 'applied', '2026-12-02 20:05:57.991739+00');
INSERT INTO public.processed_events VALUES ('reception.supervision-outcomes', '171b3b8e-a558-4d3c-b9d5-7a12dcfb3f48', 'applied', '2026-12-02 20:05:58.10505+00');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations VALUES ('0001_event_store_outbox_inbox', '2026-12-02 20:05:54.385281+00');
INSERT INTO public.schema_migrations VALUES ('reception_0001_tables', '2026-12-02 20:05:54.385281+00');
INSERT INTO public.schema_migrations VALUES ('reception_0002_no_overlapping_dispatch', '2026-12-02 20:05:54.385281+00');


--
-- Data for Name: seal_requests; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.seal_requests VALUES ('sealreq-demo-1', 'seal-demo-office', 'F政办函〔2026〕21号', '报送年度工作总结', 2, 0, 'li', NULL, 'requested', '2026-12-02 20:05:58.151262+00');
INSERT INTO public.seal_requests VALUES ('sealreq-demo-2', 'seal-demo-gov', 'F政发〔2026〕8号', '印发春耕生产工作方案', 30, 0, 'shen', 'feng', 'approved', '2026-12-02 20:05:58.156648+00');
INSERT INTO public.seal_requests VALUES ('sealreq-demo-3', 'seal-demo-office', '介绍信', '赴省财政厅汇报工作', 1, 1, 'chen', 'feng', 'used', '2026-12-02 20:05:58.165802+00');


--
-- Data for Name: seal_uses; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.seal_uses VALUES (1, 'sealreq-demo-3', 'seal-demo-office', 'wu', '2026-12-02 20:05:58.193365+00', 1, '介绍信');


--
-- Data for Name: seals; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.seals VALUES ('seal-demo-gov', 'F县人民政府印', '公章');
INSERT INTO public.seals VALUES ('seal-demo-office', 'F县人民政府办公室印', '办公室章');


--
-- Data for Name: subject_keys; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.subject_keys VALUES ('person-b392d4ed56f94126bcc0701034b38dd0', '\x8d910b742b3edb1cbf360544ba90bf530c80c72c173ef76835d5b47213eb07801ff489b9e0b552b4f21235ff542b159ebacbd7ea72d3f9bbf0c3a815', '2026-12-02 20:05:57.309534+00');
INSERT INTO public.subject_keys VALUES ('person-2337fdea92b54abeadd48d1a6acdd74f', '\x1356b1d43d4c75e0390f84bd329edad5f90b0faed05fa8f83563d442b85011d2e4cd7c223ea6ecfc584b7014788a15680d31963e8f6174b75f3d989a', '2026-12-02 20:05:57.337284+00');
INSERT INTO public.subject_keys VALUES ('person-97e78bbdfe4741758690408c93410ac4', '\x856c79679f51efc8682a4f96ef81ad9b621f0c703174f32292e92cb63d049eda27c6128d3cddc4a06c50b3dfc66d749d8f19f8eb645162e9c8bc3cb0', '2026-12-02 20:05:57.359541+00');
INSERT INTO public.subject_keys VALUES ('person-a1e35a5bf555400db5b6fc5430a555ea', '\x56cf504ba095c7a7f975edc7294c1d4ae44102074596395fa5e39c8bc83ab45fc9adc409c396d727cd73c92552c5966a5ebfadfcf4f5d828b87e6bc0', '2026-12-02 20:05:57.41858+00');
INSERT INTO public.subject_keys VALUES ('person-f3b7409d3f394488af94afa4b7dcd79f', '\xe7fa46e5b4e198420ffd1ffd6ae32efd3190d0c49c8bfd26750053b946a7d5e24f2557dd13501e0dc5f4a4a761a5787292eb536618abef32f05050f2', '2026-12-02 20:05:57.434+00');
INSERT INTO public.subject_keys VALUES ('person-9af37ef9b7b441ebbb58b8abbe4b7110', '\x2d1d3c893a58966f24a0b6eb4451f2bec1ddcf0174fd436f90db47e53f726bd9c7adc6ab695d7b5f9b12c907ced9f1cec1e8c396689b66d23a7bda93', '2026-12-02 20:05:57.467566+00');
INSERT INTO public.subject_keys VALUES ('person-a0b78aa0d0964a2eafb73d37f74d4684', '\x1749311c4a998720beac1cdee21de0e78886b50ff2980e7b552b39ccac5ab2504166fad7202a7b900a7bff76cbd0d386c3f06835a9d44a7e3587038b', '2026-12-02 20:05:57.559614+00');
INSERT INTO public.subject_keys VALUES ('person-e132fbfd191142d0867a8a590a7390df', '\x4782fb57b4bbd0e35d10dff408c1689dca7bcb8608762f0bd55c86f39ce865254d01b75e4fdd047f424e04ab1a05571127fbb9751640cf329d9bde65', '2026-12-02 20:05:57.653856+00');
INSERT INTO public.subject_keys VALUES ('person-6089f00908ea4c3180c805ff61d9b63f', '\xffc07230fc7000768eaff8ec988091a8a09f1d0b46e46b81fef6c3026920e92d4b6c7c9fcea0670333e066e4fc115130d5b7e4cca03a86bef32b7e93', '2026-12-02 20:05:57.675376+00');
INSERT INTO public.subject_keys VALUES ('person-13fac6f6b471493dad13e03956f1ecd9', '\x750ee0a47a7c7e10e1b6424ae1f461c73bb490cede380088214ae28647c46d505b0cc2dd10433237d5483998f32f0a7f508afcfff7bf945e0bc6aa35', '2026-12-02 20:05:57.789314+00');


--
-- Data for Name: todos; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: trips; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.trips VALUES ('trip-demo-1', 'chen', 'chen', '[]', '市财政局', '公务', '2026-12-04 00:00:00+00', '2026-12-04 04:00:00+00', 'requested', NULL, NULL);
INSERT INTO public.trips VALUES ('trip-demo-2', 'fang', 'fang', '[]', '省城扶贫工作会', '公务', '2026-12-02 23:00:00+00', '2026-12-03 11:00:00+00', 'dispatched', 'vehicle-demo-2', NULL);
INSERT INTO public.trips VALUES ('trip-demo-3', 'luo', 'luo', '[]', '行署会议', '公务', '2026-12-02 00:00:00+00', '2026-12-02 09:00:00+00', 'returned', 'vehicle-demo-1', 186);


--
-- Data for Name: vehicle_dispatches; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.vehicle_dispatches VALUES ('trip-demo-2', 'vehicle-demo-2', '2026-12-02 23:00:00+00', '2026-12-03 11:00:00+00');


--
-- Data for Name: vehicles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.vehicles VALUES ('vehicle-demo-1', 'F·00001', '红旗H5', 5);
INSERT INTO public.vehicles VALUES ('vehicle-demo-2', 'F·00002', '丰田凯美瑞', 5);
INSERT INTO public.vehicles VALUES ('vehicle-demo-3', 'F·00009', '大众帕萨特', 5);


--
-- Data for Name: visits; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.visits VALUES ('visit-demo-3', 'person-97e78bbdfe4741758690408c93410ac4', '县总工会', '困难职工慰问安排', 'union', 'sun', '2026-12-03 07:00:00+00', 'appointed', NULL, NULL, NULL);
INSERT INTO public.visits VALUES ('visit-demo-1', 'person-b392d4ed56f94126bcc0701034b38dd0', 'F县第一中学', '商谈校舍维修', 'education', 'zhao', '2026-12-03 01:00:00+00', 'in_building', 'A-01', '2026-12-02 20:05:57.380456+00', NULL);
INSERT INTO public.visits VALUES ('visit-demo-2', 'person-2337fdea92b54abeadd48d1a6acdd74f', '市财政局', '专项资金对账', 'finance', 'chen', '2026-12-03 02:00:00+00', 'left', 'A-02', '2026-12-02 20:05:57.396082+00', '2026-12-02 20:05:57.407498+00');
INSERT INTO public.visits VALUES ('visit-demo-4', 'person-a1e35a5bf555400db5b6fc5430a555ea', '个人', '咨询办事流程', 'office.affairs', 'wu', NULL, 'in_building', 'B-01', '2026-12-02 20:05:57.425677+00', NULL);


--
-- Name: events_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_position_seq', 64, true);


--
-- Name: petition_case_counters_year_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.petition_case_counters_year_seq', 1, false);


--
-- Name: seal_uses_use_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.seal_uses_use_id_seq', 1, true);


--
-- Name: todos_todo_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.todos_todo_id_seq', 1, false);


--
-- Name: deadlines deadlines_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deadlines
    ADD CONSTRAINT deadlines_pkey PRIMARY KEY (key);


--
-- Name: events events_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_event_id_key UNIQUE (event_id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY ("position");


--
-- Name: idempotency_keys idempotency_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.idempotency_keys
    ADD CONSTRAINT idempotency_keys_pkey PRIMARY KEY (scope, key);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY ("position");


--
-- Name: people people_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.people
    ADD CONSTRAINT people_pkey PRIMARY KEY (person_id);


--
-- Name: petition_case_counters petition_case_counters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petition_case_counters
    ADD CONSTRAINT petition_case_counters_pkey PRIMARY KEY (year);


--
-- Name: petitions petitions_case_number_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_case_number_key UNIQUE (case_number);


--
-- Name: petitions petitions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_pkey PRIMARY KEY (petition_id);


--
-- Name: processed_events processed_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.processed_events
    ADD CONSTRAINT processed_events_pkey PRIMARY KEY (consumer_group, event_id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (id);


--
-- Name: seal_requests seal_requests_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seal_requests
    ADD CONSTRAINT seal_requests_pkey PRIMARY KEY (request_id);


--
-- Name: seal_uses seal_uses_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seal_uses
    ADD CONSTRAINT seal_uses_pkey PRIMARY KEY (use_id);


--
-- Name: seals seals_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.seals
    ADD CONSTRAINT seals_pkey PRIMARY KEY (seal_id);


--
-- Name: subject_keys subject_keys_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.subject_keys
    ADD CONSTRAINT subject_keys_pkey PRIMARY KEY (key_id);


--
-- Name: todos todos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.todos
    ADD CONSTRAINT todos_pkey PRIMARY KEY (todo_id);


--
-- Name: trips trips_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trips
    ADD CONSTRAINT trips_pkey PRIMARY KEY (trip_id);


--
-- Name: events uq_events_stream_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT uq_events_stream_version UNIQUE (stream_id, version);


--
-- Name: vehicle_dispatches vehicle_dispatches_no_overlap; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vehicle_dispatches
    ADD CONSTRAINT vehicle_dispatches_no_overlap EXCLUDE USING gist (vehicle_id WITH =, tstzrange(starts_at, ends_at) WITH &&);


--
-- Name: vehicle_dispatches vehicle_dispatches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vehicle_dispatches
    ADD CONSTRAINT vehicle_dispatches_pkey PRIMARY KEY (trip_id);


--
-- Name: vehicles vehicles_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vehicles
    ADD CONSTRAINT vehicles_pkey PRIMARY KEY (vehicle_id);


--
-- Name: vehicles vehicles_plate_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.vehicles
    ADD CONSTRAINT vehicles_plate_key UNIQUE (plate);


--
-- Name: visits visits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits
    ADD CONSTRAINT visits_pkey PRIMARY KEY (visit_id);


--
-- Name: ix_deadlines_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_deadlines_due ON public.deadlines USING btree (fired_at, due_at);


--
-- Name: ix_todos_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_todos_person ON public.todos USING btree (person);


--
-- Name: ix_vehicle_dispatches_vehicle; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_vehicle_dispatches_vehicle ON public.vehicle_dispatches USING btree (vehicle_id);


--
-- Name: ix_visits_stage; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_visits_stage ON public.visits USING btree (stage);


--
-- Name: events events_to_outbox; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER events_to_outbox AFTER INSERT ON public.events FOR EACH ROW EXECUTE FUNCTION public.shuniu_events_to_outbox();


--
-- Name: outbox outbox_position_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_position_fkey FOREIGN KEY ("position") REFERENCES public.events("position");


--
-- PostgreSQL database dump complete
--

\unrestrict 2w1apladSeLKCeqoiatJ01Pg5fqyzdswxQoffSdqe0q84jKwFsBXWTo6o9dq57P

