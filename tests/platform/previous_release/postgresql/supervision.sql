--
-- PostgreSQL database dump
--

\restrict EEDAbO8A4T4jTPDMapyQfHOg2C4HM2eybgD1XbbJLpIrncjmge6zV3Cu42vC14p

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
-- Name: supervision_task_departments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supervision_task_departments (
    task_id character varying(200) NOT NULL,
    department character varying(100) NOT NULL,
    part character varying(10) NOT NULL
);


--
-- Name: supervision_tasks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.supervision_tasks (
    task_id character varying(200) NOT NULL,
    title text NOT NULL,
    source_kind character varying(40) NOT NULL,
    source_service character varying(40),
    source_id character varying(200),
    source_item character varying(200),
    lead_department character varying(100) NOT NULL,
    co_departments json NOT NULL,
    assigned_by character varying(100),
    classification character varying(10) NOT NULL,
    classification_rank integer NOT NULL,
    priority character varying(20) NOT NULL,
    reporting_cycle character varying(20) NOT NULL,
    stage character varying(40) NOT NULL,
    percent integer NOT NULL,
    deadline date NOT NULL,
    yellow_from date NOT NULL,
    opened_on date NOT NULL,
    completed_on date,
    closed_on date,
    on_time boolean,
    extension_pending boolean NOT NULL,
    version integer NOT NULL,
    "position" integer NOT NULL
);


--
-- Name: events position; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ALTER COLUMN "position" SET DEFAULT nextval('public.events_position_seq'::regclass);


