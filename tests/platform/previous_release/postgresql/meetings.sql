--
-- PostgreSQL database dump
--

\restrict wtXlmYs3pIVWqSc46LXZa7YIv94Jxrp04s5EbPH9ZYCCaZzws40R41oZM1acqNe

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
-- Name: meeting_access; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meeting_access (
    meeting_id character varying(100) NOT NULL,
    kind character varying(20) NOT NULL,
    key character varying(100) NOT NULL
);


--
-- Name: meetings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meetings (
    id character varying(100) NOT NULL,
    title character varying(500) NOT NULL,
    kind character varying(50) NOT NULL,
    organiser character varying(100) NOT NULL,
    organiser_department character varying(100) NOT NULL,
    chair character varying(100) NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    room_id character varying(100),
    stage character varying(20) NOT NULL,
    classification character varying(10) NOT NULL,
    minutes_stage character varying(20),
    series_id character varying(100),
    version integer NOT NULL,
    "position" bigint NOT NULL
);


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    "position" bigint NOT NULL
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
-- Name: room_bookings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_bookings (
    meeting_id character varying(100) NOT NULL,
    room_id character varying(100) NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL
);


--
-- Name: rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rooms (
    id character varying(100) NOT NULL,
    name character varying(200) NOT NULL,
    building character varying(200) NOT NULL,
    capacity integer NOT NULL,
    equipment jsonb NOT NULL
);


--
-- Name: schema_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_migrations (
    id character varying(200) NOT NULL,
    applied_at timestamp with time zone DEFAULT now()
);


--
-- Name: todos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.todos (
    id integer NOT NULL,
    person character varying(100) NOT NULL,
    kind character varying(50) NOT NULL,
    meeting_id character varying(100) NOT NULL,
    meeting_title character varying(500) NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    about character varying(100) NOT NULL,
    reason text NOT NULL,
    substitute character varying(100),
    created_at timestamp with time zone NOT NULL,
    "position" bigint NOT NULL,
    done_at timestamp with time zone
);


--
-- Name: todos_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.todos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: todos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.todos_id_seq OWNED BY public.todos.id;


--
-- Name: events position; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ALTER COLUMN "position" SET DEFAULT nextval('public.events_position_seq'::regclass);


--
-- Name: todos id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.todos ALTER COLUMN id SET DEFAULT nextval('public.todos_id_seq'::regclass);


