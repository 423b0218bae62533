--
-- PostgreSQL database dump
--

\restrict JdA0oe8JwGNpAzx7NTqookByFfKaYVhJ8kUUlV9dA9kh7YzVFUUlQBRIF4oJkwT

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
-- Name: shuniu_events_to_outbox(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.shuniu_events_to_outbox() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
           BEGIN INSERT INTO outbox (position) VALUES (NEW.position); RETURN NULL; END $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: attendance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.attendance (
    stream_id character varying(200) NOT NULL,
    person character varying(100) NOT NULL,
    department character varying(100) NOT NULL,
    capacity character varying(20),
    reply character varying(20),
    signed_in character varying(5) NOT NULL,
    late character varying(5) NOT NULL,
    absent character varying(5) NOT NULL
);


--
-- Name: chronicle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.chronicle (
    event_id character varying(64) NOT NULL,
    day character varying(10) NOT NULL,
    "time" timestamp with time zone NOT NULL,
    service character varying(40) NOT NULL,
    stream_id character varying(200) NOT NULL,
    category character varying(40) NOT NULL,
    text character varying(2000) NOT NULL,
    departments jsonb NOT NULL,
    classification character varying(10) NOT NULL
);


--
-- Name: circulation_reads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.circulation_reads (
    stream_id character varying(200) NOT NULL,
    round integer NOT NULL,
    reader character varying(100) NOT NULL,
    started_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone
);


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
-- Name: document_counts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.document_counts (
    direction character varying(10) NOT NULL,
    stage character varying(40) NOT NULL,
    department character varying(100) NOT NULL,
    departments character varying(800) NOT NULL,
    classification character varying(10) NOT NULL,
    waiting integer NOT NULL
);


--
-- Name: document_steps; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.document_steps (
    stream_id character varying(200) NOT NULL,
    version integer NOT NULL,
    direction character varying(10) NOT NULL,
    stage character varying(40) NOT NULL,
    entered_at timestamp with time zone NOT NULL
);


--
-- Name: documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.documents (
    stream_id character varying(200) NOT NULL,
    direction character varying(10) NOT NULL,
    doc_type character varying(10),
    title character varying(500),
    stage character varying(40) NOT NULL,
    department character varying(100),
    urgency character varying(10),
    classification character varying(10) NOT NULL,
    started_at timestamp with time zone NOT NULL,
    deadline character varying(10),
    counted_under character varying(1000)
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
-- Name: meetings; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.meetings (
    stream_id character varying(200) NOT NULL,
    title character varying(500) NOT NULL,
    kind character varying(40) NOT NULL,
    organiser_department character varying(100) NOT NULL,
    chair character varying(100) NOT NULL,
    room_id character varying(200),
    room_name character varying(200),
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    status character varying(20) NOT NULL,
    classification character varying(10) NOT NULL
);


--
-- Name: objects; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.objects (
    service character varying(40) NOT NULL,
    stream_id character varying(200) NOT NULL,
    aggregate character varying(60) NOT NULL,
    version integer NOT NULL,
    title character varying(500),
    classification character varying(10) NOT NULL,
    departments jsonb NOT NULL,
    first_time timestamp with time zone NOT NULL,
    last_time timestamp with time zone NOT NULL,
    last_type character varying(200) NOT NULL
);


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.outbox (
    "position" bigint NOT NULL
);


--
-- Name: petitions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.petitions (
    stream_id character varying(200) NOT NULL,
    case_number character varying(100) NOT NULL,
    stage character varying(40) NOT NULL,
    department character varying(100),
    clock character varying(40),
    due_on character varying(10),
    received_on character varying(10) NOT NULL
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
-- Name: tasks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tasks (
    stream_id character varying(200) NOT NULL,
    title character varying(500) NOT NULL,
    source_kind character varying(40) NOT NULL,
    lead_department character varying(100) NOT NULL,
    deadline character varying(10) NOT NULL,
    status character varying(20) NOT NULL,
    opened_on character varying(10) NOT NULL,
    closed_on character varying(10),
    on_time character varying(5),
    escalations integer NOT NULL,
    classification character varying(10) NOT NULL
);


--
-- Name: timeline; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.timeline (
    event_id character varying(64) NOT NULL,
    service character varying(40) NOT NULL,
    aggregate character varying(60) NOT NULL,
    type character varying(200) NOT NULL,
    stream_id character varying(200) NOT NULL,
    version integer NOT NULL,
    "time" timestamp with time zone NOT NULL,
    actor character varying(100),
    correlation_id character varying(64),
    causation_id character varying(64),
    data jsonb NOT NULL
);


--
-- Name: trips; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.trips (
    stream_id character varying(200) NOT NULL,
    destination character varying(300) NOT NULL,
    rider character varying(100) NOT NULL,
    vehicle_id character varying(200),
    status character varying(20) NOT NULL,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL
);


--
-- Name: visits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.visits (
    stream_id character varying(200) NOT NULL,
    badge character varying(50),
    host_department character varying(100) NOT NULL,
    expected_at timestamp with time zone,
    arrived_at timestamp with time zone,
    left_at timestamp with time zone
);


--
-- Name: work_items; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.work_items (
    key character varying(400) NOT NULL,
    service character varying(40) NOT NULL,
    stream_id character varying(200) NOT NULL,
    kind character varying(40) NOT NULL,
    person character varying(100),
    department character varying(100),
    role character varying(40),
    title character varying(500) NOT NULL,
    detail character varying(1000),
    classification character varying(10) NOT NULL,
    due timestamp with time zone,
    opened_at timestamp with time zone NOT NULL,
    done_at timestamp with time zone
);


--
-- Name: events position; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ALTER COLUMN "position" SET DEFAULT nextval('public.events_position_seq'::regclass);


--
-- Data for Name: attendance; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.attendance VALUES ('mtg-e97e97571796', 'wang', 'petitions', '出席', 'leave', 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-e97e97571796', 'luo', 'gov', NULL, NULL, 'yes', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-e97e97571796', 'fang', 'gov', '出席', 'attend', 'yes', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-e97e97571796', 'chen', 'finance', '出席', 'attend', 'yes', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-e97e97571796', 'zhao', 'education', '出席', 'attend', 'yes', 'yes', 'no');
INSERT INTO public.attendance VALUES ('mtg-e97e97571796', 'sun', 'union', '列席', 'attend', 'yes', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-e97e97571796', 'feng', 'office', '列席', 'attend', 'yes', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-48d3396c6440', 'feng', 'office', NULL, NULL, 'yes', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-48d3396c6440', 'yang', 'office', '出席', 'attend', 'yes', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-48d3396c6440', 'shen', 'office.secretariat', '出席', 'attend', 'yes', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-48d3396c6440', 'zhou', 'office.supervision', '出席', 'attend', 'yes', 'yes', 'no');
INSERT INTO public.attendance VALUES ('mtg-4f169a4eb6a9', 'yang', 'office', '出席', 'attend', 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-4f169a4eb6a9', 'shen', 'office.secretariat', '出席', 'attend', 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-4f169a4eb6a9', 'zhou', 'office.supervision', '出席', 'attend', 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-11aa2aaff5db', 'yang', 'office', '出席', 'attend', 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-11aa2aaff5db', 'shen', 'office.secretariat', '出席', 'attend', 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-11aa2aaff5db', 'zhou', 'office.supervision', '出席', 'attend', 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-243f72a4b98a', 'yang', 'office', '出席', 'attend', 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-243f72a4b98a', 'shen', 'office.secretariat', '出席', 'attend', 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-243f72a4b98a', 'zhou', 'office.supervision', '出席', 'attend', 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-986a61bef7e2', 'luo', 'gov', NULL, NULL, 'yes', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-986a61bef7e2', 'fang', 'gov', '出席', 'attend', 'yes', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-986a61bef7e2', 'chen', 'finance', '出席', 'attend', 'yes', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-986a61bef7e2', 'zhao', 'education', '出席', 'attend', 'yes', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-dc13521575c8', 'sun', 'union', '出席', NULL, 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-dc13521575c8', 'zhang', 'union', '出席', 'leave', 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-dc13521575c8', 'chen', 'finance', '出席', 'attend', 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-66388cfd0173', 'fang', 'gov', '出席', 'attend', 'no', 'no', 'no');
INSERT INTO public.attendance VALUES ('mtg-66388cfd0173', 'feng', 'office', '列席', 'attend', 'no', 'no', 'no');


--
-- Data for Name: chronicle; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.chronicle VALUES ('37a53fea-6973-44e0-9cd0-d3068837d745', '2026-12-03', '2026-12-02 20:05:54.962349+00', 'documents', 'in-4408467f8ff94ff6', 'instructions', '{p:fang}对《关于切实做好春耕备耕工作的紧急通知》作出批示：请牵头抓好落实，按时报告办理结果。（{d:agriculture}主办）', '["agriculture", "finance"]', 'none');
INSERT INTO public.chronicle VALUES ('f1f4adc1-3d79-4efa-86a7-b4c6d93ae6f1', '2026-12-03', '2026-12-02 20:05:55.009428+00', 'documents', 'in-6d2a7bf999b04bdc', 'instructions', '{p:luo}对《关于下达2026年度财政专项资金的通知》作出批示：请牵头抓好落实，按时报告办理结果。（{d:finance}主办）', '["finance"]', 'none');
INSERT INTO public.chronicle VALUES ('11401d8d-bf8d-4471-ae40-61f476d60d1a', '2026-12-03', '2026-12-02 20:05:55.19047+00', 'documents', 'in-d8de1184fec24376', 'documents', '《关于2025年度工作目标考核结果的通报》归档，保管期限定期30年', '["gov", "union"]', 'none');
INSERT INTO public.chronicle VALUES ('888ddcf9-be52-4ccf-97b0-9f43e8335774', '2026-12-03', '2026-12-02 20:05:55.301346+00', 'documents', 'out-2a8e2e7ee2df4494', 'documents', '{p:luo}签发《关于印发县政府2026年工作要点的通知》', '["finance"]', 'none');
INSERT INTO public.chronicle VALUES ('cf8f948d-f5e9-4450-8033-ac28a636d53f', '2026-12-03', '2026-12-02 20:05:55.322441+00', 'documents', 'out-76d7b032bf394af6', 'documents', '{p:luo}签发《关于成立县乡村振兴工作领导小组的通知》', '["finance"]', 'none');
INSERT INTO public.chronicle VALUES ('c56b7716-22e5-4e03-a689-dfbe4ebdaa73', '2026-12-03', '2026-12-02 20:05:55.350337+00', 'documents', 'out-497e633b68d44fd9', 'documents', '{p:luo}签发《关于表彰2025年度先进集体的决定》', '["finance"]', 'none');
INSERT INTO public.chronicle VALUES ('f1cab351-cc7f-45e3-a0a6-25d17d0b8962', '2026-12-03', '2026-12-02 20:05:55.413041+00', 'documents', 'out-474a4c2fe1a44034', 'documents', '{p:luo}签发《关于做好2026年度保密工作的通知》', '["finance"]', '秘密');
INSERT INTO public.chronicle VALUES ('658ea6ee-f780-4fee-8eac-b5fb456f0e9c', '2026-12-03', '2026-12-02 20:05:55.460113+00', 'documents', 'out-02fdf4c816a743c5', 'documents', '{p:luo}签发《关于公布县政府部门权责清单的通知》', '["finance"]', 'none');
INSERT INTO public.chronicle VALUES ('3396132f-1ba4-4f1a-bcd4-98e11116edab', '2026-12-03', '2026-12-02 20:05:55.490415+00', 'documents', 'out-02fdf4c816a743c5', 'documents', '印发《关于公布县政府部门权责清单的通知》（县府办发〔2026〕3号）', '["finance"]', 'none');
INSERT INTO public.chronicle VALUES ('9103d922-040a-4493-940e-fc4114597f10', '2026-12-03', '2026-12-02 20:05:55.519336+00', 'documents', 'out-bb1a78c142b749e6', 'documents', '{p:luo}签发《关于暂停部分审批事项的通知》', '["finance"]', 'none');
INSERT INTO public.chronicle VALUES ('d1eadacf-7ebe-4dd8-9f7c-c025848f397a', '2026-12-03', '2026-12-02 20:05:55.559385+00', 'documents', 'out-bb1a78c142b749e6', 'documents', '印发《关于暂停部分审批事项的通知》（县府办发〔2026〕4号）', '["finance"]', 'none');
INSERT INTO public.chronicle VALUES ('f3f4ffed-6779-45e3-b086-e635b7e7f011', '2026-12-03', '2026-12-02 20:05:55.603709+00', 'documents', 'out-ffb231c832b3485c', 'documents', '{p:luo}签发《关于2025年度县政府工作报告的通报》', '["finance"]', 'none');
INSERT INTO public.chronicle VALUES ('6097109c-ec07-491e-b99d-bf01cc1a405c', '2026-12-03', '2026-12-02 20:05:55.637991+00', 'documents', 'out-ffb231c832b3485c', 'documents', '印发《关于2025年度县政府工作报告的通报》（县府办发〔2026〕5号）', '["finance"]', 'none');
INSERT INTO public.chronicle VALUES ('7209b5e7-da94-413d-aa70-8cf461786b9d', '2026-12-03', '2026-12-02 20:05:55.652793+00', 'documents', 'out-ffb231c832b3485c', 'documents', '《关于2025年度县政府工作报告的通报》归档，保管期限永久', '["finance"]', 'none');
INSERT INTO public.chronicle VALUES ('3a03329f-b77f-4c8c-b214-8bd8640dd8e3', '2026-12-03', '2026-12-02 20:05:55.987524+00', 'meetings', 'mtg-e97e97571796', 'meetings', '召开县政府第11次常务会议', '["education", "finance", "gov", "office", "petitions", "union"]', 'none');
INSERT INTO public.chronicle VALUES ('507b5a0a-00c2-44f9-904d-d18057c3f1dc', '2026-12-03', '2026-12-02 20:05:56.040264+00', 'meetings', 'mtg-e97e97571796', 'meetings', '县政府第11次常务会议议定：落实农业生产资金，按期拨付到位（{d:finance}牵头，2026-12-14前完成）', '["agriculture", "education", "finance", "gov", "office", "office.supervision", "petitions", "union"]', 'none');
INSERT INTO public.chronicle VALUES ('64eda32d-4e4e-4210-b2b5-84694a0c1974', '2026-12-03', '2026-12-02 20:05:56.040264+00', 'meetings', 'mtg-e97e97571796', 'meetings', '县政府第11次常务会议议定：开展校园安全专项检查并报送结果（{d:education}牵头，2026-12-24前完成）', '["agriculture", "education", "finance", "gov", "office", "office.supervision", "petitions", "union"]', 'none');
INSERT INTO public.chronicle VALUES ('2b596f95-9cd9-407e-a2d0-50a16e4eadf7', '2026-12-03', '2026-12-02 20:05:56.257977+00', 'meetings', 'mtg-48d3396c6440', 'meetings', '召开县政府办公室周例会', '["office", "office.affairs", "office.secretariat", "office.supervision"]', 'none');
INSERT INTO public.chronicle VALUES ('64140c45-c6c7-47ee-a167-dccc7261c67d', '2026-12-03', '2026-12-02 20:05:56.744065+00', 'meetings', 'mtg-986a61bef7e2', 'meetings', '召开县政府第12次常务会议', '["agriculture", "education", "finance", "gov", "office"]', 'none');
INSERT INTO public.chronicle VALUES ('86e8e533-4fa0-49c2-8ba4-c7b58c28f0fc', '2026-12-03', '2026-12-02 20:05:56.776739+00', 'meetings', 'mtg-986a61bef7e2', 'meetings', '县政府第12次常务会议议定：编制老旧小区改造资金使用计划（{d:finance}牵头，2026-12-17前完成）', '["agriculture", "education", "finance", "gov", "office"]', 'none');
INSERT INTO public.chronicle VALUES ('d9e22d8b-1f7e-47c4-b467-acb29becfcbe', '2026-12-03', '2026-12-02 20:05:57.134955+00', 'supervision', 'adhoc:b8a614cc7ee9', 'supervision', '督办事项“报送上半年预算执行情况”办结（{d:finance}，按期）', '["finance"]', 'none');
INSERT INTO public.chronicle VALUES ('3e35b419-2b97-4116-b5a7-e9489b14b92c', '2026-12-03', '2026-12-02 20:05:57.198981+00', 'supervision', 'adhoc:b56fdba26b01', 'supervision', '督办事项“办公楼消防设施维修”办结（{d:office.affairs}，逾期）', '["office.affairs"]', 'none');
INSERT INTO public.chronicle VALUES ('71c2787c-cf47-43bd-ac94-c231d8e55ec8', '2026-12-03', '2026-12-02 20:05:57.777925+00', 'reception', 'petition-demo-5', 'petitions', '信访件信访〔2026〕5号已书面答复', '["finance"]', 'none');
INSERT INTO public.chronicle VALUES ('81fbc7d4-2a3c-4a69-b8a7-1cedf96dc78d', '2026-12-03', '2026-12-02 20:05:57.917112+00', 'reception', 'petition-demo-6', 'petitions', '信访件信访〔2026〕6号已书面答复', '["agriculture"]', 'none');


--
-- Data for Name: circulation_reads; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.circulation_reads VALUES ('in-757ed49b34534af2', 1, 'fang', '2026-12-02 20:05:54.859054+00', NULL);
INSERT INTO public.circulation_reads VALUES ('in-757ed49b34534af2', 1, 'sun', '2026-12-02 20:05:54.859054+00', NULL);
INSERT INTO public.circulation_reads VALUES ('in-757ed49b34534af2', 1, 'luo', '2026-12-02 20:05:54.859054+00', '2026-12-02 20:05:54.872814+00');
INSERT INTO public.circulation_reads VALUES ('in-757ed49b34534af2', 1, 'chen', '2026-12-02 20:05:54.859054+00', '2026-12-02 20:05:54.880166+00');
INSERT INTO public.circulation_reads VALUES ('in-778345de512d4c7e', 1, 'fang', '2026-12-02 20:05:55.052845+00', '2026-12-02 20:05:55.063723+00');
INSERT INTO public.circulation_reads VALUES ('in-778345de512d4c7e', 1, 'sun', '2026-12-02 20:05:55.052845+00', '2026-12-02 20:05:55.074001+00');
INSERT INTO public.circulation_reads VALUES ('in-d8de1184fec24376', 1, 'fang', '2026-12-02 20:05:55.132792+00', '2026-12-02 20:05:55.143573+00');
INSERT INTO public.circulation_reads VALUES ('in-d8de1184fec24376', 1, 'sun', '2026-12-02 20:05:55.132792+00', '2026-12-02 20:05:55.157793+00');


--
-- Data for Name: deadlines; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: document_counts; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.document_counts VALUES ('outgoing', 'rechecked', 'finance', '["finance"]', '秘密', 0);
INSERT INTO public.document_counts VALUES ('outgoing', 'numbered', 'finance', '["finance"]', '秘密', 0);
INSERT INTO public.document_counts VALUES ('outgoing', 'printed', 'finance', '["finance"]', '秘密', 1);
INSERT INTO public.document_counts VALUES ('incoming', 'circulating', 'office', '["finance", "gov", "union"]', 'none', 1);
INSERT INTO public.document_counts VALUES ('incoming', 'handling', 'agriculture', '["agriculture", "finance"]', 'none', 1);
INSERT INTO public.document_counts VALUES ('outgoing', 'drafted', 'finance', '["finance"]', 'none', 1);
INSERT INTO public.document_counts VALUES ('outgoing', 'reviewed', 'finance', '["finance"]', 'none', 1);
INSERT INTO public.document_counts VALUES ('incoming', 'proposed', 'office', '[]', 'none', 1);
INSERT INTO public.document_counts VALUES ('incoming', 'handling', 'finance', '["finance"]', 'none', 0);
INSERT INTO public.document_counts VALUES ('incoming', 'replied', 'finance', '["finance"]', 'none', 1);
INSERT INTO public.document_counts VALUES ('outgoing', 'signed', 'finance', '["finance"]', 'none', 1);
INSERT INTO public.document_counts VALUES ('outgoing', 'rechecked', 'finance', '["finance"]', 'none', 1);
INSERT INTO public.document_counts VALUES ('outgoing', 'numbered', 'finance', '["finance"]', 'none', 1);
INSERT INTO public.document_counts VALUES ('outgoing', 'printed', 'finance', '["finance"]', 'none', 0);
INSERT INTO public.document_counts VALUES ('outgoing', 'dispatching', 'finance', '["finance"]', 'none', 0);
INSERT INTO public.document_counts VALUES ('incoming', 'signed_for', 'office', '[]', 'none', 1);
INSERT INTO public.document_counts VALUES ('incoming', 'registered', 'office', '[]', 'none', 1);
INSERT INTO public.document_counts VALUES ('incoming', 'accepted', 'office', '[]', 'none', 1);
INSERT INTO public.document_counts VALUES ('incoming', 'circulating', 'office', '["gov", "union"]', 'none', 0);
INSERT INTO public.document_counts VALUES ('outgoing', 'returned_for_revision', 'finance', '["finance"]', 'none', 1);
INSERT INTO public.document_counts VALUES ('outgoing', 'drafted', 'union', '["union"]', 'none', 0);
INSERT INTO public.document_counts VALUES ('outgoing', 'reviewed', 'union', '["union"]', 'none', 1);
INSERT INTO public.document_counts VALUES ('outgoing', 'drafted', 'finance', '["finance"]', '秘密', 0);
INSERT INTO public.document_counts VALUES ('outgoing', 'reviewed', 'finance', '["finance"]', '秘密', 0);
INSERT INTO public.document_counts VALUES ('outgoing', 'signed', 'finance', '["finance"]', '秘密', 0);


--
-- Data for Name: document_steps; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.document_steps VALUES ('in-aa855d82b3894487', 1, 'incoming', 'signed_for', '2026-12-02 20:05:54.698166+00');
INSERT INTO public.document_steps VALUES ('in-96157ca1613a4bf4', 1, 'incoming', 'signed_for', '2026-12-02 20:05:54.729319+00');
INSERT INTO public.document_steps VALUES ('in-96157ca1613a4bf4', 2, 'incoming', 'registered', '2026-12-02 20:05:54.746578+00');
INSERT INTO public.document_steps VALUES ('in-a542d66edfe9411a', 1, 'incoming', 'signed_for', '2026-12-02 20:05:54.756853+00');
INSERT INTO public.document_steps VALUES ('in-a542d66edfe9411a', 2, 'incoming', 'registered', '2026-12-02 20:05:54.782685+00');
INSERT INTO public.document_steps VALUES ('in-a542d66edfe9411a', 3, 'incoming', 'returned', '2026-12-02 20:05:54.793494+00');
INSERT INTO public.document_steps VALUES ('in-8ba4bd7653314858', 1, 'incoming', 'signed_for', '2026-12-02 20:05:54.798373+00');
INSERT INTO public.document_steps VALUES ('in-8ba4bd7653314858', 2, 'incoming', 'registered', '2026-12-02 20:05:54.810825+00');
INSERT INTO public.document_steps VALUES ('in-8ba4bd7653314858', 3, 'incoming', 'accepted', '2026-12-02 20:05:54.821939+00');
INSERT INTO public.document_steps VALUES ('in-757ed49b34534af2', 1, 'incoming', 'signed_for', '2026-12-02 20:05:54.826992+00');
INSERT INTO public.document_steps VALUES ('in-757ed49b34534af2', 2, 'incoming', 'registered', '2026-12-02 20:05:54.839906+00');
INSERT INTO public.document_steps VALUES ('in-757ed49b34534af2', 3, 'incoming', 'accepted', '2026-12-02 20:05:54.851181+00');
INSERT INTO public.document_steps VALUES ('in-757ed49b34534af2', 4, 'incoming', 'circulating', '2026-12-02 20:05:54.859054+00');
INSERT INTO public.document_steps VALUES ('in-b47d1a1db9f54ab1', 1, 'incoming', 'signed_for', '2026-12-02 20:05:54.884707+00');
INSERT INTO public.document_steps VALUES ('in-b47d1a1db9f54ab1', 2, 'incoming', 'registered', '2026-12-02 20:05:54.899526+00');
INSERT INTO public.document_steps VALUES ('in-b47d1a1db9f54ab1', 3, 'incoming', 'accepted', '2026-12-02 20:05:54.910686+00');
INSERT INTO public.document_steps VALUES ('in-b47d1a1db9f54ab1', 4, 'incoming', 'proposed', '2026-12-02 20:05:54.918106+00');
INSERT INTO public.document_steps VALUES ('in-4408467f8ff94ff6', 1, 'incoming', 'signed_for', '2026-12-02 20:05:54.923289+00');
INSERT INTO public.document_steps VALUES ('in-4408467f8ff94ff6', 2, 'incoming', 'registered', '2026-12-02 20:05:54.932583+00');
INSERT INTO public.document_steps VALUES ('in-4408467f8ff94ff6', 3, 'incoming', 'accepted', '2026-12-02 20:05:54.941875+00');
INSERT INTO public.document_steps VALUES ('in-4408467f8ff94ff6', 4, 'incoming', 'proposed', '2026-12-02 20:05:54.949587+00');
INSERT INTO public.document_steps VALUES ('in-4408467f8ff94ff6', 5, 'incoming', 'handling', '2026-12-02 20:05:54.962349+00');
INSERT INTO public.document_steps VALUES ('in-6d2a7bf999b04bdc', 1, 'incoming', 'signed_for', '2026-12-02 20:05:54.976964+00');
INSERT INTO public.document_steps VALUES ('in-6d2a7bf999b04bdc', 2, 'incoming', 'registered', '2026-12-02 20:05:54.985557+00');
INSERT INTO public.document_steps VALUES ('in-6d2a7bf999b04bdc', 3, 'incoming', 'accepted', '2026-12-02 20:05:54.992308+00');
INSERT INTO public.document_steps VALUES ('in-6d2a7bf999b04bdc', 4, 'incoming', 'proposed', '2026-12-02 20:05:54.99905+00');
INSERT INTO public.document_steps VALUES ('in-6d2a7bf999b04bdc', 5, 'incoming', 'handling', '2026-12-02 20:05:55.009428+00');
INSERT INTO public.document_steps VALUES ('in-6d2a7bf999b04bdc', 6, 'incoming', 'replied', '2026-12-02 20:05:55.027675+00');
INSERT INTO public.document_steps VALUES ('in-778345de512d4c7e', 1, 'incoming', 'signed_for', '2026-12-02 20:05:55.033163+00');
INSERT INTO public.document_steps VALUES ('in-778345de512d4c7e', 2, 'incoming', 'registered', '2026-12-02 20:05:55.041696+00');
INSERT INTO public.document_steps VALUES ('in-778345de512d4c7e', 3, 'incoming', 'accepted', '2026-12-02 20:05:55.048276+00');
INSERT INTO public.document_steps VALUES ('in-778345de512d4c7e', 4, 'incoming', 'circulating', '2026-12-02 20:05:55.052845+00');
INSERT INTO public.document_steps VALUES ('in-778345de512d4c7e', 7, 'incoming', 'closed', '2026-12-02 20:05:55.091009+00');
INSERT INTO public.document_steps VALUES ('in-d8de1184fec24376', 1, 'incoming', 'signed_for', '2026-12-02 20:05:55.100787+00');
INSERT INTO public.document_steps VALUES ('in-d8de1184fec24376', 2, 'incoming', 'registered', '2026-12-02 20:05:55.111968+00');
INSERT INTO public.document_steps VALUES ('in-d8de1184fec24376', 3, 'incoming', 'accepted', '2026-12-02 20:05:55.120903+00');
INSERT INTO public.document_steps VALUES ('in-d8de1184fec24376', 4, 'incoming', 'circulating', '2026-12-02 20:05:55.132792+00');
INSERT INTO public.document_steps VALUES ('in-d8de1184fec24376', 7, 'incoming', 'closed', '2026-12-02 20:05:55.172998+00');
INSERT INTO public.document_steps VALUES ('in-d8de1184fec24376', 8, 'incoming', 'archived', '2026-12-02 20:05:55.19047+00');
INSERT INTO public.document_steps VALUES ('out-c6d9333d31e547ec', 1, 'outgoing', 'drafted', '2026-12-02 20:05:55.195856+00');
INSERT INTO public.document_steps VALUES ('out-d7e9fe16e1ad4000', 1, 'outgoing', 'drafted', '2026-12-02 20:05:55.207738+00');
INSERT INTO public.document_steps VALUES ('out-d7e9fe16e1ad4000', 2, 'outgoing', 'returned_for_revision', '2026-12-02 20:05:55.225283+00');
INSERT INTO public.document_steps VALUES ('out-98c428648c4d4b7d', 1, 'outgoing', 'drafted', '2026-12-02 20:05:55.234373+00');
INSERT INTO public.document_steps VALUES ('out-98c428648c4d4b7d', 2, 'outgoing', 'reviewed', '2026-12-02 20:05:55.255928+00');
INSERT INTO public.document_steps VALUES ('out-07c35acee5f84f34', 1, 'outgoing', 'drafted', '2026-12-02 20:05:55.261275+00');
INSERT INTO public.document_steps VALUES ('out-07c35acee5f84f34', 2, 'outgoing', 'reviewed', '2026-12-02 20:05:55.26939+00');
INSERT INTO public.document_steps VALUES ('out-2a8e2e7ee2df4494', 1, 'outgoing', 'drafted', '2026-12-02 20:05:55.274814+00');
INSERT INTO public.document_steps VALUES ('out-2a8e2e7ee2df4494', 2, 'outgoing', 'reviewed', '2026-12-02 20:05:55.293119+00');
INSERT INTO public.document_steps VALUES ('out-2a8e2e7ee2df4494', 3, 'outgoing', 'signed', '2026-12-02 20:05:55.301346+00');
INSERT INTO public.document_steps VALUES ('out-76d7b032bf394af6', 1, 'outgoing', 'drafted', '2026-12-02 20:05:55.307029+00');
INSERT INTO public.document_steps VALUES ('out-76d7b032bf394af6', 2, 'outgoing', 'reviewed', '2026-12-02 20:05:55.316885+00');
INSERT INTO public.document_steps VALUES ('out-76d7b032bf394af6', 3, 'outgoing', 'signed', '2026-12-02 20:05:55.322441+00');
INSERT INTO public.document_steps VALUES ('out-76d7b032bf394af6', 4, 'outgoing', 'rechecked', '2026-12-02 20:05:55.329081+00');
INSERT INTO public.document_steps VALUES ('out-497e633b68d44fd9', 1, 'outgoing', 'drafted', '2026-12-02 20:05:55.332736+00');
INSERT INTO public.document_steps VALUES ('out-497e633b68d44fd9', 2, 'outgoing', 'reviewed', '2026-12-02 20:05:55.341219+00');
INSERT INTO public.document_steps VALUES ('out-497e633b68d44fd9', 3, 'outgoing', 'signed', '2026-12-02 20:05:55.350337+00');
INSERT INTO public.document_steps VALUES ('out-497e633b68d44fd9', 4, 'outgoing', 'rechecked', '2026-12-02 20:05:55.358794+00');
INSERT INTO public.document_steps VALUES ('out-497e633b68d44fd9', 5, 'outgoing', 'numbered', '2026-12-02 20:05:55.373178+00');
INSERT INTO public.document_steps VALUES ('out-497e633b68d44fd9', 7, 'outgoing', 'numbered', '2026-12-02 20:05:55.395857+00');
INSERT INTO public.document_steps VALUES ('out-474a4c2fe1a44034', 1, 'outgoing', 'drafted', '2026-12-02 20:05:55.400093+00');
INSERT INTO public.document_steps VALUES ('out-474a4c2fe1a44034', 2, 'outgoing', 'reviewed', '2026-12-02 20:05:55.407213+00');
INSERT INTO public.document_steps VALUES ('out-474a4c2fe1a44034', 3, 'outgoing', 'signed', '2026-12-02 20:05:55.413041+00');
INSERT INTO public.document_steps VALUES ('out-474a4c2fe1a44034', 4, 'outgoing', 'rechecked', '2026-12-02 20:05:55.420528+00');
INSERT INTO public.document_steps VALUES ('out-474a4c2fe1a44034', 5, 'outgoing', 'numbered', '2026-12-02 20:05:55.429546+00');
INSERT INTO public.document_steps VALUES ('out-474a4c2fe1a44034', 6, 'outgoing', 'printed', '2026-12-02 20:05:55.438911+00');
INSERT INTO public.document_steps VALUES ('out-02fdf4c816a743c5', 1, 'outgoing', 'drafted', '2026-12-02 20:05:55.443795+00');
INSERT INTO public.document_steps VALUES ('out-02fdf4c816a743c5', 2, 'outgoing', 'reviewed', '2026-12-02 20:05:55.453778+00');
INSERT INTO public.document_steps VALUES ('out-02fdf4c816a743c5', 3, 'outgoing', 'signed', '2026-12-02 20:05:55.460113+00');
INSERT INTO public.document_steps VALUES ('out-02fdf4c816a743c5', 4, 'outgoing', 'rechecked', '2026-12-02 20:05:55.465755+00');
INSERT INTO public.document_steps VALUES ('out-02fdf4c816a743c5', 5, 'outgoing', 'numbered', '2026-12-02 20:05:55.472565+00');
INSERT INTO public.document_steps VALUES ('out-02fdf4c816a743c5', 6, 'outgoing', 'printed', '2026-12-02 20:05:55.481595+00');
INSERT INTO public.document_steps VALUES ('out-02fdf4c816a743c5', 7, 'outgoing', 'dispatching', '2026-12-02 20:05:55.490415+00');
INSERT INTO public.document_steps VALUES ('out-02fdf4c816a743c5', 8, 'outgoing', 'dispatching', '2026-12-02 20:05:55.490415+00');
INSERT INTO public.document_steps VALUES ('out-02fdf4c816a743c5', 9, 'outgoing', 'dispatching', '2026-12-02 20:05:55.490415+00');
INSERT INTO public.document_steps VALUES ('out-02fdf4c816a743c5', 10, 'outgoing', 'issued', '2026-12-02 20:05:55.490415+00');
INSERT INTO public.document_steps VALUES ('out-bb1a78c142b749e6', 1, 'outgoing', 'drafted', '2026-12-02 20:05:55.501871+00');
INSERT INTO public.document_steps VALUES ('out-bb1a78c142b749e6', 2, 'outgoing', 'reviewed', '2026-12-02 20:05:55.511457+00');
INSERT INTO public.document_steps VALUES ('out-bb1a78c142b749e6', 3, 'outgoing', 'signed', '2026-12-02 20:05:55.519336+00');
INSERT INTO public.document_steps VALUES ('out-bb1a78c142b749e6', 4, 'outgoing', 'rechecked', '2026-12-02 20:05:55.528705+00');
INSERT INTO public.document_steps VALUES ('out-bb1a78c142b749e6', 5, 'outgoing', 'numbered', '2026-12-02 20:05:55.537955+00');
INSERT INTO public.document_steps VALUES ('out-bb1a78c142b749e6', 6, 'outgoing', 'printed', '2026-12-02 20:05:55.548073+00');
INSERT INTO public.document_steps VALUES ('out-bb1a78c142b749e6', 7, 'outgoing', 'dispatching', '2026-12-02 20:05:55.559385+00');
INSERT INTO public.document_steps VALUES ('out-bb1a78c142b749e6', 8, 'outgoing', 'dispatching', '2026-12-02 20:05:55.559385+00');
INSERT INTO public.document_steps VALUES ('out-bb1a78c142b749e6', 9, 'outgoing', 'dispatching', '2026-12-02 20:05:55.559385+00');
INSERT INTO public.document_steps VALUES ('out-bb1a78c142b749e6', 10, 'outgoing', 'issued', '2026-12-02 20:05:55.559385+00');
INSERT INTO public.document_steps VALUES ('out-bb1a78c142b749e6', 11, 'outgoing', 'revoked', '2026-12-02 20:05:55.574051+00');
INSERT INTO public.document_steps VALUES ('out-ffb231c832b3485c', 1, 'outgoing', 'drafted', '2026-12-02 20:05:55.57963+00');
INSERT INTO public.document_steps VALUES ('out-ffb231c832b3485c', 2, 'outgoing', 'reviewed', '2026-12-02 20:05:55.593724+00');
INSERT INTO public.document_steps VALUES ('out-ffb231c832b3485c', 3, 'outgoing', 'signed', '2026-12-02 20:05:55.603709+00');
INSERT INTO public.document_steps VALUES ('out-ffb231c832b3485c', 4, 'outgoing', 'rechecked', '2026-12-02 20:05:55.611852+00');
INSERT INTO public.document_steps VALUES ('out-ffb231c832b3485c', 5, 'outgoing', 'numbered', '2026-12-02 20:05:55.620031+00');
INSERT INTO public.document_steps VALUES ('out-ffb231c832b3485c', 6, 'outgoing', 'printed', '2026-12-02 20:05:55.629412+00');
INSERT INTO public.document_steps VALUES ('out-ffb231c832b3485c', 7, 'outgoing', 'dispatching', '2026-12-02 20:05:55.637991+00');
INSERT INTO public.document_steps VALUES ('out-ffb231c832b3485c', 8, 'outgoing', 'dispatching', '2026-12-02 20:05:55.637991+00');
INSERT INTO public.document_steps VALUES ('out-ffb231c832b3485c', 9, 'outgoing', 'dispatching', '2026-12-02 20:05:55.637991+00');
INSERT INTO public.document_steps VALUES ('out-ffb231c832b3485c', 10, 'outgoing', 'issued', '2026-12-02 20:05:55.637991+00');
INSERT INTO public.document_steps VALUES ('out-ffb231c832b3485c', 11, 'outgoing', 'archived', '2026-12-02 20:05:55.652793+00');


--
-- Data for Name: documents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.documents VALUES ('in-aa855d82b3894487', 'incoming', '通知', '关于开展2026年度安全生产大检查的通知', 'signed_for', 'office', '加急', 'none', '2026-12-02 20:05:54.698166+00', NULL, '["incoming", "signed_for", "office", [], "none"]');
INSERT INTO public.documents VALUES ('in-96157ca1613a4bf4', 'incoming', '函', '关于报送第一季度经济运行情况的函', 'registered', 'office', NULL, 'none', '2026-12-02 20:05:54.729319+00', NULL, '["incoming", "registered", "office", [], "none"]');
INSERT INTO public.documents VALUES ('in-4408467f8ff94ff6', 'incoming', '通知', '关于切实做好春耕备耕工作的紧急通知', 'handling', 'agriculture', '特急', 'none', '2026-12-02 20:05:54.923289+00', '2026-12-10', '["incoming", "handling", "agriculture", ["agriculture", "finance"], "none"]');
INSERT INTO public.documents VALUES ('in-a542d66edfe9411a', 'incoming', '请示', '关于某企业用地审批事项的请示', 'returned', 'office', NULL, 'none', '2026-12-02 20:05:54.756853+00', NULL, NULL);
INSERT INTO public.documents VALUES ('in-8ba4bd7653314858', 'incoming', '通知', '关于做好冬春季森林防火工作的通知', 'accepted', 'office', NULL, 'none', '2026-12-02 20:05:54.798373+00', NULL, '["incoming", "accepted", "office", [], "none"]');
INSERT INTO public.documents VALUES ('in-6d2a7bf999b04bdc', 'incoming', '通知', '关于下达2026年度财政专项资金的通知', 'replied', 'finance', NULL, 'none', '2026-12-02 20:05:54.976964+00', '2026-12-17', '["incoming", "replied", "finance", ["finance"], "none"]');
INSERT INTO public.documents VALUES ('in-757ed49b34534af2', 'incoming', '纪要', '市政府第12次常务会议纪要', 'circulating', 'office', NULL, 'none', '2026-12-02 20:05:54.826992+00', NULL, '["incoming", "circulating", "office", ["finance", "gov", "union"], "none"]');
INSERT INTO public.documents VALUES ('in-b47d1a1db9f54ab1', 'incoming', '通知', '关于开展中小学校舍安全排查的通知', 'proposed', 'office', NULL, 'none', '2026-12-02 20:05:54.884707+00', NULL, '["incoming", "proposed", "office", [], "none"]');
INSERT INTO public.documents VALUES ('in-778345de512d4c7e', 'incoming', '通知', '关于做好元旦春节期间值班工作的通知', 'closed', 'office', NULL, 'none', '2026-12-02 20:05:55.033163+00', NULL, NULL);
INSERT INTO public.documents VALUES ('in-d8de1184fec24376', 'incoming', '通报', '关于2025年度工作目标考核结果的通报', 'archived', 'office', NULL, 'none', '2026-12-02 20:05:55.100787+00', NULL, NULL);
INSERT INTO public.documents VALUES ('out-c6d9333d31e547ec', 'outgoing', '通知', '关于加强县级财政资金监管的通知', 'drafted', 'finance', NULL, 'none', '2026-12-02 20:05:55.195856+00', NULL, '["outgoing", "drafted", "finance", ["finance"], "none"]');
INSERT INTO public.documents VALUES ('out-d7e9fe16e1ad4000', 'outgoing', '通知', '关于调整机关食堂就餐补助的通知', 'returned_for_revision', 'finance', NULL, 'none', '2026-12-02 20:05:55.207738+00', NULL, '["outgoing", "returned_for_revision", "finance", ["finance"], "none"]');
INSERT INTO public.documents VALUES ('out-98c428648c4d4b7d', 'outgoing', '通知', '关于开展职工健康体检的联合通知', 'reviewed', 'union', NULL, 'none', '2026-12-02 20:05:55.234373+00', NULL, '["outgoing", "reviewed", "union", ["union"], "none"]');
INSERT INTO public.documents VALUES ('out-07c35acee5f84f34', 'outgoing', '请示', '关于申请2026年防汛补助资金的请示', 'reviewed', 'finance', NULL, 'none', '2026-12-02 20:05:55.261275+00', NULL, '["outgoing", "reviewed", "finance", ["finance"], "none"]');
INSERT INTO public.documents VALUES ('out-2a8e2e7ee2df4494', 'outgoing', '通知', '关于印发县政府2026年工作要点的通知', 'signed', 'finance', NULL, 'none', '2026-12-02 20:05:55.274814+00', NULL, '["outgoing", "signed", "finance", ["finance"], "none"]');
INSERT INTO public.documents VALUES ('out-76d7b032bf394af6', 'outgoing', '通知', '关于成立县乡村振兴工作领导小组的通知', 'rechecked', 'finance', NULL, 'none', '2026-12-02 20:05:55.307029+00', NULL, '["outgoing", "rechecked", "finance", ["finance"], "none"]');
INSERT INTO public.documents VALUES ('out-497e633b68d44fd9', 'outgoing', '决定', '关于表彰2025年度先进集体的决定', 'numbered', 'finance', NULL, 'none', '2026-12-02 20:05:55.332736+00', NULL, '["outgoing", "numbered", "finance", ["finance"], "none"]');
INSERT INTO public.documents VALUES ('out-474a4c2fe1a44034', 'outgoing', '通知', '关于做好2026年度保密工作的通知', 'printed', 'finance', NULL, '秘密', '2026-12-02 20:05:55.400093+00', NULL, '["outgoing", "printed", "finance", ["finance"], "秘密"]');
INSERT INTO public.documents VALUES ('out-02fdf4c816a743c5', 'outgoing', '通知', '关于公布县政府部门权责清单的通知', 'issued', 'finance', NULL, 'none', '2026-12-02 20:05:55.443795+00', NULL, NULL);
INSERT INTO public.documents VALUES ('out-bb1a78c142b749e6', 'outgoing', '通知', '关于暂停部分审批事项的通知', 'revoked', 'finance', NULL, 'none', '2026-12-02 20:05:55.501871+00', NULL, NULL);
INSERT INTO public.documents VALUES ('out-ffb231c832b3485c', 'outgoing', '通报', '关于2025年度县政府工作报告的通报', 'archived', 'finance', NULL, 'none', '2026-12-02 20:05:55.57963+00', NULL, NULL);


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: idempotency_keys; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: meetings; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.meetings VALUES ('mtg-e97e97571796', '县政府第11次常务会议', '常务会', 'office', 'luo', 'room-changwu', '常务会议室', '2026-11-24 01:00:00+00', '2026-11-24 03:30:00+00', 'held', 'none');
INSERT INTO public.meetings VALUES ('mtg-4f169a4eb6a9', '县政府办公室周例会', '办公会', 'office', 'feng', 'room-first', '第一会议室', '2026-12-07 01:00:00+00', '2026-12-07 02:30:00+00', 'scheduled', 'none');
INSERT INTO public.meetings VALUES ('mtg-11aa2aaff5db', '县政府办公室周例会', '办公会', 'office', 'feng', 'room-first', '第一会议室', '2026-12-14 01:00:00+00', '2026-12-14 02:30:00+00', 'scheduled', 'none');
INSERT INTO public.meetings VALUES ('mtg-243f72a4b98a', '县政府办公室周例会', '办公会', 'office', 'feng', 'room-first', '第一会议室', '2026-12-21 01:00:00+00', '2026-12-21 02:30:00+00', 'scheduled', 'none');
INSERT INTO public.meetings VALUES ('mtg-48d3396c6440', '县政府办公室周例会', '办公会', 'office', 'feng', 'room-first', '第一会议室', '2026-11-30 01:00:00+00', '2026-11-30 02:30:00+00', 'held', 'none');
INSERT INTO public.meetings VALUES ('mtg-986a61bef7e2', '县政府第12次常务会议', '常务会', 'office', 'luo', 'room-changwu', '常务会议室', '2026-12-02 07:00:00+00', '2026-12-02 09:00:00+00', 'held', 'none');
INSERT INTO public.meetings VALUES ('mtg-dc13521575c8', '农业生产专题会', '专题会', 'office', 'fang', 'room-second', '第二会议室', '2026-12-03 06:30:00+00', '2026-12-03 08:00:00+00', 'scheduled', 'none');
INSERT INTO public.meetings VALUES ('mtg-66388cfd0173', '县政府党组会议', '党组会', 'office', 'luo', 'room-party', '党组会议室', '2026-12-08 01:00:00+00', '2026-12-08 03:00:00+00', 'scheduled', '机密');


--
-- Data for Name: objects; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.objects VALUES ('documents', 'in-aa855d82b3894487', 'incoming', 1, '关于开展2026年度安全生产大检查的通知', 'none', '[]', '2026-12-02 20:05:54.698166+00', '2026-12-02 20:05:54.698166+00', 'shuniu.documents.incoming.received.v1');
INSERT INTO public.objects VALUES ('documents', 'in-96157ca1613a4bf4', 'incoming', 2, '关于报送第一季度经济运行情况的函', 'none', '[]', '2026-12-02 20:05:54.729319+00', '2026-12-02 20:05:54.746578+00', 'shuniu.documents.incoming.registered.v1');
INSERT INTO public.objects VALUES ('documents', 'in-a542d66edfe9411a', 'incoming', 3, '关于某企业用地审批事项的请示', 'none', '[]', '2026-12-02 20:05:54.756853+00', '2026-12-02 20:05:54.793494+00', 'shuniu.documents.incoming.returned.v1');
INSERT INTO public.objects VALUES ('documents', 'in-8ba4bd7653314858', 'incoming', 3, '关于做好冬春季森林防火工作的通知', 'none', '[]', '2026-12-02 20:05:54.798373+00', '2026-12-02 20:05:54.821939+00', 'shuniu.documents.incoming.accepted.v1');
INSERT INTO public.objects VALUES ('documents', 'in-757ed49b34534af2', 'incoming', 6, '市政府第12次常务会议纪要', 'none', '["finance", "gov", "union"]', '2026-12-02 20:05:54.826992+00', '2026-12-02 20:05:54.880189+00', 'shuniu.documents.incoming.read.v1');
INSERT INTO public.objects VALUES ('documents', 'in-b47d1a1db9f54ab1', 'incoming', 4, '关于开展中小学校舍安全排查的通知', 'none', '[]', '2026-12-02 20:05:54.884707+00', '2026-12-02 20:05:54.918106+00', 'shuniu.documents.incoming.proposed.v1');
INSERT INTO public.objects VALUES ('documents', 'in-4408467f8ff94ff6', 'incoming', 7, '关于切实做好春耕备耕工作的紧急通知', 'none', '["agriculture", "finance"]', '2026-12-02 20:05:54.923289+00', '2026-12-02 20:05:55.173914+00', 'shuniu.documents.incoming.supervision_opened.v1');
INSERT INTO public.objects VALUES ('documents', 'in-778345de512d4c7e', 'incoming', 7, '关于做好元旦春节期间值班工作的通知', 'none', '["gov", "union"]', '2026-12-02 20:05:55.033163+00', '2026-12-02 20:05:55.091009+00', 'shuniu.documents.incoming.closed.v1');
INSERT INTO public.objects VALUES ('documents', 'in-d8de1184fec24376', 'incoming', 8, '关于2025年度工作目标考核结果的通报', 'none', '["gov", "union"]', '2026-12-02 20:05:55.100787+00', '2026-12-02 20:05:55.19047+00', 'shuniu.documents.incoming.archived.v1');
INSERT INTO public.objects VALUES ('documents', 'out-c6d9333d31e547ec', 'outgoing', 1, '关于加强县级财政资金监管的通知', 'none', '["finance"]', '2026-12-02 20:05:55.195856+00', '2026-12-02 20:05:55.195856+00', 'shuniu.documents.outgoing.drafted.v1');
INSERT INTO public.objects VALUES ('documents', 'out-d7e9fe16e1ad4000', 'outgoing', 2, '关于调整机关食堂就餐补助的通知', 'none', '["finance"]', '2026-12-02 20:05:55.207738+00', '2026-12-02 20:05:55.225283+00', 'shuniu.documents.outgoing.returned.v1');
INSERT INTO public.objects VALUES ('supervision', 'instruction:in-4408467f8ff94ff6:2026-12-03:agriculture', 'task', 1, '关于切实做好春耕备耕工作的紧急通知', 'none', '["agriculture", "finance"]', '2026-12-02 20:05:55.070663+00', '2026-12-02 20:05:55.070663+00', 'shuniu.supervision.task.opened.v1');
INSERT INTO public.objects VALUES ('supervision', 'instruction:in-6d2a7bf999b04bdc:2026-12-03:finance', 'task', 1, '关于下达2026年度财政专项资金的通知', 'none', '["finance"]', '2026-12-02 20:05:55.177322+00', '2026-12-02 20:05:55.177322+00', 'shuniu.supervision.task.opened.v1');
INSERT INTO public.objects VALUES ('documents', 'out-98c428648c4d4b7d', 'outgoing', 2, '关于开展职工健康体检的联合通知', 'none', '["union"]', '2026-12-02 20:05:55.234373+00', '2026-12-02 20:05:55.255928+00', 'shuniu.documents.outgoing.reviewed.v1');
INSERT INTO public.objects VALUES ('documents', 'out-07c35acee5f84f34', 'outgoing', 2, '关于申请2026年防汛补助资金的请示', 'none', '["finance"]', '2026-12-02 20:05:55.261275+00', '2026-12-02 20:05:55.26939+00', 'shuniu.documents.outgoing.reviewed.v1');
INSERT INTO public.objects VALUES ('documents', 'out-2a8e2e7ee2df4494', 'outgoing', 3, '关于印发县政府2026年工作要点的通知', 'none', '["finance"]', '2026-12-02 20:05:55.274814+00', '2026-12-02 20:05:55.301346+00', 'shuniu.documents.outgoing.signed.v1');
INSERT INTO public.objects VALUES ('documents', 'in-6d2a7bf999b04bdc', 'incoming', 7, '关于下达2026年度财政专项资金的通知', 'none', '["finance"]', '2026-12-02 20:05:54.976964+00', '2026-12-02 20:05:55.304206+00', 'shuniu.documents.incoming.supervision_opened.v1');
INSERT INTO public.objects VALUES ('documents', 'out-76d7b032bf394af6', 'outgoing', 4, '关于成立县乡村振兴工作领导小组的通知', 'none', '["finance"]', '2026-12-02 20:05:55.307029+00', '2026-12-02 20:05:55.329081+00', 'shuniu.documents.outgoing.rechecked.v1');
INSERT INTO public.objects VALUES ('documents', 'out-497e633b68d44fd9', 'outgoing', 7, '关于表彰2025年度先进集体的决定', 'none', '["finance"]', '2026-12-02 20:05:55.332736+00', '2026-12-02 20:05:55.395857+00', 'shuniu.documents.outgoing.numbered.v1');
INSERT INTO public.objects VALUES ('documents', 'out-474a4c2fe1a44034', 'outgoing', 6, '关于做好2026年度保密工作的通知', '秘密', '["finance"]', '2026-12-02 20:05:55.400093+00', '2026-12-02 20:05:55.438911+00', 'shuniu.documents.outgoing.printed.v1');
INSERT INTO public.objects VALUES ('documents', 'out-02fdf4c816a743c5', 'outgoing', 10, '关于公布县政府部门权责清单的通知', 'none', '["finance"]', '2026-12-02 20:05:55.443795+00', '2026-12-02 20:05:55.490415+00', 'shuniu.documents.outgoing.issued.v1');
INSERT INTO public.objects VALUES ('documents', 'out-bb1a78c142b749e6', 'outgoing', 11, '关于暂停部分审批事项的通知', 'none', '["finance"]', '2026-12-02 20:05:55.501871+00', '2026-12-02 20:05:55.574051+00', 'shuniu.documents.outgoing.revoked.v1');
INSERT INTO public.objects VALUES ('meetings', 'room-changwu', 'room', 1, '常务会议室', 'none', '[]', '2026-12-02 20:05:55.666044+00', '2026-12-02 20:05:55.666044+00', 'shuniu.meetings.room.registered.v1');
INSERT INTO public.objects VALUES ('meetings', 'room-first', 'room', 1, '第一会议室', 'none', '[]', '2026-12-02 20:05:55.684742+00', '2026-12-02 20:05:55.684742+00', 'shuniu.meetings.room.registered.v1');
INSERT INTO public.objects VALUES ('meetings', 'room-second', 'room', 1, '第二会议室', 'none', '[]', '2026-12-02 20:05:55.692861+00', '2026-12-02 20:05:55.692861+00', 'shuniu.meetings.room.registered.v1');
INSERT INTO public.objects VALUES ('documents', 'out-ffb231c832b3485c', 'outgoing', 11, '关于2025年度县政府工作报告的通报', 'none', '["finance"]', '2026-12-02 20:05:55.57963+00', '2026-12-02 20:05:55.652793+00', 'shuniu.documents.outgoing.archived.v1');
INSERT INTO public.objects VALUES ('meetings', 'room-party', 'room', 1, '党组会议室', 'none', '[]', '2026-12-02 20:05:55.698805+00', '2026-12-02 20:05:55.698805+00', 'shuniu.meetings.room.registered.v1');
INSERT INTO public.objects VALUES ('meetings', 'mtg-e97e97571796', 'meeting', 34, '县政府第11次常务会议', 'none', '["agriculture", "education", "finance", "gov", "office", "office.supervision", "petitions", "union"]', '2026-12-02 20:05:55.718098+00', '2026-12-02 20:05:56.30642+00', 'shuniu.meetings.meeting.resolution_supervised.v1');
INSERT INTO public.objects VALUES ('meetings', 'mtg-48d3396c6440', 'meeting', 20, '县政府办公室周例会', 'none', '["office", "office.affairs", "office.secretariat", "office.supervision"]', '2026-12-02 20:05:56.07652+00', '2026-12-02 20:05:56.305335+00', 'shuniu.meetings.meeting.minutes_issued.v1');
INSERT INTO public.objects VALUES ('supervision', 'resolution:mtg-e97e97571796:r1', 'task', 1, '落实农业生产资金，按期拨付到位', 'none', '["agriculture", "finance"]', '2026-12-02 20:05:56.188547+00', '2026-12-02 20:05:56.188547+00', 'shuniu.supervision.task.opened.v1');
INSERT INTO public.objects VALUES ('supervision', 'resolution:mtg-e97e97571796:r2', 'task', 1, '开展校园安全专项检查并报送结果', 'none', '["education", "office.supervision"]', '2026-12-02 20:05:56.202162+00', '2026-12-02 20:05:56.202162+00', 'shuniu.supervision.task.opened.v1');
INSERT INTO public.objects VALUES ('meetings', 'mtg-4f169a4eb6a9', 'meeting', 11, '县政府办公室周例会', 'none', '["office", "office.affairs", "office.secretariat", "office.supervision"]', '2026-12-02 20:05:56.088128+00', '2026-12-02 20:05:56.395173+00', 'shuniu.meetings.meeting.replied.v1');
INSERT INTO public.objects VALUES ('meetings', 'mtg-11aa2aaff5db', 'meeting', 11, '县政府办公室周例会', 'none', '["office", "office.affairs", "office.secretariat", "office.supervision"]', '2026-12-02 20:05:56.099276+00', '2026-12-02 20:05:56.485779+00', 'shuniu.meetings.meeting.replied.v1');
INSERT INTO public.objects VALUES ('meetings', 'mtg-243f72a4b98a', 'meeting', 11, '县政府办公室周例会', 'none', '["office", "office.affairs", "office.secretariat", "office.supervision"]', '2026-12-02 20:05:56.111398+00', '2026-12-02 20:05:56.565708+00', 'shuniu.meetings.meeting.replied.v1');
INSERT INTO public.objects VALUES ('supervision', 'adhoc:15df27fb645a', 'task', 3, '落实工会会员服务阵地建设', 'none', '["union"]', '2026-12-02 20:05:56.963846+00', '2026-12-02 20:05:56.99405+00', 'shuniu.supervision.task.progress_reported.v1');
INSERT INTO public.objects VALUES ('meetings', 'mtg-dc13521575c8', 'meeting', 10, '农业生产专题会', 'none', '["agriculture", "finance", "gov", "office", "union"]', '2026-12-02 20:05:56.806672+00', '2026-12-02 20:05:56.872499+00', 'shuniu.meetings.meeting.replied.v1');
INSERT INTO public.objects VALUES ('supervision', 'resolution:mtg-986a61bef7e2:r1', 'task', 1, '编制老旧小区改造资金使用计划', 'none', '["finance"]', '2026-12-02 20:05:56.863334+00', '2026-12-02 20:05:56.863334+00', 'shuniu.supervision.task.opened.v1');
INSERT INTO public.objects VALUES ('meetings', 'mtg-66388cfd0173', 'meeting', 8, '县政府党组会议', '机密', '["gov", "office"]', '2026-12-02 20:05:56.890104+00', '2026-12-02 20:05:56.956732+00', 'shuniu.meetings.meeting.replied.v1');
INSERT INTO public.objects VALUES ('meetings', 'mtg-986a61bef7e2', 'meeting', 22, '县政府第12次常务会议', 'none', '["agriculture", "education", "finance", "gov", "office"]', '2026-12-02 20:05:56.586064+00', '2026-12-02 20:05:56.923409+00', 'shuniu.meetings.meeting.resolution_supervised.v1');
INSERT INTO public.objects VALUES ('supervision', 'adhoc:b8a614cc7ee9', 'task', 4, '报送上半年预算执行情况', 'none', '["finance"]', '2026-12-02 20:05:57.092934+00', '2026-12-02 20:05:57.134955+00', 'shuniu.supervision.task.closed.v1');
INSERT INTO public.objects VALUES ('supervision', 'adhoc:b56fdba26b01', 'task', 4, '办公楼消防设施维修', 'none', '["office.affairs"]', '2026-12-02 20:05:57.145571+00', '2026-12-02 20:05:57.198981+00', 'shuniu.supervision.task.closed.v1');
INSERT INTO public.objects VALUES ('supervision', 'adhoc:34ac081c4b55', 'task', 1, '春耕化肥储备情况摸底', 'none', '["agriculture"]', '2026-12-02 20:05:57.212819+00', '2026-12-02 20:05:57.212819+00', 'shuniu.supervision.task.opened.v1');
INSERT INTO public.objects VALUES ('supervision', 'adhoc:bc10dee01a45', 'task', 3, '校车安全隐患排查整治', 'none', '["education", "office.affairs"]', '2026-12-02 20:05:57.228192+00', '2026-12-02 20:05:57.260409+00', 'shuniu.supervision.task.extension_requested.v1');
INSERT INTO public.objects VALUES ('reception', 'person-b392d4ed56f94126bcc0701034b38dd0', 'person', 1, 'enc:v1:person-b392d4ed56f94126bcc0701034b38dd0:IDtjTa+8omIp0B7ntP4/u/etvP1YzQ0fUpPBVA3TaJQNRHgk5g==', 'none', '[]', '2026-12-02 20:05:57.313574+00', '2026-12-02 20:05:57.313574+00', 'shuniu.reception.person.recorded.v1');
INSERT INTO public.objects VALUES ('reception', 'person-2337fdea92b54abeadd48d1a6acdd74f', 'person', 1, 'enc:v1:person-2337fdea92b54abeadd48d1a6acdd74f:tRj67DWaIVlH4oCi3pwM+vHpxbYyp+WfJyqzITsh48o4+6ilqg==', 'none', '[]', '2026-12-02 20:05:57.343066+00', '2026-12-02 20:05:57.343066+00', 'shuniu.reception.person.recorded.v1');
INSERT INTO public.objects VALUES ('reception', 'person-97e78bbdfe4741758690408c93410ac4', 'person', 1, 'enc:v1:person-97e78bbdfe4741758690408c93410ac4:KUt+Wi+VK3JHxvXm6u8+tF+DyWQPVSyK+TDWhfN8ScnVIEsUqw==', 'none', '[]', '2026-12-02 20:05:57.363385+00', '2026-12-02 20:05:57.363385+00', 'shuniu.reception.person.recorded.v1');
INSERT INTO public.objects VALUES ('reception', 'visit-demo-3', 'visit', 1, NULL, 'none', '["union"]', '2026-12-02 20:05:57.368047+00', '2026-12-02 20:05:57.368047+00', 'shuniu.reception.visit.appointed.v1');
INSERT INTO public.objects VALUES ('supervision', 'adhoc:2cdb2d05aa69', 'task', 5, '困难职工帮扶资金拨付', 'none', '["finance", "union"]', '2026-12-02 20:05:57.054944+00', '2026-12-02 20:05:57.414634+00', 'shuniu.supervision.task.overdue.v1');
INSERT INTO public.objects VALUES ('reception', 'visit-demo-1', 'visit', 2, NULL, 'none', '["education"]', '2026-12-02 20:05:57.329155+00', '2026-12-02 20:05:57.380494+00', 'shuniu.reception.visit.arrived.v1');
INSERT INTO public.objects VALUES ('reception', 'visit-demo-2', 'visit', 3, NULL, 'none', '["finance"]', '2026-12-02 20:05:57.352773+00', '2026-12-02 20:05:57.407519+00', 'shuniu.reception.visit.left.v1');
INSERT INTO public.objects VALUES ('reception', 'person-a1e35a5bf555400db5b6fc5430a555ea', 'person', 1, 'enc:v1:person-a1e35a5bf555400db5b6fc5430a555ea:5082Z5iRgMWANRhN+6bnXLT04JkuGQnjhBlwqt6EtYZYifVE3w==', 'none', '[]', '2026-12-02 20:05:57.420127+00', '2026-12-02 20:05:57.420127+00', 'shuniu.reception.person.recorded.v1');
INSERT INTO public.objects VALUES ('reception', 'visit-demo-4', 'visit', 1, NULL, 'none', '["office.affairs"]', '2026-12-02 20:05:57.425746+00', '2026-12-02 20:05:57.425746+00', 'shuniu.reception.visit.arrived.v1');
INSERT INTO public.objects VALUES ('reception', 'person-f3b7409d3f394488af94afa4b7dcd79f', 'person', 1, 'enc:v1:person-f3b7409d3f394488af94afa4b7dcd79f:lhaAa4w67PJGiLxhRxwOvbVbKvTQ0I++vv2mTDnT+y6+VkdQJA==', 'none', '[]', '2026-12-02 20:05:57.43831+00', '2026-12-02 20:05:57.43831+00', 'shuniu.reception.person.recorded.v1');
INSERT INTO public.objects VALUES ('reception', 'petition-demo-1', 'petition', 1, '信访〔2026〕1号', 'none', '[]', '2026-12-02 20:05:57.453872+00', '2026-12-02 20:05:57.453872+00', 'shuniu.reception.petition.registered.v1');
INSERT INTO public.objects VALUES ('supervision', 'petition:petition-demo-2:education', 'task', 1, '信访件 信访〔2026〕2号：反映学校违规收取补课费，请核查处理', 'none', '["education"]', '2026-12-02 20:05:57.634664+00', '2026-12-02 20:05:57.634664+00', 'shuniu.supervision.task.opened.v1');
INSERT INTO public.objects VALUES ('reception', 'person-6089f00908ea4c3180c805ff61d9b63f', 'person', 1, 'enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:z5QjrSHfHAVbZv0V7hMBTZCqzFyR16t9QDv0M2ga7e/ANxfz7Q==', 'none', '[]', '2026-12-02 20:05:57.679332+00', '2026-12-02 20:05:57.679332+00', 'shuniu.reception.person.recorded.v1');
INSERT INTO public.objects VALUES ('reception', 'petition-demo-5', 'petition', 6, '信访〔2026〕5号', 'none', '["finance"]', '2026-12-02 20:05:57.694823+00', '2026-12-02 20:05:57.777925+00', 'shuniu.reception.petition.replied.v1');
INSERT INTO public.objects VALUES ('supervision', 'petition:petition-demo-5:finance', 'task', 1, '信访件 信访〔2026〕5号：反映道路施工扰民，请协调施工时间', 'none', '["finance"]', '2026-12-02 20:05:57.916402+00', '2026-12-02 20:05:57.916402+00', 'shuniu.supervision.task.opened.v1');
INSERT INTO public.objects VALUES ('reception', 'vehicle-demo-3', 'vehicle', 1, NULL, 'none', '[]', '2026-12-02 20:05:57.99321+00', '2026-12-02 20:05:57.99321+00', 'shuniu.reception.vehicle.registered.v1');
INSERT INTO public.objects VALUES ('reception', 'trip-demo-1', 'trip', 1, '市财政局', 'none', '[]', '2026-12-02 20:05:58.001583+00', '2026-12-02 20:05:58.001583+00', 'shuniu.reception.trip.requested.v1');
INSERT INTO public.objects VALUES ('reception', 'trip-demo-2', 'trip', 3, '省城扶贫工作会', 'none', '[]', '2026-12-02 20:05:58.019878+00', '2026-12-02 20:05:58.064762+00', 'shuniu.reception.trip.dispatched.v1');
INSERT INTO public.objects VALUES ('supervision', 'adhoc:0c557e9c241f', 'task', 3, '职工疗休养基地改建', 'none', '["union"]', '2026-12-02 20:05:57.26716+00', '2026-12-02 20:05:57.299577+00', 'shuniu.supervision.task.infeasibility_reported.v1');
INSERT INTO public.objects VALUES ('supervision', 'adhoc:c523de4cd5e8', 'task', 4, '全县中小学食堂食品安全检查', 'none', '["education"]', '2026-12-02 20:05:57.00133+00', '2026-12-02 20:05:57.435624+00', 'shuniu.supervision.task.deadline_approaching.v1');
INSERT INTO public.objects VALUES ('reception', 'person-9af37ef9b7b441ebbb58b8abbe4b7110', 'person', 1, 'enc:v1:person-9af37ef9b7b441ebbb58b8abbe4b7110:wb4o8QhmfUD0yeFHb/bzUhjyuNaPDakyrb1Mu/MaXoqIsyJvvA==', 'none', '[]', '2026-12-02 20:05:57.472633+00', '2026-12-02 20:05:57.472633+00', 'shuniu.reception.person.recorded.v1');
INSERT INTO public.objects VALUES ('reception', 'person-a0b78aa0d0964a2eafb73d37f74d4684', 'person', 1, 'enc:v1:person-a0b78aa0d0964a2eafb73d37f74d4684:Sg+JwRoSfl5GbJGzC9gWX4nbR5SS+2/bzPWJ5Fq2VruAxnkDzw==', 'none', '[]', '2026-12-02 20:05:57.566549+00', '2026-12-02 20:05:57.566549+00', 'shuniu.reception.person.recorded.v1');
INSERT INTO public.objects VALUES ('reception', 'person-e132fbfd191142d0867a8a590a7390df', 'person', 1, 'enc:v1:person-e132fbfd191142d0867a8a590a7390df:XERghGO7gsKuCYQrI4jmTWWQGaDfCphImwqU5sk6zFEQ2+TwBA==', 'none', '[]', '2026-12-02 20:05:57.656403+00', '2026-12-02 20:05:57.656403+00', 'shuniu.reception.person.recorded.v1');
INSERT INTO public.objects VALUES ('reception', 'petition-demo-2', 'petition', 5, '信访〔2026〕2号', 'none', '["education"]', '2026-12-02 20:05:57.484178+00', '2026-12-02 20:05:57.68849+00', 'shuniu.reception.petition.supervision_opened.v1');
INSERT INTO public.objects VALUES ('reception', 'person-13fac6f6b471493dad13e03956f1ecd9', 'person', 1, 'enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:Cj5eu0RzUOj6n7Msox4ULE7dh5h15qbDg9rlokC195GnNCJtNw==', 'none', '[]', '2026-12-02 20:05:57.796997+00', '2026-12-02 20:05:57.796997+00', 'shuniu.reception.person.recorded.v1');
INSERT INTO public.objects VALUES ('reception', 'petition-demo-6', 'petition', 7, '信访〔2026〕6号', 'none', '["agriculture"]', '2026-12-02 20:05:57.815093+00', '2026-12-02 20:05:57.941604+00', 'shuniu.reception.petition.review_requested.v1');
INSERT INTO public.objects VALUES ('reception', 'vehicle-demo-1', 'vehicle', 1, NULL, 'none', '[]', '2026-12-02 20:05:57.968384+00', '2026-12-02 20:05:57.968384+00', 'shuniu.reception.vehicle.registered.v1');
INSERT INTO public.objects VALUES ('reception', 'vehicle-demo-2', 'vehicle', 1, NULL, 'none', '[]', '2026-12-02 20:05:57.984376+00', '2026-12-02 20:05:57.984376+00', 'shuniu.reception.vehicle.registered.v1');
INSERT INTO public.objects VALUES ('reception', 'trip-demo-3', 'trip', 4, '行署会议', 'none', '[]', '2026-12-02 20:05:58.071537+00', '2026-12-02 20:05:58.118265+00', 'shuniu.reception.trip.returned.v1');
INSERT INTO public.objects VALUES ('reception', 'seal-demo-gov', 'seal', 1, 'F县人民政府印', 'none', '[]', '2026-12-02 20:05:58.136157+00', '2026-12-02 20:05:58.136157+00', 'shuniu.reception.seal.registered.v1');
INSERT INTO public.objects VALUES ('reception', 'seal-demo-office', 'seal', 1, 'F县人民政府办公室印', 'none', '[]', '2026-12-02 20:05:58.143078+00', '2026-12-02 20:05:58.143078+00', 'shuniu.reception.seal.registered.v1');
INSERT INTO public.objects VALUES ('reception', 'sealreq-demo-1', 'seal_request', 1, 'F政办函〔2026〕21号', 'none', '[]', '2026-12-02 20:05:58.150082+00', '2026-12-02 20:05:58.150082+00', 'shuniu.reception.seal_request.requested.v1');
INSERT INTO public.objects VALUES ('reception', 'sealreq-demo-2', 'seal_request', 2, 'F政发〔2026〕8号', 'none', '[]', '2026-12-02 20:05:58.155432+00', '2026-12-02 20:05:58.172402+00', 'shuniu.reception.seal_request.approved.v1');
INSERT INTO public.objects VALUES ('reception', 'sealreq-demo-3', 'seal_request', 3, '介绍信', 'none', '[]', '2026-12-02 20:05:58.16436+00', '2026-12-02 20:05:58.193391+00', 'shuniu.reception.seal_request.used.v1');
INSERT INTO public.objects VALUES ('supervision', 'petition:petition-demo-6:agriculture', 'task', 3, '信访件 信访〔2026〕6号：反映征地补偿标准不一致，请核实', 'none', '["agriculture"]', '2026-12-02 20:05:58.050413+00', '2026-12-02 20:05:58.462627+00', 'shuniu.supervision.task.overdue.v1');
INSERT INTO public.objects VALUES ('supervision', 'petition:petition-demo-3:agriculture', 'task', 2, '信访件 信访〔2026〕3号：反映农田灌溉渠损毁，请组织修复', 'none', '["agriculture"]', '2026-12-02 20:05:57.744507+00', '2026-12-02 20:05:58.476433+00', 'shuniu.supervision.task.deadline_approaching.v1');
INSERT INTO public.objects VALUES ('reception', 'petition-demo-4', 'petition', 3, '信访〔2026〕4号', 'none', '[]', '2026-12-02 20:05:57.665128+00', '2026-12-02 20:05:58.595088+00', 'shuniu.reception.petition.clock_overdue.v1');
INSERT INTO public.objects VALUES ('reception', 'petition-demo-3', 'petition', 6, '信访〔2026〕3号', 'none', '["agriculture"]', '2026-12-02 20:05:57.581653+00', '2026-12-02 20:05:58.601758+00', 'shuniu.reception.petition.clock_approaching.v1');


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: petitions; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.petitions VALUES ('petition-demo-1', '信访〔2026〕1号', 'registered', NULL, 'routing', '2026-12-18', '2026-12-03');
INSERT INTO public.petitions VALUES ('petition-demo-2', '信访〔2026〕2号', 'accepted', 'education', 'handling', '2027-01-12', '2026-11-08');
INSERT INTO public.petitions VALUES ('petition-demo-3', '信访〔2026〕3号', 'accepted', 'agriculture', 'handling', '2026-12-05', '2026-10-04');
INSERT INTO public.petitions VALUES ('petition-demo-4', '信访〔2026〕4号', 'registered', NULL, 'routing', '2026-11-28', '2026-11-13');
INSERT INTO public.petitions VALUES ('petition-demo-5', '信访〔2026〕5号', 'replied', 'finance', 'review_request', '2026-12-28', '2026-10-14');
INSERT INTO public.petitions VALUES ('petition-demo-6', '信访〔2026〕6号', 'under_review', 'agriculture', 'review_decision', '2026-12-28', '2026-09-14');


--
-- Data for Name: processed_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.processed_events VALUES ('projection.read-models', 'a9ec9b31-54ff-4302-b120-2e8948029fb9', 'applied', '2026-12-02 20:05:54.806428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '8d47ba0d-b65b-46f8-853f-2e0484f1791f', 'applied', '2026-12-02 20:05:54.806428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '227f470a-3b4a-42a6-b10f-f996b91efbf0', 'applied', '2026-12-02 20:05:54.894078+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '017c6988-0ab3-4693-92f5-6c276d7a20a6', 'applied', '2026-12-02 20:05:54.894078+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '21afb662-adc6-48ac-99e2-85d725aab26d', 'applied', '2026-12-02 20:05:54.894078+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'ee2346f9-311b-4014-a1b3-c443d0fdd83b', 'applied', '2026-12-02 20:05:54.894078+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '1374e273-1a29-40fe-8b0d-ff3f25a58c79', 'applied', '2026-12-02 20:05:54.894078+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'eccd2a3e-968f-464b-93f8-909edfb8a19f', 'applied', '2026-12-02 20:05:54.894078+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '664d3c17-c58f-400f-a931-1a8ba732538f', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '88b2f5f2-ed75-41c5-9ad4-664960c9aa9f', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '53591a4e-a18a-40a0-9b46-cd9ef9f8d43a', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '463768f9-981a-4393-b941-c2c853817d5f', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '8657e891-40e3-45ee-83af-31669882ee39', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'a812d90c-0790-41c5-976b-7b817e586b91', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '9d1d6bea-e273-4a50-ad8d-5c09c1d8bb82', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'be0095ad-036a-47fb-a6b9-75ce5cbbc97e', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'ff84cdac-0535-48b4-99e4-32d3a43d3a80', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'a10be2de-c12e-4f96-9654-04656efaed5c', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '6ab91263-11b2-45d7-8efb-b290fca61b04', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'bc8ad463-2a8c-4e46-8110-c1f429ce9332', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'ca88dab6-14ab-4295-8e23-969c2117863a', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'ef71976f-42ed-422d-8f73-d95c49b083ed', 'applied', '2026-12-02 20:05:55.017046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e2d72efb-3424-48fb-b21b-0d0790b194b9', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '37a53fea-6973-44e0-9cd0-d3068837d745', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'c0ad38bc-af4d-42d1-82a7-9f19721f3453', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '69d63a19-918b-4b84-a6eb-810d265cfe14', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '692b1f20-439d-4c95-88e3-ca77b80db43f', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'abbd40e4-a178-4502-a4fb-0625fb02bc4c', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '28d56696-b24a-4684-a69e-7ae300e8e96f', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f1f4adc1-3d79-4efa-86a7-b4c6d93ae6f1', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'a71f148e-9e43-4866-9874-497295c136fd', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '721a4f78-d696-4b76-bbc8-b51c0c9cd498', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '70203086-bde3-4238-9e1b-7814bbe0fc34', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'c07c55d1-7e80-4a93-95ff-45e6f1eaca82', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '383ad295-f22a-49fe-b23c-6223f353522d', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f81c250e-ca57-46a7-9c00-662e3cbdb699', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '13ddcfc5-f822-4aea-aea0-cf33534eca60', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'd939c782-3d14-41d1-8712-a7cc168d3a36', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'c74de833-f62b-485e-bb6e-577e3d7bd6f5', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '49ca6cc5-075a-4d9a-a784-270810c500f6', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'a5ecc6c2-0768-4ca0-bcde-3a37f4c23961', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '1ba73700-aa5f-4a57-a40a-30e5ec361a83', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '920287e8-84aa-48dd-9a9a-ed3b292cb567', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '6a1b9b9a-506a-4b96-9f71-c985657c5921', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'dc0edb87-521f-45f2-9659-c345cb26930d', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '355db9ef-8ed0-4e15-909a-c25d6f24d2a6', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '11401d8d-bf8d-4471-ae40-61f476d60d1a', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7736ec3a-d0e4-416c-89c1-88116df0c413', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '0376ed0b-de0d-427d-89be-26d25ab10d35', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '146371ee-9db2-4dff-a950-dbc82e0d8cc0', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'b790bf6c-212c-4b71-8e9d-becde99211ed', 'applied', '2026-12-02 20:05:55.336176+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '02439ec2-6699-42a5-9b5b-6bf4a65e87a4', 'applied', '2026-12-02 20:05:55.643859+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '35ef7da6-b911-4255-a9a9-b01a4955002f', 'applied', '2026-12-02 20:05:55.643859+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '64b613e2-37dd-47d1-9b91-38a7891c3943', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '8481b308-871b-4d45-b33d-9bc5a3d8d19d', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '2156379c-bc2b-45f1-a195-70da1792597c', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '9b1f3fe3-1ae0-4584-86ea-c207b9cdcf3d', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3d14a36d-983e-4692-9cfe-53a09fde7524', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '888ddcf9-be52-4ccf-97b0-9f43e8335774', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '8c3d8874-b987-4635-932f-922c51c553f7', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'ab569585-d4b0-4679-8cd9-7ddaadd2ea5e', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '21904690-16e7-4a35-bdbc-563ed1e3651b', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'cf8f948d-f5e9-4450-8033-ac28a636d53f', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '2ec33556-293b-4330-abfa-bfded0e55529', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '31b69e4f-1a57-46fd-a670-3d53dfd7746f', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '2c6a808f-3fcb-4281-a4d5-63daf065dff1', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'c56b7716-22e5-4e03-a689-dfbe4ebdaa73', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7fbd04a8-458e-4fdc-9f2f-ef413f78ae9a', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'b511e877-832b-414b-8a60-eab71f9288dd', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3e0fe35f-f7e1-478e-afa8-2b48d63873bf', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'fe28be01-fa2d-4407-91c3-d9b24e527a89', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3f545df9-5cc0-4a17-98a5-046e832279a5', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'fa8d9916-9c49-482d-9ccc-7a6034f26649', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f1cab351-cc7f-45e3-a0a6-25d17d0b8962', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f64896c2-7548-4f1d-8d6f-c462491c31b6', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e58ba45a-f410-4fc3-87a0-fda8546e3ba1', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '0aecd805-dff5-459c-a86d-3973ba3099f8', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '80333a6a-b9cf-4679-9db6-d000cd97ccb5', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '974d551d-1506-4dc0-843e-77c35f78704a', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '658ea6ee-f780-4fee-8eac-b5fb456f0e9c', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '71fe560f-ca0b-4876-bd7a-e553fa616155', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '97b26d05-301a-44f4-b733-3cf5ef3bbfb7', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '265672e2-eba1-4f2e-893c-4fdb2d829174', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '6ab0062f-f891-4434-8327-f784825739d3', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '1fc8c852-dfac-4470-9805-c31c7b66d07d', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3c39a059-3143-47a8-9a65-9b9a3498c63f', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3396132f-1ba4-4f1a-bcd4-98e11116edab', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e4f00f66-9a8c-457a-875f-35f3387e6c51', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '4bba6b11-a40b-4f51-b6b5-d76d545d27a6', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '9103d922-040a-4493-940e-fc4114597f10', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '83084520-0253-4c70-b208-da9db2440a0d', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '21b916e7-13a1-4527-ae32-e051ff537873', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '788463b0-e3db-4c9d-9be7-aea48195d55a', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'ed9af795-187d-4364-bc93-161d28efe50f', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '18517261-6c18-4321-bc8a-dfb083aa4f80', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '9f06588b-45fa-45d0-81ea-78bfc83526cb', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'd1eadacf-7ebe-4dd8-9f7c-c025848f397a', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'eafc951b-05d4-4b45-93a3-e700f8c03b0b', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '63e5f5ce-f583-438f-bd02-1ca506b2535d', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7c9801dc-73b6-4f02-955f-6c9a5966bd28', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f3f4ffed-6779-45e3-b086-e635b7e7f011', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '27db915e-c372-4af5-bd38-09c17cfeb020', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e4bd8dc1-6c92-4379-aeee-79daa6fa2ae2', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '16142741-0838-4d64-87aa-475b2f2414f7', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '8d3dcd64-be76-4d22-b5f4-d1a14518becc', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'a973a45a-81b9-4555-ae61-e772a9ad23b7', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e6f4a1e1-5727-4a8c-a725-ef1c098f1929', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '6097109c-ec07-491e-b99d-bf01cc1a405c', 'applied', '2026-12-02 20:05:55.741536+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7209b5e7-da94-413d-aa70-8cf461786b9d', 'applied', '2026-12-02 20:05:56.39897+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '43d2c4a4-424d-483b-801f-a87e1abf7cf1', 'applied', '2026-12-02 20:05:56.618663+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f3feb8f4-5842-4d93-b6bb-a02c17e106a3', 'applied', '2026-12-02 20:05:56.618663+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '697ed815-15d9-449a-8ffa-d0a146f728d3', 'applied', '2026-12-02 20:05:57.00838+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'b035bcee-6012-4b6d-a760-39a5a0a36667', 'applied', '2026-12-02 20:05:57.00838+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e48f646d-0554-4e84-9d0f-47a53be89683', 'applied', '2026-12-02 20:05:57.00838+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'd40ed0a8-c5f2-4f8d-a5ed-056993fb0b7a', 'applied', '2026-12-02 20:05:57.00838+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3a3d029a-e90d-4f15-ad6c-132abbe5f199', 'applied', '2026-12-02 20:05:57.00838+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '2eb091ff-9f0f-410b-84fa-3f06610ef785', 'applied', '2026-12-02 20:05:57.00838+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e5465cf0-7ba8-4a4e-826a-c5af7310ca3d', 'applied', '2026-12-02 20:05:57.00838+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '33cde07f-c7dc-4dd7-9f67-e70ad6e9acd1', 'applied', '2026-12-02 20:05:57.00838+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e702d3bc-c91d-4310-a109-201bfb0583fc', 'applied', '2026-12-02 20:05:57.00838+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'cef86adc-d923-4d1b-8b61-743578fdca0e', 'applied', '2026-12-02 20:05:57.00838+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7c898455-e250-4634-a0a9-227a34620c89', 'applied', '2026-12-02 20:05:57.00838+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '87ec3321-4dfd-4f11-a0c0-0cb82d9262f5', 'applied', '2026-12-02 20:05:57.00838+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '4c01f147-8ea7-435b-8367-1da5a4427556', 'applied', '2026-12-02 20:05:57.00838+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'c55766a4-b85f-4454-812a-b0546bed6c78', 'applied', '2026-12-02 20:05:57.174943+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '02a08dce-066c-4e6b-95f5-85bffe240365', 'applied', '2026-12-02 20:05:57.174943+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '6884fcb4-54c8-49b7-bc22-ed5f8e219304', 'applied', '2026-12-02 20:05:57.174943+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '0bf33bad-10c2-4086-a98c-0df51f8ac763', 'applied', '2026-12-02 20:05:57.174943+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'c107c0e4-6315-4bd3-953a-aa299b201cab', 'applied', '2026-12-02 20:05:57.174943+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '9f3564b9-60af-41c8-a1c6-72f72f705c16', 'applied', '2026-12-02 20:05:57.174943+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f189e27a-b589-40d5-968c-15f209893ee4', 'applied', '2026-12-02 20:05:57.174943+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '00e39e93-ba0c-453c-b9a4-261324a6873e', 'applied', '2026-12-02 20:05:57.174943+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7f272584-e8fc-4ca0-8478-00eacdb3165b', 'applied', '2026-12-02 20:05:57.451047+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '16c28a8f-056b-4868-beed-fb80bf231050', 'applied', '2026-12-02 20:05:57.451047+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '4592ca4c-1cbf-423f-aca1-86f1d6f5af08', 'applied', '2026-12-02 20:05:57.451047+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f9140032-df3e-4355-a30a-010fa7305494', 'applied', '2026-12-02 20:05:57.55203+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '620c9992-64f7-4710-8edf-b70883f179ee', 'applied', '2026-12-02 20:05:57.55203+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7dfc70f6-4031-4340-83d8-6b6b4d8c9dad', 'applied', '2026-12-02 20:05:57.55203+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'db03839a-02ae-44f1-8bfd-d211760b9d0c', 'applied', '2026-12-02 20:05:57.55203+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '9681d241-93d7-49a8-b32b-7b84b0b3bf44', 'applied', '2026-12-02 20:05:57.55203+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3eabe88f-0b81-44e3-aed0-a7a921a828e7', 'applied', '2026-12-02 20:05:57.658067+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '481a5b3b-a444-4b13-af90-6e962dc3a382', 'applied', '2026-12-02 20:05:57.658067+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '06ecc1b1-755e-45a6-a4da-9ff79be79332', 'applied', '2026-12-02 20:05:57.658067+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'fb0d0b62-5d75-419f-8f66-d9fd031f4933', 'applied', '2026-12-02 20:05:57.658067+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3c00a543-1a96-4ea0-affa-284f05354c1b', 'applied', '2026-12-02 20:05:57.658067+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'b84f1674-97e1-4e3b-ab78-32239a6cd737', 'applied', '2026-12-02 20:05:57.658067+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '4dffbf34-46bd-4450-b3ca-6fbfdd2a599b', 'applied', '2026-12-02 20:05:57.658067+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '8fd93af9-406b-458e-82ea-381bc38d7198', 'applied', '2026-12-02 20:05:57.762205+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'dee4b481-85f8-4a16-b60a-6ffe3364ae7f', 'applied', '2026-12-02 20:05:57.762205+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '464b1f9c-7dce-4795-be01-faa57f0dc020', 'applied', '2026-12-02 20:05:57.762205+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '8b5fdd54-b35e-4c2a-a731-6d526a095894', 'applied', '2026-12-02 20:05:56.33818+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '1e6f0ffd-4faa-4b5e-a7b9-5b44f5a26f77', 'applied', '2026-12-02 20:05:56.33818+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f00f8a5e-690b-4a2a-a510-39c8160416c1', 'applied', '2026-12-02 20:05:56.33818+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '19dbd525-51b8-4070-99c3-7851e114145f', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f184be7c-7f25-4d5b-a2fb-9a16b3fecec5', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'ba290b76-5afd-4072-a2f0-3a50ca4e7ffc', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'b780fe87-2425-4b37-9b17-3763cd1a5f65', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'daf69a1f-c08e-43fa-a6fa-784ef8e27c54', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '334e1a67-e8e9-4f75-ba69-db6e52ed9b19', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '6b420e18-b151-4bf6-bc46-12e19e798600', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '9a5eab59-53d0-48d9-b22d-abc7496eae2e', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'd9af5723-2fec-4622-9e34-9d27a1f8572d', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '13dac264-81ce-4be5-bb36-d6fdffc71824', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '79ccb47b-a22f-4b92-a6f9-4c4f0ec2bdd0', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '6b734e26-a13d-4b36-ac6a-f6f85d615822', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7b5731aa-d0ee-49be-943c-615c9f335702', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'cd2c3a1f-0375-425c-9565-29fe73fade5a', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f6ccfb14-666c-41b5-b4b5-cbecd63a7cbe', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '6b8d9acb-d458-4ddf-8dc0-e3f13e69e03b', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'c5f592e7-6070-436f-8b6e-e87c24ed5866', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '69c72fb9-e5e7-49b1-a51e-53b6f5fed4c5', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '5bfefd95-817a-4eff-80a7-df9c3dd3ac7a', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'cec675f5-851c-45a7-b9a4-70432e504f71', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '56581adc-43bd-44eb-a71f-27fdeb68f263', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e865a4fe-5178-41df-a432-a023fe316c61', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '19fa8807-8d05-4346-8976-3abf3cd94d7d', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '6b2995a0-5947-4656-a7bf-f10291484ad1', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '46d6eec4-8778-4163-9ac1-fafaadafb8a9', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3a03329f-b77f-4c8c-b214-8bd8640dd8e3', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'c39ca1a1-b7d2-41f9-ac6b-893b1c7ddeb4', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '455c4ae5-7205-49bb-ade3-8173be99a015', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e7c41cda-567e-4b7b-800e-4046c78b56df', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '44cb5daf-2db9-4ab3-8d98-575484da7293', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '507b5a0a-00c2-44f9-904d-d18057c3f1dc', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '64eda32d-4e4e-4210-b2b5-84694a0c1974', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f3b436a0-6fb3-4904-b07c-b04589d4292b', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'a6d255b5-b018-4cc9-9c5e-969765335e71', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '0aaade72-d328-453a-a56d-74260eaf80dc', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'd5a2feac-9d20-42b7-8d98-2acaf36e1891', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7671471a-8572-48e8-a632-604d1e60b2d6', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'ab6cae90-92aa-4bf2-acbc-04d75089c93d', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'd4607ed1-fa9f-4612-aded-abf51260b8b8', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'b7311388-a0f3-49d6-bfb1-1461c9cfa72d', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '5464b854-eb52-4857-b109-aecd57df687e', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7e1d617d-a9ea-4cd9-8fa3-567fd0b88811', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '950387ad-5a74-48e3-a575-1410f0a313d0', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7c914977-daed-4732-8c7d-a60180e5e167', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '5d213f86-9e3d-46c9-b9dc-fe4c7e33a634', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '20776a1c-24fe-434d-8998-96aa8448b66c', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '9818c909-a71f-4b78-92a9-29f6d193efe5', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '0a55ae38-9568-44b5-b076-bee84303c63b', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '2a51a6c9-88d4-4b07-a479-d19870658627', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '29bc291d-bc80-4ef6-94a0-33a862c7a203', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '37e60f1e-9331-42c6-93eb-fa7716727713', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '1bc86765-798f-4874-997f-e179c4d327cc', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '55e4b129-bdaa-4447-b214-d5ceb9135893', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'cbca1ef8-2aec-40bd-a20b-6ecfa686525f', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '33fe5bd0-a86f-4f8f-8a6f-202957921793', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '2b596f95-9cd9-407e-a2d0-50a16e4eadf7', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3805b8cf-c2ab-42a2-9b1f-f06d0eb1afc6', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '99f0748e-fea7-492e-a42e-f70937b55713', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '8b1560b2-b3cc-4526-ab86-5ee92da5110c', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7aa9d284-ba14-474b-a01c-2053e6c0d239', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '5a97a211-562e-44c0-9cf2-6ddec1b2f5e8', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '22e3417a-1185-4f82-9f8a-db2bb322bbc6', 'applied', '2026-12-02 20:05:56.421785+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7667f2f4-d612-4ca4-a133-3284d023da17', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'c64ee32d-d9e8-4f16-bf16-031548bd205c', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'dcd54c9d-321a-4db6-97b7-591c01483cb0', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '584f547a-9bae-44ba-b1fa-3b206e33392e', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'd036ce76-03c9-47b2-b12e-45cd293debcd', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '5432e23d-b66a-4ffd-bd52-122e5df2da80', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '6fb7e62c-f1e2-48e3-8647-d937e640d71a', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7bd9b10c-8fe3-43cb-972b-05fa04841d68', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '1c8e3251-0ef9-46ff-a8bb-b2e776459937', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '68c1c624-d55a-49d5-bd28-afe9f1683129', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'c6452dde-a4aa-4d55-a0c2-50c688163229', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'd969a784-fbf1-4a54-b907-963492ec4489', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '184994f0-4dcd-4b82-81e9-385236eaa61b', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e58f2952-2b82-4bce-8e88-e0e12e412b00', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'd8dc1bc8-2560-4972-9b6c-b62668fad509', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'dafd21ef-d1d1-4be5-8170-314a92bae5ee', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '90c3e540-af31-4985-8205-b30ebc5dcabe', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3d319586-082e-4574-9b6a-4ad108fcc52f', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '173e4555-d600-42b4-bc45-14295fe7ef1a', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'afd0ac50-878c-46b4-9b1a-2162f949b933', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e53a36dd-59ab-4779-b612-9e8cc76c6ce2', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e6e6a0f6-0286-4805-b8db-808787733805', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '57046086-ef51-47d7-aeb0-7ba82feb140a', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'dbfa3404-1cf7-4797-9b18-36e51be00124', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '1ee91186-198a-4ee4-b9d1-77589e044e14', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '06569b1a-4fbd-4ac8-94e2-19bbb4f8ae90', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'bc56eab0-41c4-48a6-b590-eab8a7e4587f', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'eafb2fa0-1cb3-474c-bf94-804e178b4d8b', 'applied', '2026-12-02 20:05:56.708823+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '1557925e-b5f1-4d9f-80cf-90ed84863837', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f51f4a97-4aad-45c6-bd3e-e1aadc793fb1', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '1d00f760-ae75-4b04-838f-12fb65999e5b', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '8dc28249-0929-4d14-aa09-eb15dcffdc9e', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'bdde6089-3e9f-4191-86e3-71868a3d38eb', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '1be4ff44-9d52-4ea0-97d6-7757c8d6ffc4', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '9ac83a56-bfaf-420f-bde5-e6b1d4bd86a0', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'b8454a87-22ad-434d-bce9-92b3776ab8f1', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '4e0b1a15-828b-465d-93bc-381209b1e97a', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'd6534251-b65a-4615-8af2-d5688ffe8b10', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '0b7985d0-d41a-46cb-9552-6176b9eb3cbc', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '4ceb7c3a-586f-4cf0-bb25-f7a5ac71d835', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'a1c64dc5-1a13-4dec-92f6-24dfcab4de22', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '64140c45-c6c7-47ee-a167-dccc7261c67d', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '34d68bb0-3fc0-4a02-bfab-632e68b9fdaf', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f55ce127-4043-4101-8bee-50cefc511432', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '5307b8e4-a2c7-44c8-b4b9-036be57f250b', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '86e8e533-4fa0-49c2-8ba4-c7b58c28f0fc', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'abe01e47-f9bf-4a3a-b050-52c38d740140', 'applied', '2026-12-02 20:05:56.878154+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'a5469b24-999e-46e6-8dc1-eef06b95aa84', 'applied', '2026-12-02 20:05:57.064286+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'aee98128-a5b8-4f66-8bf7-dad30905912a', 'applied', '2026-12-02 20:05:57.140156+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'ff50d0d4-9704-4a3f-89a8-4292c0810ebe', 'applied', '2026-12-02 20:05:57.140156+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '5f2e8c24-78a5-4e33-ae76-497bb1aaab47', 'applied', '2026-12-02 20:05:57.140156+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '9b893f64-65fa-4d26-8ce3-dea394ed4ead', 'applied', '2026-12-02 20:05:57.140156+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '218ff617-99cb-4ebb-a5c9-2886fe423194', 'applied', '2026-12-02 20:05:57.140156+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '48d5fad2-a913-491e-875e-7312f0300355', 'applied', '2026-12-02 20:05:57.140156+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'a4872a18-95ff-46e0-83b5-5d99be7ef8c7', 'applied', '2026-12-02 20:05:57.300889+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '1ca9adeb-d41a-4028-8ac8-2495b2e627f2', 'applied', '2026-12-02 20:05:57.300889+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '777a855b-cf12-4cf8-b211-f5d6bd999938', 'applied', '2026-12-02 20:05:57.300889+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'b8670580-8fa9-410c-bd85-98ffd8c7e4c8', 'applied', '2026-12-02 20:05:57.300889+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'd9e22d8b-1f7e-47c4-b467-acb29becfcbe', 'applied', '2026-12-02 20:05:57.300889+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '0d41d9a1-423d-48d0-8388-6311fa1d07e1', 'applied', '2026-12-02 20:05:57.300889+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '2cfeef59-5bbf-4845-8bdb-46c427afa5a5', 'applied', '2026-12-02 20:05:57.300889+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '919ca859-e392-414e-90c7-106395ab08d0', 'applied', '2026-12-02 20:05:57.300889+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3e35b419-2b97-4116-b5a7-e9489b14b92c', 'applied', '2026-12-02 20:05:57.300889+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3dc298cd-daf1-4304-893c-e15e6309f71a', 'applied', '2026-12-02 20:05:57.300889+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '54b9d01c-bd67-464a-b0a6-a3b83eaa0fcc', 'applied', '2026-12-02 20:05:57.300889+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '62f6f7fd-962b-471a-8643-cda2d11078ac', 'applied', '2026-12-02 20:05:57.48286+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '6a8352a2-e391-4600-87ed-856d848a7349', 'applied', '2026-12-02 20:05:57.48286+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '6bf958e1-4599-47e7-b02b-d535552459a5', 'applied', '2026-12-02 20:05:57.48286+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3aef5b79-eeed-4a73-b545-d9ce942805e8', 'applied', '2026-12-02 20:05:57.48286+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '783f2dd6-1231-4d5d-ad69-ee1cbb3ff438', 'applied', '2026-12-02 20:05:57.48286+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'c7ed0893-8268-43bc-98b8-0ab6749b46e5', 'applied', '2026-12-02 20:05:57.48286+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '01cb5f1c-603a-4f6e-9f23-1269349a5766', 'applied', '2026-12-02 20:05:57.58796+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '6cf5bfdc-523d-4476-ada5-24ef62f9962b', 'applied', '2026-12-02 20:05:57.58796+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f5b6ca67-a3a8-42a4-b4ee-82204d225251', 'applied', '2026-12-02 20:05:57.58796+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f041597c-d61a-41ad-88a1-86b61194b22d', 'applied', '2026-12-02 20:05:57.58796+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '64ce67ef-30c3-4791-b077-8eb602dde61b', 'applied', '2026-12-02 20:05:57.58796+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '69d201de-cf19-4c6f-a06c-2c7e06b588a2', 'applied', '2026-12-02 20:05:57.58796+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '70c360e3-7961-40ce-89f2-5f5bbcddab59', 'applied', '2026-12-02 20:05:57.58796+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '223fa73d-a179-4d3a-b0a0-3c7c5475e770', 'applied', '2026-12-02 20:05:57.745495+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7cf9ae98-1f27-4a99-a11d-2a6a8f43b3b2', 'applied', '2026-12-02 20:05:57.887275+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '04f5c6ff-d193-464f-8870-30e0659882f7', 'applied', '2026-12-02 20:05:57.887275+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '4beb5ea3-611b-48b0-ae33-f0523db83154', 'applied', '2026-12-02 20:05:57.887275+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e0acbb72-dff6-4e60-a2bf-95a9eb5329bf', 'applied', '2026-12-02 20:05:57.887275+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '9ff4ffeb-d05f-46ee-81d5-92087cb66074', 'applied', '2026-12-02 20:05:58.070046+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e2cb0cc9-1d24-4fae-8881-b61392589073', 'applied', '2026-12-02 20:05:58.184121+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '58cc9f77-5e53-4e3d-8c32-4d27152eb63c', 'applied', '2026-12-02 20:05:57.762205+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'b3b451c0-80e7-4e51-8a9f-41b565f8bde3', 'applied', '2026-12-02 20:05:57.762205+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f6e07f73-9021-43f6-bd60-9187505a8bb2', 'applied', '2026-12-02 20:05:57.762205+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '166ee172-6c8f-4373-8627-4fd70fa10880', 'applied', '2026-12-02 20:05:57.872317+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'affd9b8b-16e3-4b1c-8fdc-f973a29035db', 'applied', '2026-12-02 20:05:57.99482+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3220ba13-b9c3-401e-84fc-b984ea7cde64', 'applied', '2026-12-02 20:05:57.99482+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '71c2787c-cf47-43bd-ac94-c231d8e55ec8', 'applied', '2026-12-02 20:05:57.99482+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '0651a218-2a60-4e6c-8b3f-746d73d23355', 'applied', '2026-12-02 20:05:57.99482+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '979eeace-267f-447f-9c9e-f86e01f3513e', 'applied', '2026-12-02 20:05:57.99482+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'e84c99b1-902b-4d6a-8101-5b90d9f46c1e', 'applied', '2026-12-02 20:05:57.99482+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '73981121-dd5f-4cee-9cc2-345156da6496', 'applied', '2026-12-02 20:05:57.99482+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'a20897d1-c4cf-4ed6-8aa1-2ed882972a08', 'applied', '2026-12-02 20:05:57.99482+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3ba40778-1913-4f55-8999-988bfe9a0bca', 'applied', '2026-12-02 20:05:58.081948+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '2f66f431-f0a4-4bee-96f0-074def150567', 'applied', '2026-12-02 20:05:58.081948+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '81fbc7d4-2a3c-4a69-b8a7-1cedf96dc78d', 'applied', '2026-12-02 20:05:58.081948+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '029d0614-5358-42e5-8e0b-f403a1055e5c', 'applied', '2026-12-02 20:05:58.081948+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '141b4da4-12bb-447c-b7d9-30f589ef910b', 'applied', '2026-12-02 20:05:58.081948+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '9687425e-fc87-4842-bee5-7366500c1241', 'applied', '2026-12-02 20:05:58.081948+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '171b3b8e-a558-4d3c-b9d5-7a12dcfb3f48', 'applied', '2026-12-02 20:05:58.165071+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'b0e271e0-cc4b-4426-aceb-c4671218b8b1', 'applied', '2026-12-02 20:05:58.25428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'adbd8a4d-4d8e-413a-96b9-ad4e9214a794', 'applied', '2026-12-02 20:05:58.25428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '7294ac90-296c-466d-a548-7c159d207cc8', 'applied', '2026-12-02 20:05:58.25428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '17681316-7ced-455e-b5e9-cae8bfaea332', 'applied', '2026-12-02 20:05:58.25428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '76c406b7-0892-4309-ad4a-0be77a15fe60', 'applied', '2026-12-02 20:05:58.25428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'ac47c146-8080-4780-bf3f-c4ea87e7b963', 'applied', '2026-12-02 20:05:58.25428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '5ca451d2-f0ae-4383-a67d-abb20bce62f0', 'applied', '2026-12-02 20:05:58.25428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '03ed8d76-fbde-4063-826d-849f3424149d', 'applied', '2026-12-02 20:05:58.25428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '51d491a3-c7e6-4468-9e93-3c0c75e38753', 'applied', '2026-12-02 20:05:58.25428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '0e5b318e-2d2f-41c8-bf5e-fbe6917ab7d7', 'applied', '2026-12-02 20:05:58.25428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f8ac93a3-bb9b-402e-9ff4-83f021c4b091', 'applied', '2026-12-02 20:05:58.25428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'f7edc54e-aaef-4f29-a1dc-7f7a3a6e8fa6', 'applied', '2026-12-02 20:05:58.25428+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '78759ae2-5074-4e31-8452-66c71b98e0f6', 'applied', '2026-12-02 20:05:58.502185+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'ce284f7b-55b9-4c2a-8391-457ef02c558e', 'applied', '2026-12-02 20:05:58.629517+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '3636e03a-5dd0-47d3-9a40-abc56495f0d5', 'applied', '2026-12-02 20:05:58.654311+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '192e2a1e-e772-4ee7-bdd5-88d272dd29dd', 'applied', '2026-12-02 20:05:58.654311+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '68ee8233-dea7-4e8a-a933-8a2c27412845', 'applied', '2026-12-02 20:05:58.184121+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'c1dfcde4-b023-40c4-8149-4787799cc5d7', 'applied', '2026-12-02 20:05:58.184121+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'fc23e1a5-90d6-47ae-be55-879f0cf5fb38', 'applied', '2026-12-02 20:05:58.184121+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'a1943401-406d-40fb-8d90-a3bdeeed0e2b', 'applied', '2026-12-02 20:05:58.184121+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', 'c12e39c1-fa2e-429a-a892-379e19a28792', 'applied', '2026-12-02 20:05:58.532837+00');
INSERT INTO public.processed_events VALUES ('projection.read-models', '59a1ff61-a9a6-418a-b303-1290b43e2f11', 'applied', '2026-12-02 20:05:58.532837+00');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations VALUES ('0001_event_store_outbox_inbox', '2026-12-02 20:05:54.558257+00');
INSERT INTO public.schema_migrations VALUES ('projection_0001_timeline_objects', '2026-12-02 20:05:54.558257+00');
INSERT INTO public.schema_migrations VALUES ('projection_0002_document_counts', '2026-12-02 20:05:54.558257+00');


--
-- Data for Name: tasks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.tasks VALUES ('instruction:in-4408467f8ff94ff6:2026-12-03:agriculture', '关于切实做好春耕备耕工作的紧急通知', 'document_instruction', 'agriculture', '2026-12-10', 'open', '2026-12-03', NULL, NULL, 0, 'none');
INSERT INTO public.tasks VALUES ('instruction:in-6d2a7bf999b04bdc:2026-12-03:finance', '关于下达2026年度财政专项资金的通知', 'document_instruction', 'finance', '2026-12-17', 'open', '2026-12-03', NULL, NULL, 0, 'none');
INSERT INTO public.tasks VALUES ('resolution:mtg-e97e97571796:r1', '落实农业生产资金，按期拨付到位', 'meeting_resolution', 'finance', '2026-12-14', 'open', '2026-11-24', NULL, NULL, 0, 'none');
INSERT INTO public.tasks VALUES ('resolution:mtg-e97e97571796:r2', '开展校园安全专项检查并报送结果', 'meeting_resolution', 'education', '2026-12-24', 'open', '2026-11-24', NULL, NULL, 0, 'none');
INSERT INTO public.tasks VALUES ('resolution:mtg-986a61bef7e2:r1', '编制老旧小区改造资金使用计划', 'meeting_resolution', 'finance', '2026-12-17', 'open', '2026-12-02', NULL, NULL, 0, 'none');
INSERT INTO public.tasks VALUES ('adhoc:15df27fb645a', '落实工会会员服务阵地建设', 'ad_hoc', 'union', '2027-01-02', 'acknowledged', '2026-11-26', NULL, NULL, 0, 'none');
INSERT INTO public.tasks VALUES ('adhoc:c523de4cd5e8', '全县中小学食堂食品安全检查', 'ad_hoc', 'education', '2026-12-07', 'acknowledged', '2026-11-23', NULL, NULL, 0, 'none');
INSERT INTO public.tasks VALUES ('adhoc:b8a614cc7ee9', '报送上半年预算执行情况', 'ad_hoc', 'finance', '2026-11-23', 'closed', '2026-11-03', '2026-11-22', 'yes', 0, 'none');
INSERT INTO public.tasks VALUES ('adhoc:b56fdba26b01', '办公楼消防设施维修', 'ad_hoc', 'office.affairs', '2026-11-13', 'closed', '2026-10-24', '2026-11-19', 'no', 0, 'none');
INSERT INTO public.tasks VALUES ('adhoc:34ac081c4b55', '春耕化肥储备情况摸底', 'ad_hoc', 'agriculture', '2026-12-23', 'open', '2026-12-03', NULL, NULL, 0, 'none');
INSERT INTO public.tasks VALUES ('adhoc:bc10dee01a45', '校车安全隐患排查整治', 'ad_hoc', 'education', '2026-12-09', 'acknowledged', '2026-11-28', NULL, NULL, 0, 'none');
INSERT INTO public.tasks VALUES ('adhoc:0c557e9c241f', '职工疗休养基地改建', 'ad_hoc', 'union', '2026-12-18', 'infeasible', '2026-11-21', NULL, NULL, 1, 'none');
INSERT INTO public.tasks VALUES ('adhoc:2cdb2d05aa69', '困难职工帮扶资金拨付', 'ad_hoc', 'finance', '2026-11-28', 'acknowledged', '2026-11-08', NULL, NULL, 1, 'none');
INSERT INTO public.tasks VALUES ('petition:petition-demo-2:education', '信访件 信访〔2026〕2号：反映学校违规收取补课费，请核查处理', 'petition', 'education', '2027-01-12', 'open', '2026-12-03', NULL, NULL, 0, 'none');
INSERT INTO public.tasks VALUES ('petition:petition-demo-3:agriculture', '信访件 信访〔2026〕3号：反映农田灌溉渠损毁，请组织修复', 'petition', 'agriculture', '2026-12-05', 'open', '2026-12-03', NULL, NULL, 0, 'none');
INSERT INTO public.tasks VALUES ('petition:petition-demo-5:finance', '信访件 信访〔2026〕5号：反映道路施工扰民，请协调施工时间', 'petition', 'finance', '2026-12-18', 'open', '2026-12-03', NULL, NULL, 0, 'none');
INSERT INTO public.tasks VALUES ('petition:petition-demo-6:agriculture', '信访件 信访〔2026〕6号：反映征地补偿标准不一致，请核实', 'petition', 'agriculture', '2026-11-18', 'open', '2026-12-03', NULL, NULL, 1, 'none');


--
-- Data for Name: timeline; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.timeline VALUES ('a9ec9b31-54ff-4302-b120-2e8948029fb9', 'documents', 'incoming', 'shuniu.documents.incoming.received.v1', 'in-aa855d82b3894487', 1, '2026-12-02 20:05:54.698166+00', 'shen', NULL, NULL, '{"title": "关于开展2026年度安全生产大检查的通知", "copies": 2, "sender": "市安全生产委员会办公室", "urgency": "加急", "doc_type": "通知", "received_at": "2026-12-02T20:05:54.698078Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}');
INSERT INTO public.timeline VALUES ('8d47ba0d-b65b-46f8-853f-2e0484f1791f', 'documents', 'incoming', 'shuniu.documents.incoming.received.v1', 'in-96157ca1613a4bf4', 1, '2026-12-02 20:05:54.729319+00', 'shen', NULL, NULL, '{"title": "关于报送第一季度经济运行情况的函", "copies": 2, "sender": "市发展和改革委员会", "urgency": null, "doc_type": "函", "received_at": "2026-12-02T20:05:54.729256Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}');
INSERT INTO public.timeline VALUES ('227f470a-3b4a-42a6-b10f-f996b91efbf0', 'documents', 'incoming', 'shuniu.documents.incoming.registered.v1', 'in-96157ca1613a4bf4', 2, '2026-12-02 20:05:54.746578+00', 'shen', NULL, NULL, '{"code": "县府办收", "year": 2026, "sequence": 1, "registered_by": "shen", "receipt_number": "县府办收〔2026〕1号"}');
INSERT INTO public.timeline VALUES ('017c6988-0ab3-4693-92f5-6c276d7a20a6', 'documents', 'incoming', 'shuniu.documents.incoming.received.v1', 'in-a542d66edfe9411a', 1, '2026-12-02 20:05:54.756853+00', 'shen', NULL, NULL, '{"title": "关于某企业用地审批事项的请示", "copies": 2, "sender": "县自然资源局", "urgency": null, "doc_type": "请示", "received_at": "2026-12-02T20:05:54.756797Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}');
INSERT INTO public.timeline VALUES ('21afb662-adc6-48ac-99e2-85d725aab26d', 'documents', 'incoming', 'shuniu.documents.incoming.registered.v1', 'in-a542d66edfe9411a', 2, '2026-12-02 20:05:54.782685+00', 'shen', NULL, NULL, '{"code": "县府办收", "year": 2026, "sequence": 2, "registered_by": "shen", "receipt_number": "县府办收〔2026〕2号"}');
INSERT INTO public.timeline VALUES ('ee2346f9-311b-4014-a1b3-c443d0fdd83b', 'documents', 'incoming', 'shuniu.documents.incoming.returned.v1', 'in-a542d66edfe9411a', 3, '2026-12-02 20:05:54.793494+00', 'shen', NULL, NULL, '{"reason": "请示应由县自然资源局按程序报县政府，不应以收文形式送办公室", "reviewed_by": "shen"}');
INSERT INTO public.timeline VALUES ('1374e273-1a29-40fe-8b0d-ff3f25a58c79', 'documents', 'incoming', 'shuniu.documents.incoming.received.v1', 'in-8ba4bd7653314858', 1, '2026-12-02 20:05:54.798373+00', 'shen', NULL, NULL, '{"title": "关于做好冬春季森林防火工作的通知", "copies": 2, "sender": "市应急管理局", "urgency": null, "doc_type": "通知", "received_at": "2026-12-02T20:05:54.798330Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}');
INSERT INTO public.timeline VALUES ('eccd2a3e-968f-464b-93f8-909edfb8a19f', 'documents', 'incoming', 'shuniu.documents.incoming.registered.v1', 'in-8ba4bd7653314858', 2, '2026-12-02 20:05:54.810825+00', 'shen', NULL, NULL, '{"code": "县府办收", "year": 2026, "sequence": 3, "registered_by": "shen", "receipt_number": "县府办收〔2026〕3号"}');
INSERT INTO public.timeline VALUES ('664d3c17-c58f-400f-a931-1a8ba732538f', 'documents', 'incoming', 'shuniu.documents.incoming.accepted.v1', 'in-8ba4bd7653314858', 3, '2026-12-02 20:05:54.821939+00', 'li', NULL, NULL, '{"note": "", "handling": "批办件", "reviewed_by": "li"}');
INSERT INTO public.timeline VALUES ('88b2f5f2-ed75-41c5-9ad4-664960c9aa9f', 'documents', 'incoming', 'shuniu.documents.incoming.received.v1', 'in-757ed49b34534af2', 1, '2026-12-02 20:05:54.826992+00', 'shen', NULL, NULL, '{"title": "市政府第12次常务会议纪要", "copies": 2, "sender": "市人民政府办公室", "urgency": null, "doc_type": "纪要", "received_at": "2026-12-02T20:05:54.826951Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}');
INSERT INTO public.timeline VALUES ('53591a4e-a18a-40a0-9b46-cd9ef9f8d43a', 'documents', 'incoming', 'shuniu.documents.incoming.registered.v1', 'in-757ed49b34534af2', 2, '2026-12-02 20:05:54.839906+00', 'shen', NULL, NULL, '{"code": "县府办收", "year": 2026, "sequence": 4, "registered_by": "shen", "receipt_number": "县府办收〔2026〕4号"}');
INSERT INTO public.timeline VALUES ('463768f9-981a-4393-b941-c2c853817d5f', 'documents', 'incoming', 'shuniu.documents.incoming.accepted.v1', 'in-757ed49b34534af2', 3, '2026-12-02 20:05:54.851181+00', 'li', NULL, NULL, '{"note": "", "handling": "阅知件", "reviewed_by": "li"}');
INSERT INTO public.timeline VALUES ('8657e891-40e3-45ee-83af-31669882ee39', 'documents', 'incoming', 'shuniu.documents.incoming.circulation_started.v1', 'in-757ed49b34534af2', 4, '2026-12-02 20:05:54.859054+00', 'shen', NULL, NULL, '{"round": 1, "due_at": "2026-12-07T09:30:00Z", "readers": ["luo", "fang", "chen", "sun"], "started_at": "2026-12-02T20:05:54.858998Z", "started_by": "shen", "departments": ["finance", "gov", "union"]}');
INSERT INTO public.timeline VALUES ('a812d90c-0790-41c5-976b-7b817e586b91', 'documents', 'incoming', 'shuniu.documents.incoming.read.v1', 'in-757ed49b34534af2', 5, '2026-12-02 20:05:54.872848+00', 'luo', NULL, NULL, '{"round": 1, "reader": "luo", "read_at": "2026-12-02T20:05:54.872814Z"}');
INSERT INTO public.timeline VALUES ('9d1d6bea-e273-4a50-ad8d-5c09c1d8bb82', 'documents', 'incoming', 'shuniu.documents.incoming.read.v1', 'in-757ed49b34534af2', 6, '2026-12-02 20:05:54.880189+00', 'chen', NULL, NULL, '{"round": 1, "reader": "chen", "read_at": "2026-12-02T20:05:54.880166Z"}');
INSERT INTO public.timeline VALUES ('be0095ad-036a-47fb-a6b9-75ce5cbbc97e', 'documents', 'incoming', 'shuniu.documents.incoming.received.v1', 'in-b47d1a1db9f54ab1', 1, '2026-12-02 20:05:54.884707+00', 'shen', NULL, NULL, '{"title": "关于开展中小学校舍安全排查的通知", "copies": 2, "sender": "市教育局", "urgency": null, "doc_type": "通知", "received_at": "2026-12-02T20:05:54.884665Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}');
INSERT INTO public.timeline VALUES ('ff84cdac-0535-48b4-99e4-32d3a43d3a80', 'documents', 'incoming', 'shuniu.documents.incoming.registered.v1', 'in-b47d1a1db9f54ab1', 2, '2026-12-02 20:05:54.899526+00', 'shen', NULL, NULL, '{"code": "县府办收", "year": 2026, "sequence": 5, "registered_by": "shen", "receipt_number": "县府办收〔2026〕5号"}');
INSERT INTO public.timeline VALUES ('a10be2de-c12e-4f96-9654-04656efaed5c', 'documents', 'incoming', 'shuniu.documents.incoming.accepted.v1', 'in-b47d1a1db9f54ab1', 3, '2026-12-02 20:05:54.910686+00', 'li', NULL, NULL, '{"note": "", "handling": "批办件", "reviewed_by": "li"}');
INSERT INTO public.timeline VALUES ('6ab91263-11b2-45d7-8efb-b290fca61b04', 'documents', 'incoming', 'shuniu.documents.incoming.proposed.v1', 'in-b47d1a1db9f54ab1', 4, '2026-12-02 20:05:54.918106+00', 'feng', NULL, NULL, '{"opinion": "拟请方副县长阅示，县教育局牵头办理", "proposed_by": "feng"}');
INSERT INTO public.timeline VALUES ('bc8ad463-2a8c-4e46-8110-c1f429ce9332', 'documents', 'incoming', 'shuniu.documents.incoming.received.v1', 'in-4408467f8ff94ff6', 1, '2026-12-02 20:05:54.923289+00', 'shen', NULL, NULL, '{"title": "关于切实做好春耕备耕工作的紧急通知", "copies": 2, "sender": "市农业农村局", "urgency": "特急", "doc_type": "通知", "received_at": "2026-12-02T20:05:54.923248Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}');
INSERT INTO public.timeline VALUES ('ca88dab6-14ab-4295-8e23-969c2117863a', 'documents', 'incoming', 'shuniu.documents.incoming.registered.v1', 'in-4408467f8ff94ff6', 2, '2026-12-02 20:05:54.932583+00', 'shen', NULL, NULL, '{"code": "县府办收", "year": 2026, "sequence": 6, "registered_by": "shen", "receipt_number": "县府办收〔2026〕6号"}');
INSERT INTO public.timeline VALUES ('ef71976f-42ed-422d-8f73-d95c49b083ed', 'documents', 'incoming', 'shuniu.documents.incoming.accepted.v1', 'in-4408467f8ff94ff6', 3, '2026-12-02 20:05:54.941875+00', 'li', NULL, NULL, '{"note": "", "handling": "批办件", "reviewed_by": "li"}');
INSERT INTO public.timeline VALUES ('e2d72efb-3424-48fb-b21b-0d0790b194b9', 'documents', 'incoming', 'shuniu.documents.incoming.proposed.v1', 'in-4408467f8ff94ff6', 4, '2026-12-02 20:05:54.949587+00', 'feng', NULL, NULL, '{"opinion": "拟请领导阅示，由县农业农村局牵头办理", "proposed_by": "feng"}');
INSERT INTO public.timeline VALUES ('37a53fea-6973-44e0-9cd0-d3068837d745', 'documents', 'incoming', 'shuniu.documents.incoming.instructed.v1', 'in-4408467f8ff94ff6', 5, '2026-12-02 20:05:54.962349+00', 'fang', NULL, NULL, '{"title": "关于切实做好春耕备耕工作的紧急通知", "leader": "fang", "urgency": "特急", "deadline": "2026-12-10", "document_id": "in-4408467f8ff94ff6", "instruction": "请牵头抓好落实，按时报告办理结果。", "instructed_on": "2026-12-03", "classification": "none", "co_departments": ["finance"], "receipt_number": "县府办收〔2026〕6号", "lead_department": "agriculture"}');
INSERT INTO public.timeline VALUES ('c0ad38bc-af4d-42d1-82a7-9f19721f3453', 'documents', 'incoming', 'shuniu.documents.incoming.urged.v1', 'in-4408467f8ff94ff6', 6, '2026-12-02 20:05:54.97348+00', 'li', NULL, NULL, '{"note": "请农业农村局于周五前报送春耕物资储备情况", "deadline": "2026-12-10", "urged_by": "li", "automatic": false, "lead_department": "agriculture"}');
INSERT INTO public.timeline VALUES ('69d63a19-918b-4b84-a6eb-810d265cfe14', 'documents', 'incoming', 'shuniu.documents.incoming.received.v1', 'in-6d2a7bf999b04bdc', 1, '2026-12-02 20:05:54.976964+00', 'shen', NULL, NULL, '{"title": "关于下达2026年度财政专项资金的通知", "copies": 2, "sender": "市财政局", "urgency": null, "doc_type": "通知", "received_at": "2026-12-02T20:05:54.976924Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}');
INSERT INTO public.timeline VALUES ('692b1f20-439d-4c95-88e3-ca77b80db43f', 'documents', 'incoming', 'shuniu.documents.incoming.registered.v1', 'in-6d2a7bf999b04bdc', 2, '2026-12-02 20:05:54.985557+00', 'shen', NULL, NULL, '{"code": "县府办收", "year": 2026, "sequence": 7, "registered_by": "shen", "receipt_number": "县府办收〔2026〕7号"}');
INSERT INTO public.timeline VALUES ('abbd40e4-a178-4502-a4fb-0625fb02bc4c', 'documents', 'incoming', 'shuniu.documents.incoming.accepted.v1', 'in-6d2a7bf999b04bdc', 3, '2026-12-02 20:05:54.992308+00', 'li', NULL, NULL, '{"note": "", "handling": "批办件", "reviewed_by": "li"}');
INSERT INTO public.timeline VALUES ('28d56696-b24a-4684-a69e-7ae300e8e96f', 'documents', 'incoming', 'shuniu.documents.incoming.proposed.v1', 'in-6d2a7bf999b04bdc', 4, '2026-12-02 20:05:54.99905+00', 'feng', NULL, NULL, '{"opinion": "拟请领导阅示，由县财政局牵头办理", "proposed_by": "feng"}');
INSERT INTO public.timeline VALUES ('f1f4adc1-3d79-4efa-86a7-b4c6d93ae6f1', 'documents', 'incoming', 'shuniu.documents.incoming.instructed.v1', 'in-6d2a7bf999b04bdc', 5, '2026-12-02 20:05:55.009428+00', 'luo', NULL, NULL, '{"title": "关于下达2026年度财政专项资金的通知", "leader": "luo", "urgency": null, "deadline": "2026-12-17", "document_id": "in-6d2a7bf999b04bdc", "instruction": "请牵头抓好落实，按时报告办理结果。", "instructed_on": "2026-12-03", "classification": "none", "co_departments": [], "receipt_number": "县府办收〔2026〕7号", "lead_department": "finance"}');
INSERT INTO public.timeline VALUES ('a71f148e-9e43-4866-9874-497295c136fd', 'documents', 'incoming', 'shuniu.documents.incoming.replied.v1', 'in-6d2a7bf999b04bdc', 6, '2026-12-02 20:05:55.027675+00', 'chen', NULL, NULL, '{"reply": "专项资金已全额拨付，明细见附件。", "department": "finance", "replied_by": "chen"}');
INSERT INTO public.timeline VALUES ('721a4f78-d696-4b76-bbc8-b51c0c9cd498', 'documents', 'incoming', 'shuniu.documents.incoming.received.v1', 'in-778345de512d4c7e', 1, '2026-12-02 20:05:55.033163+00', 'shen', NULL, NULL, '{"title": "关于做好元旦春节期间值班工作的通知", "copies": 2, "sender": "市人民政府办公室", "urgency": null, "doc_type": "通知", "received_at": "2026-12-02T20:05:55.033096Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}');
INSERT INTO public.timeline VALUES ('70203086-bde3-4238-9e1b-7814bbe0fc34', 'documents', 'incoming', 'shuniu.documents.incoming.registered.v1', 'in-778345de512d4c7e', 2, '2026-12-02 20:05:55.041696+00', 'shen', NULL, NULL, '{"code": "县府办收", "year": 2026, "sequence": 8, "registered_by": "shen", "receipt_number": "县府办收〔2026〕8号"}');
INSERT INTO public.timeline VALUES ('c07c55d1-7e80-4a93-95ff-45e6f1eaca82', 'documents', 'incoming', 'shuniu.documents.incoming.accepted.v1', 'in-778345de512d4c7e', 3, '2026-12-02 20:05:55.048276+00', 'li', NULL, NULL, '{"note": "", "handling": "阅知件", "reviewed_by": "li"}');
INSERT INTO public.timeline VALUES ('383ad295-f22a-49fe-b23c-6223f353522d', 'documents', 'incoming', 'shuniu.documents.incoming.circulation_started.v1', 'in-778345de512d4c7e', 4, '2026-12-02 20:05:55.052845+00', 'li', NULL, NULL, '{"round": 1, "due_at": "2026-12-07T09:30:00Z", "readers": ["fang", "sun"], "started_at": "2026-12-02T20:05:55.052805Z", "started_by": "li", "departments": ["gov", "union"]}');
INSERT INTO public.timeline VALUES ('f81c250e-ca57-46a7-9c00-662e3cbdb699', 'documents', 'incoming', 'shuniu.documents.incoming.read.v1', 'in-778345de512d4c7e', 5, '2026-12-02 20:05:55.063741+00', 'fang', NULL, NULL, '{"round": 1, "reader": "fang", "read_at": "2026-12-02T20:05:55.063723Z"}');
INSERT INTO public.timeline VALUES ('13ddcfc5-f822-4aea-aea0-cf33534eca60', 'documents', 'incoming', 'shuniu.documents.incoming.read.v1', 'in-778345de512d4c7e', 6, '2026-12-02 20:05:55.074015+00', 'sun', NULL, NULL, '{"round": 1, "reader": "sun", "read_at": "2026-12-02T20:05:55.074001Z"}');
INSERT INTO public.timeline VALUES ('d939c782-3d14-41d1-8712-a7cc168d3a36', 'documents', 'incoming', 'shuniu.documents.incoming.closed.v1', 'in-778345de512d4c7e', 7, '2026-12-02 20:05:55.091009+00', 'shen', NULL, NULL, '{"note": "传阅完毕", "closed_by": "shen", "closed_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('c74de833-f62b-485e-bb6e-577e3d7bd6f5', 'documents', 'incoming', 'shuniu.documents.incoming.received.v1', 'in-d8de1184fec24376', 1, '2026-12-02 20:05:55.100787+00', 'shen', NULL, NULL, '{"title": "关于2025年度工作目标考核结果的通报", "copies": 2, "sender": "市人民政府办公室", "urgency": null, "doc_type": "通报", "received_at": "2026-12-02T20:05:55.100736Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}');
INSERT INTO public.timeline VALUES ('49ca6cc5-075a-4d9a-a784-270810c500f6', 'documents', 'incoming', 'shuniu.documents.incoming.registered.v1', 'in-d8de1184fec24376', 2, '2026-12-02 20:05:55.111968+00', 'shen', NULL, NULL, '{"code": "县府办收", "year": 2026, "sequence": 9, "registered_by": "shen", "receipt_number": "县府办收〔2026〕9号"}');
INSERT INTO public.timeline VALUES ('a5ecc6c2-0768-4ca0-bcde-3a37f4c23961', 'documents', 'incoming', 'shuniu.documents.incoming.accepted.v1', 'in-d8de1184fec24376', 3, '2026-12-02 20:05:55.120903+00', 'li', NULL, NULL, '{"note": "", "handling": "阅知件", "reviewed_by": "li"}');
INSERT INTO public.timeline VALUES ('1ba73700-aa5f-4a57-a40a-30e5ec361a83', 'documents', 'incoming', 'shuniu.documents.incoming.circulation_started.v1', 'in-d8de1184fec24376', 4, '2026-12-02 20:05:55.132792+00', 'li', NULL, NULL, '{"round": 1, "due_at": "2026-12-07T09:30:00Z", "readers": ["fang", "sun"], "started_at": "2026-12-02T20:05:55.132742Z", "started_by": "li", "departments": ["gov", "union"]}');
INSERT INTO public.timeline VALUES ('920287e8-84aa-48dd-9a9a-ed3b292cb567', 'documents', 'incoming', 'shuniu.documents.incoming.read.v1', 'in-d8de1184fec24376', 5, '2026-12-02 20:05:55.143591+00', 'fang', NULL, NULL, '{"round": 1, "reader": "fang", "read_at": "2026-12-02T20:05:55.143573Z"}');
INSERT INTO public.timeline VALUES ('6a1b9b9a-506a-4b96-9f71-c985657c5921', 'documents', 'incoming', 'shuniu.documents.incoming.read.v1', 'in-d8de1184fec24376', 6, '2026-12-02 20:05:55.157812+00', 'sun', NULL, NULL, '{"round": 1, "reader": "sun", "read_at": "2026-12-02T20:05:55.157793Z"}');
INSERT INTO public.timeline VALUES ('dc0edb87-521f-45f2-9659-c345cb26930d', 'documents', 'incoming', 'shuniu.documents.incoming.closed.v1', 'in-d8de1184fec24376', 7, '2026-12-02 20:05:55.172998+00', 'shen', NULL, NULL, '{"note": "传阅完毕", "closed_by": "shen", "closed_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('355db9ef-8ed0-4e15-909a-c25d6f24d2a6', 'documents', 'incoming', 'shuniu.documents.incoming.supervision_opened.v1', 'in-4408467f8ff94ff6', 7, '2026-12-02 20:05:55.173914+00', 'fang', '37a53fea-6973-44e0-9cd0-d3068837d745', '02439ec2-6699-42a5-9b5b-6bf4a65e87a4', '{"task_id": "instruction:in-4408467f8ff94ff6:2026-12-03:agriculture"}');
INSERT INTO public.timeline VALUES ('11401d8d-bf8d-4471-ae40-61f476d60d1a', 'documents', 'incoming', 'shuniu.documents.incoming.archived.v1', 'in-d8de1184fec24376', 8, '2026-12-02 20:05:55.19047+00', 'shen', NULL, NULL, '{"retention": "定期30年", "archived_by": "shen", "archived_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('7736ec3a-d0e4-416c-89c1-88116df0c413', 'documents', 'outgoing', 'shuniu.documents.outgoing.drafted.v1', 'out-c6d9333d31e547ec', 1, '2026-12-02 20:05:55.195856+00', 'chen', NULL, NULL, '{"body": "各有关单位：……", "title": "关于加强县级财政资金监管的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}');
INSERT INTO public.timeline VALUES ('0376ed0b-de0d-427d-89be-26d25ab10d35', 'documents', 'outgoing', 'shuniu.documents.outgoing.drafted.v1', 'out-d7e9fe16e1ad4000', 1, '2026-12-02 20:05:55.207738+00', 'chen', NULL, NULL, '{"body": "各有关单位：……", "title": "关于调整机关食堂就餐补助的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}');
INSERT INTO public.timeline VALUES ('146371ee-9db2-4dff-a950-dbc82e0d8cc0', 'documents', 'outgoing', 'shuniu.documents.outgoing.returned.v1', 'out-d7e9fe16e1ad4000', 2, '2026-12-02 20:05:55.225283+00', 'feng', NULL, NULL, '{"comments": "补助标准请与总工会核对后再报", "reviewed_by": "feng"}');
INSERT INTO public.timeline VALUES ('b790bf6c-212c-4b71-8e9d-becde99211ed', 'documents', 'outgoing', 'shuniu.documents.outgoing.drafted.v1', 'out-98c428648c4d4b7d', 1, '2026-12-02 20:05:55.234373+00', 'sun', NULL, NULL, '{"body": "各有关单位：……", "title": "关于开展职工健康体检的联合通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": ["finance"], "drafted_by": "sun", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "union"}');
INSERT INTO public.timeline VALUES ('64b613e2-37dd-47d1-9b91-38a7891c3943', 'documents', 'outgoing', 'shuniu.documents.outgoing.reviewed.v1', 'out-98c428648c4d4b7d', 2, '2026-12-02 20:05:55.255928+00', 'yang', NULL, NULL, '{"opinion": "同意，请财政局会签", "reviewed_by": "yang"}');
INSERT INTO public.timeline VALUES ('8481b308-871b-4d45-b33d-9bc5a3d8d19d', 'documents', 'outgoing', 'shuniu.documents.outgoing.drafted.v1', 'out-07c35acee5f84f34', 1, '2026-12-02 20:05:55.261275+00', 'chen', NULL, NULL, '{"body": "各有关单位：……", "title": "关于申请2026年防汛补助资金的请示", "urgency": null, "doc_type": "请示", "direction": "上行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["市人民政府"], "copied_recipients": [], "drafting_department": "finance"}');
INSERT INTO public.timeline VALUES ('2156379c-bc2b-45f1-a195-70da1792597c', 'documents', 'outgoing', 'shuniu.documents.outgoing.reviewed.v1', 'out-07c35acee5f84f34', 2, '2026-12-02 20:05:55.26939+00', 'feng', NULL, NULL, '{"opinion": "同意，呈罗县长签发", "reviewed_by": "feng"}');
INSERT INTO public.timeline VALUES ('9b1f3fe3-1ae0-4584-86ea-c207b9cdcf3d', 'documents', 'outgoing', 'shuniu.documents.outgoing.drafted.v1', 'out-2a8e2e7ee2df4494', 1, '2026-12-02 20:05:55.274814+00', 'chen', NULL, NULL, '{"body": "各有关单位：……", "title": "关于印发县政府2026年工作要点的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}');
INSERT INTO public.timeline VALUES ('3d14a36d-983e-4692-9cfe-53a09fde7524', 'documents', 'outgoing', 'shuniu.documents.outgoing.reviewed.v1', 'out-2a8e2e7ee2df4494', 2, '2026-12-02 20:05:55.293119+00', 'feng', NULL, NULL, '{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO public.timeline VALUES ('888ddcf9-be52-4ccf-97b0-9f43e8335774', 'documents', 'outgoing', 'shuniu.documents.outgoing.signed.v1', 'out-2a8e2e7ee2df4494', 3, '2026-12-02 20:05:55.301346+00', 'luo', NULL, NULL, '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('8c3d8874-b987-4635-932f-922c51c553f7', 'documents', 'incoming', 'shuniu.documents.incoming.supervision_opened.v1', 'in-6d2a7bf999b04bdc', 7, '2026-12-02 20:05:55.304206+00', 'luo', 'f1f4adc1-3d79-4efa-86a7-b4c6d93ae6f1', '35ef7da6-b911-4255-a9a9-b01a4955002f', '{"task_id": "instruction:in-6d2a7bf999b04bdc:2026-12-03:finance"}');
INSERT INTO public.timeline VALUES ('ab569585-d4b0-4679-8cd9-7ddaadd2ea5e', 'documents', 'outgoing', 'shuniu.documents.outgoing.drafted.v1', 'out-76d7b032bf394af6', 1, '2026-12-02 20:05:55.307029+00', 'chen', NULL, NULL, '{"body": "各有关单位：……", "title": "关于成立县乡村振兴工作领导小组的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}');
INSERT INTO public.timeline VALUES ('21904690-16e7-4a35-bdbc-563ed1e3651b', 'documents', 'outgoing', 'shuniu.documents.outgoing.reviewed.v1', 'out-76d7b032bf394af6', 2, '2026-12-02 20:05:55.316885+00', 'feng', NULL, NULL, '{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO public.timeline VALUES ('cf8f948d-f5e9-4450-8033-ac28a636d53f', 'documents', 'outgoing', 'shuniu.documents.outgoing.signed.v1', 'out-76d7b032bf394af6', 3, '2026-12-02 20:05:55.322441+00', 'luo', NULL, NULL, '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('2ec33556-293b-4330-abfa-bfded0e55529', 'documents', 'outgoing', 'shuniu.documents.outgoing.rechecked.v1', 'out-76d7b032bf394af6', 4, '2026-12-02 20:05:55.329081+00', 'shen', NULL, NULL, '{"note": "无实质性修改", "rechecked_by": "shen"}');
INSERT INTO public.timeline VALUES ('31b69e4f-1a57-46fd-a670-3d53dfd7746f', 'documents', 'outgoing', 'shuniu.documents.outgoing.drafted.v1', 'out-497e633b68d44fd9', 1, '2026-12-02 20:05:55.332736+00', 'chen', NULL, NULL, '{"body": "各有关单位：……", "title": "关于表彰2025年度先进集体的决定", "urgency": null, "doc_type": "决定", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}');
INSERT INTO public.timeline VALUES ('2c6a808f-3fcb-4281-a4d5-63daf065dff1', 'documents', 'outgoing', 'shuniu.documents.outgoing.reviewed.v1', 'out-497e633b68d44fd9', 2, '2026-12-02 20:05:55.341219+00', 'feng', NULL, NULL, '{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO public.timeline VALUES ('c56b7716-22e5-4e03-a689-dfbe4ebdaa73', 'documents', 'outgoing', 'shuniu.documents.outgoing.signed.v1', 'out-497e633b68d44fd9', 3, '2026-12-02 20:05:55.350337+00', 'luo', NULL, NULL, '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('7fbd04a8-458e-4fdc-9f2f-ef413f78ae9a', 'documents', 'outgoing', 'shuniu.documents.outgoing.rechecked.v1', 'out-497e633b68d44fd9', 4, '2026-12-02 20:05:55.358794+00', 'shen', NULL, NULL, '{"note": "无实质性修改", "rechecked_by": "shen"}');
INSERT INTO public.timeline VALUES ('b511e877-832b-414b-8a60-eab71f9288dd', 'documents', 'outgoing', 'shuniu.documents.outgoing.numbered.v1', 'out-497e633b68d44fd9', 5, '2026-12-02 20:05:55.373178+00', 'shen', NULL, NULL, '{"code": "县府办发", "year": 2026, "copies": 5, "number": "县府办发〔2026〕1号", "sequence": 1, "distribution": ["education", "agriculture", "finance"], "registered_by": "shen"}');
INSERT INTO public.timeline VALUES ('3e0fe35f-f7e1-478e-afa8-2b48d63873bf', 'documents', 'outgoing', 'shuniu.documents.outgoing.number_voided.v1', 'out-497e633b68d44fd9', 6, '2026-12-02 20:05:55.38425+00', 'shen', NULL, NULL, '{"number": "县府办发〔2026〕1号", "reason": "登记时误用了县府办发代字，应为县府发", "voided_by": "shen"}');
INSERT INTO public.timeline VALUES ('02439ec2-6699-42a5-9b5b-6bf4a65e87a4', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'instruction:in-4408467f8ff94ff6:2026-12-03:agriculture', 1, '2026-12-02 20:05:55.070663+00', 'fang', '37a53fea-6973-44e0-9cd0-d3068837d745', '37a53fea-6973-44e0-9cd0-d3068837d745', '{"title": "关于切实做好春耕备耕工作的紧急通知", "source": {"id": "in-4408467f8ff94ff6", "item": null, "kind": "document_instruction", "service": "documents"}, "task_id": "instruction:in-4408467f8ff94ff6:2026-12-03:agriculture", "deadline": "2026-12-10", "priority": "urgent", "opened_by": null, "opened_on": "2026-12-03", "assigned_by": "fang", "description": "批示：请牵头抓好落实，按时报告办理结果。（收文编号 县府办收〔2026〕6号）", "classification": "none", "co_departments": ["finance"], "lead_department": "agriculture", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('35ef7da6-b911-4255-a9a9-b01a4955002f', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'instruction:in-6d2a7bf999b04bdc:2026-12-03:finance', 1, '2026-12-02 20:05:55.177322+00', 'luo', 'f1f4adc1-3d79-4efa-86a7-b4c6d93ae6f1', 'f1f4adc1-3d79-4efa-86a7-b4c6d93ae6f1', '{"title": "关于下达2026年度财政专项资金的通知", "source": {"id": "in-6d2a7bf999b04bdc", "item": null, "kind": "document_instruction", "service": "documents"}, "task_id": "instruction:in-6d2a7bf999b04bdc:2026-12-03:finance", "deadline": "2026-12-17", "priority": "normal", "opened_by": null, "opened_on": "2026-12-03", "assigned_by": "luo", "description": "批示：请牵头抓好落实，按时报告办理结果。（收文编号 县府办收〔2026〕7号）", "classification": "none", "co_departments": [], "lead_department": "finance", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('8b5fdd54-b35e-4c2a-a731-6d526a095894', 'meetings', 'room', 'shuniu.meetings.room.registered.v1', 'room-changwu', 1, '2026-12-02 20:05:55.666044+00', 'wu', NULL, NULL, '{"name": "常务会议室", "building": "县政府大楼", "capacity": 40, "equipment": ["视频会议", "投影仪", "录音"]}');
INSERT INTO public.timeline VALUES ('1e6f0ffd-4faa-4b5e-a7b9-5b44f5a26f77', 'meetings', 'room', 'shuniu.meetings.room.registered.v1', 'room-first', 1, '2026-12-02 20:05:55.684742+00', 'wu', NULL, NULL, '{"name": "第一会议室", "building": "县政府大楼", "capacity": 30, "equipment": ["投影仪"]}');
INSERT INTO public.timeline VALUES ('f00f8a5e-690b-4a2a-a510-39c8160416c1', 'meetings', 'room', 'shuniu.meetings.room.registered.v1', 'room-second', 1, '2026-12-02 20:05:55.692861+00', 'wu', NULL, NULL, '{"name": "第二会议室", "building": "县政府大楼", "capacity": 20, "equipment": ["投影仪"]}');
INSERT INTO public.timeline VALUES ('19dbd525-51b8-4070-99c3-7851e114145f', 'meetings', 'room', 'shuniu.meetings.room.registered.v1', 'room-party', 1, '2026-12-02 20:05:55.698805+00', 'wu', NULL, NULL, '{"name": "党组会议室", "building": "县政府大楼", "capacity": 15, "equipment": ["录音"]}');
INSERT INTO public.timeline VALUES ('f184be7c-7f25-4d5b-a2fb-9a16b3fecec5', 'meetings', 'meeting', 'shuniu.meetings.meeting.scheduled.v1', 'mtg-e97e97571796', 1, '2026-12-02 20:05:55.718098+00', 'shen', NULL, NULL, '{"kind": "常务会", "chair": "luo", "title": "县政府第11次常务会议", "ends_at": "2026-11-24T03:30:00Z", "organiser": "shen", "series_id": null, "starts_at": "2026-11-24T01:00:00Z", "classification": "none", "chair_department": "gov", "organiser_department": "office"}');
INSERT INTO public.timeline VALUES ('ba290b76-5afd-4072-a2f0-3a50ca4e7ffc', 'meetings', 'meeting', 'shuniu.meetings.meeting.room_booked.v1', 'mtg-e97e97571796', 2, '2026-12-02 20:05:55.722789+00', 'shen', NULL, NULL, '{"ends_at": "2026-11-24T03:30:00Z", "room_id": "room-changwu", "room_name": "常务会议室", "starts_at": "2026-11-24T01:00:00Z", "room_capacity": 40}');
INSERT INTO public.timeline VALUES ('b780fe87-2425-4b37-9b17-3763cd1a5f65', 'meetings', 'meeting', 'shuniu.meetings.meeting.agenda_item_added.v1', 'mtg-e97e97571796', 3, '2026-12-02 20:05:55.743261+00', 'shen', NULL, NULL, '{"title": "关于农业生产资金安排的汇报", "item_id": "item-1", "materials": ["关于农业生产资金安排的汇报.docx"], "presenter": "chen", "presenter_department": "finance"}');
INSERT INTO public.timeline VALUES ('daf69a1f-c08e-43fa-a6fa-784ef8e27c54', 'meetings', 'meeting', 'shuniu.meetings.meeting.agenda_item_added.v1', 'mtg-e97e97571796', 4, '2026-12-02 20:05:55.76141+00', 'shen', NULL, NULL, '{"title": "关于校园安全工作的汇报", "item_id": "item-2", "materials": ["关于校园安全工作的汇报.docx"], "presenter": "zhao", "presenter_department": "education"}');
INSERT INTO public.timeline VALUES ('334e1a67-e8e9-4f75-ba69-db6e52ed9b19', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-e97e97571796', 5, '2026-12-02 20:05:55.774548+00', 'shen', NULL, NULL, '{"person": "fang", "capacity": "出席", "department": "gov"}');
INSERT INTO public.timeline VALUES ('6b420e18-b151-4bf6-bc46-12e19e798600', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-e97e97571796', 6, '2026-12-02 20:05:55.774548+00', 'shen', NULL, NULL, '{"person": "chen", "capacity": "出席", "department": "finance"}');
INSERT INTO public.timeline VALUES ('9a5eab59-53d0-48d9-b22d-abc7496eae2e', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-e97e97571796', 7, '2026-12-02 20:05:55.774548+00', 'shen', NULL, NULL, '{"person": "zhao", "capacity": "出席", "department": "education"}');
INSERT INTO public.timeline VALUES ('d9af5723-2fec-4622-9e34-9d27a1f8572d', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-e97e97571796', 8, '2026-12-02 20:05:55.774548+00', 'shen', NULL, NULL, '{"person": "wang", "capacity": "出席", "department": "petitions"}');
INSERT INTO public.timeline VALUES ('13dac264-81ce-4be5-bb36-d6fdffc71824', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-e97e97571796', 9, '2026-12-02 20:05:55.774548+00', 'shen', NULL, NULL, '{"person": "sun", "capacity": "列席", "department": "union"}');
INSERT INTO public.timeline VALUES ('79ccb47b-a22f-4b92-a6f9-4c4f0ec2bdd0', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-e97e97571796', 10, '2026-12-02 20:05:55.774548+00', 'shen', NULL, NULL, '{"person": "feng", "capacity": "列席", "department": "office"}');
INSERT INTO public.timeline VALUES ('6b734e26-a13d-4b36-ac6a-f6f85d615822', 'meetings', 'meeting', 'shuniu.meetings.meeting.notice_issued.v1', 'mtg-e97e97571796', 11, '2026-12-02 20:05:55.804059+00', 'shen', NULL, NULL, '{"ends_at": "2026-11-24T03:30:00Z", "room_id": "room-changwu", "issued_by": "shen", "starts_at": "2026-11-24T01:00:00Z", "notified_people": ["chen", "fang", "feng", "luo", "sun", "wang", "zhao"], "notified_departments": []}');
INSERT INTO public.timeline VALUES ('7b5731aa-d0ee-49be-943c-615c9f335702', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-e97e97571796', 12, '2026-12-02 20:05:55.817708+00', 'fang', NULL, NULL, '{"person": "fang", "capacity": "出席", "response": "attend", "department": "gov"}');
INSERT INTO public.timeline VALUES ('cd2c3a1f-0375-425c-9565-29fe73fade5a', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-e97e97571796', 13, '2026-12-02 20:05:55.831027+00', 'chen', NULL, NULL, '{"person": "chen", "capacity": "出席", "response": "attend", "department": "finance"}');
INSERT INTO public.timeline VALUES ('f6ccfb14-666c-41b5-b4b5-cbecd63a7cbe', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-e97e97571796', 14, '2026-12-02 20:05:55.843715+00', 'zhao', NULL, NULL, '{"person": "zhao", "capacity": "出席", "response": "attend", "department": "education"}');
INSERT INTO public.timeline VALUES ('6b8d9acb-d458-4ddf-8dc0-e3f13e69e03b', 'meetings', 'meeting', 'shuniu.meetings.meeting.leave_requested.v1', 'mtg-e97e97571796', 15, '2026-12-02 20:05:55.855767+00', 'wang', NULL, NULL, '{"chair": "luo", "person": "wang", "reason": "赴市信访局参加联席会议", "organiser": "shen", "starts_at": "2026-11-24T01:00:00Z", "department": "petitions", "substitute": null, "meeting_title": "县政府第11次常务会议", "organiser_department": "office"}');
INSERT INTO public.timeline VALUES ('c5f592e7-6070-436f-8b6e-e87c24ed5866', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-e97e97571796', 16, '2026-12-02 20:05:55.878401+00', 'sun', NULL, NULL, '{"person": "sun", "capacity": "列席", "response": "attend", "department": "union"}');
INSERT INTO public.timeline VALUES ('69c72fb9-e5e7-49b1-a51e-53b6f5fed4c5', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-e97e97571796', 17, '2026-12-02 20:05:55.891439+00', 'feng', NULL, NULL, '{"person": "feng", "capacity": "列席", "response": "attend", "department": "office"}');
INSERT INTO public.timeline VALUES ('fe28be01-fa2d-4407-91c3-d9b24e527a89', 'documents', 'outgoing', 'shuniu.documents.outgoing.numbered.v1', 'out-497e633b68d44fd9', 7, '2026-12-02 20:05:55.395857+00', 'shen', NULL, NULL, '{"code": "县府发", "year": 2026, "copies": 5, "number": "县府发〔2026〕1号", "sequence": 1, "distribution": ["education", "agriculture", "finance"], "registered_by": "shen"}');
INSERT INTO public.timeline VALUES ('3f545df9-5cc0-4a17-98a5-046e832279a5', 'documents', 'outgoing', 'shuniu.documents.outgoing.drafted.v1', 'out-474a4c2fe1a44034', 1, '2026-12-02 20:05:55.400093+00', 'chen', NULL, NULL, '{"body": "各有关单位：……", "title": "关于做好2026年度保密工作的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "秘密", "secrecy_period": "1年", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}');
INSERT INTO public.timeline VALUES ('fa8d9916-9c49-482d-9ccc-7a6034f26649', 'documents', 'outgoing', 'shuniu.documents.outgoing.reviewed.v1', 'out-474a4c2fe1a44034', 2, '2026-12-02 20:05:55.407213+00', 'feng', NULL, NULL, '{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO public.timeline VALUES ('f1cab351-cc7f-45e3-a0a6-25d17d0b8962', 'documents', 'outgoing', 'shuniu.documents.outgoing.signed.v1', 'out-474a4c2fe1a44034', 3, '2026-12-02 20:05:55.413041+00', 'luo', NULL, NULL, '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('f64896c2-7548-4f1d-8d6f-c462491c31b6', 'documents', 'outgoing', 'shuniu.documents.outgoing.rechecked.v1', 'out-474a4c2fe1a44034', 4, '2026-12-02 20:05:55.420528+00', 'shen', NULL, NULL, '{"note": "无实质性修改", "rechecked_by": "shen"}');
INSERT INTO public.timeline VALUES ('e58ba45a-f410-4fc3-87a0-fda8546e3ba1', 'documents', 'outgoing', 'shuniu.documents.outgoing.numbered.v1', 'out-474a4c2fe1a44034', 5, '2026-12-02 20:05:55.429546+00', 'shen', NULL, NULL, '{"code": "县府办发", "year": 2026, "copies": 5, "number": "县府办发〔2026〕2号", "sequence": 2, "distribution": ["education", "agriculture", "finance"], "registered_by": "shen"}');
INSERT INTO public.timeline VALUES ('0aecd805-dff5-459c-a86d-3973ba3099f8', 'documents', 'outgoing', 'shuniu.documents.outgoing.printed.v1', 'out-474a4c2fe1a44034', 6, '2026-12-02 20:05:55.438911+00', 'shen', NULL, NULL, '{"copies": 5, "printed_by": "shen", "printed_on": "2026-12-03", "copy_numbers": ["000001", "000002", "000003", "000004", "000005"]}');
INSERT INTO public.timeline VALUES ('80333a6a-b9cf-4679-9db6-d000cd97ccb5', 'documents', 'outgoing', 'shuniu.documents.outgoing.drafted.v1', 'out-02fdf4c816a743c5', 1, '2026-12-02 20:05:55.443795+00', 'chen', NULL, NULL, '{"body": "各有关单位：……", "title": "关于公布县政府部门权责清单的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}');
INSERT INTO public.timeline VALUES ('974d551d-1506-4dc0-843e-77c35f78704a', 'documents', 'outgoing', 'shuniu.documents.outgoing.reviewed.v1', 'out-02fdf4c816a743c5', 2, '2026-12-02 20:05:55.453778+00', 'feng', NULL, NULL, '{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO public.timeline VALUES ('658ea6ee-f780-4fee-8eac-b5fb456f0e9c', 'documents', 'outgoing', 'shuniu.documents.outgoing.signed.v1', 'out-02fdf4c816a743c5', 3, '2026-12-02 20:05:55.460113+00', 'luo', NULL, NULL, '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('71fe560f-ca0b-4876-bd7a-e553fa616155', 'documents', 'outgoing', 'shuniu.documents.outgoing.rechecked.v1', 'out-02fdf4c816a743c5', 4, '2026-12-02 20:05:55.465755+00', 'shen', NULL, NULL, '{"note": "无实质性修改", "rechecked_by": "shen"}');
INSERT INTO public.timeline VALUES ('97b26d05-301a-44f4-b733-3cf5ef3bbfb7', 'documents', 'outgoing', 'shuniu.documents.outgoing.numbered.v1', 'out-02fdf4c816a743c5', 5, '2026-12-02 20:05:55.472565+00', 'shen', NULL, NULL, '{"code": "县府办发", "year": 2026, "copies": 5, "number": "县府办发〔2026〕3号", "sequence": 3, "distribution": ["education", "agriculture", "finance"], "registered_by": "shen"}');
INSERT INTO public.timeline VALUES ('265672e2-eba1-4f2e-893c-4fdb2d829174', 'documents', 'outgoing', 'shuniu.documents.outgoing.printed.v1', 'out-02fdf4c816a743c5', 6, '2026-12-02 20:05:55.481595+00', 'shen', NULL, NULL, '{"copies": 5, "printed_by": "shen", "printed_on": "2026-12-03", "copy_numbers": []}');
INSERT INTO public.timeline VALUES ('6ab0062f-f891-4434-8327-f784825739d3', 'documents', 'outgoing', 'shuniu.documents.outgoing.dispatched.v1', 'out-02fdf4c816a743c5', 7, '2026-12-02 20:05:55.490415+00', 'shen', NULL, NULL, '{"recipient": "education", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('1fc8c852-dfac-4470-9805-c31c7b66d07d', 'documents', 'outgoing', 'shuniu.documents.outgoing.dispatched.v1', 'out-02fdf4c816a743c5', 8, '2026-12-02 20:05:55.490415+00', 'shen', NULL, NULL, '{"recipient": "agriculture", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('3c39a059-3143-47a8-9a65-9b9a3498c63f', 'documents', 'outgoing', 'shuniu.documents.outgoing.dispatched.v1', 'out-02fdf4c816a743c5', 9, '2026-12-02 20:05:55.490415+00', 'shen', NULL, NULL, '{"recipient": "finance", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('3396132f-1ba4-4f1a-bcd4-98e11116edab', 'documents', 'outgoing', 'shuniu.documents.outgoing.issued.v1', 'out-02fdf4c816a743c5', 10, '2026-12-02 20:05:55.490415+00', 'shen', NULL, NULL, '{"title": "关于公布县政府部门权责清单的通知", "number": "县府办发〔2026〕3号", "doc_type": "通知", "issued_on": "2026-12-03", "date_of_issue": "2026-12-03", "classification": "none"}');
INSERT INTO public.timeline VALUES ('e4f00f66-9a8c-457a-875f-35f3387e6c51', 'documents', 'outgoing', 'shuniu.documents.outgoing.drafted.v1', 'out-bb1a78c142b749e6', 1, '2026-12-02 20:05:55.501871+00', 'chen', NULL, NULL, '{"body": "各有关单位：……", "title": "关于暂停部分审批事项的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}');
INSERT INTO public.timeline VALUES ('4bba6b11-a40b-4f51-b6b5-d76d545d27a6', 'documents', 'outgoing', 'shuniu.documents.outgoing.reviewed.v1', 'out-bb1a78c142b749e6', 2, '2026-12-02 20:05:55.511457+00', 'feng', NULL, NULL, '{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO public.timeline VALUES ('9103d922-040a-4493-940e-fc4114597f10', 'documents', 'outgoing', 'shuniu.documents.outgoing.signed.v1', 'out-bb1a78c142b749e6', 3, '2026-12-02 20:05:55.519336+00', 'luo', NULL, NULL, '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('83084520-0253-4c70-b208-da9db2440a0d', 'documents', 'outgoing', 'shuniu.documents.outgoing.rechecked.v1', 'out-bb1a78c142b749e6', 4, '2026-12-02 20:05:55.528705+00', 'shen', NULL, NULL, '{"note": "无实质性修改", "rechecked_by": "shen"}');
INSERT INTO public.timeline VALUES ('21b916e7-13a1-4527-ae32-e051ff537873', 'documents', 'outgoing', 'shuniu.documents.outgoing.numbered.v1', 'out-bb1a78c142b749e6', 5, '2026-12-02 20:05:55.537955+00', 'shen', NULL, NULL, '{"code": "县府办发", "year": 2026, "copies": 5, "number": "县府办发〔2026〕4号", "sequence": 4, "distribution": ["education", "agriculture", "finance"], "registered_by": "shen"}');
INSERT INTO public.timeline VALUES ('788463b0-e3db-4c9d-9be7-aea48195d55a', 'documents', 'outgoing', 'shuniu.documents.outgoing.printed.v1', 'out-bb1a78c142b749e6', 6, '2026-12-02 20:05:55.548073+00', 'shen', NULL, NULL, '{"copies": 5, "printed_by": "shen", "printed_on": "2026-12-03", "copy_numbers": []}');
INSERT INTO public.timeline VALUES ('ed9af795-187d-4364-bc93-161d28efe50f', 'documents', 'outgoing', 'shuniu.documents.outgoing.dispatched.v1', 'out-bb1a78c142b749e6', 7, '2026-12-02 20:05:55.559385+00', 'shen', NULL, NULL, '{"recipient": "education", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('18517261-6c18-4321-bc8a-dfb083aa4f80', 'documents', 'outgoing', 'shuniu.documents.outgoing.dispatched.v1', 'out-bb1a78c142b749e6', 8, '2026-12-02 20:05:55.559385+00', 'shen', NULL, NULL, '{"recipient": "agriculture", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('9f06588b-45fa-45d0-81ea-78bfc83526cb', 'documents', 'outgoing', 'shuniu.documents.outgoing.dispatched.v1', 'out-bb1a78c142b749e6', 9, '2026-12-02 20:05:55.559385+00', 'shen', NULL, NULL, '{"recipient": "finance", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('d1eadacf-7ebe-4dd8-9f7c-c025848f397a', 'documents', 'outgoing', 'shuniu.documents.outgoing.issued.v1', 'out-bb1a78c142b749e6', 10, '2026-12-02 20:05:55.559385+00', 'shen', NULL, NULL, '{"title": "关于暂停部分审批事项的通知", "number": "县府办发〔2026〕4号", "doc_type": "通知", "issued_on": "2026-12-03", "date_of_issue": "2026-12-03", "classification": "none"}');
INSERT INTO public.timeline VALUES ('eafc951b-05d4-4b45-93a3-e700f8c03b0b', 'documents', 'outgoing', 'shuniu.documents.outgoing.revoked.v1', 'out-bb1a78c142b749e6', 11, '2026-12-02 20:05:55.574051+00', 'luo', NULL, NULL, '{"reason": "与省政府新出台的规定不一致", "decided_by": "luo", "decided_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('63e5f5ce-f583-438f-bd02-1ca506b2535d', 'documents', 'outgoing', 'shuniu.documents.outgoing.drafted.v1', 'out-ffb231c832b3485c', 1, '2026-12-02 20:05:55.57963+00', 'chen', NULL, NULL, '{"body": "各有关单位：……", "title": "关于2025年度县政府工作报告的通报", "urgency": null, "doc_type": "通报", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}');
INSERT INTO public.timeline VALUES ('7c9801dc-73b6-4f02-955f-6c9a5966bd28', 'documents', 'outgoing', 'shuniu.documents.outgoing.reviewed.v1', 'out-ffb231c832b3485c', 2, '2026-12-02 20:05:55.593724+00', 'feng', NULL, NULL, '{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO public.timeline VALUES ('f3f4ffed-6779-45e3-b086-e635b7e7f011', 'documents', 'outgoing', 'shuniu.documents.outgoing.signed.v1', 'out-ffb231c832b3485c', 3, '2026-12-02 20:05:55.603709+00', 'luo', NULL, NULL, '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('27db915e-c372-4af5-bd38-09c17cfeb020', 'documents', 'outgoing', 'shuniu.documents.outgoing.rechecked.v1', 'out-ffb231c832b3485c', 4, '2026-12-02 20:05:55.611852+00', 'shen', NULL, NULL, '{"note": "无实质性修改", "rechecked_by": "shen"}');
INSERT INTO public.timeline VALUES ('e4bd8dc1-6c92-4379-aeee-79daa6fa2ae2', 'documents', 'outgoing', 'shuniu.documents.outgoing.numbered.v1', 'out-ffb231c832b3485c', 5, '2026-12-02 20:05:55.620031+00', 'shen', NULL, NULL, '{"code": "县府办发", "year": 2026, "copies": 5, "number": "县府办发〔2026〕5号", "sequence": 5, "distribution": ["education", "agriculture", "finance"], "registered_by": "shen"}');
INSERT INTO public.timeline VALUES ('16142741-0838-4d64-87aa-475b2f2414f7', 'documents', 'outgoing', 'shuniu.documents.outgoing.printed.v1', 'out-ffb231c832b3485c', 6, '2026-12-02 20:05:55.629412+00', 'shen', NULL, NULL, '{"copies": 5, "printed_by": "shen", "printed_on": "2026-12-03", "copy_numbers": []}');
INSERT INTO public.timeline VALUES ('8d3dcd64-be76-4d22-b5f4-d1a14518becc', 'documents', 'outgoing', 'shuniu.documents.outgoing.dispatched.v1', 'out-ffb231c832b3485c', 7, '2026-12-02 20:05:55.637991+00', 'shen', NULL, NULL, '{"recipient": "education", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('a973a45a-81b9-4555-ae61-e772a9ad23b7', 'documents', 'outgoing', 'shuniu.documents.outgoing.dispatched.v1', 'out-ffb231c832b3485c', 8, '2026-12-02 20:05:55.637991+00', 'shen', NULL, NULL, '{"recipient": "agriculture", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('e6f4a1e1-5727-4a8c-a725-ef1c098f1929', 'documents', 'outgoing', 'shuniu.documents.outgoing.dispatched.v1', 'out-ffb231c832b3485c', 9, '2026-12-02 20:05:55.637991+00', 'shen', NULL, NULL, '{"recipient": "finance", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('6097109c-ec07-491e-b99d-bf01cc1a405c', 'documents', 'outgoing', 'shuniu.documents.outgoing.issued.v1', 'out-ffb231c832b3485c', 10, '2026-12-02 20:05:55.637991+00', 'shen', NULL, NULL, '{"title": "关于2025年度县政府工作报告的通报", "number": "县府办发〔2026〕5号", "doc_type": "通报", "issued_on": "2026-12-03", "date_of_issue": "2026-12-03", "classification": "none"}');
INSERT INTO public.timeline VALUES ('7209b5e7-da94-413d-aa70-8cf461786b9d', 'documents', 'outgoing', 'shuniu.documents.outgoing.archived.v1', 'out-ffb231c832b3485c', 11, '2026-12-02 20:05:55.652793+00', 'shen', NULL, NULL, '{"retention": "永久", "archived_by": "shen", "archived_on": "2026-12-03"}');
INSERT INTO public.timeline VALUES ('43d2c4a4-424d-483b-801f-a87e1abf7cf1', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'resolution:mtg-e97e97571796:r1', 1, '2026-12-02 20:05:56.188547+00', 'luo', '507b5a0a-00c2-44f9-904d-d18057c3f1dc', '507b5a0a-00c2-44f9-904d-d18057c3f1dc', '{"title": "落实农业生产资金，按期拨付到位", "source": {"id": "mtg-e97e97571796", "item": "r1", "kind": "meeting_resolution", "service": "meetings"}, "task_id": "resolution:mtg-e97e97571796:r1", "deadline": "2026-12-14", "priority": "high", "opened_by": null, "opened_on": "2026-11-24", "assigned_by": "luo", "description": "县政府第11次常务会议（常务会）议定事项", "classification": "none", "co_departments": ["agriculture"], "lead_department": "finance", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('f3feb8f4-5842-4d93-b6bb-a02c17e106a3', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'resolution:mtg-e97e97571796:r2', 1, '2026-12-02 20:05:56.202162+00', 'luo', '64eda32d-4e4e-4210-b2b5-84694a0c1974', '64eda32d-4e4e-4210-b2b5-84694a0c1974', '{"title": "开展校园安全专项检查并报送结果", "source": {"id": "mtg-e97e97571796", "item": "r2", "kind": "meeting_resolution", "service": "meetings"}, "task_id": "resolution:mtg-e97e97571796:r2", "deadline": "2026-12-24", "priority": "high", "opened_by": null, "opened_on": "2026-11-24", "assigned_by": "luo", "description": "县政府第11次常务会议（常务会）议定事项", "classification": "none", "co_departments": ["office.supervision"], "lead_department": "education", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('697ed815-15d9-449a-8ffa-d0a146f728d3', 'meetings', 'meeting', 'shuniu.meetings.meeting.scheduled.v1', 'mtg-dc13521575c8', 1, '2026-12-02 20:05:56.806672+00', 'shen', NULL, NULL, '{"kind": "专题会", "chair": "fang", "title": "农业生产专题会", "ends_at": "2026-12-03T08:00:00Z", "organiser": "shen", "series_id": null, "starts_at": "2026-12-03T06:30:00Z", "classification": "none", "chair_department": "gov", "organiser_department": "office"}');
INSERT INTO public.timeline VALUES ('b035bcee-6012-4b6d-a760-39a5a0a36667', 'meetings', 'meeting', 'shuniu.meetings.meeting.room_booked.v1', 'mtg-dc13521575c8', 2, '2026-12-02 20:05:56.809536+00', 'shen', NULL, NULL, '{"ends_at": "2026-12-03T08:00:00Z", "room_id": "room-second", "room_name": "第二会议室", "starts_at": "2026-12-03T06:30:00Z", "room_capacity": 20}');
INSERT INTO public.timeline VALUES ('e48f646d-0554-4e84-9d0f-47a53be89683', 'meetings', 'meeting', 'shuniu.meetings.meeting.agenda_item_added.v1', 'mtg-dc13521575c8', 3, '2026-12-02 20:05:56.821253+00', 'shen', NULL, NULL, '{"title": "农业生产准备情况", "item_id": "item-1", "materials": ["农业生产准备情况.docx"], "presenter": "chen", "presenter_department": "finance"}');
INSERT INTO public.timeline VALUES ('d40ed0a8-c5f2-4f8d-a5ed-056993fb0b7a', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-dc13521575c8', 4, '2026-12-02 20:05:56.829982+00', 'shen', NULL, NULL, '{"person": "zhang", "capacity": "出席", "department": "union"}');
INSERT INTO public.timeline VALUES ('3a3d029a-e90d-4f15-ad6c-132abbe5f199', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-dc13521575c8', 5, '2026-12-02 20:05:56.829982+00', 'shen', NULL, NULL, '{"person": "sun", "capacity": "出席", "department": "union"}');
INSERT INTO public.timeline VALUES ('2eb091ff-9f0f-410b-84fa-3f06610ef785', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-dc13521575c8', 6, '2026-12-02 20:05:56.829982+00', 'shen', NULL, NULL, '{"person": "chen", "capacity": "出席", "department": "finance"}');
INSERT INTO public.timeline VALUES ('5bfefd95-817a-4eff-80a7-df9c3dd3ac7a', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-e97e97571796', 18, '2026-12-02 20:05:55.906951+00', 'luo', NULL, NULL, '{"at": "2026-11-24T00:55:00Z", "person": "luo", "capacity": "出席", "department": "gov", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('cec675f5-851c-45a7-b9a4-70432e504f71', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-e97e97571796', 19, '2026-12-02 20:05:55.920846+00', 'fang', NULL, NULL, '{"at": "2026-11-24T00:55:00Z", "person": "fang", "capacity": "出席", "department": "gov", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('56581adc-43bd-44eb-a71f-27fdeb68f263', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-e97e97571796', 20, '2026-12-02 20:05:55.933698+00', 'chen', NULL, NULL, '{"at": "2026-11-24T00:55:00Z", "person": "chen", "capacity": "出席", "department": "finance", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('e865a4fe-5178-41df-a432-a023fe316c61', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-e97e97571796', 21, '2026-12-02 20:05:55.945078+00', 'zhao', NULL, NULL, '{"at": "2026-11-24T01:18:00Z", "person": "zhao", "capacity": "出席", "department": "education", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('19fa8807-8d05-4346-8976-3abf3cd94d7d', 'meetings', 'meeting', 'shuniu.meetings.meeting.marked_late.v1', 'mtg-e97e97571796', 22, '2026-12-02 20:05:55.945078+00', 'zhao', NULL, NULL, '{"person": "zhao", "minutes_late": 18}');
INSERT INTO public.timeline VALUES ('6b2995a0-5947-4656-a7bf-f10291484ad1', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-e97e97571796', 23, '2026-12-02 20:05:55.958188+00', 'sun', NULL, NULL, '{"at": "2026-11-24T00:55:00Z", "person": "sun", "capacity": "列席", "department": "union", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('46d6eec4-8778-4163-9ac1-fafaadafb8a9', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-e97e97571796', 24, '2026-12-02 20:05:55.974308+00', 'feng', NULL, NULL, '{"at": "2026-11-24T00:55:00Z", "person": "feng", "capacity": "列席", "department": "office", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('3a03329f-b77f-4c8c-b214-8bd8640dd8e3', 'meetings', 'meeting', 'shuniu.meetings.meeting.held.v1', 'mtg-e97e97571796', 25, '2026-12-02 20:05:55.987524+00', 'shen', NULL, NULL, '{"at": "2026-11-24T03:30:00Z", "recorded_by": "shen"}');
INSERT INTO public.timeline VALUES ('c39ca1a1-b7d2-41f9-ac6b-893b1c7ddeb4', 'meetings', 'meeting', 'shuniu.meetings.meeting.minutes_drafted.v1', 'mtg-e97e97571796', 26, '2026-12-02 20:05:56.00379+00', 'li', NULL, NULL, '{"summary": "县政府第11次常务会议研究了议程所列事项。", "recorder": "li", "classification": "none"}');
INSERT INTO public.timeline VALUES ('455c4ae5-7205-49bb-ade3-8173be99a015', 'meetings', 'meeting', 'shuniu.meetings.meeting.resolution_drafted.v1', 'mtg-e97e97571796', 27, '2026-12-02 20:05:56.01684+00', 'li', NULL, NULL, '{"title": "落实农业生产资金，按期拨付到位", "deadline": "2026-12-14", "resolution_id": "r1", "co_departments": ["agriculture"], "lead_department": "finance"}');
INSERT INTO public.timeline VALUES ('e7c41cda-567e-4b7b-800e-4046c78b56df', 'meetings', 'meeting', 'shuniu.meetings.meeting.resolution_drafted.v1', 'mtg-e97e97571796', 28, '2026-12-02 20:05:56.028548+00', 'li', NULL, NULL, '{"title": "开展校园安全专项检查并报送结果", "deadline": "2026-12-24", "resolution_id": "r2", "co_departments": ["office.supervision"], "lead_department": "education"}');
INSERT INTO public.timeline VALUES ('44cb5daf-2db9-4ab3-8d98-575484da7293', 'meetings', 'meeting', 'shuniu.meetings.meeting.minutes_approved.v1', 'mtg-e97e97571796', 29, '2026-12-02 20:05:56.040264+00', 'luo', NULL, NULL, '{"approved_by": "luo"}');
INSERT INTO public.timeline VALUES ('507b5a0a-00c2-44f9-904d-d18057c3f1dc', 'meetings', 'meeting', 'shuniu.meetings.meeting.resolution_adopted.v1', 'mtg-e97e97571796', 30, '2026-12-02 20:05:56.040264+00', 'luo', NULL, NULL, '{"title": "落实农业生产资金，按期拨付到位", "deadline": "2026-12-14", "adopted_on": "2026-11-24", "decided_by": "luo", "meeting_id": "mtg-e97e97571796", "meeting_kind": "常务会", "meeting_title": "县政府第11次常务会议", "resolution_id": "r1", "classification": "none", "co_departments": ["agriculture"], "lead_department": "finance"}');
INSERT INTO public.timeline VALUES ('64eda32d-4e4e-4210-b2b5-84694a0c1974', 'meetings', 'meeting', 'shuniu.meetings.meeting.resolution_adopted.v1', 'mtg-e97e97571796', 31, '2026-12-02 20:05:56.040264+00', 'luo', NULL, NULL, '{"title": "开展校园安全专项检查并报送结果", "deadline": "2026-12-24", "adopted_on": "2026-11-24", "decided_by": "luo", "meeting_id": "mtg-e97e97571796", "meeting_kind": "常务会", "meeting_title": "县政府第11次常务会议", "resolution_id": "r2", "classification": "none", "co_departments": ["office.supervision"], "lead_department": "education"}');
INSERT INTO public.timeline VALUES ('f3b436a0-6fb3-4904-b07c-b04589d4292b', 'meetings', 'meeting', 'shuniu.meetings.meeting.minutes_issued.v1', 'mtg-e97e97571796', 32, '2026-12-02 20:05:56.057963+00', 'shen', NULL, NULL, '{"chair": "luo", "absent": [], "attended": [{"note": "", "person": "luo", "department": "gov"}, {"note": "", "person": "fang", "department": "gov"}, {"note": "", "person": "chen", "department": "finance"}, {"note": "迟到 18 分钟", "person": "zhao", "department": "education"}], "on_leave": [{"note": "赴市信访局参加联席会议", "person": "wang", "department": "petitions"}], "recorder": "li", "issued_by": "shen", "observers": [{"note": "", "person": "sun", "department": "union"}, {"note": "", "person": "feng", "department": "office"}]}');
INSERT INTO public.timeline VALUES ('a6d255b5-b018-4cc9-9c5e-969765335e71', 'meetings', 'meeting', 'shuniu.meetings.meeting.scheduled.v1', 'mtg-48d3396c6440', 1, '2026-12-02 20:05:56.07652+00', 'shen', NULL, NULL, '{"kind": "办公会", "chair": "feng", "title": "县政府办公室周例会", "ends_at": "2026-11-30T02:30:00Z", "organiser": "shen", "series_id": "series-3c1f6dd18dd0", "starts_at": "2026-11-30T01:00:00Z", "classification": "none", "chair_department": "office", "organiser_department": "office"}');
INSERT INTO public.timeline VALUES ('0aaade72-d328-453a-a56d-74260eaf80dc', 'meetings', 'meeting', 'shuniu.meetings.meeting.room_booked.v1', 'mtg-48d3396c6440', 2, '2026-12-02 20:05:56.077575+00', 'shen', NULL, NULL, '{"ends_at": "2026-11-30T02:30:00Z", "room_id": "room-first", "room_name": "第一会议室", "starts_at": "2026-11-30T01:00:00Z", "room_capacity": 30}');
INSERT INTO public.timeline VALUES ('d5a2feac-9d20-42b7-8d98-2acaf36e1891', 'meetings', 'meeting', 'shuniu.meetings.meeting.scheduled.v1', 'mtg-4f169a4eb6a9', 1, '2026-12-02 20:05:56.088128+00', 'shen', NULL, NULL, '{"kind": "办公会", "chair": "feng", "title": "县政府办公室周例会", "ends_at": "2026-12-07T02:30:00Z", "organiser": "shen", "series_id": "series-3c1f6dd18dd0", "starts_at": "2026-12-07T01:00:00Z", "classification": "none", "chair_department": "office", "organiser_department": "office"}');
INSERT INTO public.timeline VALUES ('7671471a-8572-48e8-a632-604d1e60b2d6', 'meetings', 'meeting', 'shuniu.meetings.meeting.room_booked.v1', 'mtg-4f169a4eb6a9', 2, '2026-12-02 20:05:56.090132+00', 'shen', NULL, NULL, '{"ends_at": "2026-12-07T02:30:00Z", "room_id": "room-first", "room_name": "第一会议室", "starts_at": "2026-12-07T01:00:00Z", "room_capacity": 30}');
INSERT INTO public.timeline VALUES ('ab6cae90-92aa-4bf2-acbc-04d75089c93d', 'meetings', 'meeting', 'shuniu.meetings.meeting.scheduled.v1', 'mtg-11aa2aaff5db', 1, '2026-12-02 20:05:56.099276+00', 'shen', NULL, NULL, '{"kind": "办公会", "chair": "feng", "title": "县政府办公室周例会", "ends_at": "2026-12-14T02:30:00Z", "organiser": "shen", "series_id": "series-3c1f6dd18dd0", "starts_at": "2026-12-14T01:00:00Z", "classification": "none", "chair_department": "office", "organiser_department": "office"}');
INSERT INTO public.timeline VALUES ('d4607ed1-fa9f-4612-aded-abf51260b8b8', 'meetings', 'meeting', 'shuniu.meetings.meeting.room_booked.v1', 'mtg-11aa2aaff5db', 2, '2026-12-02 20:05:56.100118+00', 'shen', NULL, NULL, '{"ends_at": "2026-12-14T02:30:00Z", "room_id": "room-first", "room_name": "第一会议室", "starts_at": "2026-12-14T01:00:00Z", "room_capacity": 30}');
INSERT INTO public.timeline VALUES ('8dc28249-0929-4d14-aa09-eb15dcffdc9e', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-986a61bef7e2', 6, '2026-12-02 20:05:56.619962+00', 'shen', NULL, NULL, '{"person": "zhao", "capacity": "出席", "department": "education"}');
INSERT INTO public.timeline VALUES ('b7311388-a0f3-49d6-bfb1-1461c9cfa72d', 'meetings', 'meeting', 'shuniu.meetings.meeting.scheduled.v1', 'mtg-243f72a4b98a', 1, '2026-12-02 20:05:56.111398+00', 'shen', NULL, NULL, '{"kind": "办公会", "chair": "feng", "title": "县政府办公室周例会", "ends_at": "2026-12-21T02:30:00Z", "organiser": "shen", "series_id": "series-3c1f6dd18dd0", "starts_at": "2026-12-21T01:00:00Z", "classification": "none", "chair_department": "office", "organiser_department": "office"}');
INSERT INTO public.timeline VALUES ('5464b854-eb52-4857-b109-aecd57df687e', 'meetings', 'meeting', 'shuniu.meetings.meeting.room_booked.v1', 'mtg-243f72a4b98a', 2, '2026-12-02 20:05:56.113119+00', 'shen', NULL, NULL, '{"ends_at": "2026-12-21T02:30:00Z", "room_id": "room-first", "room_name": "第一会议室", "starts_at": "2026-12-21T01:00:00Z", "room_capacity": 30}');
INSERT INTO public.timeline VALUES ('7e1d617d-a9ea-4cd9-8fa3-567fd0b88811', 'meetings', 'meeting', 'shuniu.meetings.meeting.agenda_item_added.v1', 'mtg-48d3396c6440', 3, '2026-12-02 20:05:56.12522+00', 'shen', NULL, NULL, '{"title": "本周重点工作安排", "item_id": "item-1", "materials": ["本周重点工作安排.docx"], "presenter": "yang", "presenter_department": "office"}');
INSERT INTO public.timeline VALUES ('950387ad-5a74-48e3-a575-1410f0a313d0', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-48d3396c6440', 4, '2026-12-02 20:05:56.132591+00', 'shen', NULL, NULL, '{"person": "yang", "capacity": "出席", "department": "office"}');
INSERT INTO public.timeline VALUES ('7c914977-daed-4732-8c7d-a60180e5e167', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-48d3396c6440', 5, '2026-12-02 20:05:56.132591+00', 'shen', NULL, NULL, '{"person": "shen", "capacity": "出席", "department": "office.secretariat"}');
INSERT INTO public.timeline VALUES ('5d213f86-9e3d-46c9-b9dc-fe4c7e33a634', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-48d3396c6440', 6, '2026-12-02 20:05:56.132591+00', 'shen', NULL, NULL, '{"person": "zhou", "capacity": "出席", "department": "office.supervision"}');
INSERT INTO public.timeline VALUES ('20776a1c-24fe-434d-8998-96aa8448b66c', 'meetings', 'meeting', 'shuniu.meetings.meeting.department_invited.v1', 'mtg-48d3396c6440', 7, '2026-12-02 20:05:56.132591+00', 'shen', NULL, NULL, '{"capacity": "出席", "department": "office.affairs"}');
INSERT INTO public.timeline VALUES ('9818c909-a71f-4b78-92a9-29f6d193efe5', 'meetings', 'meeting', 'shuniu.meetings.meeting.notice_issued.v1', 'mtg-48d3396c6440', 8, '2026-12-02 20:05:56.147389+00', 'shen', NULL, NULL, '{"ends_at": "2026-11-30T02:30:00Z", "room_id": "room-first", "issued_by": "shen", "starts_at": "2026-11-30T01:00:00Z", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}');
INSERT INTO public.timeline VALUES ('0a55ae38-9568-44b5-b076-bee84303c63b', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-48d3396c6440', 9, '2026-12-02 20:05:56.159316+00', 'yang', NULL, NULL, '{"person": "yang", "capacity": "出席", "response": "attend", "department": "office"}');
INSERT INTO public.timeline VALUES ('2a51a6c9-88d4-4b07-a479-d19870658627', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-48d3396c6440', 10, '2026-12-02 20:05:56.171122+00', 'shen', NULL, NULL, '{"person": "shen", "capacity": "出席", "response": "attend", "department": "office.secretariat"}');
INSERT INTO public.timeline VALUES ('29bc291d-bc80-4ef6-94a0-33a862c7a203', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-48d3396c6440', 11, '2026-12-02 20:05:56.185407+00', 'zhou', NULL, NULL, '{"person": "zhou", "capacity": "出席", "response": "attend", "department": "office.supervision"}');
INSERT INTO public.timeline VALUES ('37e60f1e-9331-42c6-93eb-fa7716727713', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-48d3396c6440', 12, '2026-12-02 20:05:56.201418+00', 'feng', NULL, NULL, '{"at": "2026-11-30T00:55:00Z", "person": "feng", "capacity": "出席", "department": "office", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('1bc86765-798f-4874-997f-e179c4d327cc', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-48d3396c6440', 13, '2026-12-02 20:05:56.216542+00', 'yang', NULL, NULL, '{"at": "2026-11-30T00:55:00Z", "person": "yang", "capacity": "出席", "department": "office", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('55e4b129-bdaa-4447-b214-d5ceb9135893', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-48d3396c6440', 14, '2026-12-02 20:05:56.230657+00', 'shen', NULL, NULL, '{"at": "2026-11-30T00:55:00Z", "person": "shen", "capacity": "出席", "department": "office.secretariat", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('cbca1ef8-2aec-40bd-a20b-6ecfa686525f', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-48d3396c6440', 15, '2026-12-02 20:05:56.245089+00', 'zhou', NULL, NULL, '{"at": "2026-11-30T01:18:00Z", "person": "zhou", "capacity": "出席", "department": "office.supervision", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('33fe5bd0-a86f-4f8f-8a6f-202957921793', 'meetings', 'meeting', 'shuniu.meetings.meeting.marked_late.v1', 'mtg-48d3396c6440', 16, '2026-12-02 20:05:56.245089+00', 'zhou', NULL, NULL, '{"person": "zhou", "minutes_late": 18}');
INSERT INTO public.timeline VALUES ('2b596f95-9cd9-407e-a2d0-50a16e4eadf7', 'meetings', 'meeting', 'shuniu.meetings.meeting.held.v1', 'mtg-48d3396c6440', 17, '2026-12-02 20:05:56.257977+00', 'shen', NULL, NULL, '{"at": "2026-11-30T02:30:00Z", "recorded_by": "shen"}');
INSERT INTO public.timeline VALUES ('3805b8cf-c2ab-42a2-9b1f-f06d0eb1afc6', 'meetings', 'meeting', 'shuniu.meetings.meeting.minutes_drafted.v1', 'mtg-48d3396c6440', 18, '2026-12-02 20:05:56.273309+00', 'li', NULL, NULL, '{"summary": "县政府办公室周例会研究了议程所列事项。", "recorder": "li", "classification": "none"}');
INSERT INTO public.timeline VALUES ('99f0748e-fea7-492e-a42e-f70937b55713', 'meetings', 'meeting', 'shuniu.meetings.meeting.minutes_approved.v1', 'mtg-48d3396c6440', 19, '2026-12-02 20:05:56.287788+00', 'feng', NULL, NULL, '{"approved_by": "feng"}');
INSERT INTO public.timeline VALUES ('8b1560b2-b3cc-4526-ab86-5ee92da5110c', 'meetings', 'meeting', 'shuniu.meetings.meeting.resolution_supervised.v1', 'mtg-e97e97571796', 33, '2026-12-02 20:05:56.293095+00', 'luo', '507b5a0a-00c2-44f9-904d-d18057c3f1dc', '43d2c4a4-424d-483b-801f-a87e1abf7cf1', '{"task_id": "resolution:mtg-e97e97571796:r1", "resolution_id": "r1"}');
INSERT INTO public.timeline VALUES ('7aa9d284-ba14-474b-a01c-2053e6c0d239', 'meetings', 'meeting', 'shuniu.meetings.meeting.minutes_issued.v1', 'mtg-48d3396c6440', 20, '2026-12-02 20:05:56.305335+00', 'shen', NULL, NULL, '{"chair": "feng", "absent": [], "attended": [{"note": "", "person": "feng", "department": "office"}, {"note": "", "person": "yang", "department": "office"}, {"note": "", "person": "shen", "department": "office.secretariat"}, {"note": "迟到 18 分钟", "person": "zhou", "department": "office.supervision"}], "on_leave": [], "recorder": "li", "issued_by": "shen", "observers": []}');
INSERT INTO public.timeline VALUES ('5a97a211-562e-44c0-9cf2-6ddec1b2f5e8', 'meetings', 'meeting', 'shuniu.meetings.meeting.resolution_supervised.v1', 'mtg-e97e97571796', 34, '2026-12-02 20:05:56.30642+00', 'luo', '64eda32d-4e4e-4210-b2b5-84694a0c1974', 'f3feb8f4-5842-4d93-b6bb-a02c17e106a3', '{"task_id": "resolution:mtg-e97e97571796:r2", "resolution_id": "r2"}');
INSERT INTO public.timeline VALUES ('22e3417a-1185-4f82-9f8a-db2bb322bbc6', 'meetings', 'meeting', 'shuniu.meetings.meeting.agenda_item_added.v1', 'mtg-4f169a4eb6a9', 3, '2026-12-02 20:05:56.321058+00', 'shen', NULL, NULL, '{"title": "本周重点工作安排", "item_id": "item-1", "materials": ["本周重点工作安排.docx"], "presenter": "yang", "presenter_department": "office"}');
INSERT INTO public.timeline VALUES ('7667f2f4-d612-4ca4-a133-3284d023da17', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-4f169a4eb6a9', 4, '2026-12-02 20:05:56.341395+00', 'shen', NULL, NULL, '{"person": "yang", "capacity": "出席", "department": "office"}');
INSERT INTO public.timeline VALUES ('c64ee32d-d9e8-4f16-bf16-031548bd205c', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-4f169a4eb6a9', 5, '2026-12-02 20:05:56.341395+00', 'shen', NULL, NULL, '{"person": "shen", "capacity": "出席", "department": "office.secretariat"}');
INSERT INTO public.timeline VALUES ('dcd54c9d-321a-4db6-97b7-591c01483cb0', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-4f169a4eb6a9', 6, '2026-12-02 20:05:56.341395+00', 'shen', NULL, NULL, '{"person": "zhou", "capacity": "出席", "department": "office.supervision"}');
INSERT INTO public.timeline VALUES ('584f547a-9bae-44ba-b1fa-3b206e33392e', 'meetings', 'meeting', 'shuniu.meetings.meeting.department_invited.v1', 'mtg-4f169a4eb6a9', 7, '2026-12-02 20:05:56.341395+00', 'shen', NULL, NULL, '{"capacity": "出席", "department": "office.affairs"}');
INSERT INTO public.timeline VALUES ('d036ce76-03c9-47b2-b12e-45cd293debcd', 'meetings', 'meeting', 'shuniu.meetings.meeting.notice_issued.v1', 'mtg-4f169a4eb6a9', 8, '2026-12-02 20:05:56.354402+00', 'shen', NULL, NULL, '{"ends_at": "2026-12-07T02:30:00Z", "room_id": "room-first", "issued_by": "shen", "starts_at": "2026-12-07T01:00:00Z", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}');
INSERT INTO public.timeline VALUES ('5432e23d-b66a-4ffd-bd52-122e5df2da80', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-4f169a4eb6a9', 9, '2026-12-02 20:05:56.366609+00', 'yang', NULL, NULL, '{"person": "yang", "capacity": "出席", "response": "attend", "department": "office"}');
INSERT INTO public.timeline VALUES ('6fb7e62c-f1e2-48e3-8647-d937e640d71a', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-4f169a4eb6a9', 10, '2026-12-02 20:05:56.382652+00', 'shen', NULL, NULL, '{"person": "shen", "capacity": "出席", "response": "attend", "department": "office.secretariat"}');
INSERT INTO public.timeline VALUES ('7bd9b10c-8fe3-43cb-972b-05fa04841d68', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-4f169a4eb6a9', 11, '2026-12-02 20:05:56.395173+00', 'zhou', NULL, NULL, '{"person": "zhou", "capacity": "出席", "response": "attend", "department": "office.supervision"}');
INSERT INTO public.timeline VALUES ('1c8e3251-0ef9-46ff-a8bb-b2e776459937', 'meetings', 'meeting', 'shuniu.meetings.meeting.agenda_item_added.v1', 'mtg-11aa2aaff5db', 3, '2026-12-02 20:05:56.405612+00', 'shen', NULL, NULL, '{"title": "本周重点工作安排", "item_id": "item-1", "materials": ["本周重点工作安排.docx"], "presenter": "yang", "presenter_department": "office"}');
INSERT INTO public.timeline VALUES ('68c1c624-d55a-49d5-bd28-afe9f1683129', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-11aa2aaff5db', 4, '2026-12-02 20:05:56.417133+00', 'shen', NULL, NULL, '{"person": "yang", "capacity": "出席", "department": "office"}');
INSERT INTO public.timeline VALUES ('c6452dde-a4aa-4d55-a0c2-50c688163229', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-11aa2aaff5db', 5, '2026-12-02 20:05:56.417133+00', 'shen', NULL, NULL, '{"person": "shen", "capacity": "出席", "department": "office.secretariat"}');
INSERT INTO public.timeline VALUES ('d969a784-fbf1-4a54-b907-963492ec4489', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-11aa2aaff5db', 6, '2026-12-02 20:05:56.417133+00', 'shen', NULL, NULL, '{"person": "zhou", "capacity": "出席", "department": "office.supervision"}');
INSERT INTO public.timeline VALUES ('184994f0-4dcd-4b82-81e9-385236eaa61b', 'meetings', 'meeting', 'shuniu.meetings.meeting.department_invited.v1', 'mtg-11aa2aaff5db', 7, '2026-12-02 20:05:56.417133+00', 'shen', NULL, NULL, '{"capacity": "出席", "department": "office.affairs"}');
INSERT INTO public.timeline VALUES ('e58f2952-2b82-4bce-8e88-e0e12e412b00', 'meetings', 'meeting', 'shuniu.meetings.meeting.notice_issued.v1', 'mtg-11aa2aaff5db', 8, '2026-12-02 20:05:56.443694+00', 'shen', NULL, NULL, '{"ends_at": "2026-12-14T02:30:00Z", "room_id": "room-first", "issued_by": "shen", "starts_at": "2026-12-14T01:00:00Z", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}');
INSERT INTO public.timeline VALUES ('d8dc1bc8-2560-4972-9b6c-b62668fad509', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-11aa2aaff5db', 9, '2026-12-02 20:05:56.459443+00', 'yang', NULL, NULL, '{"person": "yang", "capacity": "出席", "response": "attend", "department": "office"}');
INSERT INTO public.timeline VALUES ('dafd21ef-d1d1-4be5-8170-314a92bae5ee', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-11aa2aaff5db', 10, '2026-12-02 20:05:56.472822+00', 'shen', NULL, NULL, '{"person": "shen", "capacity": "出席", "response": "attend", "department": "office.secretariat"}');
INSERT INTO public.timeline VALUES ('90c3e540-af31-4985-8205-b30ebc5dcabe', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-11aa2aaff5db', 11, '2026-12-02 20:05:56.485779+00', 'zhou', NULL, NULL, '{"person": "zhou", "capacity": "出席", "response": "attend", "department": "office.supervision"}');
INSERT INTO public.timeline VALUES ('3d319586-082e-4574-9b6a-4ad108fcc52f', 'meetings', 'meeting', 'shuniu.meetings.meeting.agenda_item_added.v1', 'mtg-243f72a4b98a', 3, '2026-12-02 20:05:56.50167+00', 'shen', NULL, NULL, '{"title": "本周重点工作安排", "item_id": "item-1", "materials": ["本周重点工作安排.docx"], "presenter": "yang", "presenter_department": "office"}');
INSERT INTO public.timeline VALUES ('173e4555-d600-42b4-bc45-14295fe7ef1a', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-243f72a4b98a', 4, '2026-12-02 20:05:56.509713+00', 'shen', NULL, NULL, '{"person": "yang", "capacity": "出席", "department": "office"}');
INSERT INTO public.timeline VALUES ('afd0ac50-878c-46b4-9b1a-2162f949b933', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-243f72a4b98a', 5, '2026-12-02 20:05:56.509713+00', 'shen', NULL, NULL, '{"person": "shen", "capacity": "出席", "department": "office.secretariat"}');
INSERT INTO public.timeline VALUES ('e53a36dd-59ab-4779-b612-9e8cc76c6ce2', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-243f72a4b98a', 6, '2026-12-02 20:05:56.509713+00', 'shen', NULL, NULL, '{"person": "zhou", "capacity": "出席", "department": "office.supervision"}');
INSERT INTO public.timeline VALUES ('e6e6a0f6-0286-4805-b8db-808787733805', 'meetings', 'meeting', 'shuniu.meetings.meeting.department_invited.v1', 'mtg-243f72a4b98a', 7, '2026-12-02 20:05:56.509713+00', 'shen', NULL, NULL, '{"capacity": "出席", "department": "office.affairs"}');
INSERT INTO public.timeline VALUES ('57046086-ef51-47d7-aeb0-7ba82feb140a', 'meetings', 'meeting', 'shuniu.meetings.meeting.notice_issued.v1', 'mtg-243f72a4b98a', 8, '2026-12-02 20:05:56.52917+00', 'shen', NULL, NULL, '{"ends_at": "2026-12-21T02:30:00Z", "room_id": "room-first", "issued_by": "shen", "starts_at": "2026-12-21T01:00:00Z", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}');
INSERT INTO public.timeline VALUES ('dbfa3404-1cf7-4797-9b18-36e51be00124', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-243f72a4b98a', 9, '2026-12-02 20:05:56.543417+00', 'yang', NULL, NULL, '{"person": "yang", "capacity": "出席", "response": "attend", "department": "office"}');
INSERT INTO public.timeline VALUES ('1ee91186-198a-4ee4-b9d1-77589e044e14', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-243f72a4b98a', 10, '2026-12-02 20:05:56.557053+00', 'shen', NULL, NULL, '{"person": "shen", "capacity": "出席", "response": "attend", "department": "office.secretariat"}');
INSERT INTO public.timeline VALUES ('06569b1a-4fbd-4ac8-94e2-19bbb4f8ae90', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-243f72a4b98a', 11, '2026-12-02 20:05:56.565708+00', 'zhou', NULL, NULL, '{"person": "zhou", "capacity": "出席", "response": "attend", "department": "office.supervision"}');
INSERT INTO public.timeline VALUES ('bc56eab0-41c4-48a6-b590-eab8a7e4587f', 'meetings', 'meeting', 'shuniu.meetings.meeting.scheduled.v1', 'mtg-986a61bef7e2', 1, '2026-12-02 20:05:56.586064+00', 'shen', NULL, NULL, '{"kind": "常务会", "chair": "luo", "title": "县政府第12次常务会议", "ends_at": "2026-12-02T09:00:00Z", "organiser": "shen", "series_id": null, "starts_at": "2026-12-02T07:00:00Z", "classification": "none", "chair_department": "gov", "organiser_department": "office"}');
INSERT INTO public.timeline VALUES ('eafb2fa0-1cb3-474c-bf94-804e178b4d8b', 'meetings', 'meeting', 'shuniu.meetings.meeting.room_booked.v1', 'mtg-986a61bef7e2', 2, '2026-12-02 20:05:56.588001+00', 'shen', NULL, NULL, '{"ends_at": "2026-12-02T09:00:00Z", "room_id": "room-changwu", "room_name": "常务会议室", "starts_at": "2026-12-02T07:00:00Z", "room_capacity": 40}');
INSERT INTO public.timeline VALUES ('1557925e-b5f1-4d9f-80cf-90ed84863837', 'meetings', 'meeting', 'shuniu.meetings.meeting.agenda_item_added.v1', 'mtg-986a61bef7e2', 3, '2026-12-02 20:05:56.607654+00', 'shen', NULL, NULL, '{"title": "关于县城老旧小区改造资金的汇报", "item_id": "item-1", "materials": ["关于县城老旧小区改造资金的汇报.docx"], "presenter": "chen", "presenter_department": "finance"}');
INSERT INTO public.timeline VALUES ('f51f4a97-4aad-45c6-bd3e-e1aadc793fb1', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-986a61bef7e2', 4, '2026-12-02 20:05:56.619962+00', 'shen', NULL, NULL, '{"person": "fang", "capacity": "出席", "department": "gov"}');
INSERT INTO public.timeline VALUES ('1d00f760-ae75-4b04-838f-12fb65999e5b', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-986a61bef7e2', 5, '2026-12-02 20:05:56.619962+00', 'shen', NULL, NULL, '{"person": "chen", "capacity": "出席", "department": "finance"}');
INSERT INTO public.timeline VALUES ('777a855b-cf12-4cf8-b211-f5d6bd999938', 'supervision', 'task', 'shuniu.supervision.task.acknowledged.v1', 'adhoc:b8a614cc7ee9', 2, '2026-12-02 20:05:57.110873+00', 'chen', NULL, NULL, '{"by": "chen", "on": "2026-11-04"}');
INSERT INTO public.timeline VALUES ('bdde6089-3e9f-4191-86e3-71868a3d38eb', 'meetings', 'meeting', 'shuniu.meetings.meeting.department_invited.v1', 'mtg-986a61bef7e2', 7, '2026-12-02 20:05:56.619962+00', 'shen', NULL, NULL, '{"capacity": "列席", "department": "agriculture"}');
INSERT INTO public.timeline VALUES ('1be4ff44-9d52-4ea0-97d6-7757c8d6ffc4', 'meetings', 'meeting', 'shuniu.meetings.meeting.notice_issued.v1', 'mtg-986a61bef7e2', 8, '2026-12-02 20:05:56.641748+00', 'shen', NULL, NULL, '{"ends_at": "2026-12-02T09:00:00Z", "room_id": "room-changwu", "issued_by": "shen", "starts_at": "2026-12-02T07:00:00Z", "notified_people": ["chen", "fang", "luo", "zhao"], "notified_departments": ["agriculture"]}');
INSERT INTO public.timeline VALUES ('9ac83a56-bfaf-420f-bde5-e6b1d4bd86a0', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-986a61bef7e2', 9, '2026-12-02 20:05:56.656438+00', 'fang', NULL, NULL, '{"person": "fang", "capacity": "出席", "response": "attend", "department": "gov"}');
INSERT INTO public.timeline VALUES ('b8454a87-22ad-434d-bce9-92b3776ab8f1', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-986a61bef7e2', 10, '2026-12-02 20:05:56.66737+00', 'chen', NULL, NULL, '{"person": "chen", "capacity": "出席", "response": "attend", "department": "finance"}');
INSERT INTO public.timeline VALUES ('4e0b1a15-828b-465d-93bc-381209b1e97a', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-986a61bef7e2', 11, '2026-12-02 20:05:56.679796+00', 'zhao', NULL, NULL, '{"person": "zhao", "capacity": "出席", "response": "attend", "department": "education"}');
INSERT INTO public.timeline VALUES ('d6534251-b65a-4615-8af2-d5688ffe8b10', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-986a61bef7e2', 12, '2026-12-02 20:05:56.694763+00', 'luo', NULL, NULL, '{"at": "2026-12-02T06:55:00Z", "person": "luo", "capacity": "出席", "department": "gov", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('0b7985d0-d41a-46cb-9552-6176b9eb3cbc', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-986a61bef7e2', 13, '2026-12-02 20:05:56.705444+00', 'fang', NULL, NULL, '{"at": "2026-12-02T06:55:00Z", "person": "fang", "capacity": "出席", "department": "gov", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('4ceb7c3a-586f-4cf0-bb25-f7a5ac71d835', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-986a61bef7e2', 14, '2026-12-02 20:05:56.721855+00', 'chen', NULL, NULL, '{"at": "2026-12-02T06:55:00Z", "person": "chen", "capacity": "出席", "department": "finance", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('a1c64dc5-1a13-4dec-92f6-24dfcab4de22', 'meetings', 'meeting', 'shuniu.meetings.meeting.signed_in.v1', 'mtg-986a61bef7e2', 15, '2026-12-02 20:05:56.732444+00', 'zhao', NULL, NULL, '{"at": "2026-12-02T06:55:00Z", "person": "zhao", "capacity": "出席", "department": "education", "substitute_for": null}');
INSERT INTO public.timeline VALUES ('64140c45-c6c7-47ee-a167-dccc7261c67d', 'meetings', 'meeting', 'shuniu.meetings.meeting.held.v1', 'mtg-986a61bef7e2', 16, '2026-12-02 20:05:56.744065+00', 'shen', NULL, NULL, '{"at": "2026-12-02T09:00:00Z", "recorded_by": "shen"}');
INSERT INTO public.timeline VALUES ('34d68bb0-3fc0-4a02-bfab-632e68b9fdaf', 'meetings', 'meeting', 'shuniu.meetings.meeting.minutes_drafted.v1', 'mtg-986a61bef7e2', 17, '2026-12-02 20:05:56.758509+00', 'li', NULL, NULL, '{"summary": "县政府第12次常务会议研究了议程所列事项。", "recorder": "li", "classification": "none"}');
INSERT INTO public.timeline VALUES ('f55ce127-4043-4101-8bee-50cefc511432', 'meetings', 'meeting', 'shuniu.meetings.meeting.resolution_drafted.v1', 'mtg-986a61bef7e2', 18, '2026-12-02 20:05:56.766437+00', 'li', NULL, NULL, '{"title": "编制老旧小区改造资金使用计划", "deadline": "2026-12-17", "resolution_id": "r1", "co_departments": [], "lead_department": "finance"}');
INSERT INTO public.timeline VALUES ('5307b8e4-a2c7-44c8-b4b9-036be57f250b', 'meetings', 'meeting', 'shuniu.meetings.meeting.minutes_approved.v1', 'mtg-986a61bef7e2', 19, '2026-12-02 20:05:56.776739+00', 'luo', NULL, NULL, '{"approved_by": "luo"}');
INSERT INTO public.timeline VALUES ('86e8e533-4fa0-49c2-8ba4-c7b58c28f0fc', 'meetings', 'meeting', 'shuniu.meetings.meeting.resolution_adopted.v1', 'mtg-986a61bef7e2', 20, '2026-12-02 20:05:56.776739+00', 'luo', NULL, NULL, '{"title": "编制老旧小区改造资金使用计划", "deadline": "2026-12-17", "adopted_on": "2026-12-02", "decided_by": "luo", "meeting_id": "mtg-986a61bef7e2", "meeting_kind": "常务会", "meeting_title": "县政府第12次常务会议", "resolution_id": "r1", "classification": "none", "co_departments": [], "lead_department": "finance"}');
INSERT INTO public.timeline VALUES ('abe01e47-f9bf-4a3a-b050-52c38d740140', 'meetings', 'meeting', 'shuniu.meetings.meeting.minutes_issued.v1', 'mtg-986a61bef7e2', 21, '2026-12-02 20:05:56.790808+00', 'shen', NULL, NULL, '{"chair": "luo", "absent": [], "attended": [{"note": "", "person": "luo", "department": "gov"}, {"note": "", "person": "fang", "department": "gov"}, {"note": "", "person": "chen", "department": "finance"}, {"note": "", "person": "zhao", "department": "education"}], "on_leave": [], "recorder": "li", "issued_by": "shen", "observers": []}');
INSERT INTO public.timeline VALUES ('a5469b24-999e-46e6-8dc1-eef06b95aa84', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'resolution:mtg-986a61bef7e2:r1', 1, '2026-12-02 20:05:56.863334+00', 'luo', '86e8e533-4fa0-49c2-8ba4-c7b58c28f0fc', '86e8e533-4fa0-49c2-8ba4-c7b58c28f0fc', '{"title": "编制老旧小区改造资金使用计划", "source": {"id": "mtg-986a61bef7e2", "item": "r1", "kind": "meeting_resolution", "service": "meetings"}, "task_id": "resolution:mtg-986a61bef7e2:r1", "deadline": "2026-12-17", "priority": "high", "opened_by": null, "opened_on": "2026-12-02", "assigned_by": "luo", "description": "县政府第12次常务会议（常务会）议定事项", "classification": "none", "co_departments": [], "lead_department": "finance", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('aee98128-a5b8-4f66-8bf7-dad30905912a', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-66388cfd0173', 4, '2026-12-02 20:05:56.919271+00', 'feng', NULL, NULL, '{"person": "fang", "capacity": "出席", "department": "gov"}');
INSERT INTO public.timeline VALUES ('ff50d0d4-9704-4a3f-89a8-4292c0810ebe', 'meetings', 'meeting', 'shuniu.meetings.meeting.person_invited.v1', 'mtg-66388cfd0173', 5, '2026-12-02 20:05:56.919271+00', 'feng', NULL, NULL, '{"person": "feng", "capacity": "列席", "department": "office"}');
INSERT INTO public.timeline VALUES ('5f2e8c24-78a5-4e33-ae76-497bb1aaab47', 'meetings', 'meeting', 'shuniu.meetings.meeting.resolution_supervised.v1', 'mtg-986a61bef7e2', 22, '2026-12-02 20:05:56.923409+00', 'luo', '86e8e533-4fa0-49c2-8ba4-c7b58c28f0fc', 'a5469b24-999e-46e6-8dc1-eef06b95aa84', '{"task_id": "resolution:mtg-986a61bef7e2:r1", "resolution_id": "r1"}');
INSERT INTO public.timeline VALUES ('9b893f64-65fa-4d26-8ce3-dea394ed4ead', 'meetings', 'meeting', 'shuniu.meetings.meeting.notice_issued.v1', 'mtg-66388cfd0173', 6, '2026-12-02 20:05:56.933439+00', 'feng', NULL, NULL, '{"ends_at": "2026-12-08T03:00:00Z", "room_id": "room-party", "issued_by": "feng", "starts_at": "2026-12-08T01:00:00Z", "notified_people": ["fang", "feng", "luo"], "notified_departments": []}');
INSERT INTO public.timeline VALUES ('218ff617-99cb-4ebb-a5c9-2886fe423194', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-66388cfd0173', 7, '2026-12-02 20:05:56.946779+00', 'fang', NULL, NULL, '{"person": "fang", "capacity": "出席", "response": "attend", "department": "gov"}');
INSERT INTO public.timeline VALUES ('48d5fad2-a913-491e-875e-7312f0300355', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-66388cfd0173', 8, '2026-12-02 20:05:56.956732+00', 'feng', NULL, NULL, '{"person": "feng", "capacity": "列席", "response": "attend", "department": "office"}');
INSERT INTO public.timeline VALUES ('a4872a18-95ff-46e0-83b5-5d99be7ef8c7', 'supervision', 'task', 'shuniu.supervision.task.urged.v1', 'adhoc:2cdb2d05aa69', 3, '2026-12-02 20:05:57.082132+00', 'zhou', NULL, NULL, '{"by": "zhou", "on": "2026-12-01", "message": "已逾期，请说明原因并于两日内办结"}');
INSERT INTO public.timeline VALUES ('1ca9adeb-d41a-4028-8ac8-2495b2e627f2', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'adhoc:b8a614cc7ee9', 1, '2026-12-02 20:05:57.092934+00', 'yang', NULL, NULL, '{"title": "报送上半年预算执行情况", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:b8a614cc7ee9", "deadline": "2026-11-23", "priority": "normal", "opened_by": "yang", "opened_on": "2026-11-03", "assigned_by": "yang", "description": "", "classification": "none", "co_departments": [], "lead_department": "finance", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('e5465cf0-7ba8-4a4e-826a-c5af7310ca3d', 'meetings', 'meeting', 'shuniu.meetings.meeting.department_invited.v1', 'mtg-dc13521575c8', 7, '2026-12-02 20:05:56.829982+00', 'shen', NULL, NULL, '{"capacity": "出席", "department": "agriculture"}');
INSERT INTO public.timeline VALUES ('33cde07f-c7dc-4dd7-9f67-e70ad6e9acd1', 'meetings', 'meeting', 'shuniu.meetings.meeting.notice_issued.v1', 'mtg-dc13521575c8', 8, '2026-12-02 20:05:56.844929+00', 'shen', NULL, NULL, '{"ends_at": "2026-12-03T08:00:00Z", "room_id": "room-second", "issued_by": "shen", "starts_at": "2026-12-03T06:30:00Z", "notified_people": ["chen", "fang", "sun", "zhang"], "notified_departments": ["agriculture"]}');
INSERT INTO public.timeline VALUES ('e702d3bc-c91d-4310-a109-201bfb0583fc', 'meetings', 'meeting', 'shuniu.meetings.meeting.leave_requested.v1', 'mtg-dc13521575c8', 9, '2026-12-02 20:05:56.856119+00', 'zhang', NULL, NULL, '{"chair": "fang", "person": "zhang", "reason": "小孙子住院，需在医院陪护", "organiser": "shen", "starts_at": "2026-12-03T06:30:00Z", "department": "union", "substitute": null, "meeting_title": "农业生产专题会", "organiser_department": "office"}');
INSERT INTO public.timeline VALUES ('cef86adc-d923-4d1b-8b61-743578fdca0e', 'meetings', 'meeting', 'shuniu.meetings.meeting.replied.v1', 'mtg-dc13521575c8', 10, '2026-12-02 20:05:56.872499+00', 'chen', NULL, NULL, '{"person": "chen", "capacity": "出席", "response": "attend", "department": "finance"}');
INSERT INTO public.timeline VALUES ('7c898455-e250-4634-a0a9-227a34620c89', 'meetings', 'meeting', 'shuniu.meetings.meeting.scheduled.v1', 'mtg-66388cfd0173', 1, '2026-12-02 20:05:56.890104+00', 'feng', NULL, NULL, '{"kind": "党组会", "chair": "luo", "title": "县政府党组会议", "ends_at": "2026-12-08T03:00:00Z", "organiser": "feng", "series_id": null, "starts_at": "2026-12-08T01:00:00Z", "classification": "机密", "chair_department": "gov", "organiser_department": "office"}');
INSERT INTO public.timeline VALUES ('87ec3321-4dfd-4f11-a0c0-0cb82d9262f5', 'meetings', 'meeting', 'shuniu.meetings.meeting.room_booked.v1', 'mtg-66388cfd0173', 2, '2026-12-02 20:05:56.891514+00', 'feng', NULL, NULL, '{"ends_at": "2026-12-08T03:00:00Z", "room_id": "room-party", "room_name": "党组会议室", "starts_at": "2026-12-08T01:00:00Z", "room_capacity": 15}');
INSERT INTO public.timeline VALUES ('4c01f147-8ea7-435b-8367-1da5a4427556', 'meetings', 'meeting', 'shuniu.meetings.meeting.agenda_item_added.v1', 'mtg-66388cfd0173', 3, '2026-12-02 20:05:56.904747+00', 'feng', NULL, NULL, '{"title": "研究干部任免事项", "item_id": "item-1", "materials": ["研究干部任免事项.docx"], "presenter": "fang", "presenter_department": "gov"}');
INSERT INTO public.timeline VALUES ('c55766a4-b85f-4454-812a-b0546bed6c78', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'adhoc:15df27fb645a', 1, '2026-12-02 20:05:56.963846+00', 'zhou', NULL, NULL, '{"title": "落实工会会员服务阵地建设", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:15df27fb645a", "deadline": "2027-01-02", "priority": "normal", "opened_by": "zhou", "opened_on": "2026-11-26", "assigned_by": "zhou", "description": "", "classification": "none", "co_departments": [], "lead_department": "union", "reporting_cycle": "weekly", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('02a08dce-066c-4e6b-95f5-85bffe240365', 'supervision', 'task', 'shuniu.supervision.task.acknowledged.v1', 'adhoc:15df27fb645a', 2, '2026-12-02 20:05:56.982528+00', 'sun', NULL, NULL, '{"by": "sun", "on": "2026-11-27"}');
INSERT INTO public.timeline VALUES ('6884fcb4-54c8-49b7-bc22-ed5f8e219304', 'supervision', 'task', 'shuniu.supervision.task.progress_reported.v1', 'adhoc:15df27fb645a', 3, '2026-12-02 20:05:56.99405+00', 'sun', NULL, NULL, '{"by": "sun", "on": "2026-12-02", "text": "三个乡镇服务站已挂牌", "percent": 40}');
INSERT INTO public.timeline VALUES ('0bf33bad-10c2-4086-a98c-0df51f8ac763', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'adhoc:c523de4cd5e8', 1, '2026-12-02 20:05:57.00133+00', 'feng', NULL, NULL, '{"title": "全县中小学食堂食品安全检查", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:c523de4cd5e8", "deadline": "2026-12-07", "priority": "normal", "opened_by": "feng", "opened_on": "2026-11-23", "assigned_by": "feng", "description": "", "classification": "none", "co_departments": [], "lead_department": "education", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('c107c0e4-6315-4bd3-953a-aa299b201cab', 'supervision', 'task', 'shuniu.supervision.task.acknowledged.v1', 'adhoc:c523de4cd5e8', 2, '2026-12-02 20:05:57.032768+00', 'zhao', NULL, NULL, '{"by": "zhao", "on": "2026-11-24"}');
INSERT INTO public.timeline VALUES ('9f3564b9-60af-41c8-a1c6-72f72f705c16', 'supervision', 'task', 'shuniu.supervision.task.progress_reported.v1', 'adhoc:c523de4cd5e8', 3, '2026-12-02 20:05:57.048064+00', 'zhao', NULL, NULL, '{"by": "zhao", "on": "2026-12-02", "text": "已检查十二所学校，余六所", "percent": 65}');
INSERT INTO public.timeline VALUES ('f189e27a-b589-40d5-968c-15f209893ee4', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'adhoc:2cdb2d05aa69', 1, '2026-12-02 20:05:57.054944+00', 'zhou', NULL, NULL, '{"title": "困难职工帮扶资金拨付", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:2cdb2d05aa69", "deadline": "2026-11-28", "priority": "high", "opened_by": "zhou", "opened_on": "2026-11-08", "assigned_by": "zhou", "description": "", "classification": "none", "co_departments": ["union"], "lead_department": "finance", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('00e39e93-ba0c-453c-b9a4-261324a6873e', 'supervision', 'task', 'shuniu.supervision.task.acknowledged.v1', 'adhoc:2cdb2d05aa69', 2, '2026-12-02 20:05:57.070444+00', 'chen', NULL, NULL, '{"by": "chen", "on": "2026-11-09"}');
INSERT INTO public.timeline VALUES ('7f272584-e8fc-4ca0-8478-00eacdb3165b', 'supervision', 'task', 'shuniu.supervision.task.acknowledged.v1', 'adhoc:bc10dee01a45', 2, '2026-12-02 20:05:57.247662+00', 'zhao', NULL, NULL, '{"by": "zhao", "on": "2026-11-29"}');
INSERT INTO public.timeline VALUES ('16c28a8f-056b-4868-beed-fb80bf231050', 'supervision', 'task', 'shuniu.supervision.task.extension_requested.v1', 'adhoc:bc10dee01a45', 3, '2026-12-02 20:05:57.260409+00', 'zhao', NULL, NULL, '{"by": "zhao", "on": "2026-12-02", "reason": "需等待交通部门联合检查", "requested_deadline": "2026-12-23"}');
INSERT INTO public.timeline VALUES ('4592ca4c-1cbf-423f-aca1-86f1d6f5af08', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'adhoc:0c557e9c241f', 1, '2026-12-02 20:05:57.26716+00', 'zhou', NULL, NULL, '{"title": "职工疗休养基地改建", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:0c557e9c241f", "deadline": "2026-12-18", "priority": "normal", "opened_by": "zhou", "opened_on": "2026-11-21", "assigned_by": "zhou", "description": "", "classification": "none", "co_departments": [], "lead_department": "union", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('f9140032-df3e-4355-a30a-010fa7305494', 'supervision', 'task', 'shuniu.supervision.task.acknowledged.v1', 'adhoc:0c557e9c241f', 2, '2026-12-02 20:05:57.287001+00', 'sun', NULL, NULL, '{"by": "sun", "on": "2026-11-22"}');
INSERT INTO public.timeline VALUES ('620c9992-64f7-4710-8edf-b70883f179ee', 'supervision', 'task', 'shuniu.supervision.task.infeasibility_reported.v1', 'adhoc:0c557e9c241f', 3, '2026-12-02 20:05:57.299577+00', 'sun', NULL, NULL, '{"by": "sun", "on": "2026-11-30", "reason": "改建资金未列入年度预算"}');
INSERT INTO public.timeline VALUES ('7dfc70f6-4031-4340-83d8-6b6b4d8c9dad', 'supervision', 'task', 'shuniu.supervision.task.deadline_approaching.v1', 'adhoc:2cdb2d05aa69', 4, '2026-12-02 20:05:57.392874+00', 'system:deadlines', NULL, NULL, '{"on": "2026-12-03", "deadline": "2026-11-28"}');
INSERT INTO public.timeline VALUES ('db03839a-02ae-44f1-8bfd-d211760b9d0c', 'supervision', 'task', 'shuniu.supervision.task.overdue.v1', 'adhoc:2cdb2d05aa69', 5, '2026-12-02 20:05:57.414634+00', 'system:deadlines', NULL, NULL, '{"on": "2026-12-03", "deadline": "2026-11-28"}');
INSERT INTO public.timeline VALUES ('9681d241-93d7-49a8-b32b-7b84b0b3bf44', 'supervision', 'task', 'shuniu.supervision.task.deadline_approaching.v1', 'adhoc:c523de4cd5e8', 4, '2026-12-02 20:05:57.435624+00', 'system:deadlines', NULL, NULL, '{"on": "2026-12-03", "deadline": "2026-12-07"}');
INSERT INTO public.timeline VALUES ('3636e03a-5dd0-47d3-9a40-abc56495f0d5', 'reception', 'petition', 'shuniu.reception.petition.clock_overdue.v1', 'petition-demo-4', 3, '2026-12-02 20:05:58.595088+00', 'system:deadlines', NULL, NULL, '{"clock": "routing", "due_on": "2026-11-28"}');
INSERT INTO public.timeline VALUES ('b8670580-8fa9-410c-bd85-98ffd8c7e4c8', 'supervision', 'task', 'shuniu.supervision.task.completion_reported.v1', 'adhoc:b8a614cc7ee9', 3, '2026-12-02 20:05:57.122189+00', 'chen', NULL, NULL, '{"by": "chen", "on": "2026-11-21", "text": "已按时报送县人大常委会"}');
INSERT INTO public.timeline VALUES ('d9e22d8b-1f7e-47c4-b467-acb29becfcbe', 'supervision', 'task', 'shuniu.supervision.task.closed.v1', 'adhoc:b8a614cc7ee9', 4, '2026-12-02 20:05:57.134955+00', 'zhou', NULL, NULL, '{"title": "报送上半年预算执行情况", "result": "已按时报送县人大常委会", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "on_time": true, "task_id": "adhoc:b8a614cc7ee9", "deadline": "2026-11-23", "closed_by": "zhou", "closed_on": "2026-11-22", "co_departments": [], "lead_department": "finance"}');
INSERT INTO public.timeline VALUES ('0d41d9a1-423d-48d0-8388-6311fa1d07e1', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'adhoc:b56fdba26b01', 1, '2026-12-02 20:05:57.145571+00', 'zhou', NULL, NULL, '{"title": "办公楼消防设施维修", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:b56fdba26b01", "deadline": "2026-11-13", "priority": "normal", "opened_by": "zhou", "opened_on": "2026-10-24", "assigned_by": "zhou", "description": "", "classification": "none", "co_departments": [], "lead_department": "office.affairs", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('2cfeef59-5bbf-4845-8bdb-46c427afa5a5', 'supervision', 'task', 'shuniu.supervision.task.acknowledged.v1', 'adhoc:b56fdba26b01', 2, '2026-12-02 20:05:57.166903+00', 'wu', NULL, NULL, '{"by": "wu", "on": "2026-10-25"}');
INSERT INTO public.timeline VALUES ('919ca859-e392-414e-90c7-106395ab08d0', 'supervision', 'task', 'shuniu.supervision.task.completion_reported.v1', 'adhoc:b56fdba26b01', 3, '2026-12-02 20:05:57.184233+00', 'wu', NULL, NULL, '{"by": "wu", "on": "2026-11-18", "text": "维修完毕，已通过消防验收"}');
INSERT INTO public.timeline VALUES ('3e35b419-2b97-4116-b5a7-e9489b14b92c', 'supervision', 'task', 'shuniu.supervision.task.closed.v1', 'adhoc:b56fdba26b01', 4, '2026-12-02 20:05:57.198981+00', 'feng', NULL, NULL, '{"title": "办公楼消防设施维修", "result": "维修完毕，已通过消防验收", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "on_time": false, "task_id": "adhoc:b56fdba26b01", "deadline": "2026-11-13", "closed_by": "feng", "closed_on": "2026-11-19", "co_departments": [], "lead_department": "office.affairs"}');
INSERT INTO public.timeline VALUES ('3dc298cd-daf1-4304-893c-e15e6309f71a', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'adhoc:34ac081c4b55', 1, '2026-12-02 20:05:57.212819+00', 'zhou', NULL, NULL, '{"title": "春耕化肥储备情况摸底", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:34ac081c4b55", "deadline": "2026-12-23", "priority": "normal", "opened_by": "zhou", "opened_on": "2026-12-03", "assigned_by": "zhou", "description": "", "classification": "none", "co_departments": [], "lead_department": "agriculture", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('54b9d01c-bd67-464a-b0a6-a3b83eaa0fcc', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'adhoc:bc10dee01a45', 1, '2026-12-02 20:05:57.228192+00', 'feng', NULL, NULL, '{"title": "校车安全隐患排查整治", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:bc10dee01a45", "deadline": "2026-12-09", "priority": "normal", "opened_by": "feng", "opened_on": "2026-11-28", "assigned_by": "feng", "description": "", "classification": "none", "co_departments": ["office.affairs"], "lead_department": "education", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('62f6f7fd-962b-471a-8643-cda2d11078ac', 'reception', 'person', 'shuniu.reception.person.recorded.v1', 'person-b392d4ed56f94126bcc0701034b38dd0', 1, '2026-12-02 20:05:57.313574+00', 'zheng', NULL, NULL, '{"kind": "visitor", "name": "enc:v1:person-b392d4ed56f94126bcc0701034b38dd0:IDtjTa+8omIp0B7ntP4/u/etvP1YzQ0fUpPBVA3TaJQNRHgk5g==", "phone": "enc:v1:person-b392d4ed56f94126bcc0701034b38dd0:O+KUPRGIbVi/Q+lBJSKY+sD+Ftb/FjSL9wR28dUS9elgKvAOK3PZ", "address": null, "id_number": "enc:v1:person-b392d4ed56f94126bcc0701034b38dd0:1Wpn374mciW+b5DVg44mAlbj3+i9MxXCw/l9HtUPUgah6igmmBUbxuhft1G/4A=="}');
INSERT INTO public.timeline VALUES ('6a8352a2-e391-4600-87ed-856d848a7349', 'reception', 'visit', 'shuniu.reception.visit.appointed.v1', 'visit-demo-1', 1, '2026-12-02 20:05:57.329155+00', 'zheng', NULL, NULL, '{"purpose": "商谈校舍维修", "booked_by": "zheng", "person_id": "person-b392d4ed56f94126bcc0701034b38dd0", "expected_at": "2026-12-03T01:00:00Z", "host_person": "zhao", "organisation": "F县第一中学", "host_department": "education"}');
INSERT INTO public.timeline VALUES ('6bf958e1-4599-47e7-b02b-d535552459a5', 'reception', 'person', 'shuniu.reception.person.recorded.v1', 'person-2337fdea92b54abeadd48d1a6acdd74f', 1, '2026-12-02 20:05:57.343066+00', 'zheng', NULL, NULL, '{"kind": "visitor", "name": "enc:v1:person-2337fdea92b54abeadd48d1a6acdd74f:tRj67DWaIVlH4oCi3pwM+vHpxbYyp+WfJyqzITsh48o4+6ilqg==", "phone": "enc:v1:person-2337fdea92b54abeadd48d1a6acdd74f:wMykvoCiVaaMbY4frv+Het1lbtW9BgwOMBVFIBIVcfBNtyljF0DZ", "address": null, "id_number": null}');
INSERT INTO public.timeline VALUES ('3aef5b79-eeed-4a73-b545-d9ce942805e8', 'reception', 'visit', 'shuniu.reception.visit.appointed.v1', 'visit-demo-2', 1, '2026-12-02 20:05:57.352773+00', 'zheng', NULL, NULL, '{"purpose": "专项资金对账", "booked_by": "zheng", "person_id": "person-2337fdea92b54abeadd48d1a6acdd74f", "expected_at": "2026-12-03T02:00:00Z", "host_person": "chen", "organisation": "市财政局", "host_department": "finance"}');
INSERT INTO public.timeline VALUES ('783f2dd6-1231-4d5d-ad69-ee1cbb3ff438', 'reception', 'person', 'shuniu.reception.person.recorded.v1', 'person-97e78bbdfe4741758690408c93410ac4', 1, '2026-12-02 20:05:57.363385+00', 'zheng', NULL, NULL, '{"kind": "visitor", "name": "enc:v1:person-97e78bbdfe4741758690408c93410ac4:KUt+Wi+VK3JHxvXm6u8+tF+DyWQPVSyK+TDWhfN8ScnVIEsUqw==", "phone": "enc:v1:person-97e78bbdfe4741758690408c93410ac4:564VNFAaIlFa3UALasIjv/w45oklWp10k/k7Y1cnh08ZItCqWGn6", "address": null, "id_number": null}');
INSERT INTO public.timeline VALUES ('c7ed0893-8268-43bc-98b8-0ab6749b46e5', 'reception', 'visit', 'shuniu.reception.visit.appointed.v1', 'visit-demo-3', 1, '2026-12-02 20:05:57.368047+00', 'zheng', NULL, NULL, '{"purpose": "困难职工慰问安排", "booked_by": "zheng", "person_id": "person-97e78bbdfe4741758690408c93410ac4", "expected_at": "2026-12-03T07:00:00Z", "host_person": "sun", "organisation": "县总工会", "host_department": "union"}');
INSERT INTO public.timeline VALUES ('01cb5f1c-603a-4f6e-9f23-1269349a5766', 'reception', 'visit', 'shuniu.reception.visit.arrived.v1', 'visit-demo-1', 2, '2026-12-02 20:05:57.380494+00', 'zheng', NULL, NULL, '{"badge": "A-01", "purpose": "商谈校舍维修", "walk_in": false, "person_id": "person-b392d4ed56f94126bcc0701034b38dd0", "arrived_at": "2026-12-02T20:05:57.380456Z", "host_person": "zhao", "organisation": "F县第一中学", "host_department": "education"}');
INSERT INTO public.timeline VALUES ('6cf5bfdc-523d-4476-ada5-24ef62f9962b', 'reception', 'visit', 'shuniu.reception.visit.arrived.v1', 'visit-demo-2', 2, '2026-12-02 20:05:57.396113+00', 'zheng', NULL, NULL, '{"badge": "A-02", "purpose": "专项资金对账", "walk_in": false, "person_id": "person-2337fdea92b54abeadd48d1a6acdd74f", "arrived_at": "2026-12-02T20:05:57.396082Z", "host_person": "chen", "organisation": "市财政局", "host_department": "finance"}');
INSERT INTO public.timeline VALUES ('f5b6ca67-a3a8-42a4-b4ee-82204d225251', 'reception', 'visit', 'shuniu.reception.visit.left.v1', 'visit-demo-2', 3, '2026-12-02 20:05:57.407519+00', 'zheng', NULL, NULL, '{"badge": "A-02", "left_at": "2026-12-02T20:05:57.407498Z"}');
INSERT INTO public.timeline VALUES ('f041597c-d61a-41ad-88a1-86b61194b22d', 'reception', 'person', 'shuniu.reception.person.recorded.v1', 'person-a1e35a5bf555400db5b6fc5430a555ea', 1, '2026-12-02 20:05:57.420127+00', 'zheng', NULL, NULL, '{"kind": "visitor", "name": "enc:v1:person-a1e35a5bf555400db5b6fc5430a555ea:5082Z5iRgMWANRhN+6bnXLT04JkuGQnjhBlwqt6EtYZYifVE3w==", "phone": "enc:v1:person-a1e35a5bf555400db5b6fc5430a555ea:pP9bj+1ERH41ZWyPzKQI1xvV2UYpNRsqgzk15Ahm2mOmNY0Z1jwq", "address": null, "id_number": null}');
INSERT INTO public.timeline VALUES ('64ce67ef-30c3-4791-b077-8eb602dde61b', 'reception', 'visit', 'shuniu.reception.visit.arrived.v1', 'visit-demo-4', 1, '2026-12-02 20:05:57.425746+00', 'zheng', NULL, NULL, '{"badge": "B-01", "purpose": "咨询办事流程", "walk_in": true, "person_id": "person-a1e35a5bf555400db5b6fc5430a555ea", "arrived_at": "2026-12-02T20:05:57.425677Z", "host_person": "wu", "organisation": "个人", "host_department": "office.affairs"}');
INSERT INTO public.timeline VALUES ('69d201de-cf19-4c6f-a06c-2c7e06b588a2', 'reception', 'person', 'shuniu.reception.person.recorded.v1', 'person-f3b7409d3f394488af94afa4b7dcd79f', 1, '2026-12-02 20:05:57.43831+00', 'wang', NULL, NULL, '{"kind": "petitioner", "name": "enc:v1:person-f3b7409d3f394488af94afa4b7dcd79f:lhaAa4w67PJGiLxhRxwOvbVbKvTQ0I++vv2mTDnT+y6+VkdQJA==", "phone": "enc:v1:person-f3b7409d3f394488af94afa4b7dcd79f:Z5BkZHvBVOsVrHT7royswAhv87wvUSHwyR9h6ogU8dCyPqOQI2/z", "address": "enc:v1:person-f3b7409d3f394488af94afa4b7dcd79f:XqfLISnL8du5bq5gZFMeBcvEyqhdq4kJL0WwGfrWBq4ITaC56Fe8294=", "id_number": null}');
INSERT INTO public.timeline VALUES ('70c360e3-7961-40ce-89f2-5f5bbcddab59', 'reception', 'petition', 'shuniu.reception.petition.registered.v1', 'petition-demo-1', 1, '2026-12-02 20:05:57.453872+00', 'wang', NULL, NULL, '{"channel": "letter", "content": "enc:v1:person-f3b7409d3f394488af94afa4b7dcd79f:eJ3BDOKRo+RmPYJ8gJbHE3UOZicn/wpiDd5wqgwdX9ShdMZeF4g71GcRyYIn746HJ+b4fBbrjdjy/sebH+JjdkYxRiKxTsQ+Y8KY1Q==", "person_id": "person-f3b7409d3f394488af94afa4b7dcd79f", "case_number": "信访〔2026〕1号", "received_on": "2026-12-03", "registered_by": "wang", "routing_due_on": "2026-12-18"}');
INSERT INTO public.timeline VALUES ('223fa73d-a179-4d3a-b0a0-3c7c5475e770', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'petition:petition-demo-2:education', 1, '2026-12-02 20:05:57.634664+00', 'wang', '3c00a543-1a96-4ea0-affa-284f05354c1b', '3c00a543-1a96-4ea0-affa-284f05354c1b', '{"title": "信访件 信访〔2026〕2号：反映学校违规收取补课费，请核查处理", "source": {"id": "petition-demo-2", "item": null, "kind": "petition", "service": "reception"}, "task_id": "petition:petition-demo-2:education", "deadline": "2027-01-12", "priority": "normal", "opened_by": null, "opened_on": "2026-12-03", "assigned_by": "wang", "description": "反映学校违规收取补课费，请核查处理", "classification": "none", "co_departments": [], "lead_department": "education", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('7cf9ae98-1f27-4a99-a11d-2a6a8f43b3b2', 'reception', 'person', 'shuniu.reception.person.recorded.v1', 'person-6089f00908ea4c3180c805ff61d9b63f', 1, '2026-12-02 20:05:57.679332+00', 'wang', NULL, NULL, '{"kind": "petitioner", "name": "enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:z5QjrSHfHAVbZv0V7hMBTZCqzFyR16t9QDv0M2ga7e/ANxfz7Q==", "phone": "enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:WCb2WwL77l5SPIrdFLa3W9bvCrRdA2Y7SDiu43ufOEwCqCUkhdN5", "address": "enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:D7knjjZeSk3Nqg/GqLc6OYP7uTQQFowN47QgR8AadPjRzQ+8n60LVTM=", "id_number": null}');
INSERT INTO public.timeline VALUES ('04f5c6ff-d193-464f-8870-30e0659882f7', 'reception', 'petition', 'shuniu.reception.petition.registered.v1', 'petition-demo-5', 1, '2026-12-02 20:05:57.694823+00', 'wang', NULL, NULL, '{"channel": "letter", "content": "enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:z9ijvveEAGm5Xv3XPnLnxO3NrzuUuFVDbIvHyBTY5AbMW4Fs9BJUHkSdC021/Dj4rPAcGKwmQw==", "person_id": "person-6089f00908ea4c3180c805ff61d9b63f", "case_number": "信访〔2026〕5号", "received_on": "2026-10-14", "registered_by": "wang", "routing_due_on": "2026-10-29"}');
INSERT INTO public.timeline VALUES ('4beb5ea3-611b-48b0-ae33-f0523db83154', 'reception', 'petition', 'shuniu.reception.petition.routed.v1', 'petition-demo-5', 2, '2026-12-02 20:05:57.706178+00', 'wang', NULL, NULL, '{"routed_by": "wang", "routed_on": "2026-10-19", "to_department": "finance", "objection_due_on": "2026-10-26", "acceptance_due_on": "2026-11-03"}');
INSERT INTO public.timeline VALUES ('e0acbb72-dff6-4e60-a2bf-95a9eb5329bf', 'reception', 'petition', 'shuniu.reception.petition.accepted.v1', 'petition-demo-5', 3, '2026-12-02 20:05:57.720309+00', 'wang', NULL, NULL, '{"notice": "受理告知书〔2026〕5号", "accepted_on": "2026-10-19", "handling_due_on": "2026-12-18"}');
INSERT INTO public.timeline VALUES ('9ff4ffeb-d05f-46ee-81d5-92087cb66074', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'petition:petition-demo-5:finance', 1, '2026-12-02 20:05:57.916402+00', 'wang', 'affd9b8b-16e3-4b1c-8fdc-f973a29035db', 'affd9b8b-16e3-4b1c-8fdc-f973a29035db', '{"title": "信访件 信访〔2026〕5号：反映道路施工扰民，请协调施工时间", "source": {"id": "petition-demo-5", "item": null, "kind": "petition", "service": "reception"}, "task_id": "petition:petition-demo-5:finance", "deadline": "2026-12-18", "priority": "normal", "opened_by": null, "opened_on": "2026-12-03", "assigned_by": "wang", "description": "反映道路施工扰民，请协调施工时间", "classification": "none", "co_departments": [], "lead_department": "finance", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('e2cb0cc9-1d24-4fae-8881-b61392589073', 'reception', 'vehicle', 'shuniu.reception.vehicle.registered.v1', 'vehicle-demo-3', 1, '2026-12-02 20:05:57.99321+00', 'wu', NULL, NULL, '{"model": "大众帕萨特", "plate": "F·00009", "seats": 5}');
INSERT INTO public.timeline VALUES ('68ee8233-dea7-4e8a-a933-8a2c27412845', 'reception', 'trip', 'shuniu.reception.trip.requested.v1', 'trip-demo-1', 1, '2026-12-02 20:05:58.001583+00', 'chen', NULL, NULL, '{"rider": "chen", "ends_at": "2026-12-04T04:00:00Z", "purpose": "公务", "starts_at": "2026-12-04T00:00:00Z", "passengers": [], "destination": "市财政局", "requested_by": "chen"}');
INSERT INTO public.timeline VALUES ('c1dfcde4-b023-40c4-8149-4787799cc5d7', 'reception', 'trip', 'shuniu.reception.trip.requested.v1', 'trip-demo-2', 1, '2026-12-02 20:05:58.019878+00', 'fang', NULL, NULL, '{"rider": "fang", "ends_at": "2026-12-03T11:00:00Z", "purpose": "公务", "starts_at": "2026-12-02T23:00:00Z", "passengers": [], "destination": "省城扶贫工作会", "requested_by": "fang"}');
INSERT INTO public.timeline VALUES ('fc23e1a5-90d6-47ae-be55-879f0cf5fb38', 'reception', 'trip', 'shuniu.reception.trip.approved.v1', 'trip-demo-2', 2, '2026-12-02 20:05:58.03403+00', 'feng', NULL, NULL, '{"approved_by": "feng"}');
INSERT INTO public.timeline VALUES ('a1943401-406d-40fb-8d90-a3bdeeed0e2b', 'reception', 'trip', 'shuniu.reception.trip.dispatched.v1', 'trip-demo-2', 3, '2026-12-02 20:05:58.064762+00', 'wu', NULL, NULL, '{"vehicle_id": "vehicle-demo-2", "dispatched_by": "wu"}');
INSERT INTO public.timeline VALUES ('c12e39c1-fa2e-429a-a892-379e19a28792', 'supervision', 'task', 'shuniu.supervision.task.overdue.v1', 'petition:petition-demo-6:agriculture', 3, '2026-12-02 20:05:58.462627+00', 'system:deadlines', NULL, NULL, '{"on": "2026-12-03", "deadline": "2026-11-18"}');
INSERT INTO public.timeline VALUES ('59a1ff61-a9a6-418a-b303-1290b43e2f11', 'supervision', 'task', 'shuniu.supervision.task.deadline_approaching.v1', 'petition:petition-demo-3:agriculture', 2, '2026-12-02 20:05:58.476433+00', 'system:deadlines', NULL, NULL, '{"on": "2026-12-03", "deadline": "2026-12-05"}');
INSERT INTO public.timeline VALUES ('3eabe88f-0b81-44e3-aed0-a7a921a828e7', 'reception', 'person', 'shuniu.reception.person.recorded.v1', 'person-9af37ef9b7b441ebbb58b8abbe4b7110', 1, '2026-12-02 20:05:57.472633+00', 'wang', NULL, NULL, '{"kind": "petitioner", "name": "enc:v1:person-9af37ef9b7b441ebbb58b8abbe4b7110:wb4o8QhmfUD0yeFHb/bzUhjyuNaPDakyrb1Mu/MaXoqIsyJvvA==", "phone": "enc:v1:person-9af37ef9b7b441ebbb58b8abbe4b7110:Nbk1FDrkYNCMweOOfFE9BlIzKkb/7jg37tiEVcMvYiL/9eztNM9B", "address": "enc:v1:person-9af37ef9b7b441ebbb58b8abbe4b7110:76h2zhFx3ua/NIWWBMNdcptAQoB45Kx5fFSYQb9lkp4X7D2dgOKhiZU=", "id_number": null}');
INSERT INTO public.timeline VALUES ('481a5b3b-a444-4b13-af90-6e962dc3a382', 'reception', 'petition', 'shuniu.reception.petition.registered.v1', 'petition-demo-2', 1, '2026-12-02 20:05:57.484178+00', 'wang', NULL, NULL, '{"channel": "letter", "content": "enc:v1:person-9af37ef9b7b441ebbb58b8abbe4b7110:31OY+tcojnKCi84g4ja87BPWxCfmg62S30lXpcN6TUgGuMYoAjFk/DHlm+VAYHW0mBkB+a3Sz9y/sxK+W1HLnw==", "person_id": "person-9af37ef9b7b441ebbb58b8abbe4b7110", "case_number": "信访〔2026〕2号", "received_on": "2026-11-08", "registered_by": "wang", "routing_due_on": "2026-11-23"}');
INSERT INTO public.timeline VALUES ('06ecc1b1-755e-45a6-a4da-9ff79be79332', 'reception', 'petition', 'shuniu.reception.petition.routed.v1', 'petition-demo-2', 2, '2026-12-02 20:05:57.501903+00', 'wang', NULL, NULL, '{"routed_by": "wang", "routed_on": "2026-11-13", "to_department": "education", "objection_due_on": "2026-11-20", "acceptance_due_on": "2026-11-28"}');
INSERT INTO public.timeline VALUES ('fb0d0b62-5d75-419f-8f66-d9fd031f4933', 'reception', 'petition', 'shuniu.reception.petition.accepted.v1', 'petition-demo-2', 3, '2026-12-02 20:05:57.518471+00', 'wang', NULL, NULL, '{"notice": "受理告知书〔2026〕2号", "accepted_on": "2026-11-13", "handling_due_on": "2027-01-12"}');
INSERT INTO public.timeline VALUES ('3c00a543-1a96-4ea0-affa-284f05354c1b', 'reception', 'petition', 'shuniu.reception.petition.assigned.v1', 'petition-demo-2', 4, '2026-12-02 20:05:57.54457+00', 'wang', NULL, NULL, '{"due_on": "2027-01-12", "summary": "反映学校违规收取补课费，请核查处理", "department": "education", "assigned_by": "wang", "case_number": "信访〔2026〕2号", "petition_id": "petition-demo-2"}');
INSERT INTO public.timeline VALUES ('b84f1674-97e1-4e3b-ab78-32239a6cd737', 'reception', 'person', 'shuniu.reception.person.recorded.v1', 'person-a0b78aa0d0964a2eafb73d37f74d4684', 1, '2026-12-02 20:05:57.566549+00', 'wang', NULL, NULL, '{"kind": "petitioner", "name": "enc:v1:person-a0b78aa0d0964a2eafb73d37f74d4684:Sg+JwRoSfl5GbJGzC9gWX4nbR5SS+2/bzPWJ5Fq2VruAxnkDzw==", "phone": "enc:v1:person-a0b78aa0d0964a2eafb73d37f74d4684:T/t+2MJt+QynLsb9lLrN8rMgb0yz8yMTPnmOTnk1fRBXmlOGO9IS", "address": "enc:v1:person-a0b78aa0d0964a2eafb73d37f74d4684:hbaPV3nQADgsMAO5sDMrJRE3tZYqIaHYKgPEVFyRyEbZ+ob0hKVOaKk=", "id_number": null}');
INSERT INTO public.timeline VALUES ('4dffbf34-46bd-4450-b3ca-6fbfdd2a599b', 'reception', 'petition', 'shuniu.reception.petition.registered.v1', 'petition-demo-3', 1, '2026-12-02 20:05:57.581653+00', 'wang', NULL, NULL, '{"channel": "letter", "content": "enc:v1:person-a0b78aa0d0964a2eafb73d37f74d4684:WBq9Y8Xnhdw5g/1Xs2fA1Nv9OJGei+gqP17DO8RfEnAlxLnuRPh+zxMXBWsVrHCDNDxZnx269Fjo0Q==", "person_id": "person-a0b78aa0d0964a2eafb73d37f74d4684", "case_number": "信访〔2026〕3号", "received_on": "2026-10-04", "registered_by": "wang", "routing_due_on": "2026-10-19"}');
INSERT INTO public.timeline VALUES ('8fd93af9-406b-458e-82ea-381bc38d7198', 'reception', 'petition', 'shuniu.reception.petition.routed.v1', 'petition-demo-3', 2, '2026-12-02 20:05:57.599074+00', 'wang', NULL, NULL, '{"routed_by": "wang", "routed_on": "2026-10-06", "to_department": "agriculture", "objection_due_on": "2026-10-13", "acceptance_due_on": "2026-10-21"}');
INSERT INTO public.timeline VALUES ('dee4b481-85f8-4a16-b60a-6ffe3364ae7f', 'reception', 'petition', 'shuniu.reception.petition.accepted.v1', 'petition-demo-3', 3, '2026-12-02 20:05:57.623504+00', 'wang', NULL, NULL, '{"notice": "受理告知书〔2026〕3号", "accepted_on": "2026-10-06", "handling_due_on": "2026-12-05"}');
INSERT INTO public.timeline VALUES ('464b1f9c-7dce-4795-be01-faa57f0dc020', 'reception', 'petition', 'shuniu.reception.petition.assigned.v1', 'petition-demo-3', 4, '2026-12-02 20:05:57.640491+00', 'wang', NULL, NULL, '{"due_on": "2026-12-05", "summary": "反映农田灌溉渠损毁，请组织修复", "department": "agriculture", "assigned_by": "wang", "case_number": "信访〔2026〕3号", "petition_id": "petition-demo-3"}');
INSERT INTO public.timeline VALUES ('58cc9f77-5e53-4e3d-8c32-4d27152eb63c', 'reception', 'person', 'shuniu.reception.person.recorded.v1', 'person-e132fbfd191142d0867a8a590a7390df', 1, '2026-12-02 20:05:57.656403+00', 'wang', NULL, NULL, '{"kind": "petitioner", "name": "enc:v1:person-e132fbfd191142d0867a8a590a7390df:XERghGO7gsKuCYQrI4jmTWWQGaDfCphImwqU5sk6zFEQ2+TwBA==", "phone": "enc:v1:person-e132fbfd191142d0867a8a590a7390df:2lA4APcl067h+tcRh7+Rrqa+GcmsDxlLb2kow8PM5ICb7gdbr6ZK", "address": "enc:v1:person-e132fbfd191142d0867a8a590a7390df:/2SOwfpv3DgcAD/M9E2UVteyBh69LUEboaevF6GMqkP8auAZS+GH0NM=", "id_number": null}');
INSERT INTO public.timeline VALUES ('b3b451c0-80e7-4e51-8a9f-41b565f8bde3', 'reception', 'petition', 'shuniu.reception.petition.registered.v1', 'petition-demo-4', 1, '2026-12-02 20:05:57.665128+00', 'wang', NULL, NULL, '{"channel": "letter", "content": "enc:v1:person-e132fbfd191142d0867a8a590a7390df:+GSBpgz3e/6Qc6WRY115LS2Z16UvflAbvqaZtFJllbv27KxVl6uBazeVK6FEpd95+iLbGOISnON6+VEnRQ==", "person_id": "person-e132fbfd191142d0867a8a590a7390df", "case_number": "信访〔2026〕4号", "received_on": "2026-11-13", "registered_by": "wang", "routing_due_on": "2026-11-28"}');
INSERT INTO public.timeline VALUES ('f6e07f73-9021-43f6-bd60-9187505a8bb2', 'reception', 'petition', 'shuniu.reception.petition.supervision_opened.v1', 'petition-demo-2', 5, '2026-12-02 20:05:57.68849+00', 'wang', '3c00a543-1a96-4ea0-affa-284f05354c1b', '223fa73d-a179-4d3a-b0a0-3c7c5475e770', '{"task_id": "petition:petition-demo-2:education"}');
INSERT INTO public.timeline VALUES ('166ee172-6c8f-4373-8627-4fd70fa10880', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'petition:petition-demo-3:agriculture', 1, '2026-12-02 20:05:57.744507+00', 'wang', '464b1f9c-7dce-4795-be01-faa57f0dc020', '464b1f9c-7dce-4795-be01-faa57f0dc020', '{"title": "信访件 信访〔2026〕3号：反映农田灌溉渠损毁，请组织修复", "source": {"id": "petition-demo-3", "item": null, "kind": "petition", "service": "reception"}, "task_id": "petition:petition-demo-3:agriculture", "deadline": "2026-12-05", "priority": "normal", "opened_by": null, "opened_on": "2026-12-03", "assigned_by": "wang", "description": "反映农田灌溉渠损毁，请组织修复", "classification": "none", "co_departments": [], "lead_department": "agriculture", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('affd9b8b-16e3-4b1c-8fdc-f973a29035db', 'reception', 'petition', 'shuniu.reception.petition.assigned.v1', 'petition-demo-5', 4, '2026-12-02 20:05:57.738361+00', 'wang', NULL, NULL, '{"due_on": "2026-12-18", "summary": "反映道路施工扰民，请协调施工时间", "department": "finance", "assigned_by": "wang", "case_number": "信访〔2026〕5号", "petition_id": "petition-demo-5"}');
INSERT INTO public.timeline VALUES ('3220ba13-b9c3-401e-84fc-b984ea7cde64', 'reception', 'petition', 'shuniu.reception.petition.supervision_closed.v1', 'petition-demo-5', 5, '2026-12-02 20:05:57.753708+00', 'system:supervision', NULL, NULL, '{"result": "已办结", "task_id": "task-of-petition-demo-5", "closed_on": "2026-11-28"}');
INSERT INTO public.timeline VALUES ('71c2787c-cf47-43bd-ac94-c231d8e55ec8', 'reception', 'petition', 'shuniu.reception.petition.replied.v1', 'petition-demo-5', 6, '2026-12-02 20:05:57.777925+00', 'wang', NULL, NULL, '{"reply": "enc:v1:person-6089f00908ea4c3180c805ff61d9b63f:28jkUWkHGjaRq2zJ+T675ttGmWPOOr3mFjnnvwcdtmA6Vkc6deysU4Ymyu8JBQH3wOBoXZT158XcsVqcNqlr1d/doiq2EQ==", "replied_on": "2026-11-28", "review_request_due_on": "2026-12-28"}');
INSERT INTO public.timeline VALUES ('0651a218-2a60-4e6c-8b3f-746d73d23355', 'reception', 'person', 'shuniu.reception.person.recorded.v1', 'person-13fac6f6b471493dad13e03956f1ecd9', 1, '2026-12-02 20:05:57.796997+00', 'wang', NULL, NULL, '{"kind": "petitioner", "name": "enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:Cj5eu0RzUOj6n7Msox4ULE7dh5h15qbDg9rlokC195GnNCJtNw==", "phone": "enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:fReI77YFcoa6mVYMuxQVkYYh/Us2RbjMSqyzWPD+KEom6zkjkKb1", "address": "enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:uSwvlpBHqHS6RXik3Zfa5jYXd1jCTobEC6jU1RRf8pGDQl0aEugAU68=", "id_number": null}');
INSERT INTO public.timeline VALUES ('979eeace-267f-447f-9c9e-f86e01f3513e', 'reception', 'petition', 'shuniu.reception.petition.registered.v1', 'petition-demo-6', 1, '2026-12-02 20:05:57.815093+00', 'wang', NULL, NULL, '{"channel": "letter", "content": "enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:GfZyPXzbuwE5I4bn/pltuJP29GOJRnuMqUIBz1Q+3EFUhVoHo/eEY9GxOvVMtRcwXHTCrJzXmjpX2ikBPdCM9A==", "person_id": "person-13fac6f6b471493dad13e03956f1ecd9", "case_number": "信访〔2026〕6号", "received_on": "2026-09-14", "registered_by": "wang", "routing_due_on": "2026-09-29"}');
INSERT INTO public.timeline VALUES ('e84c99b1-902b-4d6a-8101-5b90d9f46c1e', 'reception', 'petition', 'shuniu.reception.petition.supervision_opened.v1', 'petition-demo-3', 5, '2026-12-02 20:05:57.830936+00', 'wang', '464b1f9c-7dce-4795-be01-faa57f0dc020', '166ee172-6c8f-4373-8627-4fd70fa10880', '{"task_id": "petition:petition-demo-3:agriculture"}');
INSERT INTO public.timeline VALUES ('73981121-dd5f-4cee-9cc2-345156da6496', 'reception', 'petition', 'shuniu.reception.petition.routed.v1', 'petition-demo-6', 2, '2026-12-02 20:05:57.840978+00', 'wang', NULL, NULL, '{"routed_by": "wang", "routed_on": "2026-09-19", "to_department": "agriculture", "objection_due_on": "2026-09-24", "acceptance_due_on": "2026-10-04"}');
INSERT INTO public.timeline VALUES ('a20897d1-c4cf-4ed6-8aa1-2ed882972a08', 'reception', 'petition', 'shuniu.reception.petition.accepted.v1', 'petition-demo-6', 3, '2026-12-02 20:05:57.857298+00', 'wang', NULL, NULL, '{"notice": "受理告知书〔2026〕6号", "accepted_on": "2026-09-19", "handling_due_on": "2026-11-18"}');
INSERT INTO public.timeline VALUES ('3ba40778-1913-4f55-8999-988bfe9a0bca', 'reception', 'petition', 'shuniu.reception.petition.assigned.v1', 'petition-demo-6', 4, '2026-12-02 20:05:57.878169+00', 'wang', NULL, NULL, '{"due_on": "2026-11-18", "summary": "反映征地补偿标准不一致，请核实", "department": "agriculture", "assigned_by": "wang", "case_number": "信访〔2026〕6号", "petition_id": "petition-demo-6"}');
INSERT INTO public.timeline VALUES ('2f66f431-f0a4-4bee-96f0-074def150567', 'reception', 'petition', 'shuniu.reception.petition.supervision_closed.v1', 'petition-demo-6', 5, '2026-12-02 20:05:57.890724+00', 'system:supervision', NULL, NULL, '{"result": "已办结", "task_id": "task-of-petition-demo-6", "closed_on": "2026-11-13"}');
INSERT INTO public.timeline VALUES ('81fbc7d4-2a3c-4a69-b8a7-1cedf96dc78d', 'reception', 'petition', 'shuniu.reception.petition.replied.v1', 'petition-demo-6', 6, '2026-12-02 20:05:57.917112+00', 'wang', NULL, NULL, '{"reply": "enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:opnxj8saOoED8pV/mNTmmCQ02IKX+FBCrk1k8F0RNU7G/IuQkBZ4AkNHvfddfs4DS8SRrKDwhFvuIjekqHSiudE7kPtPQg==", "replied_on": "2026-11-13", "review_request_due_on": "2026-12-13"}');
INSERT INTO public.timeline VALUES ('029d0614-5358-42e5-8e0b-f403a1055e5c', 'reception', 'petition', 'shuniu.reception.petition.review_requested.v1', 'petition-demo-6', 7, '2026-12-02 20:05:57.941604+00', 'wang', NULL, NULL, '{"level": "复查", "grounds": "enc:v1:person-13fac6f6b471493dad13e03956f1ecd9:1LqkVMJxahzmnHmgjd9bjuoPuVBmkjNEtVtiD/oL5V8kAaVASoU5BjPK9ybFVhOFXSIHFOJjtgVGpug/dqmWl9049lk2ucgr12jXpQ==", "requested_on": "2026-11-28", "decision_due_on": "2026-12-28"}');
INSERT INTO public.timeline VALUES ('141b4da4-12bb-447c-b7d9-30f589ef910b', 'reception', 'vehicle', 'shuniu.reception.vehicle.registered.v1', 'vehicle-demo-1', 1, '2026-12-02 20:05:57.968384+00', 'wu', NULL, NULL, '{"model": "红旗H5", "plate": "F·00001", "seats": 5}');
INSERT INTO public.timeline VALUES ('9687425e-fc87-4842-bee5-7366500c1241', 'reception', 'vehicle', 'shuniu.reception.vehicle.registered.v1', 'vehicle-demo-2', 1, '2026-12-02 20:05:57.984376+00', 'wu', NULL, NULL, '{"model": "丰田凯美瑞", "plate": "F·00002", "seats": 5}');
INSERT INTO public.timeline VALUES ('171b3b8e-a558-4d3c-b9d5-7a12dcfb3f48', 'supervision', 'task', 'shuniu.supervision.task.opened.v1', 'petition:petition-demo-6:agriculture', 1, '2026-12-02 20:05:58.050413+00', 'wang', '3ba40778-1913-4f55-8999-988bfe9a0bca', '3ba40778-1913-4f55-8999-988bfe9a0bca', '{"title": "信访件 信访〔2026〕6号：反映征地补偿标准不一致，请核实", "source": {"id": "petition-demo-6", "item": null, "kind": "petition", "service": "reception"}, "task_id": "petition:petition-demo-6:agriculture", "deadline": "2026-11-18", "priority": "normal", "opened_by": null, "opened_on": "2026-12-03", "assigned_by": "wang", "description": "反映征地补偿标准不一致，请核实", "classification": "none", "co_departments": [], "lead_department": "agriculture", "reporting_cycle": "none", "default_deadline_applied": false}');
INSERT INTO public.timeline VALUES ('b0e271e0-cc4b-4426-aceb-c4671218b8b1', 'reception', 'trip', 'shuniu.reception.trip.requested.v1', 'trip-demo-3', 1, '2026-12-02 20:05:58.071537+00', 'luo', NULL, NULL, '{"rider": "luo", "ends_at": "2026-12-02T09:00:00Z", "purpose": "公务", "starts_at": "2026-12-02T00:00:00Z", "passengers": [], "destination": "行署会议", "requested_by": "luo"}');
INSERT INTO public.timeline VALUES ('adbd8a4d-4d8e-413a-96b9-ad4e9214a794', 'reception', 'trip', 'shuniu.reception.trip.approved.v1', 'trip-demo-3', 2, '2026-12-02 20:05:58.088232+00', 'feng', NULL, NULL, '{"approved_by": "feng"}');
INSERT INTO public.timeline VALUES ('7294ac90-296c-466d-a548-7c159d207cc8', 'reception', 'trip', 'shuniu.reception.trip.dispatched.v1', 'trip-demo-3', 3, '2026-12-02 20:05:58.108814+00', 'wu', NULL, NULL, '{"vehicle_id": "vehicle-demo-1", "dispatched_by": "wu"}');
INSERT INTO public.timeline VALUES ('17681316-7ced-455e-b5e9-cae8bfaea332', 'reception', 'trip', 'shuniu.reception.trip.returned.v1', 'trip-demo-3', 4, '2026-12-02 20:05:58.118265+00', 'wu', NULL, NULL, '{"mileage_km": 186.0, "vehicle_id": "vehicle-demo-1", "returned_at": "2026-12-02T20:05:58.118243Z"}');
INSERT INTO public.timeline VALUES ('76c406b7-0892-4309-ad4a-0be77a15fe60', 'reception', 'seal', 'shuniu.reception.seal.registered.v1', 'seal-demo-gov', 1, '2026-12-02 20:05:58.136157+00', 'wu', NULL, NULL, '{"kind": "公章", "name": "F县人民政府印"}');
INSERT INTO public.timeline VALUES ('ac47c146-8080-4780-bf3f-c4ea87e7b963', 'reception', 'seal', 'shuniu.reception.seal.registered.v1', 'seal-demo-office', 1, '2026-12-02 20:05:58.143078+00', 'wu', NULL, NULL, '{"kind": "办公室章", "name": "F县人民政府办公室印"}');
INSERT INTO public.timeline VALUES ('5ca451d2-f0ae-4383-a67d-abb20bce62f0', 'reception', 'seal_request', 'shuniu.reception.seal_request.requested.v1', 'sealreq-demo-1', 1, '2026-12-02 20:05:58.150082+00', 'li', NULL, NULL, '{"reason": "报送年度工作总结", "seal_id": "seal-demo-office", "document": "F政办函〔2026〕21号", "impressions": 2, "requested_by": "li"}');
INSERT INTO public.timeline VALUES ('03ed8d76-fbde-4063-826d-849f3424149d', 'reception', 'seal_request', 'shuniu.reception.seal_request.requested.v1', 'sealreq-demo-2', 1, '2026-12-02 20:05:58.155432+00', 'shen', NULL, NULL, '{"reason": "印发春耕生产工作方案", "seal_id": "seal-demo-gov", "document": "F政发〔2026〕8号", "impressions": 30, "requested_by": "shen"}');
INSERT INTO public.timeline VALUES ('51d491a3-c7e6-4468-9e93-3c0c75e38753', 'reception', 'seal_request', 'shuniu.reception.seal_request.requested.v1', 'sealreq-demo-3', 1, '2026-12-02 20:05:58.16436+00', 'chen', NULL, NULL, '{"reason": "赴省财政厅汇报工作", "seal_id": "seal-demo-office", "document": "介绍信", "impressions": 1, "requested_by": "chen"}');
INSERT INTO public.timeline VALUES ('0e5b318e-2d2f-41c8-bf5e-fbe6917ab7d7', 'reception', 'seal_request', 'shuniu.reception.seal_request.approved.v1', 'sealreq-demo-2', 2, '2026-12-02 20:05:58.172402+00', 'feng', NULL, NULL, '{"approved_by": "feng"}');
INSERT INTO public.timeline VALUES ('f8ac93a3-bb9b-402e-9ff4-83f021c4b091', 'reception', 'seal_request', 'shuniu.reception.seal_request.approved.v1', 'sealreq-demo-3', 2, '2026-12-02 20:05:58.183367+00', 'feng', NULL, NULL, '{"approved_by": "feng"}');
INSERT INTO public.timeline VALUES ('f7edc54e-aaef-4f29-a1dc-7f7a3a6e8fa6', 'reception', 'seal_request', 'shuniu.reception.seal_request.used.v1', 'sealreq-demo-3', 3, '2026-12-02 20:05:58.193391+00', 'wu', NULL, NULL, '{"seal_id": "seal-demo-office", "used_at": "2026-12-02T20:05:58.193365Z", "used_by": "wu", "impressions": 1}');
INSERT INTO public.timeline VALUES ('78759ae2-5074-4e31-8452-66c71b98e0f6', 'supervision', 'task', 'shuniu.supervision.task.deadline_approaching.v1', 'petition:petition-demo-6:agriculture', 2, '2026-12-02 20:05:58.456312+00', 'system:deadlines', NULL, NULL, '{"on": "2026-12-03", "deadline": "2026-11-18"}');
INSERT INTO public.timeline VALUES ('ce284f7b-55b9-4c2a-8391-457ef02c558e', 'reception', 'petition', 'shuniu.reception.petition.clock_approaching.v1', 'petition-demo-4', 2, '2026-12-02 20:05:58.589654+00', 'system:deadlines', NULL, NULL, '{"clock": "routing", "due_on": "2026-11-28"}');
INSERT INTO public.timeline VALUES ('192e2a1e-e772-4ee7-bdd5-88d272dd29dd', 'reception', 'petition', 'shuniu.reception.petition.clock_approaching.v1', 'petition-demo-3', 6, '2026-12-02 20:05:58.601758+00', 'system:deadlines', NULL, NULL, '{"clock": "handling", "due_on": "2026-12-05"}');


--
-- Data for Name: trips; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.trips VALUES ('trip-demo-1', '市财政局', 'chen', NULL, 'requested', '2026-12-04 00:00:00+00', '2026-12-04 04:00:00+00');
INSERT INTO public.trips VALUES ('trip-demo-2', '省城扶贫工作会', 'fang', 'vehicle-demo-2', 'dispatched', '2026-12-02 23:00:00+00', '2026-12-03 11:00:00+00');
INSERT INTO public.trips VALUES ('trip-demo-3', '行署会议', 'luo', 'vehicle-demo-1', 'returned', '2026-12-02 00:00:00+00', '2026-12-02 09:00:00+00');


--
-- Data for Name: visits; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.visits VALUES ('visit-demo-3', NULL, 'union', '2026-12-03 07:00:00+00', NULL, NULL);
INSERT INTO public.visits VALUES ('visit-demo-1', 'A-01', 'education', '2026-12-03 01:00:00+00', '2026-12-02 20:05:57.380456+00', NULL);
INSERT INTO public.visits VALUES ('visit-demo-2', 'A-02', 'finance', '2026-12-03 02:00:00+00', '2026-12-02 20:05:57.396082+00', '2026-12-02 20:05:57.407498+00');
INSERT INTO public.visits VALUES ('visit-demo-4', 'B-01', 'office.affairs', NULL, '2026-12-02 20:05:57.425677+00', NULL);


--
-- Data for Name: work_items; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.work_items VALUES ('documents:in-96157ca1613a4bf4:review:clerk', 'documents', 'in-96157ca1613a4bf4', 'review', NULL, NULL, 'clerk', '关于报送第一季度经济运行情况的函', '初审 preliminary review', 'none', NULL, '2026-12-02 20:05:54.746578+00', NULL);
INSERT INTO public.work_items VALUES ('documents:in-a542d66edfe9411a:review:clerk', 'documents', 'in-a542d66edfe9411a', 'review', NULL, NULL, 'clerk', '关于某企业用地审批事项的请示', '初审 preliminary review', 'none', NULL, '2026-12-02 20:05:54.782685+00', '2026-12-02 20:05:54.793494+00');
INSERT INTO public.work_items VALUES ('documents:in-8ba4bd7653314858:review:clerk', 'documents', 'in-8ba4bd7653314858', 'review', NULL, NULL, 'clerk', '关于做好冬春季森林防火工作的通知', '初审 preliminary review', 'none', NULL, '2026-12-02 20:05:54.810825+00', '2026-12-02 20:05:54.821939+00');
INSERT INTO public.work_items VALUES ('documents:in-8ba4bd7653314858:propose:office_director', 'documents', 'in-8ba4bd7653314858', 'propose', NULL, NULL, 'office_director', '关于做好冬春季森林防火工作的通知', '拟办意见 proposed handling', 'none', NULL, '2026-12-02 20:05:54.821939+00', NULL);
INSERT INTO public.work_items VALUES ('documents:in-757ed49b34534af2:review:clerk', 'documents', 'in-757ed49b34534af2', 'review', NULL, NULL, 'clerk', '市政府第12次常务会议纪要', '初审 preliminary review', 'none', NULL, '2026-12-02 20:05:54.839906+00', '2026-12-02 20:05:54.851181+00');
INSERT INTO public.work_items VALUES ('documents:in-757ed49b34534af2:read:fang', 'documents', 'in-757ed49b34534af2', 'read', 'fang', NULL, NULL, '市政府第12次常务会议纪要', '传阅 please read', 'none', '2026-12-07 09:30:00+00', '2026-12-02 20:05:54.859054+00', NULL);
INSERT INTO public.work_items VALUES ('documents:in-757ed49b34534af2:read:sun', 'documents', 'in-757ed49b34534af2', 'read', 'sun', NULL, NULL, '市政府第12次常务会议纪要', '传阅 please read', 'none', '2026-12-07 09:30:00+00', '2026-12-02 20:05:54.859054+00', NULL);
INSERT INTO public.work_items VALUES ('documents:in-757ed49b34534af2:read:luo', 'documents', 'in-757ed49b34534af2', 'read', 'luo', NULL, NULL, '市政府第12次常务会议纪要', '传阅 please read', 'none', '2026-12-07 09:30:00+00', '2026-12-02 20:05:54.859054+00', '2026-12-02 20:05:54.872848+00');
INSERT INTO public.work_items VALUES ('documents:in-757ed49b34534af2:read:chen', 'documents', 'in-757ed49b34534af2', 'read', 'chen', NULL, NULL, '市政府第12次常务会议纪要', '传阅 please read', 'none', '2026-12-07 09:30:00+00', '2026-12-02 20:05:54.859054+00', '2026-12-02 20:05:54.880189+00');
INSERT INTO public.work_items VALUES ('documents:in-b47d1a1db9f54ab1:review:clerk', 'documents', 'in-b47d1a1db9f54ab1', 'review', NULL, NULL, 'clerk', '关于开展中小学校舍安全排查的通知', '初审 preliminary review', 'none', NULL, '2026-12-02 20:05:54.899526+00', '2026-12-02 20:05:54.910686+00');
INSERT INTO public.work_items VALUES ('documents:in-b47d1a1db9f54ab1:propose:office_director', 'documents', 'in-b47d1a1db9f54ab1', 'propose', NULL, NULL, 'office_director', '关于开展中小学校舍安全排查的通知', '拟办意见 proposed handling', 'none', NULL, '2026-12-02 20:05:54.910686+00', '2026-12-02 20:05:54.918106+00');
INSERT INTO public.work_items VALUES ('documents:in-b47d1a1db9f54ab1:instruct:leader', 'documents', 'in-b47d1a1db9f54ab1', 'instruct', NULL, NULL, 'leader', '关于开展中小学校舍安全排查的通知', '拟办意见：拟请方副县长阅示，县教育局牵头办理', 'none', NULL, '2026-12-02 20:05:54.918106+00', NULL);
INSERT INTO public.work_items VALUES ('documents:in-4408467f8ff94ff6:review:clerk', 'documents', 'in-4408467f8ff94ff6', 'review', NULL, NULL, 'clerk', '关于切实做好春耕备耕工作的紧急通知', '初审 preliminary review', 'none', NULL, '2026-12-02 20:05:54.932583+00', '2026-12-02 20:05:54.941875+00');
INSERT INTO public.work_items VALUES ('documents:in-4408467f8ff94ff6:propose:office_director', 'documents', 'in-4408467f8ff94ff6', 'propose', NULL, NULL, 'office_director', '关于切实做好春耕备耕工作的紧急通知', '拟办意见 proposed handling', 'none', NULL, '2026-12-02 20:05:54.941875+00', '2026-12-02 20:05:54.949587+00');
INSERT INTO public.work_items VALUES ('documents:in-4408467f8ff94ff6:instruct:leader', 'documents', 'in-4408467f8ff94ff6', 'instruct', NULL, NULL, 'leader', '关于切实做好春耕备耕工作的紧急通知', '拟办意见：拟请领导阅示，由县农业农村局牵头办理', 'none', NULL, '2026-12-02 20:05:54.949587+00', '2026-12-02 20:05:54.962349+00');
INSERT INTO public.work_items VALUES ('documents:in-4408467f8ff94ff6:handle:agriculture', 'documents', 'in-4408467f8ff94ff6', 'handle', NULL, 'agriculture', NULL, '关于切实做好春耕备耕工作的紧急通知', '批示：请牵头抓好落实，按时报告办理结果。', 'none', '2026-12-10 15:59:00+00', '2026-12-02 20:05:54.962349+00', NULL);
INSERT INTO public.work_items VALUES ('documents:in-6d2a7bf999b04bdc:review:clerk', 'documents', 'in-6d2a7bf999b04bdc', 'review', NULL, NULL, 'clerk', '关于下达2026年度财政专项资金的通知', '初审 preliminary review', 'none', NULL, '2026-12-02 20:05:54.985557+00', '2026-12-02 20:05:54.992308+00');
INSERT INTO public.work_items VALUES ('documents:in-6d2a7bf999b04bdc:propose:office_director', 'documents', 'in-6d2a7bf999b04bdc', 'propose', NULL, NULL, 'office_director', '关于下达2026年度财政专项资金的通知', '拟办意见 proposed handling', 'none', NULL, '2026-12-02 20:05:54.992308+00', '2026-12-02 20:05:54.99905+00');
INSERT INTO public.work_items VALUES ('documents:in-6d2a7bf999b04bdc:instruct:leader', 'documents', 'in-6d2a7bf999b04bdc', 'instruct', NULL, NULL, 'leader', '关于下达2026年度财政专项资金的通知', '拟办意见：拟请领导阅示，由县财政局牵头办理', 'none', NULL, '2026-12-02 20:05:54.99905+00', '2026-12-02 20:05:55.009428+00');
INSERT INTO public.work_items VALUES ('documents:in-6d2a7bf999b04bdc:handle:finance', 'documents', 'in-6d2a7bf999b04bdc', 'handle', NULL, 'finance', NULL, '关于下达2026年度财政专项资金的通知', '批示：请牵头抓好落实，按时报告办理结果。', 'none', '2026-12-17 15:59:00+00', '2026-12-02 20:05:55.009428+00', '2026-12-02 20:05:55.027675+00');
INSERT INTO public.work_items VALUES ('documents:in-778345de512d4c7e:review:clerk', 'documents', 'in-778345de512d4c7e', 'review', NULL, NULL, 'clerk', '关于做好元旦春节期间值班工作的通知', '初审 preliminary review', 'none', NULL, '2026-12-02 20:05:55.041696+00', '2026-12-02 20:05:55.048276+00');
INSERT INTO public.work_items VALUES ('documents:in-778345de512d4c7e:read:fang', 'documents', 'in-778345de512d4c7e', 'read', 'fang', NULL, NULL, '关于做好元旦春节期间值班工作的通知', '传阅 please read', 'none', '2026-12-07 09:30:00+00', '2026-12-02 20:05:55.052845+00', '2026-12-02 20:05:55.063741+00');
INSERT INTO public.work_items VALUES ('documents:in-778345de512d4c7e:read:sun', 'documents', 'in-778345de512d4c7e', 'read', 'sun', NULL, NULL, '关于做好元旦春节期间值班工作的通知', '传阅 please read', 'none', '2026-12-07 09:30:00+00', '2026-12-02 20:05:55.052845+00', '2026-12-02 20:05:55.074015+00');
INSERT INTO public.work_items VALUES ('documents:in-d8de1184fec24376:review:clerk', 'documents', 'in-d8de1184fec24376', 'review', NULL, NULL, 'clerk', '关于2025年度工作目标考核结果的通报', '初审 preliminary review', 'none', NULL, '2026-12-02 20:05:55.111968+00', '2026-12-02 20:05:55.120903+00');
INSERT INTO public.work_items VALUES ('supervision:instruction:in-4408467f8ff94ff6:2026-12-03:agriculture:acknowledge:agriculture', 'supervision', 'instruction:in-4408467f8ff94ff6:2026-12-03:agriculture', 'acknowledge', NULL, 'agriculture', NULL, '关于切实做好春耕备耕工作的紧急通知', '签收督办事项', 'none', '2026-12-10 15:59:00+00', '2026-12-02 20:05:55.070663+00', NULL);
INSERT INTO public.work_items VALUES ('supervision:instruction:in-6d2a7bf999b04bdc:2026-12-03:finance:acknowledge:finance', 'supervision', 'instruction:in-6d2a7bf999b04bdc:2026-12-03:finance', 'acknowledge', NULL, 'finance', NULL, '关于下达2026年度财政专项资金的通知', '签收督办事项', 'none', '2026-12-17 15:59:00+00', '2026-12-02 20:05:55.177322+00', NULL);
INSERT INTO public.work_items VALUES ('meetings:mtg-e97e97571796:reply:fang', 'meetings', 'mtg-e97e97571796', 'reply', 'fang', NULL, NULL, '县政府第11次常务会议', '会议通知（出席）', 'none', '2026-11-24 01:00:00+00', '2026-12-02 20:05:55.774548+00', '2026-12-02 20:05:55.817708+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-e97e97571796:reply:chen', 'meetings', 'mtg-e97e97571796', 'reply', 'chen', NULL, NULL, '县政府第11次常务会议', '会议通知（出席）', 'none', '2026-11-24 01:00:00+00', '2026-12-02 20:05:55.774548+00', '2026-12-02 20:05:55.831027+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-e97e97571796:reply:zhao', 'meetings', 'mtg-e97e97571796', 'reply', 'zhao', NULL, NULL, '县政府第11次常务会议', '会议通知（出席）', 'none', '2026-11-24 01:00:00+00', '2026-12-02 20:05:55.774548+00', '2026-12-02 20:05:55.843715+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-e97e97571796:reply:wang', 'meetings', 'mtg-e97e97571796', 'reply', 'wang', NULL, NULL, '县政府第11次常务会议', '会议通知（出席）', 'none', '2026-11-24 01:00:00+00', '2026-12-02 20:05:55.774548+00', '2026-12-02 20:05:55.855767+00');
INSERT INTO public.work_items VALUES ('documents:in-d8de1184fec24376:read:fang', 'documents', 'in-d8de1184fec24376', 'read', 'fang', NULL, NULL, '关于2025年度工作目标考核结果的通报', '传阅 please read', 'none', '2026-12-07 09:30:00+00', '2026-12-02 20:05:55.132792+00', '2026-12-02 20:05:55.143591+00');
INSERT INTO public.work_items VALUES ('documents:in-d8de1184fec24376:read:sun', 'documents', 'in-d8de1184fec24376', 'read', 'sun', NULL, NULL, '关于2025年度工作目标考核结果的通报', '传阅 please read', 'none', '2026-12-07 09:30:00+00', '2026-12-02 20:05:55.132792+00', '2026-12-02 20:05:55.157812+00');
INSERT INTO public.work_items VALUES ('documents:out-c6d9333d31e547ec:review:office_director', 'documents', 'out-c6d9333d31e547ec', 'review', NULL, NULL, 'office_director', '关于加强县级财政资金监管的通知', '审核 review the draft', 'none', NULL, '2026-12-02 20:05:55.195856+00', NULL);
INSERT INTO public.work_items VALUES ('documents:out-d7e9fe16e1ad4000:review:office_director', 'documents', 'out-d7e9fe16e1ad4000', 'review', NULL, NULL, 'office_director', '关于调整机关食堂就餐补助的通知', '审核 review the draft', 'none', NULL, '2026-12-02 20:05:55.207738+00', '2026-12-02 20:05:55.225283+00');
INSERT INTO public.work_items VALUES ('documents:out-d7e9fe16e1ad4000:revise:finance', 'documents', 'out-d7e9fe16e1ad4000', 'revise', NULL, 'finance', NULL, '关于调整机关食堂就餐补助的通知', '审核意见：补助标准请与总工会核对后再报', 'none', NULL, '2026-12-02 20:05:55.225283+00', NULL);
INSERT INTO public.work_items VALUES ('documents:out-98c428648c4d4b7d:review:office_director', 'documents', 'out-98c428648c4d4b7d', 'review', NULL, NULL, 'office_director', '关于开展职工健康体检的联合通知', '审核 review the draft', 'none', NULL, '2026-12-02 20:05:55.234373+00', '2026-12-02 20:05:55.255928+00');
INSERT INTO public.work_items VALUES ('documents:out-98c428648c4d4b7d:countersign:finance', 'documents', 'out-98c428648c4d4b7d', 'countersign', NULL, 'finance', NULL, '关于开展职工健康体检的联合通知', '会签 countersign', 'none', NULL, '2026-12-02 20:05:55.255928+00', NULL);
INSERT INTO public.work_items VALUES ('documents:out-98c428648c4d4b7d:sign:leader', 'documents', 'out-98c428648c4d4b7d', 'sign', NULL, NULL, 'leader', '关于开展职工健康体检的联合通知', '签发 sign', 'none', NULL, '2026-12-02 20:05:55.255928+00', NULL);
INSERT INTO public.work_items VALUES ('documents:out-07c35acee5f84f34:review:office_director', 'documents', 'out-07c35acee5f84f34', 'review', NULL, NULL, 'office_director', '关于申请2026年防汛补助资金的请示', '审核 review the draft', 'none', NULL, '2026-12-02 20:05:55.261275+00', '2026-12-02 20:05:55.26939+00');
INSERT INTO public.work_items VALUES ('documents:out-07c35acee5f84f34:sign:leader', 'documents', 'out-07c35acee5f84f34', 'sign', NULL, NULL, 'leader', '关于申请2026年防汛补助资金的请示', '签发 sign', 'none', NULL, '2026-12-02 20:05:55.26939+00', NULL);
INSERT INTO public.work_items VALUES ('documents:out-2a8e2e7ee2df4494:review:office_director', 'documents', 'out-2a8e2e7ee2df4494', 'review', NULL, NULL, 'office_director', '关于印发县政府2026年工作要点的通知', '审核 review the draft', 'none', NULL, '2026-12-02 20:05:55.274814+00', '2026-12-02 20:05:55.293119+00');
INSERT INTO public.work_items VALUES ('documents:out-2a8e2e7ee2df4494:sign:leader', 'documents', 'out-2a8e2e7ee2df4494', 'sign', NULL, NULL, 'leader', '关于印发县政府2026年工作要点的通知', '签发 sign', 'none', NULL, '2026-12-02 20:05:55.293119+00', '2026-12-02 20:05:55.301346+00');
INSERT INTO public.work_items VALUES ('documents:out-2a8e2e7ee2df4494:register:clerk', 'documents', 'out-2a8e2e7ee2df4494', 'register', NULL, NULL, 'clerk', '关于印发县政府2026年工作要点的通知', '复核、登记发文字号 recheck and number', 'none', NULL, '2026-12-02 20:05:55.301346+00', NULL);
INSERT INTO public.work_items VALUES ('documents:out-76d7b032bf394af6:review:office_director', 'documents', 'out-76d7b032bf394af6', 'review', NULL, NULL, 'office_director', '关于成立县乡村振兴工作领导小组的通知', '审核 review the draft', 'none', NULL, '2026-12-02 20:05:55.307029+00', '2026-12-02 20:05:55.316885+00');
INSERT INTO public.work_items VALUES ('documents:out-76d7b032bf394af6:sign:leader', 'documents', 'out-76d7b032bf394af6', 'sign', NULL, NULL, 'leader', '关于成立县乡村振兴工作领导小组的通知', '签发 sign', 'none', NULL, '2026-12-02 20:05:55.316885+00', '2026-12-02 20:05:55.322441+00');
INSERT INTO public.work_items VALUES ('documents:out-76d7b032bf394af6:register:clerk', 'documents', 'out-76d7b032bf394af6', 'register', NULL, NULL, 'clerk', '关于成立县乡村振兴工作领导小组的通知', '复核、登记发文字号 recheck and number', 'none', NULL, '2026-12-02 20:05:55.322441+00', NULL);
INSERT INTO public.work_items VALUES ('documents:out-497e633b68d44fd9:review:office_director', 'documents', 'out-497e633b68d44fd9', 'review', NULL, NULL, 'office_director', '关于表彰2025年度先进集体的决定', '审核 review the draft', 'none', NULL, '2026-12-02 20:05:55.332736+00', '2026-12-02 20:05:55.341219+00');
INSERT INTO public.work_items VALUES ('documents:out-497e633b68d44fd9:sign:leader', 'documents', 'out-497e633b68d44fd9', 'sign', NULL, NULL, 'leader', '关于表彰2025年度先进集体的决定', '签发 sign', 'none', NULL, '2026-12-02 20:05:55.341219+00', '2026-12-02 20:05:55.350337+00');
INSERT INTO public.work_items VALUES ('documents:out-497e633b68d44fd9:register:clerk', 'documents', 'out-497e633b68d44fd9', 'register', NULL, NULL, 'clerk', '关于表彰2025年度先进集体的决定', '复核、登记发文字号 recheck and number', 'none', NULL, '2026-12-02 20:05:55.350337+00', '2026-12-02 20:05:55.373178+00');
INSERT INTO public.work_items VALUES ('documents:out-497e633b68d44fd9:dispatch:clerk', 'documents', 'out-497e633b68d44fd9', 'dispatch', NULL, NULL, 'clerk', '关于表彰2025年度先进集体的决定', '县府发〔2026〕1号 印制、核发 print and dispatch', 'none', NULL, '2026-12-02 20:05:55.395857+00', NULL);
INSERT INTO public.work_items VALUES ('documents:out-474a4c2fe1a44034:review:office_director', 'documents', 'out-474a4c2fe1a44034', 'review', NULL, NULL, 'office_director', '关于做好2026年度保密工作的通知', '审核 review the draft', '秘密', NULL, '2026-12-02 20:05:55.400093+00', '2026-12-02 20:05:55.407213+00');
INSERT INTO public.work_items VALUES ('documents:out-474a4c2fe1a44034:sign:leader', 'documents', 'out-474a4c2fe1a44034', 'sign', NULL, NULL, 'leader', '关于做好2026年度保密工作的通知', '签发 sign', '秘密', NULL, '2026-12-02 20:05:55.407213+00', '2026-12-02 20:05:55.413041+00');
INSERT INTO public.work_items VALUES ('documents:out-474a4c2fe1a44034:register:clerk', 'documents', 'out-474a4c2fe1a44034', 'register', NULL, NULL, 'clerk', '关于做好2026年度保密工作的通知', '复核、登记发文字号 recheck and number', '秘密', NULL, '2026-12-02 20:05:55.413041+00', '2026-12-02 20:05:55.429546+00');
INSERT INTO public.work_items VALUES ('documents:out-474a4c2fe1a44034:dispatch:clerk', 'documents', 'out-474a4c2fe1a44034', 'dispatch', NULL, NULL, 'clerk', '关于做好2026年度保密工作的通知', '县府办发〔2026〕2号 印制、核发 print and dispatch', '秘密', NULL, '2026-12-02 20:05:55.429546+00', NULL);
INSERT INTO public.work_items VALUES ('documents:out-02fdf4c816a743c5:review:office_director', 'documents', 'out-02fdf4c816a743c5', 'review', NULL, NULL, 'office_director', '关于公布县政府部门权责清单的通知', '审核 review the draft', 'none', NULL, '2026-12-02 20:05:55.443795+00', '2026-12-02 20:05:55.453778+00');
INSERT INTO public.work_items VALUES ('documents:out-02fdf4c816a743c5:sign:leader', 'documents', 'out-02fdf4c816a743c5', 'sign', NULL, NULL, 'leader', '关于公布县政府部门权责清单的通知', '签发 sign', 'none', NULL, '2026-12-02 20:05:55.453778+00', '2026-12-02 20:05:55.460113+00');
INSERT INTO public.work_items VALUES ('documents:out-02fdf4c816a743c5:register:clerk', 'documents', 'out-02fdf4c816a743c5', 'register', NULL, NULL, 'clerk', '关于公布县政府部门权责清单的通知', '复核、登记发文字号 recheck and number', 'none', NULL, '2026-12-02 20:05:55.460113+00', '2026-12-02 20:05:55.472565+00');
INSERT INTO public.work_items VALUES ('documents:out-02fdf4c816a743c5:dispatch:clerk', 'documents', 'out-02fdf4c816a743c5', 'dispatch', NULL, NULL, 'clerk', '关于公布县政府部门权责清单的通知', '县府办发〔2026〕3号 印制、核发 print and dispatch', 'none', NULL, '2026-12-02 20:05:55.472565+00', '2026-12-02 20:05:55.490415+00');
INSERT INTO public.work_items VALUES ('documents:out-bb1a78c142b749e6:review:office_director', 'documents', 'out-bb1a78c142b749e6', 'review', NULL, NULL, 'office_director', '关于暂停部分审批事项的通知', '审核 review the draft', 'none', NULL, '2026-12-02 20:05:55.501871+00', '2026-12-02 20:05:55.511457+00');
INSERT INTO public.work_items VALUES ('documents:out-bb1a78c142b749e6:sign:leader', 'documents', 'out-bb1a78c142b749e6', 'sign', NULL, NULL, 'leader', '关于暂停部分审批事项的通知', '签发 sign', 'none', NULL, '2026-12-02 20:05:55.511457+00', '2026-12-02 20:05:55.519336+00');
INSERT INTO public.work_items VALUES ('documents:out-bb1a78c142b749e6:register:clerk', 'documents', 'out-bb1a78c142b749e6', 'register', NULL, NULL, 'clerk', '关于暂停部分审批事项的通知', '复核、登记发文字号 recheck and number', 'none', NULL, '2026-12-02 20:05:55.519336+00', '2026-12-02 20:05:55.537955+00');
INSERT INTO public.work_items VALUES ('documents:out-bb1a78c142b749e6:dispatch:clerk', 'documents', 'out-bb1a78c142b749e6', 'dispatch', NULL, NULL, 'clerk', '关于暂停部分审批事项的通知', '县府办发〔2026〕4号 印制、核发 print and dispatch', 'none', NULL, '2026-12-02 20:05:55.537955+00', '2026-12-02 20:05:55.559385+00');
INSERT INTO public.work_items VALUES ('documents:out-ffb231c832b3485c:review:office_director', 'documents', 'out-ffb231c832b3485c', 'review', NULL, NULL, 'office_director', '关于2025年度县政府工作报告的通报', '审核 review the draft', 'none', NULL, '2026-12-02 20:05:55.57963+00', '2026-12-02 20:05:55.593724+00');
INSERT INTO public.work_items VALUES ('documents:out-ffb231c832b3485c:sign:leader', 'documents', 'out-ffb231c832b3485c', 'sign', NULL, NULL, 'leader', '关于2025年度县政府工作报告的通报', '签发 sign', 'none', NULL, '2026-12-02 20:05:55.593724+00', '2026-12-02 20:05:55.603709+00');
INSERT INTO public.work_items VALUES ('documents:out-ffb231c832b3485c:register:clerk', 'documents', 'out-ffb231c832b3485c', 'register', NULL, NULL, 'clerk', '关于2025年度县政府工作报告的通报', '复核、登记发文字号 recheck and number', 'none', NULL, '2026-12-02 20:05:55.603709+00', '2026-12-02 20:05:55.620031+00');
INSERT INTO public.work_items VALUES ('documents:out-ffb231c832b3485c:dispatch:clerk', 'documents', 'out-ffb231c832b3485c', 'dispatch', NULL, NULL, 'clerk', '关于2025年度县政府工作报告的通报', '县府办发〔2026〕5号 印制、核发 print and dispatch', 'none', NULL, '2026-12-02 20:05:55.620031+00', '2026-12-02 20:05:55.637991+00');
INSERT INTO public.work_items VALUES ('supervision:resolution:mtg-e97e97571796:r1:acknowledge:finance', 'supervision', 'resolution:mtg-e97e97571796:r1', 'acknowledge', NULL, 'finance', NULL, '落实农业生产资金，按期拨付到位', '签收督办事项', 'none', '2026-12-14 15:59:00+00', '2026-12-02 20:05:56.188547+00', NULL);
INSERT INTO public.work_items VALUES ('supervision:resolution:mtg-e97e97571796:r2:acknowledge:education', 'supervision', 'resolution:mtg-e97e97571796:r2', 'acknowledge', NULL, 'education', NULL, '开展校园安全专项检查并报送结果', '签收督办事项', 'none', '2026-12-24 15:59:00+00', '2026-12-02 20:05:56.202162+00', NULL);
INSERT INTO public.work_items VALUES ('meetings:mtg-dc13521575c8:reply:sun', 'meetings', 'mtg-dc13521575c8', 'reply', 'sun', NULL, NULL, '农业生产专题会', '会议通知（出席）', 'none', '2026-12-03 06:30:00+00', '2026-12-02 20:05:56.829982+00', NULL);
INSERT INTO public.work_items VALUES ('meetings:mtg-dc13521575c8:reply:agriculture', 'meetings', 'mtg-dc13521575c8', 'reply', NULL, 'agriculture', NULL, '农业生产专题会', '会议通知：请派员参加', 'none', '2026-12-03 06:30:00+00', '2026-12-02 20:05:56.829982+00', NULL);
INSERT INTO public.work_items VALUES ('meetings:mtg-dc13521575c8:reply:zhang', 'meetings', 'mtg-dc13521575c8', 'reply', 'zhang', NULL, NULL, '农业生产专题会', '会议通知（出席）', 'none', '2026-12-03 06:30:00+00', '2026-12-02 20:05:56.829982+00', '2026-12-02 20:05:56.856119+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-dc13521575c8:leave-zhang:fang', 'meetings', 'mtg-dc13521575c8', 'leave-zhang', 'fang', NULL, NULL, '农业生产专题会', '{p:zhang} 请假：小孙子住院，需在医院陪护', 'none', '2026-12-03 06:30:00+00', '2026-12-02 20:05:56.856119+00', NULL);
INSERT INTO public.work_items VALUES ('meetings:mtg-dc13521575c8:leave-zhang:shen', 'meetings', 'mtg-dc13521575c8', 'leave-zhang', 'shen', NULL, NULL, '农业生产专题会', '{p:zhang} 请假：小孙子住院，需在医院陪护', 'none', '2026-12-03 06:30:00+00', '2026-12-02 20:05:56.856119+00', NULL);
INSERT INTO public.work_items VALUES ('meetings:mtg-dc13521575c8:reply:chen', 'meetings', 'mtg-dc13521575c8', 'reply', 'chen', NULL, NULL, '农业生产专题会', '会议通知（出席）', 'none', '2026-12-03 06:30:00+00', '2026-12-02 20:05:56.829982+00', '2026-12-02 20:05:56.872499+00');
INSERT INTO public.work_items VALUES ('supervision:adhoc:15df27fb645a:acknowledge:union', 'supervision', 'adhoc:15df27fb645a', 'acknowledge', NULL, 'union', NULL, '落实工会会员服务阵地建设', '签收督办事项', 'none', '2027-01-02 15:59:00+00', '2026-12-02 20:05:56.963846+00', '2026-12-02 20:05:56.982528+00');
INSERT INTO public.work_items VALUES ('supervision:adhoc:15df27fb645a:report:union', 'supervision', 'adhoc:15df27fb645a', 'report', NULL, 'union', NULL, '落实工会会员服务阵地建设', '报送进展与办结报告', 'none', '2027-01-02 15:59:00+00', '2026-12-02 20:05:56.982528+00', NULL);
INSERT INTO public.work_items VALUES ('supervision:adhoc:c523de4cd5e8:acknowledge:education', 'supervision', 'adhoc:c523de4cd5e8', 'acknowledge', NULL, 'education', NULL, '全县中小学食堂食品安全检查', '签收督办事项', 'none', '2026-12-07 15:59:00+00', '2026-12-02 20:05:57.00133+00', '2026-12-02 20:05:57.032768+00');
INSERT INTO public.work_items VALUES ('supervision:adhoc:c523de4cd5e8:report:education', 'supervision', 'adhoc:c523de4cd5e8', 'report', NULL, 'education', NULL, '全县中小学食堂食品安全检查', '报送进展与办结报告', 'none', '2026-12-07 15:59:00+00', '2026-12-02 20:05:57.032768+00', NULL);
INSERT INTO public.work_items VALUES ('supervision:adhoc:2cdb2d05aa69:acknowledge:finance', 'supervision', 'adhoc:2cdb2d05aa69', 'acknowledge', NULL, 'finance', NULL, '困难职工帮扶资金拨付', '签收督办事项', 'none', '2026-11-28 15:59:00+00', '2026-12-02 20:05:57.054944+00', '2026-12-02 20:05:57.070444+00');
INSERT INTO public.work_items VALUES ('supervision:adhoc:2cdb2d05aa69:report:finance', 'supervision', 'adhoc:2cdb2d05aa69', 'report', NULL, 'finance', NULL, '困难职工帮扶资金拨付', '报送进展与办结报告', 'none', '2026-11-28 15:59:00+00', '2026-12-02 20:05:57.070444+00', NULL);
INSERT INTO public.work_items VALUES ('supervision:adhoc:bc10dee01a45:report:education', 'supervision', 'adhoc:bc10dee01a45', 'report', NULL, 'education', NULL, '校车安全隐患排查整治', '报送进展与办结报告', 'none', '2026-12-09 15:59:00+00', '2026-12-02 20:05:57.247662+00', NULL);
INSERT INTO public.work_items VALUES ('supervision:adhoc:bc10dee01a45:extension:feng', 'supervision', 'adhoc:bc10dee01a45', 'extension', 'feng', NULL, NULL, '校车安全隐患排查整治', '申请延期至 2026-12-23：需等待交通部门联合检查', 'none', NULL, '2026-12-02 20:05:57.260409+00', NULL);
INSERT INTO public.work_items VALUES ('supervision:adhoc:0c557e9c241f:acknowledge:union', 'supervision', 'adhoc:0c557e9c241f', 'acknowledge', NULL, 'union', NULL, '职工疗休养基地改建', '签收督办事项', 'none', '2026-12-18 15:59:00+00', '2026-12-02 20:05:57.26716+00', '2026-12-02 20:05:57.287001+00');
INSERT INTO public.work_items VALUES ('supervision:adhoc:0c557e9c241f:report:union', 'supervision', 'adhoc:0c557e9c241f', 'report', NULL, 'union', NULL, '职工疗休养基地改建', '报送进展与办结报告', 'none', '2026-12-18 15:59:00+00', '2026-12-02 20:05:57.287001+00', NULL);
INSERT INTO public.work_items VALUES ('supervision:adhoc:0c557e9c241f:infeasible:zhou', 'supervision', 'adhoc:0c557e9c241f', 'infeasible', 'zhou', NULL, NULL, '职工疗休养基地改建', '报告无法落实：改建资金未列入年度预算', 'none', NULL, '2026-12-02 20:05:57.299577+00', NULL);
INSERT INTO public.work_items VALUES ('reception:petition-demo-2:accept:education', 'reception', 'petition-demo-2', 'accept', NULL, 'education', NULL, '信访〔2026〕2号', '信访事项：告知是否受理', 'none', '2026-11-28 15:59:00+00', '2026-12-02 20:05:57.501903+00', '2026-12-02 20:05:57.518471+00');
INSERT INTO public.work_items VALUES ('reception:petition-demo-3:accept:agriculture', 'reception', 'petition-demo-3', 'accept', NULL, 'agriculture', NULL, '信访〔2026〕3号', '信访事项：告知是否受理', 'none', '2026-10-21 15:59:00+00', '2026-12-02 20:05:57.599074+00', '2026-12-02 20:05:57.623504+00');
INSERT INTO public.work_items VALUES ('supervision:petition:petition-demo-3:agriculture:acknowledge:agriculture', 'supervision', 'petition:petition-demo-3:agriculture', 'acknowledge', NULL, 'agriculture', NULL, '信访件 信访〔2026〕3号：反映农田灌溉渠损毁，请组织修复', '签收督办事项', 'none', '2026-12-05 15:59:00+00', '2026-12-02 20:05:57.744507+00', NULL);
INSERT INTO public.work_items VALUES ('meetings:mtg-e97e97571796:reply:sun', 'meetings', 'mtg-e97e97571796', 'reply', 'sun', NULL, NULL, '县政府第11次常务会议', '会议通知（列席）', 'none', '2026-11-24 01:00:00+00', '2026-12-02 20:05:55.774548+00', '2026-12-02 20:05:55.878401+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-e97e97571796:reply:feng', 'meetings', 'mtg-e97e97571796', 'reply', 'feng', NULL, NULL, '县政府第11次常务会议', '会议通知（列席）', 'none', '2026-11-24 01:00:00+00', '2026-12-02 20:05:55.774548+00', '2026-12-02 20:05:55.891439+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-e97e97571796:leave-wang:luo', 'meetings', 'mtg-e97e97571796', 'leave-wang', 'luo', NULL, NULL, '县政府第11次常务会议', '{p:wang} 请假：赴市信访局参加联席会议', 'none', '2026-11-24 01:00:00+00', '2026-12-02 20:05:55.855767+00', '2026-12-02 20:05:55.987524+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-e97e97571796:leave-wang:shen', 'meetings', 'mtg-e97e97571796', 'leave-wang', 'shen', NULL, NULL, '县政府第11次常务会议', '{p:wang} 请假：赴市信访局参加联席会议', 'none', '2026-11-24 01:00:00+00', '2026-12-02 20:05:55.855767+00', '2026-12-02 20:05:55.987524+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-48d3396c6440:reply:yang', 'meetings', 'mtg-48d3396c6440', 'reply', 'yang', NULL, NULL, '县政府办公室周例会', '会议通知（出席）', 'none', '2026-11-30 01:00:00+00', '2026-12-02 20:05:56.132591+00', '2026-12-02 20:05:56.159316+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-48d3396c6440:reply:shen', 'meetings', 'mtg-48d3396c6440', 'reply', 'shen', NULL, NULL, '县政府办公室周例会', '会议通知（出席）', 'none', '2026-11-30 01:00:00+00', '2026-12-02 20:05:56.132591+00', '2026-12-02 20:05:56.171122+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-48d3396c6440:reply:zhou', 'meetings', 'mtg-48d3396c6440', 'reply', 'zhou', NULL, NULL, '县政府办公室周例会', '会议通知（出席）', 'none', '2026-11-30 01:00:00+00', '2026-12-02 20:05:56.132591+00', '2026-12-02 20:05:56.185407+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-48d3396c6440:reply:office.affairs', 'meetings', 'mtg-48d3396c6440', 'reply', NULL, 'office.affairs', NULL, '县政府办公室周例会', '会议通知：请派员参加', 'none', '2026-11-30 01:00:00+00', '2026-12-02 20:05:56.132591+00', '2026-12-02 20:05:56.257977+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-4f169a4eb6a9:reply:office.affairs', 'meetings', 'mtg-4f169a4eb6a9', 'reply', NULL, 'office.affairs', NULL, '县政府办公室周例会', '会议通知：请派员参加', 'none', '2026-12-07 01:00:00+00', '2026-12-02 20:05:56.341395+00', NULL);
INSERT INTO public.work_items VALUES ('meetings:mtg-4f169a4eb6a9:reply:yang', 'meetings', 'mtg-4f169a4eb6a9', 'reply', 'yang', NULL, NULL, '县政府办公室周例会', '会议通知（出席）', 'none', '2026-12-07 01:00:00+00', '2026-12-02 20:05:56.341395+00', '2026-12-02 20:05:56.366609+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-4f169a4eb6a9:reply:shen', 'meetings', 'mtg-4f169a4eb6a9', 'reply', 'shen', NULL, NULL, '县政府办公室周例会', '会议通知（出席）', 'none', '2026-12-07 01:00:00+00', '2026-12-02 20:05:56.341395+00', '2026-12-02 20:05:56.382652+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-4f169a4eb6a9:reply:zhou', 'meetings', 'mtg-4f169a4eb6a9', 'reply', 'zhou', NULL, NULL, '县政府办公室周例会', '会议通知（出席）', 'none', '2026-12-07 01:00:00+00', '2026-12-02 20:05:56.341395+00', '2026-12-02 20:05:56.395173+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-11aa2aaff5db:reply:office.affairs', 'meetings', 'mtg-11aa2aaff5db', 'reply', NULL, 'office.affairs', NULL, '县政府办公室周例会', '会议通知：请派员参加', 'none', '2026-12-14 01:00:00+00', '2026-12-02 20:05:56.417133+00', NULL);
INSERT INTO public.work_items VALUES ('meetings:mtg-11aa2aaff5db:reply:yang', 'meetings', 'mtg-11aa2aaff5db', 'reply', 'yang', NULL, NULL, '县政府办公室周例会', '会议通知（出席）', 'none', '2026-12-14 01:00:00+00', '2026-12-02 20:05:56.417133+00', '2026-12-02 20:05:56.459443+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-11aa2aaff5db:reply:shen', 'meetings', 'mtg-11aa2aaff5db', 'reply', 'shen', NULL, NULL, '县政府办公室周例会', '会议通知（出席）', 'none', '2026-12-14 01:00:00+00', '2026-12-02 20:05:56.417133+00', '2026-12-02 20:05:56.472822+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-11aa2aaff5db:reply:zhou', 'meetings', 'mtg-11aa2aaff5db', 'reply', 'zhou', NULL, NULL, '县政府办公室周例会', '会议通知（出席）', 'none', '2026-12-14 01:00:00+00', '2026-12-02 20:05:56.417133+00', '2026-12-02 20:05:56.485779+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-243f72a4b98a:reply:office.affairs', 'meetings', 'mtg-243f72a4b98a', 'reply', NULL, 'office.affairs', NULL, '县政府办公室周例会', '会议通知：请派员参加', 'none', '2026-12-21 01:00:00+00', '2026-12-02 20:05:56.509713+00', NULL);
INSERT INTO public.work_items VALUES ('meetings:mtg-243f72a4b98a:reply:yang', 'meetings', 'mtg-243f72a4b98a', 'reply', 'yang', NULL, NULL, '县政府办公室周例会', '会议通知（出席）', 'none', '2026-12-21 01:00:00+00', '2026-12-02 20:05:56.509713+00', '2026-12-02 20:05:56.543417+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-243f72a4b98a:reply:shen', 'meetings', 'mtg-243f72a4b98a', 'reply', 'shen', NULL, NULL, '县政府办公室周例会', '会议通知（出席）', 'none', '2026-12-21 01:00:00+00', '2026-12-02 20:05:56.509713+00', '2026-12-02 20:05:56.557053+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-243f72a4b98a:reply:zhou', 'meetings', 'mtg-243f72a4b98a', 'reply', 'zhou', NULL, NULL, '县政府办公室周例会', '会议通知（出席）', 'none', '2026-12-21 01:00:00+00', '2026-12-02 20:05:56.509713+00', '2026-12-02 20:05:56.565708+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-986a61bef7e2:reply:fang', 'meetings', 'mtg-986a61bef7e2', 'reply', 'fang', NULL, NULL, '县政府第12次常务会议', '会议通知（出席）', 'none', '2026-12-02 07:00:00+00', '2026-12-02 20:05:56.619962+00', '2026-12-02 20:05:56.656438+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-986a61bef7e2:reply:chen', 'meetings', 'mtg-986a61bef7e2', 'reply', 'chen', NULL, NULL, '县政府第12次常务会议', '会议通知（出席）', 'none', '2026-12-02 07:00:00+00', '2026-12-02 20:05:56.619962+00', '2026-12-02 20:05:56.66737+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-986a61bef7e2:reply:zhao', 'meetings', 'mtg-986a61bef7e2', 'reply', 'zhao', NULL, NULL, '县政府第12次常务会议', '会议通知（出席）', 'none', '2026-12-02 07:00:00+00', '2026-12-02 20:05:56.619962+00', '2026-12-02 20:05:56.679796+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-986a61bef7e2:reply:agriculture', 'meetings', 'mtg-986a61bef7e2', 'reply', NULL, 'agriculture', NULL, '县政府第12次常务会议', '会议通知：请派员参加', 'none', '2026-12-02 07:00:00+00', '2026-12-02 20:05:56.619962+00', '2026-12-02 20:05:56.744065+00');
INSERT INTO public.work_items VALUES ('supervision:resolution:mtg-986a61bef7e2:r1:acknowledge:finance', 'supervision', 'resolution:mtg-986a61bef7e2:r1', 'acknowledge', NULL, 'finance', NULL, '编制老旧小区改造资金使用计划', '签收督办事项', 'none', '2026-12-17 15:59:00+00', '2026-12-02 20:05:56.863334+00', NULL);
INSERT INTO public.work_items VALUES ('meetings:mtg-66388cfd0173:reply:fang', 'meetings', 'mtg-66388cfd0173', 'reply', 'fang', NULL, NULL, '县政府党组会议', '会议通知（出席）', '机密', '2026-12-08 01:00:00+00', '2026-12-02 20:05:56.919271+00', '2026-12-02 20:05:56.946779+00');
INSERT INTO public.work_items VALUES ('meetings:mtg-66388cfd0173:reply:feng', 'meetings', 'mtg-66388cfd0173', 'reply', 'feng', NULL, NULL, '县政府党组会议', '会议通知（列席）', '机密', '2026-12-08 01:00:00+00', '2026-12-02 20:05:56.919271+00', '2026-12-02 20:05:56.956732+00');
INSERT INTO public.work_items VALUES ('supervision:adhoc:b8a614cc7ee9:acknowledge:finance', 'supervision', 'adhoc:b8a614cc7ee9', 'acknowledge', NULL, 'finance', NULL, '报送上半年预算执行情况', '签收督办事项', 'none', '2026-11-23 15:59:00+00', '2026-12-02 20:05:57.092934+00', '2026-12-02 20:05:57.110873+00');
INSERT INTO public.work_items VALUES ('supervision:adhoc:b8a614cc7ee9:report:finance', 'supervision', 'adhoc:b8a614cc7ee9', 'report', NULL, 'finance', NULL, '报送上半年预算执行情况', '报送进展与办结报告', 'none', '2026-11-23 15:59:00+00', '2026-12-02 20:05:57.110873+00', '2026-12-02 20:05:57.122189+00');
INSERT INTO public.work_items VALUES ('supervision:adhoc:b8a614cc7ee9:verify:supervisor', 'supervision', 'adhoc:b8a614cc7ee9', 'verify', NULL, NULL, 'supervisor', '报送上半年预算执行情况', '核实办结：已按时报送县人大常委会', 'none', NULL, '2026-12-02 20:05:57.122189+00', '2026-12-02 20:05:57.134955+00');
INSERT INTO public.work_items VALUES ('supervision:adhoc:b56fdba26b01:acknowledge:office.affairs', 'supervision', 'adhoc:b56fdba26b01', 'acknowledge', NULL, 'office.affairs', NULL, '办公楼消防设施维修', '签收督办事项', 'none', '2026-11-13 15:59:00+00', '2026-12-02 20:05:57.145571+00', '2026-12-02 20:05:57.166903+00');
INSERT INTO public.work_items VALUES ('supervision:adhoc:b56fdba26b01:report:office.affairs', 'supervision', 'adhoc:b56fdba26b01', 'report', NULL, 'office.affairs', NULL, '办公楼消防设施维修', '报送进展与办结报告', 'none', '2026-11-13 15:59:00+00', '2026-12-02 20:05:57.166903+00', '2026-12-02 20:05:57.184233+00');
INSERT INTO public.work_items VALUES ('supervision:adhoc:b56fdba26b01:verify:supervisor', 'supervision', 'adhoc:b56fdba26b01', 'verify', NULL, NULL, 'supervisor', '办公楼消防设施维修', '核实办结：维修完毕，已通过消防验收', 'none', NULL, '2026-12-02 20:05:57.184233+00', '2026-12-02 20:05:57.198981+00');
INSERT INTO public.work_items VALUES ('supervision:adhoc:34ac081c4b55:acknowledge:agriculture', 'supervision', 'adhoc:34ac081c4b55', 'acknowledge', NULL, 'agriculture', NULL, '春耕化肥储备情况摸底', '签收督办事项', 'none', '2026-12-23 15:59:00+00', '2026-12-02 20:05:57.212819+00', NULL);
INSERT INTO public.work_items VALUES ('supervision:adhoc:bc10dee01a45:acknowledge:education', 'supervision', 'adhoc:bc10dee01a45', 'acknowledge', NULL, 'education', NULL, '校车安全隐患排查整治', '签收督办事项', 'none', '2026-12-09 15:59:00+00', '2026-12-02 20:05:57.228192+00', '2026-12-02 20:05:57.247662+00');
INSERT INTO public.work_items VALUES ('supervision:petition:petition-demo-2:education:acknowledge:education', 'supervision', 'petition:petition-demo-2:education', 'acknowledge', NULL, 'education', NULL, '信访件 信访〔2026〕2号：反映学校违规收取补课费，请核查处理', '签收督办事项', 'none', '2027-01-12 15:59:00+00', '2026-12-02 20:05:57.634664+00', NULL);
INSERT INTO public.work_items VALUES ('reception:petition-demo-5:accept:finance', 'reception', 'petition-demo-5', 'accept', NULL, 'finance', NULL, '信访〔2026〕5号', '信访事项：告知是否受理', 'none', '2026-11-03 15:59:00+00', '2026-12-02 20:05:57.706178+00', '2026-12-02 20:05:57.720309+00');
INSERT INTO public.work_items VALUES ('supervision:petition:petition-demo-5:finance:acknowledge:finance', 'supervision', 'petition:petition-demo-5:finance', 'acknowledge', NULL, 'finance', NULL, '信访件 信访〔2026〕5号：反映道路施工扰民，请协调施工时间', '签收督办事项', 'none', '2026-12-18 15:59:00+00', '2026-12-02 20:05:57.916402+00', NULL);
INSERT INTO public.work_items VALUES ('reception:trip-demo-1:approve:office_director', 'reception', 'trip-demo-1', 'approve', NULL, NULL, 'office_director', '市财政局', '用车审批：公务', 'none', '2026-12-04 00:00:00+00', '2026-12-02 20:05:58.001583+00', NULL);
INSERT INTO public.work_items VALUES ('reception:trip-demo-2:approve:office_director', 'reception', 'trip-demo-2', 'approve', NULL, NULL, 'office_director', '省城扶贫工作会', '用车审批：公务', 'none', '2026-12-02 23:00:00+00', '2026-12-02 20:05:58.019878+00', '2026-12-02 20:05:58.03403+00');
INSERT INTO public.work_items VALUES ('reception:trip-demo-2:dispatch:dispatcher', 'reception', 'trip-demo-2', 'dispatch', NULL, NULL, 'dispatcher', '省城扶贫工作会', '派车 dispatch a car', 'none', '2026-12-02 23:00:00+00', '2026-12-02 20:05:58.03403+00', '2026-12-02 20:05:58.064762+00');
INSERT INTO public.work_items VALUES ('reception:petition-demo-6:accept:agriculture', 'reception', 'petition-demo-6', 'accept', NULL, 'agriculture', NULL, '信访〔2026〕6号', '信访事项：告知是否受理', 'none', '2026-10-04 15:59:00+00', '2026-12-02 20:05:57.840978+00', '2026-12-02 20:05:57.857298+00');
INSERT INTO public.work_items VALUES ('supervision:petition:petition-demo-6:agriculture:acknowledge:agriculture', 'supervision', 'petition:petition-demo-6:agriculture', 'acknowledge', NULL, 'agriculture', NULL, '信访件 信访〔2026〕6号：反映征地补偿标准不一致，请核实', '签收督办事项', 'none', '2026-11-18 15:59:00+00', '2026-12-02 20:05:58.050413+00', NULL);
INSERT INTO public.work_items VALUES ('reception:trip-demo-3:approve:office_director', 'reception', 'trip-demo-3', 'approve', NULL, NULL, 'office_director', '行署会议', '用车审批：公务', 'none', '2026-12-02 00:00:00+00', '2026-12-02 20:05:58.071537+00', '2026-12-02 20:05:58.088232+00');
INSERT INTO public.work_items VALUES ('reception:trip-demo-3:dispatch:dispatcher', 'reception', 'trip-demo-3', 'dispatch', NULL, NULL, 'dispatcher', '行署会议', '派车 dispatch a car', 'none', '2026-12-02 00:00:00+00', '2026-12-02 20:05:58.088232+00', '2026-12-02 20:05:58.108814+00');
INSERT INTO public.work_items VALUES ('reception:sealreq-demo-1:approve:office_director', 'reception', 'sealreq-demo-1', 'approve', NULL, NULL, 'office_director', 'F政办函〔2026〕21号', '用印审批：F政办函〔2026〕21号（报送年度工作总结）', 'none', NULL, '2026-12-02 20:05:58.150082+00', NULL);
INSERT INTO public.work_items VALUES ('reception:sealreq-demo-2:approve:office_director', 'reception', 'sealreq-demo-2', 'approve', NULL, NULL, 'office_director', 'F政发〔2026〕8号', '用印审批：F政发〔2026〕8号（印发春耕生产工作方案）', 'none', NULL, '2026-12-02 20:05:58.155432+00', '2026-12-02 20:05:58.172402+00');
INSERT INTO public.work_items VALUES ('reception:sealreq-demo-2:use_seal:seal_keeper', 'reception', 'sealreq-demo-2', 'use_seal', NULL, NULL, 'seal_keeper', 'F政发〔2026〕8号', '用印 apply the seal', 'none', NULL, '2026-12-02 20:05:58.172402+00', NULL);
INSERT INTO public.work_items VALUES ('reception:sealreq-demo-3:approve:office_director', 'reception', 'sealreq-demo-3', 'approve', NULL, NULL, 'office_director', '介绍信', '用印审批：介绍信（赴省财政厅汇报工作）', 'none', NULL, '2026-12-02 20:05:58.16436+00', '2026-12-02 20:05:58.183367+00');
INSERT INTO public.work_items VALUES ('reception:sealreq-demo-3:use_seal:seal_keeper', 'reception', 'sealreq-demo-3', 'use_seal', NULL, NULL, 'seal_keeper', '介绍信', '用印 apply the seal', 'none', NULL, '2026-12-02 20:05:58.183367+00', '2026-12-02 20:05:58.193391+00');


--
-- Name: events_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_position_seq', 1, false);


--
-- Name: attendance attendance_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.attendance
    ADD CONSTRAINT attendance_pkey PRIMARY KEY (stream_id, person);


--
-- Name: chronicle chronicle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.chronicle
    ADD CONSTRAINT chronicle_pkey PRIMARY KEY (event_id);


--
-- Name: circulation_reads circulation_reads_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.circulation_reads
    ADD CONSTRAINT circulation_reads_pkey PRIMARY KEY (stream_id, round, reader);


--
-- Name: deadlines deadlines_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deadlines
    ADD CONSTRAINT deadlines_pkey PRIMARY KEY (key);


--
-- Name: document_counts document_counts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_counts
    ADD CONSTRAINT document_counts_pkey PRIMARY KEY (direction, stage, department, departments, classification);


--
-- Name: document_steps document_steps_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_steps
    ADD CONSTRAINT document_steps_pkey PRIMARY KEY (stream_id, version);


--
-- Name: documents documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (stream_id);


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
-- Name: meetings meetings_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.meetings
    ADD CONSTRAINT meetings_pkey PRIMARY KEY (stream_id);


--
-- Name: objects objects_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.objects
    ADD CONSTRAINT objects_pkey PRIMARY KEY (service, stream_id);


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY ("position");


--
-- Name: petitions petitions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.petitions
    ADD CONSTRAINT petitions_pkey PRIMARY KEY (stream_id);


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
-- Name: tasks tasks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tasks
    ADD CONSTRAINT tasks_pkey PRIMARY KEY (stream_id);


--
-- Name: timeline timeline_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.timeline
    ADD CONSTRAINT timeline_pkey PRIMARY KEY (event_id);


--
-- Name: trips trips_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.trips
    ADD CONSTRAINT trips_pkey PRIMARY KEY (stream_id);


--
-- Name: events uq_events_stream_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT uq_events_stream_version UNIQUE (stream_id, version);


--
-- Name: visits visits_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.visits
    ADD CONSTRAINT visits_pkey PRIMARY KEY (stream_id);


--
-- Name: work_items work_items_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.work_items
    ADD CONSTRAINT work_items_pkey PRIMARY KEY (key);


--
-- Name: ix_chronicle_day; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_chronicle_day ON public.chronicle USING btree (day);


--
-- Name: ix_deadlines_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_deadlines_due ON public.deadlines USING btree (fired_at, due_at);


--
-- Name: ix_timeline_causation; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_timeline_causation ON public.timeline USING btree (causation_id);


--
-- Name: ix_timeline_stream; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_timeline_stream ON public.timeline USING btree (service, stream_id, version);


--
-- Name: ix_timeline_time; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_timeline_time ON public.timeline USING btree ("time");


--
-- Name: ix_work_items_open; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_work_items_open ON public.work_items USING btree (done_at, person, department, role);


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

\unrestrict JdA0oe8JwGNpAzx7NTqookByFfKaYVhJ8kUUlV9dA9kh7YzVFUUlQBRIF4oJkwT