--
-- Data for Name: deadlines; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.deadlines VALUES ('instruction:in-4408467f8ff94ff6:2026-12-03:agriculture:approaching:2026-12-10', 'instruction:in-4408467f8ff94ff6:2026-12-03:agriculture', 'approaching', '2026-12-07 01:00:00+00', '{"deadline": "2026-12-10"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('instruction:in-4408467f8ff94ff6:2026-12-03:agriculture:overdue:2026-12-10', 'instruction:in-4408467f8ff94ff6:2026-12-03:agriculture', 'overdue', '2026-12-10 16:00:00+00', '{"deadline": "2026-12-10"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('instruction:in-6d2a7bf999b04bdc:2026-12-03:finance:approaching:2026-12-17', 'instruction:in-6d2a7bf999b04bdc:2026-12-03:finance', 'approaching', '2026-12-14 01:00:00+00', '{"deadline": "2026-12-17"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('instruction:in-6d2a7bf999b04bdc:2026-12-03:finance:overdue:2026-12-17', 'instruction:in-6d2a7bf999b04bdc:2026-12-03:finance', 'overdue', '2026-12-17 16:00:00+00', '{"deadline": "2026-12-17"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('resolution:mtg-e97e97571796:r1:approaching:2026-12-14', 'resolution:mtg-e97e97571796:r1', 'approaching', '2026-12-09 01:00:00+00', '{"deadline": "2026-12-14"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('resolution:mtg-e97e97571796:r1:overdue:2026-12-14', 'resolution:mtg-e97e97571796:r1', 'overdue', '2026-12-14 16:00:00+00', '{"deadline": "2026-12-14"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('resolution:mtg-e97e97571796:r2:approaching:2026-12-24', 'resolution:mtg-e97e97571796:r2', 'approaching', '2026-12-21 01:00:00+00', '{"deadline": "2026-12-24"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('resolution:mtg-e97e97571796:r2:overdue:2026-12-24', 'resolution:mtg-e97e97571796:r2', 'overdue', '2026-12-24 16:00:00+00', '{"deadline": "2026-12-24"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('resolution:mtg-986a61bef7e2:r1:approaching:2026-12-17', 'resolution:mtg-986a61bef7e2:r1', 'approaching', '2026-12-14 01:00:00+00', '{"deadline": "2026-12-17"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('resolution:mtg-986a61bef7e2:r1:overdue:2026-12-17', 'resolution:mtg-986a61bef7e2:r1', 'overdue', '2026-12-17 16:00:00+00', '{"deadline": "2026-12-17"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('adhoc:15df27fb645a:approaching:2027-01-02', 'adhoc:15df27fb645a', 'approaching', '2026-12-30 01:00:00+00', '{"deadline": "2027-01-02"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('adhoc:15df27fb645a:overdue:2027-01-02', 'adhoc:15df27fb645a', 'overdue', '2027-01-02 16:00:00+00', '{"deadline": "2027-01-02"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('adhoc:15df27fb645a:report-due:2026-12-03', 'adhoc:15df27fb645a', 'report-due', '2026-12-03 01:00:00+00', '{"due_on": "2026-12-03", "period_start": "2026-11-26"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('adhoc:c523de4cd5e8:overdue:2026-12-07', 'adhoc:c523de4cd5e8', 'overdue', '2026-12-07 16:00:00+00', '{"deadline": "2026-12-07"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('adhoc:34ac081c4b55:approaching:2026-12-23', 'adhoc:34ac081c4b55', 'approaching', '2026-12-18 01:00:00+00', '{"deadline": "2026-12-23"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('adhoc:34ac081c4b55:overdue:2026-12-23', 'adhoc:34ac081c4b55', 'overdue', '2026-12-23 16:00:00+00', '{"deadline": "2026-12-23"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('adhoc:bc10dee01a45:approaching:2026-12-09', 'adhoc:bc10dee01a45', 'approaching', '2026-12-04 01:00:00+00', '{"deadline": "2026-12-09"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('adhoc:bc10dee01a45:overdue:2026-12-09', 'adhoc:bc10dee01a45', 'overdue', '2026-12-09 16:00:00+00', '{"deadline": "2026-12-09"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('adhoc:0c557e9c241f:approaching:2026-12-18', 'adhoc:0c557e9c241f', 'approaching', '2026-12-15 01:00:00+00', '{"deadline": "2026-12-18"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('adhoc:0c557e9c241f:overdue:2026-12-18', 'adhoc:0c557e9c241f', 'overdue', '2026-12-18 16:00:00+00', '{"deadline": "2026-12-18"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('adhoc:2cdb2d05aa69:approaching:2026-11-28', 'adhoc:2cdb2d05aa69', 'approaching', '2026-11-25 01:00:00+00', '{"deadline": "2026-11-28"}', '2026-12-02 20:05:57.383117+00', 0, NULL);
INSERT INTO public.deadlines VALUES ('adhoc:2cdb2d05aa69:overdue:2026-11-28', 'adhoc:2cdb2d05aa69', 'overdue', '2026-11-28 16:00:00+00', '{"deadline": "2026-11-28"}', '2026-12-02 20:05:57.383117+00', 0, NULL);
INSERT INTO public.deadlines VALUES ('adhoc:c523de4cd5e8:approaching:2026-12-07', 'adhoc:c523de4cd5e8', 'approaching', '2026-12-02 01:00:00+00', '{"deadline": "2026-12-07"}', '2026-12-02 20:05:57.383117+00', 0, NULL);
INSERT INTO public.deadlines VALUES ('petition:petition-demo-2:education:approaching:2027-01-12', 'petition:petition-demo-2:education', 'approaching', '2027-01-07 01:00:00+00', '{"deadline": "2027-01-12"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('petition:petition-demo-2:education:overdue:2027-01-12', 'petition:petition-demo-2:education', 'overdue', '2027-01-12 16:00:00+00', '{"deadline": "2027-01-12"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('petition:petition-demo-3:agriculture:overdue:2026-12-05', 'petition:petition-demo-3:agriculture', 'overdue', '2026-12-05 16:00:00+00', '{"deadline": "2026-12-05"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('petition:petition-demo-5:finance:approaching:2026-12-18', 'petition:petition-demo-5:finance', 'approaching', '2026-12-15 01:00:00+00', '{"deadline": "2026-12-18"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('petition:petition-demo-5:finance:overdue:2026-12-18', 'petition:petition-demo-5:finance', 'overdue', '2026-12-18 16:00:00+00', '{"deadline": "2026-12-18"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('petition:petition-demo-6:agriculture:approaching:2026-11-18', 'petition:petition-demo-6:agriculture', 'approaching', '2026-11-13 01:00:00+00', '{"deadline": "2026-11-18"}', '2026-12-02 20:05:58.452187+00', 0, NULL);
INSERT INTO public.deadlines VALUES ('petition:petition-demo-6:agriculture:overdue:2026-11-18', 'petition:petition-demo-6:agriculture', 'overdue', '2026-11-18 16:00:00+00', '{"deadline": "2026-11-18"}', '2026-12-02 20:05:58.452187+00', 0, NULL);
INSERT INTO public.deadlines VALUES ('petition:petition-demo-3:agriculture:approaching:2026-12-05', 'petition:petition-demo-3:agriculture', 'approaching', '2026-12-02 01:00:00+00', '{"deadline": "2026-12-05"}', '2026-12-02 20:05:58.452187+00', 0, NULL);


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES (1, '02439ec2-6699-42a5-9b5b-6bf4a65e87a4', 'instruction:in-4408467f8ff94ff6:2026-12-03:agriculture', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:55.070663+00', '{"title": "关于切实做好春耕备耕工作的紧急通知", "source": {"id": "in-4408467f8ff94ff6", "item": null, "kind": "document_instruction", "service": "documents"}, "task_id": "instruction:in-4408467f8ff94ff6:2026-12-03:agriculture", "deadline": "2026-12-10", "priority": "urgent", "opened_by": null, "opened_on": "2026-12-03", "assigned_by": "fang", "description": "批示：请牵头抓好落实，按时报告办理结果。（收文编号 县府办收〔2026〕6号）", "classification": "none", "co_departments": ["finance"], "lead_department": "agriculture", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "fang", "traceparent": "00-e5f15f34a95fe394d7a4970b639c6714-b2abe3255ebb9663-01", "causation_id": "37a53fea-6973-44e0-9cd0-d3068837d745", "correlation_id": "37a53fea-6973-44e0-9cd0-d3068837d745"}');
INSERT INTO public.events VALUES (2, '35ef7da6-b911-4255-a9a9-b01a4955002f', 'instruction:in-6d2a7bf999b04bdc:2026-12-03:finance', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:55.177322+00', '{"title": "关于下达2026年度财政专项资金的通知", "source": {"id": "in-6d2a7bf999b04bdc", "item": null, "kind": "document_instruction", "service": "documents"}, "task_id": "instruction:in-6d2a7bf999b04bdc:2026-12-03:finance", "deadline": "2026-12-17", "priority": "normal", "opened_by": null, "opened_on": "2026-12-03", "assigned_by": "luo", "description": "批示：请牵头抓好落实，按时报告办理结果。（收文编号 县府办收〔2026〕7号）", "classification": "none", "co_departments": [], "lead_department": "finance", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "luo", "traceparent": "00-2b2eca4852274a9ca04c2d8f0f23ab41-131218017a4d1274-01", "causation_id": "f1f4adc1-3d79-4efa-86a7-b4c6d93ae6f1", "correlation_id": "f1f4adc1-3d79-4efa-86a7-b4c6d93ae6f1"}');
INSERT INTO public.events VALUES (3, '43d2c4a4-424d-483b-801f-a87e1abf7cf1', 'resolution:mtg-e97e97571796:r1', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:56.188547+00', '{"title": "落实农业生产资金，按期拨付到位", "source": {"id": "mtg-e97e97571796", "item": "r1", "kind": "meeting_resolution", "service": "meetings"}, "task_id": "resolution:mtg-e97e97571796:r1", "deadline": "2026-12-14", "priority": "high", "opened_by": null, "opened_on": "2026-11-24", "assigned_by": "luo", "description": "县政府第11次常务会议（常务会）议定事项", "classification": "none", "co_departments": ["agriculture"], "lead_department": "finance", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "luo", "traceparent": "00-fe19aaa47e2e6d317975d3a905858491-6da57c7de467eada-01", "causation_id": "507b5a0a-00c2-44f9-904d-d18057c3f1dc", "correlation_id": "507b5a0a-00c2-44f9-904d-d18057c3f1dc"}');
INSERT INTO public.events VALUES (4, 'f3feb8f4-5842-4d93-b6bb-a02c17e106a3', 'resolution:mtg-e97e97571796:r2', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:56.202162+00', '{"title": "开展校园安全专项检查并报送结果", "source": {"id": "mtg-e97e97571796", "item": "r2", "kind": "meeting_resolution", "service": "meetings"}, "task_id": "resolution:mtg-e97e97571796:r2", "deadline": "2026-12-24", "priority": "high", "opened_by": null, "opened_on": "2026-11-24", "assigned_by": "luo", "description": "县政府第11次常务会议（常务会）议定事项", "classification": "none", "co_departments": ["office.supervision"], "lead_department": "education", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "luo", "traceparent": "00-faa14fed4159693f409c22d316699665-c09986e2c8cf5ffc-01", "causation_id": "64eda32d-4e4e-4210-b2b5-84694a0c1974", "correlation_id": "64eda32d-4e4e-4210-b2b5-84694a0c1974"}');
INSERT INTO public.events VALUES (5, 'a5469b24-999e-46e6-8dc1-eef06b95aa84', 'resolution:mtg-986a61bef7e2:r1', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:56.863334+00', '{"title": "编制老旧小区改造资金使用计划", "source": {"id": "mtg-986a61bef7e2", "item": "r1", "kind": "meeting_resolution", "service": "meetings"}, "task_id": "resolution:mtg-986a61bef7e2:r1", "deadline": "2026-12-17", "priority": "high", "opened_by": null, "opened_on": "2026-12-02", "assigned_by": "luo", "description": "县政府第12次常务会议（常务会）议定事项", "classification": "none", "co_departments": [], "lead_department": "finance", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "luo", "traceparent": "00-7ba9560c747b86b9d0d6b8ae5e9c0b58-796002481bb42b6c-01", "causation_id": "86e8e533-4fa0-49c2-8ba4-c7b58c28f0fc", "correlation_id": "86e8e533-4fa0-49c2-8ba4-c7b58c28f0fc"}');
INSERT INTO public.events VALUES (6, 'c55766a4-b85f-4454-812a-b0546bed6c78', 'adhoc:15df27fb645a', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:56.963846+00', '{"title": "落实工会会员服务阵地建设", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:15df27fb645a", "deadline": "2027-01-02", "priority": "normal", "opened_by": "zhou", "opened_on": "2026-11-26", "assigned_by": "zhou", "description": "", "classification": "none", "co_departments": [], "lead_department": "union", "reporting_cycle": "weekly", "default_deadline_applied": false}', '{"actor": "zhou"}');
INSERT INTO public.events VALUES (7, '02a08dce-066c-4e6b-95f5-85bffe240365', 'adhoc:15df27fb645a', 2, 'shuniu.supervision.task.acknowledged.v1', '2026-12-02 20:05:56.982528+00', '{"by": "sun", "on": "2026-11-27"}', '{"actor": "sun"}');
INSERT INTO public.events VALUES (8, '6884fcb4-54c8-49b7-bc22-ed5f8e219304', 'adhoc:15df27fb645a', 3, 'shuniu.supervision.task.progress_reported.v1', '2026-12-02 20:05:56.99405+00', '{"by": "sun", "on": "2026-12-02", "text": "三个乡镇服务站已挂牌", "percent": 40}', '{"actor": "sun"}');
INSERT INTO public.events VALUES (9, '0bf33bad-10c2-4086-a98c-0df51f8ac763', 'adhoc:c523de4cd5e8', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:57.00133+00', '{"title": "全县中小学食堂食品安全检查", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:c523de4cd5e8", "deadline": "2026-12-07", "priority": "normal", "opened_by": "feng", "opened_on": "2026-11-23", "assigned_by": "feng", "description": "", "classification": "none", "co_departments": [], "lead_department": "education", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (10, 'c107c0e4-6315-4bd3-953a-aa299b201cab', 'adhoc:c523de4cd5e8', 2, 'shuniu.supervision.task.acknowledged.v1', '2026-12-02 20:05:57.032768+00', '{"by": "zhao", "on": "2026-11-24"}', '{"actor": "zhao"}');
INSERT INTO public.events VALUES (11, '9f3564b9-60af-41c8-a1c6-72f72f705c16', 'adhoc:c523de4cd5e8', 3, 'shuniu.supervision.task.progress_reported.v1', '2026-12-02 20:05:57.048064+00', '{"by": "zhao", "on": "2026-12-02", "text": "已检查十二所学校，余六所", "percent": 65}', '{"actor": "zhao"}');
INSERT INTO public.events VALUES (12, 'f189e27a-b589-40d5-968c-15f209893ee4', 'adhoc:2cdb2d05aa69', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:57.054944+00', '{"title": "困难职工帮扶资金拨付", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:2cdb2d05aa69", "deadline": "2026-11-28", "priority": "high", "opened_by": "zhou", "opened_on": "2026-11-08", "assigned_by": "zhou", "description": "", "classification": "none", "co_departments": ["union"], "lead_department": "finance", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "zhou"}');
INSERT INTO public.events VALUES (13, '00e39e93-ba0c-453c-b9a4-261324a6873e', 'adhoc:2cdb2d05aa69', 2, 'shuniu.supervision.task.acknowledged.v1', '2026-12-02 20:05:57.070444+00', '{"by": "chen", "on": "2026-11-09"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (14, 'a4872a18-95ff-46e0-83b5-5d99be7ef8c7', 'adhoc:2cdb2d05aa69', 3, 'shuniu.supervision.task.urged.v1', '2026-12-02 20:05:57.082132+00', '{"by": "zhou", "on": "2026-12-01", "message": "已逾期，请说明原因并于两日内办结"}', '{"actor": "zhou"}');
INSERT INTO public.events VALUES (16, '777a855b-cf12-4cf8-b211-f5d6bd999938', 'adhoc:b8a614cc7ee9', 2, 'shuniu.supervision.task.acknowledged.v1', '2026-12-02 20:05:57.110873+00', '{"by": "chen", "on": "2026-11-04"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (19, '0d41d9a1-423d-48d0-8388-6311fa1d07e1', 'adhoc:b56fdba26b01', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:57.145571+00', '{"title": "办公楼消防设施维修", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:b56fdba26b01", "deadline": "2026-11-13", "priority": "normal", "opened_by": "zhou", "opened_on": "2026-10-24", "assigned_by": "zhou", "description": "", "classification": "none", "co_departments": [], "lead_department": "office.affairs", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "zhou"}');
INSERT INTO public.events VALUES (22, '3e35b419-2b97-4116-b5a7-e9489b14b92c', 'adhoc:b56fdba26b01', 4, 'shuniu.supervision.task.closed.v1', '2026-12-02 20:05:57.198981+00', '{"title": "办公楼消防设施维修", "result": "维修完毕，已通过消防验收", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "on_time": false, "task_id": "adhoc:b56fdba26b01", "deadline": "2026-11-13", "closed_by": "feng", "closed_on": "2026-11-19", "co_departments": [], "lead_department": "office.affairs"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (24, '54b9d01c-bd67-464a-b0a6-a3b83eaa0fcc', 'adhoc:bc10dee01a45', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:57.228192+00', '{"title": "校车安全隐患排查整治", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:bc10dee01a45", "deadline": "2026-12-09", "priority": "normal", "opened_by": "feng", "opened_on": "2026-11-28", "assigned_by": "feng", "description": "", "classification": "none", "co_departments": ["office.affairs"], "lead_department": "education", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (26, '16c28a8f-056b-4868-beed-fb80bf231050', 'adhoc:bc10dee01a45', 3, 'shuniu.supervision.task.extension_requested.v1', '2026-12-02 20:05:57.260409+00', '{"by": "zhao", "on": "2026-12-02", "reason": "需等待交通部门联合检查", "requested_deadline": "2026-12-23"}', '{"actor": "zhao"}');
INSERT INTO public.events VALUES (27, '4592ca4c-1cbf-423f-aca1-86f1d6f5af08', 'adhoc:0c557e9c241f', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:57.26716+00', '{"title": "职工疗休养基地改建", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:0c557e9c241f", "deadline": "2026-12-18", "priority": "normal", "opened_by": "zhou", "opened_on": "2026-11-21", "assigned_by": "zhou", "description": "", "classification": "none", "co_departments": [], "lead_department": "union", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "zhou"}');
INSERT INTO public.events VALUES (29, '620c9992-64f7-4710-8edf-b70883f179ee', 'adhoc:0c557e9c241f', 3, 'shuniu.supervision.task.infeasibility_reported.v1', '2026-12-02 20:05:57.299577+00', '{"by": "sun", "on": "2026-11-30", "reason": "改建资金未列入年度预算"}', '{"actor": "sun"}');
INSERT INTO public.events VALUES (30, '7dfc70f6-4031-4340-83d8-6b6b4d8c9dad', 'adhoc:2cdb2d05aa69', 4, 'shuniu.supervision.task.deadline_approaching.v1', '2026-12-02 20:05:57.392874+00', '{"on": "2026-12-03", "deadline": "2026-11-28"}', '{"actor": "system:deadlines"}');
INSERT INTO public.events VALUES (34, '166ee172-6c8f-4373-8627-4fd70fa10880', 'petition:petition-demo-3:agriculture', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:57.744507+00', '{"title": "信访件 信访〔2026〕3号：反映农田灌溉渠损毁，请组织修复", "source": {"id": "petition-demo-3", "item": null, "kind": "petition", "service": "reception"}, "task_id": "petition:petition-demo-3:agriculture", "deadline": "2026-12-05", "priority": "normal", "opened_by": null, "opened_on": "2026-12-03", "assigned_by": "wang", "description": "反映农田灌溉渠损毁，请组织修复", "classification": "none", "co_departments": [], "lead_department": "agriculture", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "wang", "traceparent": "00-b5f56dace6ebd41f095e54726df248df-07f78b342e130621-01", "causation_id": "464b1f9c-7dce-4795-be01-faa57f0dc020", "correlation_id": "464b1f9c-7dce-4795-be01-faa57f0dc020"}');
INSERT INTO public.events VALUES (36, '171b3b8e-a558-4d3c-b9d5-7a12dcfb3f48', 'petition:petition-demo-6:agriculture', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:58.050413+00', '{"title": "信访件 信访〔2026〕6号：反映征地补偿标准不一致，请核实", "source": {"id": "petition-demo-6", "item": null, "kind": "petition", "service": "reception"}, "task_id": "petition:petition-demo-6:agriculture", "deadline": "2026-11-18", "priority": "normal", "opened_by": null, "opened_on": "2026-12-03", "assigned_by": "wang", "description": "反映征地补偿标准不一致，请核实", "classification": "none", "co_departments": [], "lead_department": "agriculture", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "wang", "traceparent": "00-dfc197888000c81dd237a96d24ef9917-49d30f4a4dfc9fa1-01", "causation_id": "3ba40778-1913-4f55-8999-988bfe9a0bca", "correlation_id": "3ba40778-1913-4f55-8999-988bfe9a0bca"}');
INSERT INTO public.events VALUES (37, '78759ae2-5074-4e31-8452-66c71b98e0f6', 'petition:petition-demo-6:agriculture', 2, 'shuniu.supervision.task.deadline_approaching.v1', '2026-12-02 20:05:58.456312+00', '{"on": "2026-12-03", "deadline": "2026-11-18"}', '{"actor": "system:deadlines"}');
INSERT INTO public.events VALUES (15, '1ca9adeb-d41a-4028-8ac8-2495b2e627f2', 'adhoc:b8a614cc7ee9', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:57.092934+00', '{"title": "报送上半年预算执行情况", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:b8a614cc7ee9", "deadline": "2026-11-23", "priority": "normal", "opened_by": "yang", "opened_on": "2026-11-03", "assigned_by": "yang", "description": "", "classification": "none", "co_departments": [], "lead_department": "finance", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "yang"}');
INSERT INTO public.events VALUES (17, 'b8670580-8fa9-410c-bd85-98ffd8c7e4c8', 'adhoc:b8a614cc7ee9', 3, 'shuniu.supervision.task.completion_reported.v1', '2026-12-02 20:05:57.122189+00', '{"by": "chen", "on": "2026-11-21", "text": "已按时报送县人大常委会"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (18, 'd9e22d8b-1f7e-47c4-b467-acb29becfcbe', 'adhoc:b8a614cc7ee9', 4, 'shuniu.supervision.task.closed.v1', '2026-12-02 20:05:57.134955+00', '{"title": "报送上半年预算执行情况", "result": "已按时报送县人大常委会", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "on_time": true, "task_id": "adhoc:b8a614cc7ee9", "deadline": "2026-11-23", "closed_by": "zhou", "closed_on": "2026-11-22", "co_departments": [], "lead_department": "finance"}', '{"actor": "zhou"}');
INSERT INTO public.events VALUES (20, '2cfeef59-5bbf-4845-8bdb-46c427afa5a5', 'adhoc:b56fdba26b01', 2, 'shuniu.supervision.task.acknowledged.v1', '2026-12-02 20:05:57.166903+00', '{"by": "wu", "on": "2026-10-25"}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (21, '919ca859-e392-414e-90c7-106395ab08d0', 'adhoc:b56fdba26b01', 3, 'shuniu.supervision.task.completion_reported.v1', '2026-12-02 20:05:57.184233+00', '{"by": "wu", "on": "2026-11-18", "text": "维修完毕，已通过消防验收"}', '{"actor": "wu"}');
INSERT INTO public.events VALUES (23, '3dc298cd-daf1-4304-893c-e15e6309f71a', 'adhoc:34ac081c4b55', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:57.212819+00', '{"title": "春耕化肥储备情况摸底", "source": {"id": null, "item": null, "kind": "ad_hoc", "service": null}, "task_id": "adhoc:34ac081c4b55", "deadline": "2026-12-23", "priority": "normal", "opened_by": "zhou", "opened_on": "2026-12-03", "assigned_by": "zhou", "description": "", "classification": "none", "co_departments": [], "lead_department": "agriculture", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "zhou"}');
INSERT INTO public.events VALUES (25, '7f272584-e8fc-4ca0-8478-00eacdb3165b', 'adhoc:bc10dee01a45', 2, 'shuniu.supervision.task.acknowledged.v1', '2026-12-02 20:05:57.247662+00', '{"by": "zhao", "on": "2026-11-29"}', '{"actor": "zhao"}');
INSERT INTO public.events VALUES (28, 'f9140032-df3e-4355-a30a-010fa7305494', 'adhoc:0c557e9c241f', 2, 'shuniu.supervision.task.acknowledged.v1', '2026-12-02 20:05:57.287001+00', '{"by": "sun", "on": "2026-11-22"}', '{"actor": "sun"}');
INSERT INTO public.events VALUES (31, 'db03839a-02ae-44f1-8bfd-d211760b9d0c', 'adhoc:2cdb2d05aa69', 5, 'shuniu.supervision.task.overdue.v1', '2026-12-02 20:05:57.414634+00', '{"on": "2026-12-03", "deadline": "2026-11-28"}', '{"actor": "system:deadlines"}');
INSERT INTO public.events VALUES (32, '9681d241-93d7-49a8-b32b-7b84b0b3bf44', 'adhoc:c523de4cd5e8', 4, 'shuniu.supervision.task.deadline_approaching.v1', '2026-12-02 20:05:57.435624+00', '{"on": "2026-12-03", "deadline": "2026-12-07"}', '{"actor": "system:deadlines"}');
INSERT INTO public.events VALUES (33, '223fa73d-a179-4d3a-b0a0-3c7c5475e770', 'petition:petition-demo-2:education', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:57.634664+00', '{"title": "信访件 信访〔2026〕2号：反映学校违规收取补课费，请核查处理", "source": {"id": "petition-demo-2", "item": null, "kind": "petition", "service": "reception"}, "task_id": "petition:petition-demo-2:education", "deadline": "2027-01-12", "priority": "normal", "opened_by": null, "opened_on": "2026-12-03", "assigned_by": "wang", "description": "反映学校违规收取补课费，请核查处理", "classification": "none", "co_departments": [], "lead_department": "education", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "wang", "traceparent": "00-d9013d3c03b5572df8f8a98198f1ac9e-35c43df4e6ed90a2-01", "causation_id": "3c00a543-1a96-4ea0-affa-284f05354c1b", "correlation_id": "3c00a543-1a96-4ea0-affa-284f05354c1b"}');
INSERT INTO public.events VALUES (35, '9ff4ffeb-d05f-46ee-81d5-92087cb66074', 'petition:petition-demo-5:finance', 1, 'shuniu.supervision.task.opened.v1', '2026-12-02 20:05:57.916402+00', '{"title": "信访件 信访〔2026〕5号：反映道路施工扰民，请协调施工时间", "source": {"id": "petition-demo-5", "item": null, "kind": "petition", "service": "reception"}, "task_id": "petition:petition-demo-5:finance", "deadline": "2026-12-18", "priority": "normal", "opened_by": null, "opened_on": "2026-12-03", "assigned_by": "wang", "description": "反映道路施工扰民，请协调施工时间", "classification": "none", "co_departments": [], "lead_department": "finance", "reporting_cycle": "none", "default_deadline_applied": false}', '{"actor": "wang", "traceparent": "00-8935f5282029a3762367ab84809a45ef-30b970b2c417d5da-01", "causation_id": "affd9b8b-16e3-4b1c-8fdc-f973a29035db", "correlation_id": "affd9b8b-16e3-4b1c-8fdc-f973a29035db"}');
INSERT INTO public.events VALUES (38, 'c12e39c1-fa2e-429a-a892-379e19a28792', 'petition:petition-demo-6:agriculture', 3, 'shuniu.supervision.task.overdue.v1', '2026-12-02 20:05:58.462627+00', '{"on": "2026-12-03", "deadline": "2026-11-18"}', '{"actor": "system:deadlines"}');
INSERT INTO public.events VALUES (39, '59a1ff61-a9a6-418a-b303-1290b43e2f11', 'petition:petition-demo-3:agriculture', 2, 'shuniu.supervision.task.deadline_approaching.v1', '2026-12-02 20:05:58.476433+00', '{"on": "2026-12-03", "deadline": "2026-12-05"}', '{"actor": "system:deadlines"}');


--
-- Data for Name: idempotency_keys; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: processed_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.processed_events VALUES ('supervision.task-sources', '37a53fea-6973-44e0-9cd0-d3068837d745', 'applied', '2026-12-02 20:05:55.059969+00');
INSERT INTO public.processed_events VALUES ('supervision.task-sources', 'f1f4adc1-3d79-4efa-86a7-b4c6d93ae6f1', 'applied', '2026-12-02 20:05:55.170282+00');
INSERT INTO public.processed_events VALUES ('supervision.task-sources', '507b5a0a-00c2-44f9-904d-d18057c3f1dc', 'applied', '2026-12-02 20:05:56.181051+00');
INSERT INTO public.processed_events VALUES ('supervision.task-sources', '64eda32d-4e4e-4210-b2b5-84694a0c1974', 'applied', '2026-12-02 20:05:56.181051+00');
INSERT INTO public.processed_events VALUES ('supervision.task-sources', '86e8e533-4fa0-49c2-8ba4-c7b58c28f0fc', 'applied', '2026-12-02 20:05:56.85872+00');
INSERT INTO public.processed_events VALUES ('supervision.task-sources', '3c00a543-1a96-4ea0-affa-284f05354c1b', 'applied', '2026-12-02 20:05:57.630421+00');
INSERT INTO public.processed_events VALUES ('supervision.task-sources', '464b1f9c-7dce-4795-be01-faa57f0dc020', 'applied', '2026-12-02 20:05:57.739318+00');
INSERT INTO public.processed_events VALUES ('supervision.task-sources', 'affd9b8b-16e3-4b1c-8fdc-f973a29035db', 'applied', '2026-12-02 20:05:57.906073+00');
INSERT INTO public.processed_events VALUES ('supervision.task-sources', '3ba40778-1913-4f55-8999-988bfe9a0bca', 'applied', '2026-12-02 20:05:58.044802+00');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations VALUES ('0001_event_store_outbox_inbox', '2026-12-02 20:05:54.260924+00');
INSERT INTO public.schema_migrations VALUES ('supervision_0001_task_read_model', '2026-12-02 20:05:54.260924+00');


--
-- Data for Name: supervision_task_departments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.supervision_task_departments VALUES ('instruction:in-4408467f8ff94ff6:2026-12-03:agriculture', 'agriculture', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('instruction:in-4408467f8ff94ff6:2026-12-03:agriculture', 'finance', 'co');
INSERT INTO public.supervision_task_departments VALUES ('instruction:in-6d2a7bf999b04bdc:2026-12-03:finance', 'finance', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('resolution:mtg-e97e97571796:r1', 'finance', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('resolution:mtg-e97e97571796:r1', 'agriculture', 'co');
INSERT INTO public.supervision_task_departments VALUES ('resolution:mtg-e97e97571796:r2', 'education', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('resolution:mtg-e97e97571796:r2', 'office.supervision', 'co');
INSERT INTO public.supervision_task_departments VALUES ('resolution:mtg-986a61bef7e2:r1', 'finance', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('adhoc:15df27fb645a', 'union', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('adhoc:b8a614cc7ee9', 'finance', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('adhoc:b56fdba26b01', 'office.affairs', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('adhoc:34ac081c4b55', 'agriculture', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('adhoc:bc10dee01a45', 'education', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('adhoc:bc10dee01a45', 'office.affairs', 'co');
INSERT INTO public.supervision_task_departments VALUES ('adhoc:0c557e9c241f', 'union', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('adhoc:2cdb2d05aa69', 'finance', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('adhoc:2cdb2d05aa69', 'union', 'co');
INSERT INTO public.supervision_task_departments VALUES ('adhoc:c523de4cd5e8', 'education', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('petition:petition-demo-2:education', 'education', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('petition:petition-demo-5:finance', 'finance', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('petition:petition-demo-6:agriculture', 'agriculture', 'lead');
INSERT INTO public.supervision_task_departments VALUES ('petition:petition-demo-3:agriculture', 'agriculture', 'lead');


--
-- Data for Name: supervision_tasks; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.supervision_tasks VALUES ('instruction:in-4408467f8ff94ff6:2026-12-03:agriculture', '关于切实做好春耕备耕工作的紧急通知', 'document_instruction', 'documents', 'in-4408467f8ff94ff6', NULL, 'agriculture', '["finance"]', 'fang', 'none', 0, 'urgent', 'none', 'assigned', 0, '2026-12-10', '2026-12-07', '2026-12-03', NULL, NULL, NULL, false, 1, 1);
INSERT INTO public.supervision_tasks VALUES ('instruction:in-6d2a7bf999b04bdc:2026-12-03:finance', '关于下达2026年度财政专项资金的通知', 'document_instruction', 'documents', 'in-6d2a7bf999b04bdc', NULL, 'finance', '[]', 'luo', 'none', 0, 'normal', 'none', 'assigned', 0, '2026-12-17', '2026-12-14', '2026-12-03', NULL, NULL, NULL, false, 1, 2);
INSERT INTO public.supervision_tasks VALUES ('resolution:mtg-e97e97571796:r1', '落实农业生产资金，按期拨付到位', 'meeting_resolution', 'meetings', 'mtg-e97e97571796', 'r1', 'finance', '["agriculture"]', 'luo', 'none', 0, 'high', 'none', 'assigned', 0, '2026-12-14', '2026-12-09', '2026-11-24', NULL, NULL, NULL, false, 1, 3);
INSERT INTO public.supervision_tasks VALUES ('resolution:mtg-e97e97571796:r2', '开展校园安全专项检查并报送结果', 'meeting_resolution', 'meetings', 'mtg-e97e97571796', 'r2', 'education', '["office.supervision"]', 'luo', 'none', 0, 'high', 'none', 'assigned', 0, '2026-12-24', '2026-12-21', '2026-11-24', NULL, NULL, NULL, false, 1, 4);
INSERT INTO public.supervision_tasks VALUES ('resolution:mtg-986a61bef7e2:r1', '编制老旧小区改造资金使用计划', 'meeting_resolution', 'meetings', 'mtg-986a61bef7e2', 'r1', 'finance', '[]', 'luo', 'none', 0, 'high', 'none', 'assigned', 0, '2026-12-17', '2026-12-14', '2026-12-02', NULL, NULL, NULL, false, 1, 5);
INSERT INTO public.supervision_tasks VALUES ('adhoc:15df27fb645a', '落实工会会员服务阵地建设', 'ad_hoc', NULL, NULL, NULL, 'union', '[]', 'zhou', 'none', 0, 'normal', 'weekly', 'in_progress', 40, '2027-01-02', '2026-12-30', '2026-11-26', NULL, NULL, NULL, false, 3, 8);
INSERT INTO public.supervision_tasks VALUES ('petition:petition-demo-6:agriculture', '信访件 信访〔2026〕6号：反映征地补偿标准不一致，请核实', 'petition', 'reception', 'petition-demo-6', NULL, 'agriculture', '[]', 'wang', 'none', 0, 'normal', 'none', 'assigned', 0, '2026-11-18', '2026-11-13', '2026-12-03', NULL, NULL, NULL, false, 3, 38);
INSERT INTO public.supervision_tasks VALUES ('petition:petition-demo-3:agriculture', '信访件 信访〔2026〕3号：反映农田灌溉渠损毁，请组织修复', 'petition', 'reception', 'petition-demo-3', NULL, 'agriculture', '[]', 'wang', 'none', 0, 'normal', 'none', 'assigned', 0, '2026-12-05', '2026-12-02', '2026-12-03', NULL, NULL, NULL, false, 2, 39);
INSERT INTO public.supervision_tasks VALUES ('adhoc:b8a614cc7ee9', '报送上半年预算执行情况', 'ad_hoc', NULL, NULL, NULL, 'finance', '[]', 'yang', 'none', 0, 'normal', 'none', 'closed', 100, '2026-11-23', '2026-11-18', '2026-11-03', '2026-11-21', '2026-11-22', true, false, 4, 18);
INSERT INTO public.supervision_tasks VALUES ('adhoc:b56fdba26b01', '办公楼消防设施维修', 'ad_hoc', NULL, NULL, NULL, 'office.affairs', '[]', 'zhou', 'none', 0, 'normal', 'none', 'closed', 100, '2026-11-13', '2026-11-10', '2026-10-24', '2026-11-18', '2026-11-19', false, false, 4, 22);
INSERT INTO public.supervision_tasks VALUES ('adhoc:34ac081c4b55', '春耕化肥储备情况摸底', 'ad_hoc', NULL, NULL, NULL, 'agriculture', '[]', 'zhou', 'none', 0, 'normal', 'none', 'assigned', 0, '2026-12-23', '2026-12-18', '2026-12-03', NULL, NULL, NULL, false, 1, 23);
INSERT INTO public.supervision_tasks VALUES ('adhoc:bc10dee01a45', '校车安全隐患排查整治', 'ad_hoc', NULL, NULL, NULL, 'education', '["office.affairs"]', 'feng', 'none', 0, 'normal', 'none', 'in_progress', 0, '2026-12-09', '2026-12-04', '2026-11-28', NULL, NULL, NULL, true, 3, 26);
INSERT INTO public.supervision_tasks VALUES ('adhoc:0c557e9c241f', '职工疗休养基地改建', 'ad_hoc', NULL, NULL, NULL, 'union', '[]', 'zhou', 'none', 0, 'normal', 'none', 'infeasible', 0, '2026-12-18', '2026-12-15', '2026-11-21', NULL, NULL, NULL, false, 3, 29);
INSERT INTO public.supervision_tasks VALUES ('adhoc:2cdb2d05aa69', '困难职工帮扶资金拨付', 'ad_hoc', NULL, NULL, NULL, 'finance', '["union"]', 'zhou', 'none', 0, 'high', 'none', 'in_progress', 0, '2026-11-28', '2026-11-25', '2026-11-08', NULL, NULL, NULL, false, 5, 31);
INSERT INTO public.supervision_tasks VALUES ('adhoc:c523de4cd5e8', '全县中小学食堂食品安全检查', 'ad_hoc', NULL, NULL, NULL, 'education', '[]', 'feng', 'none', 0, 'normal', 'none', 'in_progress', 65, '2026-12-07', '2026-12-02', '2026-11-23', NULL, NULL, NULL, false, 4, 32);
INSERT INTO public.supervision_tasks VALUES ('petition:petition-demo-2:education', '信访件 信访〔2026〕2号：反映学校违规收取补课费，请核查处理', 'petition', 'reception', 'petition-demo-2', NULL, 'education', '[]', 'wang', 'none', 0, 'normal', 'none', 'assigned', 0, '2027-01-12', '2027-01-07', '2026-12-03', NULL, NULL, NULL, false, 1, 33);
INSERT INTO public.supervision_tasks VALUES ('petition:petition-demo-5:finance', '信访件 信访〔2026〕5号：反映道路施工扰民，请协调施工时间', 'petition', 'reception', 'petition-demo-5', NULL, 'finance', '[]', 'wang', 'none', 0, 'normal', 'none', 'assigned', 0, '2026-12-18', '2026-12-15', '2026-12-03', NULL, NULL, NULL, false, 1, 35);


--
-- Name: events_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_position_seq', 39, true);


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
-- Name: supervision_task_departments supervision_task_departments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_task_departments
    ADD CONSTRAINT supervision_task_departments_pkey PRIMARY KEY (task_id, department);


--
-- Name: supervision_tasks supervision_tasks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.supervision_tasks
    ADD CONSTRAINT supervision_tasks_pkey PRIMARY KEY (task_id);


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
-- Name: ix_supervision_task_departments_department; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_supervision_task_departments_department ON public.supervision_task_departments USING btree (department);


--
-- Name: ix_supervision_tasks_deadline; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_supervision_tasks_deadline ON public.supervision_tasks USING btree (deadline, task_id);


--
-- Name: ix_supervision_tasks_lead; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_supervision_tasks_lead ON public.supervision_tasks USING btree (lead_department, stage);


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

\unrestrict EEDAbO8A4T4jTPDMapyQfHOg2C4HM2eybgD1XbbJLpIrncjmge6zV3Cu42vC14p