--
-- Data for Name: deadlines; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.deadlines VALUES ('mtg-4f169a4eb6a9:ended', 'mtg-4f169a4eb6a9', 'meeting.ended', '2026-12-07 02:30:00+00', '{}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('mtg-11aa2aaff5db:ended', 'mtg-11aa2aaff5db', 'meeting.ended', '2026-12-14 02:30:00+00', '{}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('mtg-243f72a4b98a:ended', 'mtg-243f72a4b98a', 'meeting.ended', '2026-12-21 02:30:00+00', '{}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('mtg-dc13521575c8:ended', 'mtg-dc13521575c8', 'meeting.ended', '2026-12-03 08:00:00+00', '{}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('mtg-66388cfd0173:ended', 'mtg-66388cfd0173', 'meeting.ended', '2026-12-08 03:00:00+00', '{}', NULL, 0, NULL);


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES (1, '8b5fdd54-b35e-4c2a-a731-6d526a095894', 'room-changwu', 1, 'shuniu.meetings.room.registered.v1', '2026-12-02 20:05:55.666044+00', '{"name": "常务会议室", "building": "县政府大楼", "capacity": 40, "equipment": ["视频会议", "投影仪", "录音"]}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (2, '1e6f0ffd-4faa-4b5e-a7b9-5b44f5a26f77', 'room-first', 1, 'shuniu.meetings.room.registered.v1', '2026-12-02 20:05:55.684742+00', '{"name": "第一会议室", "building": "县政府大楼", "capacity": 30, "equipment": ["投影仪"]}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (3, 'f00f8a5e-690b-4a2a-a510-39c8160416c1', 'room-second', 1, 'shuniu.meetings.room.registered.v1', '2026-12-02 20:05:55.692861+00', '{"name": "第二会议室", "building": "县政府大楼", "capacity": 20, "equipment": ["投影仪"]}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (4, '19dbd525-51b8-4070-99c3-7851e114145f', 'room-party', 1, 'shuniu.meetings.room.registered.v1', '2026-12-02 20:05:55.698805+00', '{"name": "党组会议室", "building": "县政府大楼", "capacity": 15, "equipment": ["录音"]}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (5, 'f184be7c-7f25-4d5b-a2fb-9a16b3fecec5', 'mtg-e97e97571796', 1, 'shuniu.meetings.meeting.scheduled.v1', '2026-12-02 20:05:55.718098+00', '{"kind": "常务会", "chair": "luo", "title": "县政府第11次常务会议", "ends_at": "2026-11-24T03:30:00Z", "organiser": "shen", "series_id": null, "starts_at": "2026-11-24T01:00:00Z", "classification": "none", "chair_department": "gov", "organiser_department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (6, 'ba290b76-5afd-4072-a2f0-3a50ca4e7ffc', 'mtg-e97e97571796', 2, 'shuniu.meetings.meeting.room_booked.v1', '2026-12-02 20:05:55.722789+00', '{"ends_at": "2026-11-24T03:30:00Z", "room_id": "room-changwu", "room_name": "常务会议室", "starts_at": "2026-11-24T01:00:00Z", "room_capacity": 40}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (7, 'b780fe87-2425-4b37-9b17-3763cd1a5f65', 'mtg-e97e97571796', 3, 'shuniu.meetings.meeting.agenda_item_added.v1', '2026-12-02 20:05:55.743261+00', '{"title": "关于农业生产资金安排的汇报", "item_id": "item-1", "materials": ["关于农业生产资金安排的汇报.docx"], "presenter": "chen", "presenter_department": "finance"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (8, 'daf69a1f-c08e-43fa-a6fa-784ef8e27c54', 'mtg-e97e97571796', 4, 'shuniu.meetings.meeting.agenda_item_added.v1', '2026-12-02 20:05:55.76141+00', '{"title": "关于校园安全工作的汇报", "item_id": "item-2", "materials": ["关于校园安全工作的汇报.docx"], "presenter": "zhao", "presenter_department": "education"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (9, '334e1a67-e8e9-4f75-ba69-db6e52ed9b19', 'mtg-e97e97571796', 5, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:55.774548+00', '{"person": "fang", "capacity": "出席", "department": "gov"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (10, '6b420e18-b151-4bf6-bc46-12e19e798600', 'mtg-e97e97571796', 6, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:55.774548+00', '{"person": "chen", "capacity": "出席", "department": "finance"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (11, '9a5eab59-53d0-48d9-b22d-abc7496eae2e', 'mtg-e97e97571796', 7, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:55.774548+00', '{"person": "zhao", "capacity": "出席", "department": "education"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (12, 'd9af5723-2fec-4622-9e34-9d27a1f8572d', 'mtg-e97e97571796', 8, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:55.774548+00', '{"person": "wang", "capacity": "出席", "department": "petitions"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (13, '13dac264-81ce-4be5-bb36-d6fdffc71824', 'mtg-e97e97571796', 9, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:55.774548+00', '{"person": "sun", "capacity": "列席", "department": "union"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (14, '79ccb47b-a22f-4b92-a6f9-4c4f0ec2bdd0', 'mtg-e97e97571796', 10, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:55.774548+00', '{"person": "feng", "capacity": "列席", "department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (15, '6b734e26-a13d-4b36-ac6a-f6f85d615822', 'mtg-e97e97571796', 11, 'shuniu.meetings.meeting.notice_issued.v1', '2026-12-02 20:05:55.804059+00', '{"ends_at": "2026-11-24T03:30:00Z", "room_id": "room-changwu", "issued_by": "shen", "starts_at": "2026-11-24T01:00:00Z", "notified_people": ["chen", "fang", "feng", "luo", "sun", "wang", "zhao"], "notified_departments": []}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (16, '7b5731aa-d0ee-49be-943c-615c9f335702', 'mtg-e97e97571796', 12, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:55.817708+00', '{"person": "fang", "capacity": "出席", "response": "attend", "department": "gov"}', '{"actor": "fang"}');
INSERT INTO public.events VALUES (17, 'cd2c3a1f-0375-425c-9565-29fe73fade5a', 'mtg-e97e97571796', 13, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:55.831027+00', '{"person": "chen", "capacity": "出席", "response": "attend", "department": "finance"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (18, 'f6ccfb14-666c-41b5-b4b5-cbecd63a7cbe', 'mtg-e97e97571796', 14, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:55.843715+00', '{"person": "zhao", "capacity": "出席", "response": "attend", "department": "education"}', '{"actor": "zhao"}');
INSERT INTO public.events VALUES (19, '6b8d9acb-d458-4ddf-8dc0-e3f13e69e03b', 'mtg-e97e97571796', 15, 'shuniu.meetings.meeting.leave_requested.v1', '2026-12-02 20:05:55.855767+00', '{"chair": "luo", "person": "wang", "reason": "赴市信访局参加联席会议", "organiser": "shen", "starts_at": "2026-11-24T01:00:00Z", "department": "petitions", "substitute": null, "meeting_title": "县政府第11次常务会议", "organiser_department": "office"}', '{"actor": "wang"}');
INSERT INTO public.events VALUES (20, 'c5f592e7-6070-436f-8b6e-e87c24ed5866', 'mtg-e97e97571796', 16, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:55.878401+00', '{"person": "sun", "capacity": "列席", "response": "attend", "department": "union"}', '{"actor": "sun"}');
INSERT INTO public.events VALUES (21, '69c72fb9-e5e7-49b1-a51e-53b6f5fed4c5', 'mtg-e97e97571796', 17, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:55.891439+00', '{"person": "feng", "capacity": "列席", "response": "attend", "department": "office"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (22, '5bfefd95-817a-4eff-80a7-df9c3dd3ac7a', 'mtg-e97e97571796', 18, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:55.906951+00', '{"at": "2026-11-24T00:55:00Z", "person": "luo", "capacity": "出席", "department": "gov", "substitute_for": null}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (23, 'cec675f5-851c-45a7-b9a4-70432e504f71', 'mtg-e97e97571796', 19, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:55.920846+00', '{"at": "2026-11-24T00:55:00Z", "person": "fang", "capacity": "出席", "department": "gov", "substitute_for": null}', '{"actor": "fang"}');
INSERT INTO public.events VALUES (24, '56581adc-43bd-44eb-a71f-27fdeb68f263', 'mtg-e97e97571796', 20, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:55.933698+00', '{"at": "2026-11-24T00:55:00Z", "person": "chen", "capacity": "出席", "department": "finance", "substitute_for": null}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (25, 'e865a4fe-5178-41df-a432-a023fe316c61', 'mtg-e97e97571796', 21, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:55.945078+00', '{"at": "2026-11-24T01:18:00Z", "person": "zhao", "capacity": "出席", "department": "education", "substitute_for": null}', '{"actor": "zhao"}');
INSERT INTO public.events VALUES (26, '19fa8807-8d05-4346-8976-3abf3cd94d7d', 'mtg-e97e97571796', 22, 'shuniu.meetings.meeting.marked_late.v1', '2026-12-02 20:05:55.945078+00', '{"person": "zhao", "minutes_late": 18}', '{"actor": "zhao"}');
INSERT INTO public.events VALUES (27, '6b2995a0-5947-4656-a7bf-f10291484ad1', 'mtg-e97e97571796', 23, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:55.958188+00', '{"at": "2026-11-24T00:55:00Z", "person": "sun", "capacity": "列席", "department": "union", "substitute_for": null}', '{"actor": "sun"}');
INSERT INTO public.events VALUES (28, '46d6eec4-8778-4163-9ac1-fafaadafb8a9', 'mtg-e97e97571796', 24, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:55.974308+00', '{"at": "2026-11-24T00:55:00Z", "person": "feng", "capacity": "列席", "department": "office", "substitute_for": null}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (29, '3a03329f-b77f-4c8c-b214-8bd8640dd8e3', 'mtg-e97e97571796', 25, 'shuniu.meetings.meeting.held.v1', '2026-12-02 20:05:55.987524+00', '{"at": "2026-11-24T03:30:00Z", "recorded_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (31, '455c4ae5-7205-49bb-ade3-8173be99a015', 'mtg-e97e97571796', 27, 'shuniu.meetings.meeting.resolution_drafted.v1', '2026-12-02 20:05:56.01684+00', '{"title": "落实农业生产资金，按期拨付到位", "deadline": "2026-12-14", "resolution_id": "r1", "co_departments": ["agriculture"], "lead_department": "finance"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (32, 'e7c41cda-567e-4b7b-800e-4046c78b56df', 'mtg-e97e97571796', 28, 'shuniu.meetings.meeting.resolution_drafted.v1', '2026-12-02 20:05:56.028548+00', '{"title": "开展校园安全专项检查并报送结果", "deadline": "2026-12-24", "resolution_id": "r2", "co_departments": ["office.supervision"], "lead_department": "education"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (36, 'f3b436a0-6fb3-4904-b07c-b04589d4292b', 'mtg-e97e97571796', 32, 'shuniu.meetings.meeting.minutes_issued.v1', '2026-12-02 20:05:56.057963+00', '{"chair": "luo", "absent": [], "attended": [{"note": "", "person": "luo", "department": "gov"}, {"note": "", "person": "fang", "department": "gov"}, {"note": "", "person": "chen", "department": "finance"}, {"note": "迟到 18 分钟", "person": "zhao", "department": "education"}], "on_leave": [{"note": "赴市信访局参加联席会议", "person": "wang", "department": "petitions"}], "recorder": "li", "issued_by": "shen", "observers": [{"note": "", "person": "sun", "department": "union"}, {"note": "", "person": "feng", "department": "office"}]}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (37, 'a6d255b5-b018-4cc9-9c5e-969765335e71', 'mtg-48d3396c6440', 1, 'shuniu.meetings.meeting.scheduled.v1', '2026-12-02 20:05:56.07652+00', '{"kind": "办公会", "chair": "feng", "title": "县政府办公室周例会", "ends_at": "2026-11-30T02:30:00Z", "organiser": "shen", "series_id": "series-3c1f6dd18dd0", "starts_at": "2026-11-30T01:00:00Z", "classification": "none", "chair_department": "office", "organiser_department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (38, '0aaade72-d328-453a-a56d-74260eaf80dc', 'mtg-48d3396c6440', 2, 'shuniu.meetings.meeting.room_booked.v1', '2026-12-02 20:05:56.077575+00', '{"ends_at": "2026-11-30T02:30:00Z", "room_id": "room-first", "room_name": "第一会议室", "starts_at": "2026-11-30T01:00:00Z", "room_capacity": 30}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (39, 'd5a2feac-9d20-42b7-8d98-2acaf36e1891', 'mtg-4f169a4eb6a9', 1, 'shuniu.meetings.meeting.scheduled.v1', '2026-12-02 20:05:56.088128+00', '{"kind": "办公会", "chair": "feng", "title": "县政府办公室周例会", "ends_at": "2026-12-07T02:30:00Z", "organiser": "shen", "series_id": "series-3c1f6dd18dd0", "starts_at": "2026-12-07T01:00:00Z", "classification": "none", "chair_department": "office", "organiser_department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (40, '7671471a-8572-48e8-a632-604d1e60b2d6', 'mtg-4f169a4eb6a9', 2, 'shuniu.meetings.meeting.room_booked.v1', '2026-12-02 20:05:56.090132+00', '{"ends_at": "2026-12-07T02:30:00Z", "room_id": "room-first", "room_name": "第一会议室", "starts_at": "2026-12-07T01:00:00Z", "room_capacity": 30}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (41, 'ab6cae90-92aa-4bf2-acbc-04d75089c93d', 'mtg-11aa2aaff5db', 1, 'shuniu.meetings.meeting.scheduled.v1', '2026-12-02 20:05:56.099276+00', '{"kind": "办公会", "chair": "feng", "title": "县政府办公室周例会", "ends_at": "2026-12-14T02:30:00Z", "organiser": "shen", "series_id": "series-3c1f6dd18dd0", "starts_at": "2026-12-14T01:00:00Z", "classification": "none", "chair_department": "office", "organiser_department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (42, 'd4607ed1-fa9f-4612-aded-abf51260b8b8', 'mtg-11aa2aaff5db', 2, 'shuniu.meetings.meeting.room_booked.v1', '2026-12-02 20:05:56.100118+00', '{"ends_at": "2026-12-14T02:30:00Z", "room_id": "room-first", "room_name": "第一会议室", "starts_at": "2026-12-14T01:00:00Z", "room_capacity": 30}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (43, 'b7311388-a0f3-49d6-bfb1-1461c9cfa72d', 'mtg-243f72a4b98a', 1, 'shuniu.meetings.meeting.scheduled.v1', '2026-12-02 20:05:56.111398+00', '{"kind": "办公会", "chair": "feng", "title": "县政府办公室周例会", "ends_at": "2026-12-21T02:30:00Z", "organiser": "shen", "series_id": "series-3c1f6dd18dd0", "starts_at": "2026-12-21T01:00:00Z", "classification": "none", "chair_department": "office", "organiser_department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (44, '5464b854-eb52-4857-b109-aecd57df687e', 'mtg-243f72a4b98a', 2, 'shuniu.meetings.meeting.room_booked.v1', '2026-12-02 20:05:56.113119+00', '{"ends_at": "2026-12-21T02:30:00Z", "room_id": "room-first", "room_name": "第一会议室", "starts_at": "2026-12-21T01:00:00Z", "room_capacity": 30}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (46, '950387ad-5a74-48e3-a575-1410f0a313d0', 'mtg-48d3396c6440', 4, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.132591+00', '{"person": "yang", "capacity": "出席", "department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (47, '7c914977-daed-4732-8c7d-a60180e5e167', 'mtg-48d3396c6440', 5, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.132591+00', '{"person": "shen", "capacity": "出席", "department": "office.secretariat"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (48, '5d213f86-9e3d-46c9-b9dc-fe4c7e33a634', 'mtg-48d3396c6440', 6, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.132591+00', '{"person": "zhou", "capacity": "出席", "department": "office.supervision"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (49, '20776a1c-24fe-434d-8998-96aa8448b66c', 'mtg-48d3396c6440', 7, 'shuniu.meetings.meeting.department_invited.v1', '2026-12-02 20:05:56.132591+00', '{"capacity": "出席", "department": "office.affairs"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (50, '9818c909-a71f-4b78-92a9-29f6d193efe5', 'mtg-48d3396c6440', 8, 'shuniu.meetings.meeting.notice_issued.v1', '2026-12-02 20:05:56.147389+00', '{"ends_at": "2026-11-30T02:30:00Z", "room_id": "room-first", "issued_by": "shen", "starts_at": "2026-11-30T01:00:00Z", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (52, '2a51a6c9-88d4-4b07-a479-d19870658627', 'mtg-48d3396c6440', 10, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.171122+00', '{"person": "shen", "capacity": "出席", "response": "attend", "department": "office.secretariat"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (53, '29bc291d-bc80-4ef6-94a0-33a862c7a203', 'mtg-48d3396c6440', 11, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.185407+00', '{"person": "zhou", "capacity": "出席", "response": "attend", "department": "office.supervision"}', '{"actor": "zhou"}');
INSERT INTO public.events VALUES (55, '1bc86765-798f-4874-997f-e179c4d327cc', 'mtg-48d3396c6440', 13, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:56.216542+00', '{"at": "2026-11-30T00:55:00Z", "person": "yang", "capacity": "出席", "department": "office", "substitute_for": null}', '{"actor": "yang"}');
INSERT INTO public.events VALUES (57, 'cbca1ef8-2aec-40bd-a20b-6ecfa686525f', 'mtg-48d3396c6440', 15, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:56.245089+00', '{"at": "2026-11-30T01:18:00Z", "person": "zhou", "capacity": "出席", "department": "office.supervision", "substitute_for": null}', '{"actor": "zhou"}');
INSERT INTO public.events VALUES (58, '33fe5bd0-a86f-4f8f-8a6f-202957921793', 'mtg-48d3396c6440', 16, 'shuniu.meetings.meeting.marked_late.v1', '2026-12-02 20:05:56.245089+00', '{"person": "zhou", "minutes_late": 18}', '{"actor": "zhou"}');
INSERT INTO public.events VALUES (30, 'c39ca1a1-b7d2-41f9-ac6b-893b1c7ddeb4', 'mtg-e97e97571796', 26, 'shuniu.meetings.meeting.minutes_drafted.v1', '2026-12-02 20:05:56.00379+00', '{"summary": "县政府第11次常务会议研究了议程所列事项。", "recorder": "li", "classification": "none"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (33, '44cb5daf-2db9-4ab3-8d98-575484da7293', 'mtg-e97e97571796', 29, 'shuniu.meetings.meeting.minutes_approved.v1', '2026-12-02 20:05:56.040264+00', '{"approved_by": "luo"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (34, '507b5a0a-00c2-44f9-904d-d18057c3f1dc', 'mtg-e97e97571796', 30, 'shuniu.meetings.meeting.resolution_adopted.v1', '2026-12-02 20:05:56.040264+00', '{"title": "落实农业生产资金，按期拨付到位", "deadline": "2026-12-14", "adopted_on": "2026-11-24", "decided_by": "luo", "meeting_id": "mtg-e97e97571796", "meeting_kind": "常务会", "meeting_title": "县政府第11次常务会议", "resolution_id": "r1", "classification": "none", "co_departments": ["agriculture"], "lead_department": "finance"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (35, '64eda32d-4e4e-4210-b2b5-84694a0c1974', 'mtg-e97e97571796', 31, 'shuniu.meetings.meeting.resolution_adopted.v1', '2026-12-02 20:05:56.040264+00', '{"title": "开展校园安全专项检查并报送结果", "deadline": "2026-12-24", "adopted_on": "2026-11-24", "decided_by": "luo", "meeting_id": "mtg-e97e97571796", "meeting_kind": "常务会", "meeting_title": "县政府第11次常务会议", "resolution_id": "r2", "classification": "none", "co_departments": ["office.supervision"], "lead_department": "education"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (45, '7e1d617d-a9ea-4cd9-8fa3-567fd0b88811', 'mtg-48d3396c6440', 3, 'shuniu.meetings.meeting.agenda_item_added.v1', '2026-12-02 20:05:56.12522+00', '{"title": "本周重点工作安排", "item_id": "item-1", "materials": ["本周重点工作安排.docx"], "presenter": "yang", "presenter_department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (51, '0a55ae38-9568-44b5-b076-bee84303c63b', 'mtg-48d3396c6440', 9, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.159316+00', '{"person": "yang", "capacity": "出席", "response": "attend", "department": "office"}', '{"actor": "yang"}');
INSERT INTO public.events VALUES (54, '37e60f1e-9331-42c6-93eb-fa7716727713', 'mtg-48d3396c6440', 12, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:56.201418+00', '{"at": "2026-11-30T00:55:00Z", "person": "feng", "capacity": "出席", "department": "office", "substitute_for": null}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (56, '55e4b129-bdaa-4447-b214-d5ceb9135893', 'mtg-48d3396c6440', 14, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:56.230657+00', '{"at": "2026-11-30T00:55:00Z", "person": "shen", "capacity": "出席", "department": "office.secretariat", "substitute_for": null}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (59, '2b596f95-9cd9-407e-a2d0-50a16e4eadf7', 'mtg-48d3396c6440', 17, 'shuniu.meetings.meeting.held.v1', '2026-12-02 20:05:56.257977+00', '{"at": "2026-11-30T02:30:00Z", "recorded_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (60, '3805b8cf-c2ab-42a2-9b1f-f06d0eb1afc6', 'mtg-48d3396c6440', 18, 'shuniu.meetings.meeting.minutes_drafted.v1', '2026-12-02 20:05:56.273309+00', '{"summary": "县政府办公室周例会研究了议程所列事项。", "recorder": "li", "classification": "none"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (61, '99f0748e-fea7-492e-a42e-f70937b55713', 'mtg-48d3396c6440', 19, 'shuniu.meetings.meeting.minutes_approved.v1', '2026-12-02 20:05:56.287788+00', '{"approved_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (63, '7aa9d284-ba14-474b-a01c-2053e6c0d239', 'mtg-48d3396c6440', 20, 'shuniu.meetings.meeting.minutes_issued.v1', '2026-12-02 20:05:56.305335+00', '{"chair": "feng", "absent": [], "attended": [{"note": "", "person": "feng", "department": "office"}, {"note": "", "person": "yang", "department": "office"}, {"note": "", "person": "shen", "department": "office.secretariat"}, {"note": "迟到 18 分钟", "person": "zhou", "department": "office.supervision"}], "on_leave": [], "recorder": "li", "issued_by": "shen", "observers": []}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (84, '173e4555-d600-42b4-bc45-14295fe7ef1a', 'mtg-243f72a4b98a', 4, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.509713+00', '{"person": "yang", "capacity": "出席", "department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (85, 'afd0ac50-878c-46b4-9b1a-2162f949b933', 'mtg-243f72a4b98a', 5, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.509713+00', '{"person": "shen", "capacity": "出席", "department": "office.secretariat"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (86, 'e53a36dd-59ab-4779-b612-9e8cc76c6ce2', 'mtg-243f72a4b98a', 6, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.509713+00', '{"person": "zhou", "capacity": "出席", "department": "office.supervision"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (87, 'e6e6a0f6-0286-4805-b8db-808787733805', 'mtg-243f72a4b98a', 7, 'shuniu.meetings.meeting.department_invited.v1', '2026-12-02 20:05:56.509713+00', '{"capacity": "出席", "department": "office.affairs"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (89, 'dbfa3404-1cf7-4797-9b18-36e51be00124', 'mtg-243f72a4b98a', 9, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.543417+00', '{"person": "yang", "capacity": "出席", "response": "attend", "department": "office"}', '{"actor": "yang"}');
INSERT INTO public.events VALUES (91, '06569b1a-4fbd-4ac8-94e2-19bbb4f8ae90', 'mtg-243f72a4b98a', 11, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.565708+00', '{"person": "zhou", "capacity": "出席", "response": "attend", "department": "office.supervision"}', '{"actor": "zhou"}');
INSERT INTO public.events VALUES (94, '1557925e-b5f1-4d9f-80cf-90ed84863837', 'mtg-986a61bef7e2', 3, 'shuniu.meetings.meeting.agenda_item_added.v1', '2026-12-02 20:05:56.607654+00', '{"title": "关于县城老旧小区改造资金的汇报", "item_id": "item-1", "materials": ["关于县城老旧小区改造资金的汇报.docx"], "presenter": "chen", "presenter_department": "finance"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (99, '1be4ff44-9d52-4ea0-97d6-7757c8d6ffc4', 'mtg-986a61bef7e2', 8, 'shuniu.meetings.meeting.notice_issued.v1', '2026-12-02 20:05:56.641748+00', '{"ends_at": "2026-12-02T09:00:00Z", "room_id": "room-changwu", "issued_by": "shen", "starts_at": "2026-12-02T07:00:00Z", "notified_people": ["chen", "fang", "luo", "zhao"], "notified_departments": ["agriculture"]}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (128, '5f2e8c24-78a5-4e33-ae76-497bb1aaab47', 'mtg-986a61bef7e2', 22, 'shuniu.meetings.meeting.resolution_supervised.v1', '2026-12-02 20:05:56.923409+00', '{"task_id": "resolution:mtg-986a61bef7e2:r1", "resolution_id": "r1"}', '{"actor": "luo", "traceparent": "00-7ba9560c747b86b9d0d6b8ae5e9c0b58-c6ffbf9c44beae38-01", "causation_id": "a5469b24-999e-46e6-8dc1-eef06b95aa84", "correlation_id": "86e8e533-4fa0-49c2-8ba4-c7b58c28f0fc"}');
INSERT INTO public.events VALUES (62, '8b1560b2-b3cc-4526-ab86-5ee92da5110c', 'mtg-e97e97571796', 33, 'shuniu.meetings.meeting.resolution_supervised.v1', '2026-12-02 20:05:56.293095+00', '{"task_id": "resolution:mtg-e97e97571796:r1", "resolution_id": "r1"}', '{"actor": "luo", "traceparent": "00-fe19aaa47e2e6d317975d3a905858491-46d6566fa3746886-01", "causation_id": "43d2c4a4-424d-483b-801f-a87e1abf7cf1", "correlation_id": "507b5a0a-00c2-44f9-904d-d18057c3f1dc"}');
INSERT INTO public.events VALUES (64, '5a97a211-562e-44c0-9cf2-6ddec1b2f5e8', 'mtg-e97e97571796', 34, 'shuniu.meetings.meeting.resolution_supervised.v1', '2026-12-02 20:05:56.30642+00', '{"task_id": "resolution:mtg-e97e97571796:r2", "resolution_id": "r2"}', '{"actor": "luo", "traceparent": "00-faa14fed4159693f409c22d316699665-4a4c538d1e9f790a-01", "causation_id": "f3feb8f4-5842-4d93-b6bb-a02c17e106a3", "correlation_id": "64eda32d-4e4e-4210-b2b5-84694a0c1974"}');
INSERT INTO public.events VALUES (65, '22e3417a-1185-4f82-9f8a-db2bb322bbc6', 'mtg-4f169a4eb6a9', 3, 'shuniu.meetings.meeting.agenda_item_added.v1', '2026-12-02 20:05:56.321058+00', '{"title": "本周重点工作安排", "item_id": "item-1", "materials": ["本周重点工作安排.docx"], "presenter": "yang", "presenter_department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (66, '7667f2f4-d612-4ca4-a133-3284d023da17', 'mtg-4f169a4eb6a9', 4, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.341395+00', '{"person": "yang", "capacity": "出席", "department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (67, 'c64ee32d-d9e8-4f16-bf16-031548bd205c', 'mtg-4f169a4eb6a9', 5, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.341395+00', '{"person": "shen", "capacity": "出席", "department": "office.secretariat"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (68, 'dcd54c9d-321a-4db6-97b7-591c01483cb0', 'mtg-4f169a4eb6a9', 6, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.341395+00', '{"person": "zhou", "capacity": "出席", "department": "office.supervision"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (69, '584f547a-9bae-44ba-b1fa-3b206e33392e', 'mtg-4f169a4eb6a9', 7, 'shuniu.meetings.meeting.department_invited.v1', '2026-12-02 20:05:56.341395+00', '{"capacity": "出席", "department": "office.affairs"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (70, 'd036ce76-03c9-47b2-b12e-45cd293debcd', 'mtg-4f169a4eb6a9', 8, 'shuniu.meetings.meeting.notice_issued.v1', '2026-12-02 20:05:56.354402+00', '{"ends_at": "2026-12-07T02:30:00Z", "room_id": "room-first", "issued_by": "shen", "starts_at": "2026-12-07T01:00:00Z", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (71, '5432e23d-b66a-4ffd-bd52-122e5df2da80', 'mtg-4f169a4eb6a9', 9, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.366609+00', '{"person": "yang", "capacity": "出席", "response": "attend", "department": "office"}', '{"actor": "yang"}');
INSERT INTO public.events VALUES (72, '6fb7e62c-f1e2-48e3-8647-d937e640d71a', 'mtg-4f169a4eb6a9', 10, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.382652+00', '{"person": "shen", "capacity": "出席", "response": "attend", "department": "office.secretariat"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (73, '7bd9b10c-8fe3-43cb-972b-05fa04841d68', 'mtg-4f169a4eb6a9', 11, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.395173+00', '{"person": "zhou", "capacity": "出席", "response": "attend", "department": "office.supervision"}', '{"actor": "zhou"}');
INSERT INTO public.events VALUES (74, '1c8e3251-0ef9-46ff-a8bb-b2e776459937', 'mtg-11aa2aaff5db', 3, 'shuniu.meetings.meeting.agenda_item_added.v1', '2026-12-02 20:05:56.405612+00', '{"title": "本周重点工作安排", "item_id": "item-1", "materials": ["本周重点工作安排.docx"], "presenter": "yang", "presenter_department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (75, '68c1c624-d55a-49d5-bd28-afe9f1683129', 'mtg-11aa2aaff5db', 4, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.417133+00', '{"person": "yang", "capacity": "出席", "department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (76, 'c6452dde-a4aa-4d55-a0c2-50c688163229', 'mtg-11aa2aaff5db', 5, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.417133+00', '{"person": "shen", "capacity": "出席", "department": "office.secretariat"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (77, 'd969a784-fbf1-4a54-b907-963492ec4489', 'mtg-11aa2aaff5db', 6, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.417133+00', '{"person": "zhou", "capacity": "出席", "department": "office.supervision"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (78, '184994f0-4dcd-4b82-81e9-385236eaa61b', 'mtg-11aa2aaff5db', 7, 'shuniu.meetings.meeting.department_invited.v1', '2026-12-02 20:05:56.417133+00', '{"capacity": "出席", "department": "office.affairs"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (79, 'e58f2952-2b82-4bce-8e88-e0e12e412b00', 'mtg-11aa2aaff5db', 8, 'shuniu.meetings.meeting.notice_issued.v1', '2026-12-02 20:05:56.443694+00', '{"ends_at": "2026-12-14T02:30:00Z", "room_id": "room-first", "issued_by": "shen", "starts_at": "2026-12-14T01:00:00Z", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (80, 'd8dc1bc8-2560-4972-9b6c-b62668fad509', 'mtg-11aa2aaff5db', 9, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.459443+00', '{"person": "yang", "capacity": "出席", "response": "attend", "department": "office"}', '{"actor": "yang"}');
INSERT INTO public.events VALUES (81, 'dafd21ef-d1d1-4be5-8170-314a92bae5ee', 'mtg-11aa2aaff5db', 10, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.472822+00', '{"person": "shen", "capacity": "出席", "response": "attend", "department": "office.secretariat"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (82, '90c3e540-af31-4985-8205-b30ebc5dcabe', 'mtg-11aa2aaff5db', 11, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.485779+00', '{"person": "zhou", "capacity": "出席", "response": "attend", "department": "office.supervision"}', '{"actor": "zhou"}');
INSERT INTO public.events VALUES (83, '3d319586-082e-4574-9b6a-4ad108fcc52f', 'mtg-243f72a4b98a', 3, 'shuniu.meetings.meeting.agenda_item_added.v1', '2026-12-02 20:05:56.50167+00', '{"title": "本周重点工作安排", "item_id": "item-1", "materials": ["本周重点工作安排.docx"], "presenter": "yang", "presenter_department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (88, '57046086-ef51-47d7-aeb0-7ba82feb140a', 'mtg-243f72a4b98a', 8, 'shuniu.meetings.meeting.notice_issued.v1', '2026-12-02 20:05:56.52917+00', '{"ends_at": "2026-12-21T02:30:00Z", "room_id": "room-first", "issued_by": "shen", "starts_at": "2026-12-21T01:00:00Z", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (90, '1ee91186-198a-4ee4-b9d1-77589e044e14', 'mtg-243f72a4b98a', 10, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.557053+00', '{"person": "shen", "capacity": "出席", "response": "attend", "department": "office.secretariat"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (92, 'bc56eab0-41c4-48a6-b590-eab8a7e4587f', 'mtg-986a61bef7e2', 1, 'shuniu.meetings.meeting.scheduled.v1', '2026-12-02 20:05:56.586064+00', '{"kind": "常务会", "chair": "luo", "title": "县政府第12次常务会议", "ends_at": "2026-12-02T09:00:00Z", "organiser": "shen", "series_id": null, "starts_at": "2026-12-02T07:00:00Z", "classification": "none", "chair_department": "gov", "organiser_department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (93, 'eafb2fa0-1cb3-474c-bf94-804e178b4d8b', 'mtg-986a61bef7e2', 2, 'shuniu.meetings.meeting.room_booked.v1', '2026-12-02 20:05:56.588001+00', '{"ends_at": "2026-12-02T09:00:00Z", "room_id": "room-changwu", "room_name": "常务会议室", "starts_at": "2026-12-02T07:00:00Z", "room_capacity": 40}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (95, 'f51f4a97-4aad-45c6-bd3e-e1aadc793fb1', 'mtg-986a61bef7e2', 4, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.619962+00', '{"person": "fang", "capacity": "出席", "department": "gov"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (96, '1d00f760-ae75-4b04-838f-12fb65999e5b', 'mtg-986a61bef7e2', 5, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.619962+00', '{"person": "chen", "capacity": "出席", "department": "finance"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (97, '8dc28249-0929-4d14-aa09-eb15dcffdc9e', 'mtg-986a61bef7e2', 6, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.619962+00', '{"person": "zhao", "capacity": "出席", "department": "education"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (98, 'bdde6089-3e9f-4191-86e3-71868a3d38eb', 'mtg-986a61bef7e2', 7, 'shuniu.meetings.meeting.department_invited.v1', '2026-12-02 20:05:56.619962+00', '{"capacity": "列席", "department": "agriculture"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (100, '9ac83a56-bfaf-420f-bde5-e6b1d4bd86a0', 'mtg-986a61bef7e2', 9, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.656438+00', '{"person": "fang", "capacity": "出席", "response": "attend", "department": "gov"}', '{"actor": "fang"}');
INSERT INTO public.events VALUES (102, '4e0b1a15-828b-465d-93bc-381209b1e97a', 'mtg-986a61bef7e2', 11, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.679796+00', '{"person": "zhao", "capacity": "出席", "response": "attend", "department": "education"}', '{"actor": "zhao"}');
INSERT INTO public.events VALUES (104, '0b7985d0-d41a-46cb-9552-6176b9eb3cbc', 'mtg-986a61bef7e2', 13, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:56.705444+00', '{"at": "2026-12-02T06:55:00Z", "person": "fang", "capacity": "出席", "department": "gov", "substitute_for": null}', '{"actor": "fang"}');
INSERT INTO public.events VALUES (106, 'a1c64dc5-1a13-4dec-92f6-24dfcab4de22', 'mtg-986a61bef7e2', 15, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:56.732444+00', '{"at": "2026-12-02T06:55:00Z", "person": "zhao", "capacity": "出席", "department": "education", "substitute_for": null}', '{"actor": "zhao"}');
INSERT INTO public.events VALUES (108, '34d68bb0-3fc0-4a02-bfab-632e68b9fdaf', 'mtg-986a61bef7e2', 17, 'shuniu.meetings.meeting.minutes_drafted.v1', '2026-12-02 20:05:56.758509+00', '{"summary": "县政府第12次常务会议研究了议程所列事项。", "recorder": "li", "classification": "none"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (110, '5307b8e4-a2c7-44c8-b4b9-036be57f250b', 'mtg-986a61bef7e2', 19, 'shuniu.meetings.meeting.minutes_approved.v1', '2026-12-02 20:05:56.776739+00', '{"approved_by": "luo"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (111, '86e8e533-4fa0-49c2-8ba4-c7b58c28f0fc', 'mtg-986a61bef7e2', 20, 'shuniu.meetings.meeting.resolution_adopted.v1', '2026-12-02 20:05:56.776739+00', '{"title": "编制老旧小区改造资金使用计划", "deadline": "2026-12-17", "adopted_on": "2026-12-02", "decided_by": "luo", "meeting_id": "mtg-986a61bef7e2", "meeting_kind": "常务会", "meeting_title": "县政府第12次常务会议", "resolution_id": "r1", "classification": "none", "co_departments": [], "lead_department": "finance"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (113, '697ed815-15d9-449a-8ffa-d0a146f728d3', 'mtg-dc13521575c8', 1, 'shuniu.meetings.meeting.scheduled.v1', '2026-12-02 20:05:56.806672+00', '{"kind": "专题会", "chair": "fang", "title": "农业生产专题会", "ends_at": "2026-12-03T08:00:00Z", "organiser": "shen", "series_id": null, "starts_at": "2026-12-03T06:30:00Z", "classification": "none", "chair_department": "gov", "organiser_department": "office"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (114, 'b035bcee-6012-4b6d-a760-39a5a0a36667', 'mtg-dc13521575c8', 2, 'shuniu.meetings.meeting.room_booked.v1', '2026-12-02 20:05:56.809536+00', '{"ends_at": "2026-12-03T08:00:00Z", "room_id": "room-second", "room_name": "第二会议室", "starts_at": "2026-12-03T06:30:00Z", "room_capacity": 20}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (116, 'd40ed0a8-c5f2-4f8d-a5ed-056993fb0b7a', 'mtg-dc13521575c8', 4, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.829982+00', '{"person": "zhang", "capacity": "出席", "department": "union"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (117, '3a3d029a-e90d-4f15-ad6c-132abbe5f199', 'mtg-dc13521575c8', 5, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.829982+00', '{"person": "sun", "capacity": "出席", "department": "union"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (118, '2eb091ff-9f0f-410b-84fa-3f06610ef785', 'mtg-dc13521575c8', 6, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.829982+00', '{"person": "chen", "capacity": "出席", "department": "finance"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (119, 'e5465cf0-7ba8-4a4e-826a-c5af7310ca3d', 'mtg-dc13521575c8', 7, 'shuniu.meetings.meeting.department_invited.v1', '2026-12-02 20:05:56.829982+00', '{"capacity": "出席", "department": "agriculture"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (121, 'e702d3bc-c91d-4310-a109-201bfb0583fc', 'mtg-dc13521575c8', 9, 'shuniu.meetings.meeting.leave_requested.v1', '2026-12-02 20:05:56.856119+00', '{"chair": "fang", "person": "zhang", "reason": "小孙子住院，需在医院陪护", "organiser": "shen", "starts_at": "2026-12-03T06:30:00Z", "department": "union", "substitute": null, "meeting_title": "农业生产专题会", "organiser_department": "office"}', '{"actor": "zhang"}');
INSERT INTO public.events VALUES (123, '7c898455-e250-4634-a0a9-227a34620c89', 'mtg-66388cfd0173', 1, 'shuniu.meetings.meeting.scheduled.v1', '2026-12-02 20:05:56.890104+00', '{"kind": "党组会", "chair": "luo", "title": "县政府党组会议", "ends_at": "2026-12-08T03:00:00Z", "organiser": "feng", "series_id": null, "starts_at": "2026-12-08T01:00:00Z", "classification": "机密", "chair_department": "gov", "organiser_department": "office"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (124, '87ec3321-4dfd-4f11-a0c0-0cb82d9262f5', 'mtg-66388cfd0173', 2, 'shuniu.meetings.meeting.room_booked.v1', '2026-12-02 20:05:56.891514+00', '{"ends_at": "2026-12-08T03:00:00Z", "room_id": "room-party", "room_name": "党组会议室", "starts_at": "2026-12-08T01:00:00Z", "room_capacity": 15}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (126, 'aee98128-a5b8-4f66-8bf7-dad30905912a', 'mtg-66388cfd0173', 4, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.919271+00', '{"person": "fang", "capacity": "出席", "department": "gov"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (127, 'ff50d0d4-9704-4a3f-89a8-4292c0810ebe', 'mtg-66388cfd0173', 5, 'shuniu.meetings.meeting.person_invited.v1', '2026-12-02 20:05:56.919271+00', '{"person": "feng", "capacity": "列席", "department": "office"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (130, '218ff617-99cb-4ebb-a5c9-2886fe423194', 'mtg-66388cfd0173', 7, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.946779+00', '{"person": "fang", "capacity": "出席", "response": "attend", "department": "gov"}', '{"actor": "fang"}');
INSERT INTO public.events VALUES (101, 'b8454a87-22ad-434d-bce9-92b3776ab8f1', 'mtg-986a61bef7e2', 10, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.66737+00', '{"person": "chen", "capacity": "出席", "response": "attend", "department": "finance"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (103, 'd6534251-b65a-4615-8af2-d5688ffe8b10', 'mtg-986a61bef7e2', 12, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:56.694763+00', '{"at": "2026-12-02T06:55:00Z", "person": "luo", "capacity": "出席", "department": "gov", "substitute_for": null}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (105, '4ceb7c3a-586f-4cf0-bb25-f7a5ac71d835', 'mtg-986a61bef7e2', 14, 'shuniu.meetings.meeting.signed_in.v1', '2026-12-02 20:05:56.721855+00', '{"at": "2026-12-02T06:55:00Z", "person": "chen", "capacity": "出席", "department": "finance", "substitute_for": null}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (107, '64140c45-c6c7-47ee-a167-dccc7261c67d', 'mtg-986a61bef7e2', 16, 'shuniu.meetings.meeting.held.v1', '2026-12-02 20:05:56.744065+00', '{"at": "2026-12-02T09:00:00Z", "recorded_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (109, 'f55ce127-4043-4101-8bee-50cefc511432', 'mtg-986a61bef7e2', 18, 'shuniu.meetings.meeting.resolution_drafted.v1', '2026-12-02 20:05:56.766437+00', '{"title": "编制老旧小区改造资金使用计划", "deadline": "2026-12-17", "resolution_id": "r1", "co_departments": [], "lead_department": "finance"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (112, 'abe01e47-f9bf-4a3a-b050-52c38d740140', 'mtg-986a61bef7e2', 21, 'shuniu.meetings.meeting.minutes_issued.v1', '2026-12-02 20:05:56.790808+00', '{"chair": "luo", "absent": [], "attended": [{"note": "", "person": "luo", "department": "gov"}, {"note": "", "person": "fang", "department": "gov"}, {"note": "", "person": "chen", "department": "finance"}, {"note": "", "person": "zhao", "department": "education"}], "on_leave": [], "recorder": "li", "issued_by": "shen", "observers": []}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (115, 'e48f646d-0554-4e84-9d0f-47a53be89683', 'mtg-dc13521575c8', 3, 'shuniu.meetings.meeting.agenda_item_added.v1', '2026-12-02 20:05:56.821253+00', '{"title": "农业生产准备情况", "item_id": "item-1", "materials": ["农业生产准备情况.docx"], "presenter": "chen", "presenter_department": "finance"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (120, '33cde07f-c7dc-4dd7-9f67-e70ad6e9acd1', 'mtg-dc13521575c8', 8, 'shuniu.meetings.meeting.notice_issued.v1', '2026-12-02 20:05:56.844929+00', '{"ends_at": "2026-12-03T08:00:00Z", "room_id": "room-second", "issued_by": "shen", "starts_at": "2026-12-03T06:30:00Z", "notified_people": ["chen", "fang", "sun", "zhang"], "notified_departments": ["agriculture"]}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (122, 'cef86adc-d923-4d1b-8b61-743578fdca0e', 'mtg-dc13521575c8', 10, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.872499+00', '{"person": "chen", "capacity": "出席", "response": "attend", "department": "finance"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (125, '4c01f147-8ea7-435b-8367-1da5a4427556', 'mtg-66388cfd0173', 3, 'shuniu.meetings.meeting.agenda_item_added.v1', '2026-12-02 20:05:56.904747+00', '{"title": "研究干部任免事项", "item_id": "item-1", "materials": ["研究干部任免事项.docx"], "presenter": "fang", "presenter_department": "gov"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (129, '9b893f64-65fa-4d26-8ce3-dea394ed4ead', 'mtg-66388cfd0173', 6, 'shuniu.meetings.meeting.notice_issued.v1', '2026-12-02 20:05:56.933439+00', '{"ends_at": "2026-12-08T03:00:00Z", "room_id": "room-party", "issued_by": "feng", "starts_at": "2026-12-08T01:00:00Z", "notified_people": ["fang", "feng", "luo"], "notified_departments": []}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (131, '48d5fad2-a913-491e-875e-7312f0300355', 'mtg-66388cfd0173', 8, 'shuniu.meetings.meeting.replied.v1', '2026-12-02 20:05:56.956732+00', '{"person": "feng", "capacity": "列席", "response": "attend", "department": "office"}', '{"actor": "feng"}');


--
-- Data for Name: idempotency_keys; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: meeting_access; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'person', 'sun');
INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'person', 'chen');
INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'person', 'shen');
INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'person', 'wang');
INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'person', 'feng');
INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'person', 'fang');
INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'person', 'zhao');
INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'person', 'luo');
INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'department', 'gov');
INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'department', 'education');
INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'department', 'union');
INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'department', 'office');
INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'department', 'finance');
INSERT INTO public.meeting_access VALUES ('mtg-e97e97571796', 'department', 'petitions');
INSERT INTO public.meeting_access VALUES ('mtg-4f169a4eb6a9', 'person', 'zhou');
INSERT INTO public.meeting_access VALUES ('mtg-4f169a4eb6a9', 'person', 'yang');
INSERT INTO public.meeting_access VALUES ('mtg-4f169a4eb6a9', 'person', 'shen');
INSERT INTO public.meeting_access VALUES ('mtg-4f169a4eb6a9', 'person', 'feng');
INSERT INTO public.meeting_access VALUES ('mtg-4f169a4eb6a9', 'department', 'office');
INSERT INTO public.meeting_access VALUES ('mtg-4f169a4eb6a9', 'department', 'office.supervision');
INSERT INTO public.meeting_access VALUES ('mtg-4f169a4eb6a9', 'department', 'office.secretariat');
INSERT INTO public.meeting_access VALUES ('mtg-4f169a4eb6a9', 'department', 'office.affairs');
INSERT INTO public.meeting_access VALUES ('mtg-4f169a4eb6a9', 'invited_department', 'office.affairs');
INSERT INTO public.meeting_access VALUES ('mtg-11aa2aaff5db', 'person', 'zhou');
INSERT INTO public.meeting_access VALUES ('mtg-11aa2aaff5db', 'person', 'yang');
INSERT INTO public.meeting_access VALUES ('mtg-11aa2aaff5db', 'person', 'shen');
INSERT INTO public.meeting_access VALUES ('mtg-11aa2aaff5db', 'person', 'feng');
INSERT INTO public.meeting_access VALUES ('mtg-11aa2aaff5db', 'department', 'office');
INSERT INTO public.meeting_access VALUES ('mtg-11aa2aaff5db', 'department', 'office.supervision');
INSERT INTO public.meeting_access VALUES ('mtg-11aa2aaff5db', 'department', 'office.secretariat');
INSERT INTO public.meeting_access VALUES ('mtg-11aa2aaff5db', 'department', 'office.affairs');
INSERT INTO public.meeting_access VALUES ('mtg-11aa2aaff5db', 'invited_department', 'office.affairs');
INSERT INTO public.meeting_access VALUES ('mtg-dc13521575c8', 'person', 'sun');
INSERT INTO public.meeting_access VALUES ('mtg-dc13521575c8', 'person', 'chen');
INSERT INTO public.meeting_access VALUES ('mtg-dc13521575c8', 'person', 'shen');
INSERT INTO public.meeting_access VALUES ('mtg-dc13521575c8', 'person', 'fang');
INSERT INTO public.meeting_access VALUES ('mtg-dc13521575c8', 'person', 'zhang');
INSERT INTO public.meeting_access VALUES ('mtg-dc13521575c8', 'department', 'gov');
INSERT INTO public.meeting_access VALUES ('mtg-dc13521575c8', 'department', 'agriculture');
INSERT INTO public.meeting_access VALUES ('mtg-dc13521575c8', 'department', 'union');
INSERT INTO public.meeting_access VALUES ('mtg-dc13521575c8', 'department', 'office');
INSERT INTO public.meeting_access VALUES ('mtg-dc13521575c8', 'department', 'finance');
INSERT INTO public.meeting_access VALUES ('mtg-dc13521575c8', 'invited_department', 'agriculture');
INSERT INTO public.meeting_access VALUES ('mtg-66388cfd0173', 'person', 'fang');
INSERT INTO public.meeting_access VALUES ('mtg-66388cfd0173', 'person', 'luo');
INSERT INTO public.meeting_access VALUES ('mtg-66388cfd0173', 'person', 'feng');
INSERT INTO public.meeting_access VALUES ('mtg-66388cfd0173', 'department', 'gov');
INSERT INTO public.meeting_access VALUES ('mtg-66388cfd0173', 'department', 'office');
INSERT INTO public.meeting_access VALUES ('mtg-48d3396c6440', 'person', 'zhou');
INSERT INTO public.meeting_access VALUES ('mtg-48d3396c6440', 'person', 'yang');
INSERT INTO public.meeting_access VALUES ('mtg-48d3396c6440', 'person', 'shen');
INSERT INTO public.meeting_access VALUES ('mtg-48d3396c6440', 'person', 'feng');
INSERT INTO public.meeting_access VALUES ('mtg-48d3396c6440', 'department', 'office');
INSERT INTO public.meeting_access VALUES ('mtg-48d3396c6440', 'department', 'office.supervision');
INSERT INTO public.meeting_access VALUES ('mtg-48d3396c6440', 'department', 'office.secretariat');
INSERT INTO public.meeting_access VALUES ('mtg-48d3396c6440', 'department', 'office.affairs');
INSERT INTO public.meeting_access VALUES ('mtg-48d3396c6440', 'invited_department', 'office.affairs');
INSERT INTO public.meeting_access VALUES ('mtg-243f72a4b98a', 'person', 'zhou');
INSERT INTO public.meeting_access VALUES ('mtg-243f72a4b98a', 'person', 'yang');
INSERT INTO public.meeting_access VALUES ('mtg-243f72a4b98a', 'person', 'shen');
INSERT INTO public.meeting_access VALUES ('mtg-243f72a4b98a', 'person', 'feng');
INSERT INTO public.meeting_access VALUES ('mtg-243f72a4b98a', 'department', 'office');
INSERT INTO public.meeting_access VALUES ('mtg-243f72a4b98a', 'department', 'office.supervision');
INSERT INTO public.meeting_access VALUES ('mtg-243f72a4b98a', 'department', 'office.secretariat');
INSERT INTO public.meeting_access VALUES ('mtg-243f72a4b98a', 'department', 'office.affairs');
INSERT INTO public.meeting_access VALUES ('mtg-243f72a4b98a', 'invited_department', 'office.affairs');
INSERT INTO public.meeting_access VALUES ('mtg-986a61bef7e2', 'person', 'chen');
INSERT INTO public.meeting_access VALUES ('mtg-986a61bef7e2', 'person', 'shen');
INSERT INTO public.meeting_access VALUES ('mtg-986a61bef7e2', 'person', 'fang');
INSERT INTO public.meeting_access VALUES ('mtg-986a61bef7e2', 'person', 'zhao');
INSERT INTO public.meeting_access VALUES ('mtg-986a61bef7e2', 'person', 'luo');
INSERT INTO public.meeting_access VALUES ('mtg-986a61bef7e2', 'department', 'gov');
INSERT INTO public.meeting_access VALUES ('mtg-986a61bef7e2', 'department', 'agriculture');
INSERT INTO public.meeting_access VALUES ('mtg-986a61bef7e2', 'department', 'education');
INSERT INTO public.meeting_access VALUES ('mtg-986a61bef7e2', 'department', 'office');
INSERT INTO public.meeting_access VALUES ('mtg-986a61bef7e2', 'department', 'finance');
INSERT INTO public.meeting_access VALUES ('mtg-986a61bef7e2', 'invited_department', 'agriculture');


--
-- Data for Name: meetings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meetings VALUES ('mtg-dc13521575c8', '农业生产专题会', '专题会', 'shen', 'office', 'fang', '2026-12-03 06:30:00+00', '2026-12-03 08:00:00+00', 'room-second', 'notified', 'none', NULL, NULL, 10, 122);
INSERT INTO public.meetings VALUES ('mtg-4f169a4eb6a9', '县政府办公室周例会', '办公会', 'shen', 'office', 'feng', '2026-12-07 01:00:00+00', '2026-12-07 02:30:00+00', 'room-first', 'notified', 'none', NULL, 'series-3c1f6dd18dd0', 11, 73);
INSERT INTO public.meetings VALUES ('mtg-986a61bef7e2', '县政府第12次常务会议', '常务会', 'shen', 'office', 'luo', '2026-12-02 07:00:00+00', '2026-12-02 09:00:00+00', 'room-changwu', 'held', 'none', 'issued', NULL, 22, 128);
INSERT INTO public.meetings VALUES ('mtg-11aa2aaff5db', '县政府办公室周例会', '办公会', 'shen', 'office', 'feng', '2026-12-14 01:00:00+00', '2026-12-14 02:30:00+00', 'room-first', 'notified', 'none', NULL, 'series-3c1f6dd18dd0', 11, 82);
INSERT INTO public.meetings VALUES ('mtg-66388cfd0173', '县政府党组会议', '党组会', 'feng', 'office', 'luo', '2026-12-08 01:00:00+00', '2026-12-08 03:00:00+00', 'room-party', 'notified', '机密', NULL, NULL, 8, 131);
INSERT INTO public.meetings VALUES ('mtg-243f72a4b98a', '县政府办公室周例会', '办公会', 'shen', 'office', 'feng', '2026-12-21 01:00:00+00', '2026-12-21 02:30:00+00', 'room-first', 'notified', 'none', NULL, 'series-3c1f6dd18dd0', 11, 91);
INSERT INTO public.meetings VALUES ('mtg-48d3396c6440', '县政府办公室周例会', '办公会', 'shen', 'office', 'feng', '2026-11-30 01:00:00+00', '2026-11-30 02:30:00+00', 'room-first', 'held', 'none', 'issued', 'series-3c1f6dd18dd0', 20, 63);
INSERT INTO public.meetings VALUES ('mtg-e97e97571796', '县政府第11次常务会议', '常务会', 'shen', 'office', 'luo', '2026-11-24 01:00:00+00', '2026-11-24 03:30:00+00', 'room-changwu', 'held', 'none', 'issued', NULL, 34, 64);


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: processed_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '02439ec2-6699-42a5-9b5b-6bf4a65e87a4', 'applied', '2026-12-02 20:05:55.149372+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '35ef7da6-b911-4255-a9a9-b01a4955002f', 'applied', '2026-12-02 20:05:55.275415+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '43d2c4a4-424d-483b-801f-a87e1abf7cf1', 'applied', '2026-12-02 20:05:56.280662+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', 'f3feb8f4-5842-4d93-b6bb-a02c17e106a3', 'applied', '2026-12-02 20:05:56.280662+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', 'a5469b24-999e-46e6-8dc1-eef06b95aa84', 'applied', '2026-12-02 20:05:56.915077+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', 'c55766a4-b85f-4454-812a-b0546bed6c78', 'applied', '2026-12-02 20:05:57.016521+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '0bf33bad-10c2-4086-a98c-0df51f8ac763', 'applied', '2026-12-02 20:05:57.093962+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', 'f189e27a-b589-40d5-968c-15f209893ee4', 'applied', '2026-12-02 20:05:57.130273+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '1ca9adeb-d41a-4028-8ac8-2495b2e627f2', 'applied', '2026-12-02 20:05:57.170862+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', 'd9e22d8b-1f7e-47c4-b467-acb29becfcbe', 'applied', '2026-12-02 20:05:57.215365+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '0d41d9a1-423d-48d0-8388-6311fa1d07e1', 'applied', '2026-12-02 20:05:57.254344+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '3e35b419-2b97-4116-b5a7-e9489b14b92c', 'applied', '2026-12-02 20:05:57.288764+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '3dc298cd-daf1-4304-893c-e15e6309f71a', 'applied', '2026-12-02 20:05:57.288764+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '54b9d01c-bd67-464a-b0a6-a3b83eaa0fcc', 'applied', '2026-12-02 20:05:57.288764+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '4592ca4c-1cbf-423f-aca1-86f1d6f5af08', 'applied', '2026-12-02 20:05:57.327285+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '223fa73d-a179-4d3a-b0a0-3c7c5475e770', 'applied', '2026-12-02 20:05:57.684702+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '166ee172-6c8f-4373-8627-4fd70fa10880', 'applied', '2026-12-02 20:05:57.820407+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '9ff4ffeb-d05f-46ee-81d5-92087cb66074', 'applied', '2026-12-02 20:05:57.992383+00');
INSERT INTO public.processed_events VALUES ('meetings.supervision-outcomes', '171b3b8e-a558-4d3c-b9d5-7a12dcfb3f48', 'applied', '2026-12-02 20:05:58.104689+00');


--
-- Data for Name: room_bookings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.room_bookings VALUES ('mtg-e97e97571796', 'room-changwu', '2026-11-24 01:00:00+00', '2026-11-24 03:30:00+00');
INSERT INTO public.room_bookings VALUES ('mtg-48d3396c6440', 'room-first', '2026-11-30 01:00:00+00', '2026-11-30 02:30:00+00');
INSERT INTO public.room_bookings VALUES ('mtg-4f169a4eb6a9', 'room-first', '2026-12-07 01:00:00+00', '2026-12-07 02:30:00+00');
INSERT INTO public.room_bookings VALUES ('mtg-11aa2aaff5db', 'room-first', '2026-12-14 01:00:00+00', '2026-12-14 02:30:00+00');
INSERT INTO public.room_bookings VALUES ('mtg-243f72a4b98a', 'room-first', '2026-12-21 01:00:00+00', '2026-12-21 02:30:00+00');
INSERT INTO public.room_bookings VALUES ('mtg-986a61bef7e2', 'room-changwu', '2026-12-02 07:00:00+00', '2026-12-02 09:00:00+00');
INSERT INTO public.room_bookings VALUES ('mtg-dc13521575c8', 'room-second', '2026-12-03 06:30:00+00', '2026-12-03 08:00:00+00');
INSERT INTO public.room_bookings VALUES ('mtg-66388cfd0173', 'room-party', '2026-12-08 01:00:00+00', '2026-12-08 03:00:00+00');


--
-- Data for Name: rooms; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.rooms VALUES ('room-changwu', '常务会议室', '县政府大楼', 40, '["视频会议", "投影仪", "录音"]');
INSERT INTO public.rooms VALUES ('room-first', '第一会议室', '县政府大楼', 30, '["投影仪"]');
INSERT INTO public.rooms VALUES ('room-second', '第二会议室', '县政府大楼', 20, '["投影仪"]');
INSERT INTO public.rooms VALUES ('room-party', '党组会议室', '县政府大楼', 15, '["录音"]');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations VALUES ('0001_event_store_outbox_inbox', '2026-12-02 20:05:54.117246+00');
INSERT INTO public.schema_migrations VALUES ('meetings_0001_rooms_meetings_todos', '2026-12-02 20:05:54.117246+00');
INSERT INTO public.schema_migrations VALUES ('meetings_0002_no_overlapping_bookings', '2026-12-02 20:05:54.117246+00');


--
-- Data for Name: todos; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.todos VALUES (2, 'fang', 'meeting_notice', 'mtg-e97e97571796', '县政府第11次常务会议', '2026-11-24 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:55.810544+00', 15, '2026-12-02 20:05:55.822302+00');
INSERT INTO public.todos VALUES (1, 'chen', 'meeting_notice', 'mtg-e97e97571796', '县政府第11次常务会议', '2026-11-24 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:55.810544+00', 15, '2026-12-02 20:05:55.835597+00');
INSERT INTO public.todos VALUES (7, 'zhao', 'meeting_notice', 'mtg-e97e97571796', '县政府第11次常务会议', '2026-11-24 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:55.810544+00', 15, '2026-12-02 20:05:55.84943+00');
INSERT INTO public.todos VALUES (6, 'wang', 'meeting_notice', 'mtg-e97e97571796', '县政府第11次常务会议', '2026-11-24 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:55.810544+00', 15, '2026-12-02 20:05:55.866304+00');
INSERT INTO public.todos VALUES (8, 'luo', 'leave_request', 'mtg-e97e97571796', '县政府第11次常务会议', '2026-11-24 01:00:00+00', 'wang', '赴市信访局参加联席会议', NULL, '2026-12-02 20:05:55.866304+00', 19, NULL);
INSERT INTO public.todos VALUES (9, 'shen', 'leave_request', 'mtg-e97e97571796', '县政府第11次常务会议', '2026-11-24 01:00:00+00', 'wang', '赴市信访局参加联席会议', NULL, '2026-12-02 20:05:55.866304+00', 19, NULL);
INSERT INTO public.todos VALUES (5, 'sun', 'meeting_notice', 'mtg-e97e97571796', '县政府第11次常务会议', '2026-11-24 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:55.810544+00', 15, '2026-12-02 20:05:55.885+00');
INSERT INTO public.todos VALUES (3, 'feng', 'meeting_notice', 'mtg-e97e97571796', '县政府第11次常务会议', '2026-11-24 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:55.810544+00', 15, '2026-12-02 20:05:55.896656+00');
INSERT INTO public.todos VALUES (4, 'luo', 'meeting_notice', 'mtg-e97e97571796', '县政府第11次常务会议', '2026-11-24 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:55.810544+00', 15, '2026-12-02 20:05:55.99517+00');
INSERT INTO public.todos VALUES (12, 'yang', 'meeting_notice', 'mtg-48d3396c6440', '县政府办公室周例会', '2026-11-30 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.152561+00', 50, '2026-12-02 20:05:56.164772+00');
INSERT INTO public.todos VALUES (11, 'shen', 'meeting_notice', 'mtg-48d3396c6440', '县政府办公室周例会', '2026-11-30 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.152561+00', 50, '2026-12-02 20:05:56.17702+00');
INSERT INTO public.todos VALUES (13, 'zhou', 'meeting_notice', 'mtg-48d3396c6440', '县政府办公室周例会', '2026-11-30 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.152561+00', 50, '2026-12-02 20:05:56.194338+00');
INSERT INTO public.todos VALUES (10, 'feng', 'meeting_notice', 'mtg-48d3396c6440', '县政府办公室周例会', '2026-11-30 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.152561+00', 50, '2026-12-02 20:05:56.265814+00');
INSERT INTO public.todos VALUES (14, 'wu', 'meeting_notice', 'mtg-48d3396c6440', '县政府办公室周例会', '2026-11-30 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.152561+00', 50, '2026-12-02 20:05:56.265814+00');
INSERT INTO public.todos VALUES (15, 'zheng', 'meeting_notice', 'mtg-48d3396c6440', '县政府办公室周例会', '2026-11-30 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.152561+00', 50, '2026-12-02 20:05:56.265814+00');
INSERT INTO public.todos VALUES (16, 'feng', 'meeting_notice', 'mtg-4f169a4eb6a9', '县政府办公室周例会', '2026-12-07 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.360745+00', 70, NULL);
INSERT INTO public.todos VALUES (20, 'wu', 'meeting_notice', 'mtg-4f169a4eb6a9', '县政府办公室周例会', '2026-12-07 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.360745+00', 70, NULL);
INSERT INTO public.todos VALUES (21, 'zheng', 'meeting_notice', 'mtg-4f169a4eb6a9', '县政府办公室周例会', '2026-12-07 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.360745+00', 70, NULL);
INSERT INTO public.todos VALUES (18, 'yang', 'meeting_notice', 'mtg-4f169a4eb6a9', '县政府办公室周例会', '2026-12-07 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.360745+00', 70, '2026-12-02 20:05:56.374061+00');
INSERT INTO public.todos VALUES (17, 'shen', 'meeting_notice', 'mtg-4f169a4eb6a9', '县政府办公室周例会', '2026-12-07 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.360745+00', 70, '2026-12-02 20:05:56.389696+00');
INSERT INTO public.todos VALUES (19, 'zhou', 'meeting_notice', 'mtg-4f169a4eb6a9', '县政府办公室周例会', '2026-12-07 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.360745+00', 70, '2026-12-02 20:05:56.399967+00');
INSERT INTO public.todos VALUES (22, 'feng', 'meeting_notice', 'mtg-11aa2aaff5db', '县政府办公室周例会', '2026-12-14 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.452691+00', 79, NULL);
INSERT INTO public.todos VALUES (26, 'wu', 'meeting_notice', 'mtg-11aa2aaff5db', '县政府办公室周例会', '2026-12-14 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.452691+00', 79, NULL);
INSERT INTO public.todos VALUES (27, 'zheng', 'meeting_notice', 'mtg-11aa2aaff5db', '县政府办公室周例会', '2026-12-14 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.452691+00', 79, NULL);
INSERT INTO public.todos VALUES (24, 'yang', 'meeting_notice', 'mtg-11aa2aaff5db', '县政府办公室周例会', '2026-12-14 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.452691+00', 79, '2026-12-02 20:05:56.466711+00');
INSERT INTO public.todos VALUES (23, 'shen', 'meeting_notice', 'mtg-11aa2aaff5db', '县政府办公室周例会', '2026-12-14 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.452691+00', 79, '2026-12-02 20:05:56.478181+00');
INSERT INTO public.todos VALUES (25, 'zhou', 'meeting_notice', 'mtg-11aa2aaff5db', '县政府办公室周例会', '2026-12-14 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.452691+00', 79, '2026-12-02 20:05:56.493695+00');
INSERT INTO public.todos VALUES (28, 'feng', 'meeting_notice', 'mtg-243f72a4b98a', '县政府办公室周例会', '2026-12-21 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.537257+00', 88, NULL);
INSERT INTO public.todos VALUES (32, 'wu', 'meeting_notice', 'mtg-243f72a4b98a', '县政府办公室周例会', '2026-12-21 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.537257+00', 88, NULL);
INSERT INTO public.todos VALUES (33, 'zheng', 'meeting_notice', 'mtg-243f72a4b98a', '县政府办公室周例会', '2026-12-21 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.537257+00', 88, NULL);
INSERT INTO public.todos VALUES (30, 'yang', 'meeting_notice', 'mtg-243f72a4b98a', '县政府办公室周例会', '2026-12-21 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.537257+00', 88, '2026-12-02 20:05:56.549762+00');
INSERT INTO public.todos VALUES (29, 'shen', 'meeting_notice', 'mtg-243f72a4b98a', '县政府办公室周例会', '2026-12-21 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.537257+00', 88, '2026-12-02 20:05:56.560828+00');
INSERT INTO public.todos VALUES (31, 'zhou', 'meeting_notice', 'mtg-243f72a4b98a', '县政府办公室周例会', '2026-12-21 01:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.537257+00', 88, '2026-12-02 20:05:56.572033+00');
INSERT INTO public.todos VALUES (35, 'fang', 'meeting_notice', 'mtg-986a61bef7e2', '县政府第12次常务会议', '2026-12-02 07:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.649352+00', 99, '2026-12-02 20:05:56.662274+00');
INSERT INTO public.todos VALUES (34, 'chen', 'meeting_notice', 'mtg-986a61bef7e2', '县政府第12次常务会议', '2026-12-02 07:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.649352+00', 99, '2026-12-02 20:05:56.672202+00');
INSERT INTO public.todos VALUES (37, 'zhao', 'meeting_notice', 'mtg-986a61bef7e2', '县政府第12次常务会议', '2026-12-02 07:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.649352+00', 99, '2026-12-02 20:05:56.687434+00');
INSERT INTO public.todos VALUES (36, 'luo', 'meeting_notice', 'mtg-986a61bef7e2', '县政府第12次常务会议', '2026-12-02 07:00:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.649352+00', 99, '2026-12-02 20:05:56.75105+00');
INSERT INTO public.todos VALUES (39, 'fang', 'meeting_notice', 'mtg-dc13521575c8', '农业生产专题会', '2026-12-03 06:30:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.849692+00', 120, NULL);
INSERT INTO public.todos VALUES (40, 'sun', 'meeting_notice', 'mtg-dc13521575c8', '农业生产专题会', '2026-12-03 06:30:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.849692+00', 120, NULL);
INSERT INTO public.todos VALUES (41, 'zhang', 'meeting_notice', 'mtg-dc13521575c8', '农业生产专题会', '2026-12-03 06:30:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.849692+00', 120, '2026-12-02 20:05:56.862647+00');
INSERT INTO public.todos VALUES (42, 'fang', 'leave_request', 'mtg-dc13521575c8', '农业生产专题会', '2026-12-03 06:30:00+00', 'zhang', '小孙子住院，需在医院陪护', NULL, '2026-12-02 20:05:56.862647+00', 121, NULL);
INSERT INTO public.todos VALUES (43, 'shen', 'leave_request', 'mtg-dc13521575c8', '农业生产专题会', '2026-12-03 06:30:00+00', 'zhang', '小孙子住院，需在医院陪护', NULL, '2026-12-02 20:05:56.862647+00', 121, NULL);
INSERT INTO public.todos VALUES (38, 'chen', 'meeting_notice', 'mtg-dc13521575c8', '农业生产专题会', '2026-12-03 06:30:00+00', 'shen', '', NULL, '2026-12-02 20:05:56.849692+00', 120, '2026-12-02 20:05:56.879296+00');
INSERT INTO public.todos VALUES (46, 'luo', 'meeting_notice', 'mtg-66388cfd0173', '县政府党组会议', '2026-12-08 01:00:00+00', 'feng', '', NULL, '2026-12-02 20:05:56.938619+00', 129, NULL);
INSERT INTO public.todos VALUES (44, 'fang', 'meeting_notice', 'mtg-66388cfd0173', '县政府党组会议', '2026-12-08 01:00:00+00', 'feng', '', NULL, '2026-12-02 20:05:56.938619+00', 129, '2026-12-02 20:05:56.951598+00');
INSERT INTO public.todos VALUES (45, 'feng', 'meeting_notice', 'mtg-66388cfd0173', '县政府党组会议', '2026-12-08 01:00:00+00', 'feng', '', NULL, '2026-12-02 20:05:56.938619+00', 129, '2026-12-02 20:05:56.961054+00');


--
-- Name: events_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_position_seq', 131, true);


--
-- Name: todos_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.todos_id_seq', 46, true);


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
-- Name: meeting_access meeting_access_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meeting_access
    ADD CONSTRAINT meeting_access_pkey PRIMARY KEY (meeting_id, kind, key);


--
-- Name: meetings meetings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meetings
    ADD CONSTRAINT meetings_pkey PRIMARY KEY (id);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY ("position");


--
-- Name: processed_events processed_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.processed_events
    ADD CONSTRAINT processed_events_pkey PRIMARY KEY (consumer_group, event_id);


--
-- Name: room_bookings room_bookings_no_overlap; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_bookings
    ADD CONSTRAINT room_bookings_no_overlap EXCLUDE USING gist (room_id WITH =, tstzrange(starts_at, ends_at) WITH &&);


--
-- Name: room_bookings room_bookings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_bookings
    ADD CONSTRAINT room_bookings_pkey PRIMARY KEY (meeting_id);


--
-- Name: rooms rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rooms
    ADD CONSTRAINT rooms_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (id);


--
-- Name: todos todos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.todos
    ADD CONSTRAINT todos_pkey PRIMARY KEY (id);


--
-- Name: events uq_events_stream_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT uq_events_stream_version UNIQUE (stream_id, version);


--
-- Name: ix_deadlines_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_deadlines_due ON public.deadlines USING btree (fired_at, due_at);


--
-- Name: ix_meeting_access_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_meeting_access_key ON public.meeting_access USING btree (kind, key);


--
-- Name: ix_meetings_starts_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_meetings_starts_at ON public.meetings USING btree (starts_at, id);


--
-- Name: ix_room_bookings_room_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_room_bookings_room_time ON public.room_bookings USING btree (room_id, starts_at);


--
-- Name: ix_todos_person; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_todos_person ON public.todos USING btree (person);


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

\unrestrict wtXlmYs3pIVWqSc46LXZa7YIv94Jxrp04s5EbPH9ZYCCaZzws40R41oZM1acqNe

