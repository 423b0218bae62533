--
-- PostgreSQL database dump
--

\restrict uwEGtNBLuiZcAYhaPKVC46T0xcc7IUD1B2fSKhKMQUsBU2Io4muuvLMj3CZOCB9

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
-- Name: document_departments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.document_departments (
    document_id character varying(64) NOT NULL,
    department character varying(100) NOT NULL
);


--
-- Name: document_numbers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.document_numbers (
    code character varying(100) NOT NULL,
    year integer NOT NULL,
    sequence integer NOT NULL,
    number character varying(120) NOT NULL,
    document_id character varying(64) NOT NULL,
    status character varying(10) NOT NULL,
    reason character varying(500),
    given_at timestamp with time zone NOT NULL
);


--
-- Name: documents; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.documents (
    id character varying(64) NOT NULL,
    kind character varying(10) NOT NULL,
    title character varying(500) NOT NULL,
    doc_type character varying(20) NOT NULL,
    stage character varying(30) NOT NULL,
    classification character varying(10) NOT NULL,
    classification_rank integer NOT NULL,
    urgency character varying(10),
    year integer NOT NULL,
    number character varying(100),
    lead_department character varying(100),
    deadline date,
    circulation_overdue boolean NOT NULL,
    under_supervision boolean NOT NULL,
    finished boolean NOT NULL,
    created_position bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    version integer NOT NULL
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
-- Name: number_counters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.number_counters (
    code character varying(100) NOT NULL,
    year integer NOT NULL,
    last integer NOT NULL
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
-- Name: events position; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events ALTER COLUMN "position" SET DEFAULT nextval('public.events_position_seq'::regclass);


--
-- Data for Name: deadlines; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.deadlines VALUES ('in-757ed49b34534af2:circulation:1', 'in-757ed49b34534af2', 'documents.circulation-overdue', '2026-12-07 09:30:00+00', '{"round": 1}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('in-4408467f8ff94ff6:reminder', 'in-4408467f8ff94ff6', 'documents.reminder', '2026-12-09 01:00:00+00', '{"deadline": "2026-12-10"}', NULL, 0, NULL);
INSERT INTO public.deadlines VALUES ('in-6d2a7bf999b04bdc:reminder', 'in-6d2a7bf999b04bdc', 'documents.reminder', '2026-12-16 01:00:00+00', '{"deadline": "2026-12-17"}', NULL, 0, NULL);


--
-- Data for Name: document_departments; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.document_departments VALUES ('in-aa855d82b3894487', 'gov');
INSERT INTO public.document_departments VALUES ('in-96157ca1613a4bf4', 'gov');
INSERT INTO public.document_departments VALUES ('in-a542d66edfe9411a', 'gov');
INSERT INTO public.document_departments VALUES ('in-8ba4bd7653314858', 'gov');
INSERT INTO public.document_departments VALUES ('in-757ed49b34534af2', 'gov');
INSERT INTO public.document_departments VALUES ('in-757ed49b34534af2', 'finance');
INSERT INTO public.document_departments VALUES ('in-757ed49b34534af2', 'union');
INSERT INTO public.document_departments VALUES ('in-b47d1a1db9f54ab1', 'gov');
INSERT INTO public.document_departments VALUES ('in-4408467f8ff94ff6', 'gov');
INSERT INTO public.document_departments VALUES ('in-4408467f8ff94ff6', 'agriculture');
INSERT INTO public.document_departments VALUES ('in-4408467f8ff94ff6', 'finance');
INSERT INTO public.document_departments VALUES ('in-6d2a7bf999b04bdc', 'gov');
INSERT INTO public.document_departments VALUES ('in-6d2a7bf999b04bdc', 'finance');
INSERT INTO public.document_departments VALUES ('in-778345de512d4c7e', 'gov');
INSERT INTO public.document_departments VALUES ('in-778345de512d4c7e', 'union');
INSERT INTO public.document_departments VALUES ('in-d8de1184fec24376', 'gov');
INSERT INTO public.document_departments VALUES ('in-d8de1184fec24376', 'union');
INSERT INTO public.document_departments VALUES ('out-c6d9333d31e547ec', 'agriculture');
INSERT INTO public.document_departments VALUES ('out-c6d9333d31e547ec', 'education');
INSERT INTO public.document_departments VALUES ('out-c6d9333d31e547ec', 'finance');
INSERT INTO public.document_departments VALUES ('out-c6d9333d31e547ec', 'gov');
INSERT INTO public.document_departments VALUES ('out-d7e9fe16e1ad4000', 'agriculture');
INSERT INTO public.document_departments VALUES ('out-d7e9fe16e1ad4000', 'education');
INSERT INTO public.document_departments VALUES ('out-d7e9fe16e1ad4000', 'finance');
INSERT INTO public.document_departments VALUES ('out-d7e9fe16e1ad4000', 'gov');
INSERT INTO public.document_departments VALUES ('out-98c428648c4d4b7d', 'agriculture');
INSERT INTO public.document_departments VALUES ('out-98c428648c4d4b7d', 'education');
INSERT INTO public.document_departments VALUES ('out-98c428648c4d4b7d', 'finance');
INSERT INTO public.document_departments VALUES ('out-98c428648c4d4b7d', 'gov');
INSERT INTO public.document_departments VALUES ('out-98c428648c4d4b7d', 'union');
INSERT INTO public.document_departments VALUES ('out-07c35acee5f84f34', 'finance');
INSERT INTO public.document_departments VALUES ('out-07c35acee5f84f34', 'gov');
INSERT INTO public.document_departments VALUES ('out-2a8e2e7ee2df4494', 'agriculture');
INSERT INTO public.document_departments VALUES ('out-2a8e2e7ee2df4494', 'education');
INSERT INTO public.document_departments VALUES ('out-2a8e2e7ee2df4494', 'finance');
INSERT INTO public.document_departments VALUES ('out-2a8e2e7ee2df4494', 'gov');
INSERT INTO public.document_departments VALUES ('out-76d7b032bf394af6', 'agriculture');
INSERT INTO public.document_departments VALUES ('out-76d7b032bf394af6', 'education');
INSERT INTO public.document_departments VALUES ('out-76d7b032bf394af6', 'finance');
INSERT INTO public.document_departments VALUES ('out-76d7b032bf394af6', 'gov');
INSERT INTO public.document_departments VALUES ('out-497e633b68d44fd9', 'agriculture');
INSERT INTO public.document_departments VALUES ('out-497e633b68d44fd9', 'education');
INSERT INTO public.document_departments VALUES ('out-497e633b68d44fd9', 'finance');
INSERT INTO public.document_departments VALUES ('out-497e633b68d44fd9', 'gov');
INSERT INTO public.document_departments VALUES ('out-474a4c2fe1a44034', 'agriculture');
INSERT INTO public.document_departments VALUES ('out-474a4c2fe1a44034', 'education');
INSERT INTO public.document_departments VALUES ('out-474a4c2fe1a44034', 'finance');
INSERT INTO public.document_departments VALUES ('out-474a4c2fe1a44034', 'gov');
INSERT INTO public.document_departments VALUES ('out-02fdf4c816a743c5', 'agriculture');
INSERT INTO public.document_departments VALUES ('out-02fdf4c816a743c5', 'education');
INSERT INTO public.document_departments VALUES ('out-02fdf4c816a743c5', 'finance');
INSERT INTO public.document_departments VALUES ('out-02fdf4c816a743c5', 'gov');
INSERT INTO public.document_departments VALUES ('out-bb1a78c142b749e6', 'agriculture');
INSERT INTO public.document_departments VALUES ('out-bb1a78c142b749e6', 'education');
INSERT INTO public.document_departments VALUES ('out-bb1a78c142b749e6', 'finance');
INSERT INTO public.document_departments VALUES ('out-bb1a78c142b749e6', 'gov');
INSERT INTO public.document_departments VALUES ('out-ffb231c832b3485c', 'agriculture');
INSERT INTO public.document_departments VALUES ('out-ffb231c832b3485c', 'education');
INSERT INTO public.document_departments VALUES ('out-ffb231c832b3485c', 'finance');
INSERT INTO public.document_departments VALUES ('out-ffb231c832b3485c', 'gov');


--
-- Data for Name: document_numbers; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.document_numbers VALUES ('县府办收', 2026, 1, '县府办收〔2026〕1号', 'in-96157ca1613a4bf4', 'used', NULL, '2026-12-02 20:05:54.751919+00');
INSERT INTO public.document_numbers VALUES ('县府办收', 2026, 2, '县府办收〔2026〕2号', 'in-a542d66edfe9411a', 'used', NULL, '2026-12-02 20:05:54.785793+00');
INSERT INTO public.document_numbers VALUES ('县府办收', 2026, 3, '县府办收〔2026〕3号', 'in-8ba4bd7653314858', 'used', NULL, '2026-12-02 20:05:54.814957+00');
INSERT INTO public.document_numbers VALUES ('县府办收', 2026, 4, '县府办收〔2026〕4号', 'in-757ed49b34534af2', 'used', NULL, '2026-12-02 20:05:54.844687+00');
INSERT INTO public.document_numbers VALUES ('县府办收', 2026, 5, '县府办收〔2026〕5号', 'in-b47d1a1db9f54ab1', 'used', NULL, '2026-12-02 20:05:54.903407+00');
INSERT INTO public.document_numbers VALUES ('县府办收', 2026, 6, '县府办收〔2026〕6号', 'in-4408467f8ff94ff6', 'used', NULL, '2026-12-02 20:05:54.936308+00');
INSERT INTO public.document_numbers VALUES ('县府办收', 2026, 7, '县府办收〔2026〕7号', 'in-6d2a7bf999b04bdc', 'used', NULL, '2026-12-02 20:05:54.98768+00');
INSERT INTO public.document_numbers VALUES ('县府办收', 2026, 8, '县府办收〔2026〕8号', 'in-778345de512d4c7e', 'used', NULL, '2026-12-02 20:05:55.043521+00');
INSERT INTO public.document_numbers VALUES ('县府办收', 2026, 9, '县府办收〔2026〕9号', 'in-d8de1184fec24376', 'used', NULL, '2026-12-02 20:05:55.115168+00');
INSERT INTO public.document_numbers VALUES ('县府办发', 2026, 1, '县府办发〔2026〕1号', 'out-497e633b68d44fd9', 'void', '登记时误用了县府办发代字，应为县府发', '2026-12-02 20:05:55.376257+00');
INSERT INTO public.document_numbers VALUES ('县府发', 2026, 1, '县府发〔2026〕1号', 'out-497e633b68d44fd9', 'used', NULL, '2026-12-02 20:05:55.397998+00');
INSERT INTO public.document_numbers VALUES ('县府办发', 2026, 2, '县府办发〔2026〕2号', 'out-474a4c2fe1a44034', 'used', NULL, '2026-12-02 20:05:55.433322+00');
INSERT INTO public.document_numbers VALUES ('县府办发', 2026, 3, '县府办发〔2026〕3号', 'out-02fdf4c816a743c5', 'used', NULL, '2026-12-02 20:05:55.474906+00');
INSERT INTO public.document_numbers VALUES ('县府办发', 2026, 4, '县府办发〔2026〕4号', 'out-bb1a78c142b749e6', 'used', NULL, '2026-12-02 20:05:55.542737+00');
INSERT INTO public.document_numbers VALUES ('县府办发', 2026, 5, '县府办发〔2026〕5号', 'out-ffb231c832b3485c', 'used', NULL, '2026-12-02 20:05:55.623061+00');


--
-- Data for Name: documents; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.documents VALUES ('in-aa855d82b3894487', 'incoming', '关于开展2026年度安全生产大检查的通知', '通知', 'received', 'none', 0, '加急', 2026, NULL, NULL, NULL, false, false, false, 1, '2026-12-02 20:05:54.716289+00', '2026-12-02 20:05:54.716289+00', 1);
INSERT INTO public.documents VALUES ('in-96157ca1613a4bf4', 'incoming', '关于报送第一季度经济运行情况的函', '函', 'registered', 'none', 0, NULL, 2026, '县府办收〔2026〕1号', NULL, NULL, false, false, false, 2, '2026-12-02 20:05:54.733046+00', '2026-12-02 20:05:54.7503+00', 2);
INSERT INTO public.documents VALUES ('in-a542d66edfe9411a', 'incoming', '关于某企业用地审批事项的请示', '请示', 'returned', 'none', 0, NULL, 2026, '县府办收〔2026〕2号', NULL, NULL, false, false, true, 4, '2026-12-02 20:05:54.773326+00', '2026-12-02 20:05:54.795568+00', 3);
INSERT INTO public.documents VALUES ('in-778345de512d4c7e', 'incoming', '关于做好元旦春节期间值班工作的通知', '通知', 'closed', 'none', 0, NULL, 2026, '县府办收〔2026〕8号', NULL, NULL, false, false, true, 32, '2026-12-02 20:05:55.035648+00', '2026-12-02 20:05:55.09409+00', 7);
INSERT INTO public.documents VALUES ('in-8ba4bd7653314858', 'incoming', '关于做好冬春季森林防火工作的通知', '通知', 'accepted', 'none', 0, NULL, 2026, '县府办收〔2026〕3号', NULL, NULL, false, false, false, 7, '2026-12-02 20:05:54.801255+00', '2026-12-02 20:05:54.824275+00', 3);
INSERT INTO public.documents VALUES ('out-02fdf4c816a743c5', 'outgoing', '关于公布县政府部门权责清单的通知', '通知', 'issued', 'none', 0, NULL, 2026, '县府办发〔2026〕3号', 'finance', NULL, false, false, true, 76, '2026-12-02 20:05:55.446826+00', '2026-12-02 20:05:55.497848+00', 10);
INSERT INTO public.documents VALUES ('out-76d7b032bf394af6', 'outgoing', '关于成立县乡村振兴工作领导小组的通知', '通知', 'rechecked', 'none', 0, NULL, 2026, NULL, 'finance', NULL, false, false, false, 59, '2026-12-02 20:05:55.31006+00', '2026-12-02 20:05:55.330713+00', 4);
INSERT INTO public.documents VALUES ('in-757ed49b34534af2', 'incoming', '市政府第12次常务会议纪要', '纪要', 'distributed', 'none', 0, NULL, 2026, '县府办收〔2026〕4号', NULL, NULL, false, false, false, 10, '2026-12-02 20:05:54.830609+00', '2026-12-02 20:05:54.881359+00', 6);
INSERT INTO public.documents VALUES ('in-b47d1a1db9f54ab1', 'incoming', '关于开展中小学校舍安全排查的通知', '通知', 'proposed', 'none', 0, NULL, 2026, '县府办收〔2026〕5号', NULL, NULL, false, false, false, 16, '2026-12-02 20:05:54.888867+00', '2026-12-02 20:05:54.919779+00', 4);
INSERT INTO public.documents VALUES ('in-4408467f8ff94ff6', 'incoming', '关于切实做好春耕备耕工作的紧急通知', '通知', 'instructed', 'none', 0, '特急', 2026, '县府办收〔2026〕6号', 'agriculture', '2026-12-10', false, true, false, 20, '2026-12-02 20:05:54.925301+00', '2026-12-02 20:05:55.184191+00', 7);
INSERT INTO public.documents VALUES ('in-d8de1184fec24376', 'incoming', '关于2025年度工作目标考核结果的通报', '通报', 'archived', 'none', 0, NULL, 2026, '县府办收〔2026〕9号', NULL, NULL, false, false, true, 39, '2026-12-02 20:05:55.104212+00', '2026-12-02 20:05:55.192419+00', 8);
INSERT INTO public.documents VALUES ('out-c6d9333d31e547ec', 'outgoing', '关于加强县级财政资金监管的通知', '通知', 'drafted', 'none', 0, NULL, 2026, NULL, 'finance', NULL, false, false, false, 48, '2026-12-02 20:05:55.199927+00', '2026-12-02 20:05:55.199927+00', 1);
INSERT INTO public.documents VALUES ('out-d7e9fe16e1ad4000', 'outgoing', '关于调整机关食堂就餐补助的通知', '通知', 'returned', 'none', 0, NULL, 2026, NULL, 'finance', NULL, false, false, false, 49, '2026-12-02 20:05:55.214044+00', '2026-12-02 20:05:55.229854+00', 2);
INSERT INTO public.documents VALUES ('out-497e633b68d44fd9', 'outgoing', '关于表彰2025年度先进集体的决定', '决定', 'registered', 'none', 0, NULL, 2026, '县府发〔2026〕1号', 'finance', NULL, false, false, false, 63, '2026-12-02 20:05:55.334538+00', '2026-12-02 20:05:55.397206+00', 7);
INSERT INTO public.documents VALUES ('out-98c428648c4d4b7d', 'outgoing', '关于开展职工健康体检的联合通知', '通知', 'countersigning', 'none', 0, NULL, 2026, NULL, 'union', NULL, false, false, false, 51, '2026-12-02 20:05:55.241573+00', '2026-12-02 20:05:55.257601+00', 2);
INSERT INTO public.documents VALUES ('out-07c35acee5f84f34', 'outgoing', '关于申请2026年防汛补助资金的请示', '请示', 'awaiting_signature', 'none', 0, NULL, 2026, NULL, 'finance', NULL, false, false, false, 53, '2026-12-02 20:05:55.264294+00', '2026-12-02 20:05:55.27082+00', 2);
INSERT INTO public.documents VALUES ('out-2a8e2e7ee2df4494', 'outgoing', '关于印发县政府2026年工作要点的通知', '通知', 'signed', 'none', 0, NULL, 2026, NULL, 'finance', NULL, false, false, false, 55, '2026-12-02 20:05:55.281796+00', '2026-12-02 20:05:55.303186+00', 3);
INSERT INTO public.documents VALUES ('in-6d2a7bf999b04bdc', 'incoming', '关于下达2026年度财政专项资金的通知', '通知', 'replied', 'none', 0, NULL, 2026, '县府办收〔2026〕7号', 'finance', '2026-12-17', false, true, false, 26, '2026-12-02 20:05:54.979025+00', '2026-12-02 20:05:55.306002+00', 7);
INSERT INTO public.documents VALUES ('out-474a4c2fe1a44034', 'outgoing', '关于做好2026年度保密工作的通知', '通知', 'printed', '秘密', 1, NULL, 2026, '县府办发〔2026〕2号', 'finance', NULL, false, false, false, 70, '2026-12-02 20:05:55.402024+00', '2026-12-02 20:05:55.441058+00', 6);
INSERT INTO public.documents VALUES ('out-bb1a78c142b749e6', 'outgoing', '关于暂停部分审批事项的通知', '通知', 'revoked', 'none', 0, NULL, 2026, '县府办发〔2026〕4号', 'finance', NULL, false, false, true, 86, '2026-12-02 20:05:55.505121+00', '2026-12-02 20:05:55.576321+00', 11);
INSERT INTO public.documents VALUES ('out-ffb231c832b3485c', 'outgoing', '关于2025年度县政府工作报告的通报', '通报', 'archived', 'none', 0, NULL, 2026, '县府办发〔2026〕5号', 'finance', NULL, false, false, true, 97, '2026-12-02 20:05:55.583912+00', '2026-12-02 20:05:55.65476+00', 11);


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.events VALUES (1, 'a9ec9b31-54ff-4302-b120-2e8948029fb9', 'in-aa855d82b3894487', 1, 'shuniu.documents.incoming.received.v1', '2026-12-02 20:05:54.698166+00', '{"title": "关于开展2026年度安全生产大检查的通知", "copies": 2, "sender": "市安全生产委员会办公室", "urgency": "加急", "doc_type": "通知", "received_at": "2026-12-02T20:05:54.698078Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (2, '8d47ba0d-b65b-46f8-853f-2e0484f1791f', 'in-96157ca1613a4bf4', 1, 'shuniu.documents.incoming.received.v1', '2026-12-02 20:05:54.729319+00', '{"title": "关于报送第一季度经济运行情况的函", "copies": 2, "sender": "市发展和改革委员会", "urgency": null, "doc_type": "函", "received_at": "2026-12-02T20:05:54.729256Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (3, '227f470a-3b4a-42a6-b10f-f996b91efbf0', 'in-96157ca1613a4bf4', 2, 'shuniu.documents.incoming.registered.v1', '2026-12-02 20:05:54.746578+00', '{"code": "县府办收", "year": 2026, "sequence": 1, "registered_by": "shen", "receipt_number": "县府办收〔2026〕1号"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (4, '017c6988-0ab3-4693-92f5-6c276d7a20a6', 'in-a542d66edfe9411a', 1, 'shuniu.documents.incoming.received.v1', '2026-12-02 20:05:54.756853+00', '{"title": "关于某企业用地审批事项的请示", "copies": 2, "sender": "县自然资源局", "urgency": null, "doc_type": "请示", "received_at": "2026-12-02T20:05:54.756797Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (5, '21afb662-adc6-48ac-99e2-85d725aab26d', 'in-a542d66edfe9411a', 2, 'shuniu.documents.incoming.registered.v1', '2026-12-02 20:05:54.782685+00', '{"code": "县府办收", "year": 2026, "sequence": 2, "registered_by": "shen", "receipt_number": "县府办收〔2026〕2号"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (6, 'ee2346f9-311b-4014-a1b3-c443d0fdd83b', 'in-a542d66edfe9411a', 3, 'shuniu.documents.incoming.returned.v1', '2026-12-02 20:05:54.793494+00', '{"reason": "请示应由县自然资源局按程序报县政府，不应以收文形式送办公室", "reviewed_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (7, '1374e273-1a29-40fe-8b0d-ff3f25a58c79', 'in-8ba4bd7653314858', 1, 'shuniu.documents.incoming.received.v1', '2026-12-02 20:05:54.798373+00', '{"title": "关于做好冬春季森林防火工作的通知", "copies": 2, "sender": "市应急管理局", "urgency": null, "doc_type": "通知", "received_at": "2026-12-02T20:05:54.798330Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (8, 'eccd2a3e-968f-464b-93f8-909edfb8a19f', 'in-8ba4bd7653314858', 2, 'shuniu.documents.incoming.registered.v1', '2026-12-02 20:05:54.810825+00', '{"code": "县府办收", "year": 2026, "sequence": 3, "registered_by": "shen", "receipt_number": "县府办收〔2026〕3号"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (9, '664d3c17-c58f-400f-a931-1a8ba732538f', 'in-8ba4bd7653314858', 3, 'shuniu.documents.incoming.accepted.v1', '2026-12-02 20:05:54.821939+00', '{"note": "", "handling": "批办件", "reviewed_by": "li"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (10, '88b2f5f2-ed75-41c5-9ad4-664960c9aa9f', 'in-757ed49b34534af2', 1, 'shuniu.documents.incoming.received.v1', '2026-12-02 20:05:54.826992+00', '{"title": "市政府第12次常务会议纪要", "copies": 2, "sender": "市人民政府办公室", "urgency": null, "doc_type": "纪要", "received_at": "2026-12-02T20:05:54.826951Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (11, '53591a4e-a18a-40a0-9b46-cd9ef9f8d43a', 'in-757ed49b34534af2', 2, 'shuniu.documents.incoming.registered.v1', '2026-12-02 20:05:54.839906+00', '{"code": "县府办收", "year": 2026, "sequence": 4, "registered_by": "shen", "receipt_number": "县府办收〔2026〕4号"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (12, '463768f9-981a-4393-b941-c2c853817d5f', 'in-757ed49b34534af2', 3, 'shuniu.documents.incoming.accepted.v1', '2026-12-02 20:05:54.851181+00', '{"note": "", "handling": "阅知件", "reviewed_by": "li"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (13, '8657e891-40e3-45ee-83af-31669882ee39', 'in-757ed49b34534af2', 4, 'shuniu.documents.incoming.circulation_started.v1', '2026-12-02 20:05:54.859054+00', '{"round": 1, "due_at": "2026-12-07T09:30:00Z", "readers": ["luo", "fang", "chen", "sun"], "started_at": "2026-12-02T20:05:54.858998Z", "started_by": "shen", "departments": ["finance", "gov", "union"]}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (14, 'a812d90c-0790-41c5-976b-7b817e586b91', 'in-757ed49b34534af2', 5, 'shuniu.documents.incoming.read.v1', '2026-12-02 20:05:54.872848+00', '{"round": 1, "reader": "luo", "read_at": "2026-12-02T20:05:54.872814Z"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (15, '9d1d6bea-e273-4a50-ad8d-5c09c1d8bb82', 'in-757ed49b34534af2', 6, 'shuniu.documents.incoming.read.v1', '2026-12-02 20:05:54.880189+00', '{"round": 1, "reader": "chen", "read_at": "2026-12-02T20:05:54.880166Z"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (16, 'be0095ad-036a-47fb-a6b9-75ce5cbbc97e', 'in-b47d1a1db9f54ab1', 1, 'shuniu.documents.incoming.received.v1', '2026-12-02 20:05:54.884707+00', '{"title": "关于开展中小学校舍安全排查的通知", "copies": 2, "sender": "市教育局", "urgency": null, "doc_type": "通知", "received_at": "2026-12-02T20:05:54.884665Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (17, 'ff84cdac-0535-48b4-99e4-32d3a43d3a80', 'in-b47d1a1db9f54ab1', 2, 'shuniu.documents.incoming.registered.v1', '2026-12-02 20:05:54.899526+00', '{"code": "县府办收", "year": 2026, "sequence": 5, "registered_by": "shen", "receipt_number": "县府办收〔2026〕5号"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (18, 'a10be2de-c12e-4f96-9654-04656efaed5c', 'in-b47d1a1db9f54ab1', 3, 'shuniu.documents.incoming.accepted.v1', '2026-12-02 20:05:54.910686+00', '{"note": "", "handling": "批办件", "reviewed_by": "li"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (19, '6ab91263-11b2-45d7-8efb-b290fca61b04', 'in-b47d1a1db9f54ab1', 4, 'shuniu.documents.incoming.proposed.v1', '2026-12-02 20:05:54.918106+00', '{"opinion": "拟请方副县长阅示，县教育局牵头办理", "proposed_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (20, 'bc8ad463-2a8c-4e46-8110-c1f429ce9332', 'in-4408467f8ff94ff6', 1, 'shuniu.documents.incoming.received.v1', '2026-12-02 20:05:54.923289+00', '{"title": "关于切实做好春耕备耕工作的紧急通知", "copies": 2, "sender": "市农业农村局", "urgency": "特急", "doc_type": "通知", "received_at": "2026-12-02T20:05:54.923248Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (21, 'ca88dab6-14ab-4295-8e23-969c2117863a', 'in-4408467f8ff94ff6', 2, 'shuniu.documents.incoming.registered.v1', '2026-12-02 20:05:54.932583+00', '{"code": "县府办收", "year": 2026, "sequence": 6, "registered_by": "shen", "receipt_number": "县府办收〔2026〕6号"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (22, 'ef71976f-42ed-422d-8f73-d95c49b083ed', 'in-4408467f8ff94ff6', 3, 'shuniu.documents.incoming.accepted.v1', '2026-12-02 20:05:54.941875+00', '{"note": "", "handling": "批办件", "reviewed_by": "li"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (23, 'e2d72efb-3424-48fb-b21b-0d0790b194b9', 'in-4408467f8ff94ff6', 4, 'shuniu.documents.incoming.proposed.v1', '2026-12-02 20:05:54.949587+00', '{"opinion": "拟请领导阅示，由县农业农村局牵头办理", "proposed_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (25, 'c0ad38bc-af4d-42d1-82a7-9f19721f3453', 'in-4408467f8ff94ff6', 6, 'shuniu.documents.incoming.urged.v1', '2026-12-02 20:05:54.97348+00', '{"note": "请农业农村局于周五前报送春耕物资储备情况", "deadline": "2026-12-10", "urged_by": "li", "automatic": false, "lead_department": "agriculture"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (27, '692b1f20-439d-4c95-88e3-ca77b80db43f', 'in-6d2a7bf999b04bdc', 2, 'shuniu.documents.incoming.registered.v1', '2026-12-02 20:05:54.985557+00', '{"code": "县府办收", "year": 2026, "sequence": 7, "registered_by": "shen", "receipt_number": "县府办收〔2026〕7号"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (30, 'f1f4adc1-3d79-4efa-86a7-b4c6d93ae6f1', 'in-6d2a7bf999b04bdc', 5, 'shuniu.documents.incoming.instructed.v1', '2026-12-02 20:05:55.009428+00', '{"title": "关于下达2026年度财政专项资金的通知", "leader": "luo", "urgency": null, "deadline": "2026-12-17", "document_id": "in-6d2a7bf999b04bdc", "instruction": "请牵头抓好落实，按时报告办理结果。", "instructed_on": "2026-12-03", "classification": "none", "co_departments": [], "receipt_number": "县府办收〔2026〕7号", "lead_department": "finance"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (32, '721a4f78-d696-4b76-bbc8-b51c0c9cd498', 'in-778345de512d4c7e', 1, 'shuniu.documents.incoming.received.v1', '2026-12-02 20:05:55.033163+00', '{"title": "关于做好元旦春节期间值班工作的通知", "copies": 2, "sender": "市人民政府办公室", "urgency": null, "doc_type": "通知", "received_at": "2026-12-02T20:05:55.033096Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (34, 'c07c55d1-7e80-4a93-95ff-45e6f1eaca82', 'in-778345de512d4c7e', 3, 'shuniu.documents.incoming.accepted.v1', '2026-12-02 20:05:55.048276+00', '{"note": "", "handling": "阅知件", "reviewed_by": "li"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (36, 'f81c250e-ca57-46a7-9c00-662e3cbdb699', 'in-778345de512d4c7e', 5, 'shuniu.documents.incoming.read.v1', '2026-12-02 20:05:55.063741+00', '{"round": 1, "reader": "fang", "read_at": "2026-12-02T20:05:55.063723Z"}', '{"actor": "fang"}');
INSERT INTO public.events VALUES (37, '13ddcfc5-f822-4aea-aea0-cf33534eca60', 'in-778345de512d4c7e', 6, 'shuniu.documents.incoming.read.v1', '2026-12-02 20:05:55.074015+00', '{"round": 1, "reader": "sun", "read_at": "2026-12-02T20:05:55.074001Z"}', '{"actor": "sun"}');
INSERT INTO public.events VALUES (40, '49ca6cc5-075a-4d9a-a784-270810c500f6', 'in-d8de1184fec24376', 2, 'shuniu.documents.incoming.registered.v1', '2026-12-02 20:05:55.111968+00', '{"code": "县府办收", "year": 2026, "sequence": 9, "registered_by": "shen", "receipt_number": "县府办收〔2026〕9号"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (42, '1ba73700-aa5f-4a57-a40a-30e5ec361a83', 'in-d8de1184fec24376', 4, 'shuniu.documents.incoming.circulation_started.v1', '2026-12-02 20:05:55.132792+00', '{"round": 1, "due_at": "2026-12-07T09:30:00Z", "readers": ["fang", "sun"], "started_at": "2026-12-02T20:05:55.132742Z", "started_by": "li", "departments": ["gov", "union"]}', '{"actor": "li"}');
INSERT INTO public.events VALUES (44, '6a1b9b9a-506a-4b96-9f71-c985657c5921', 'in-d8de1184fec24376', 6, 'shuniu.documents.incoming.read.v1', '2026-12-02 20:05:55.157812+00', '{"round": 1, "reader": "sun", "read_at": "2026-12-02T20:05:55.157793Z"}', '{"actor": "sun"}');
INSERT INTO public.events VALUES (50, '146371ee-9db2-4dff-a950-dbc82e0d8cc0', 'out-d7e9fe16e1ad4000', 2, 'shuniu.documents.outgoing.returned.v1', '2026-12-02 20:05:55.225283+00', '{"comments": "补助标准请与总工会核对后再报", "reviewed_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (52, '64b613e2-37dd-47d1-9b91-38a7891c3943', 'out-98c428648c4d4b7d', 2, 'shuniu.documents.outgoing.reviewed.v1', '2026-12-02 20:05:55.255928+00', '{"opinion": "同意，请财政局会签", "reviewed_by": "yang"}', '{"actor": "yang"}');
INSERT INTO public.events VALUES (55, '9b1f3fe3-1ae0-4584-86ea-c207b9cdcf3d', 'out-2a8e2e7ee2df4494', 1, 'shuniu.documents.outgoing.drafted.v1', '2026-12-02 20:05:55.274814+00', '{"body": "各有关单位：……", "title": "关于印发县政府2026年工作要点的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (58, '8c3d8874-b987-4635-932f-922c51c553f7', 'in-6d2a7bf999b04bdc', 7, 'shuniu.documents.incoming.supervision_opened.v1', '2026-12-02 20:05:55.304206+00', '{"task_id": "instruction:in-6d2a7bf999b04bdc:2026-12-03:finance"}', '{"actor": "luo", "traceparent": "00-2b2eca4852274a9ca04c2d8f0f23ab41-5e8550073f93e7b5-01", "causation_id": "35ef7da6-b911-4255-a9a9-b01a4955002f", "correlation_id": "f1f4adc1-3d79-4efa-86a7-b4c6d93ae6f1"}');
INSERT INTO public.events VALUES (60, '21904690-16e7-4a35-bdbc-563ed1e3651b', 'out-76d7b032bf394af6', 2, 'shuniu.documents.outgoing.reviewed.v1', '2026-12-02 20:05:55.316885+00', '{"opinion": "同意", "reviewed_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (62, '2ec33556-293b-4330-abfa-bfded0e55529', 'out-76d7b032bf394af6', 4, 'shuniu.documents.outgoing.rechecked.v1', '2026-12-02 20:05:55.329081+00', '{"note": "无实质性修改", "rechecked_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (68, '3e0fe35f-f7e1-478e-afa8-2b48d63873bf', 'out-497e633b68d44fd9', 6, 'shuniu.documents.outgoing.number_voided.v1', '2026-12-02 20:05:55.38425+00', '{"number": "县府办发〔2026〕1号", "reason": "登记时误用了县府办发代字，应为县府发", "voided_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (72, 'f1cab351-cc7f-45e3-a0a6-25d17d0b8962', 'out-474a4c2fe1a44034', 3, 'shuniu.documents.outgoing.signed.v1', '2026-12-02 20:05:55.413041+00', '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (74, 'e58ba45a-f410-4fc3-87a0-fda8546e3ba1', 'out-474a4c2fe1a44034', 5, 'shuniu.documents.outgoing.numbered.v1', '2026-12-02 20:05:55.429546+00', '{"code": "县府办发", "year": 2026, "copies": 5, "number": "县府办发〔2026〕2号", "sequence": 2, "distribution": ["education", "agriculture", "finance"], "registered_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (80, '97b26d05-301a-44f4-b733-3cf5ef3bbfb7', 'out-02fdf4c816a743c5', 5, 'shuniu.documents.outgoing.numbered.v1', '2026-12-02 20:05:55.472565+00', '{"code": "县府办发", "year": 2026, "copies": 5, "number": "县府办发〔2026〕3号", "sequence": 3, "distribution": ["education", "agriculture", "finance"], "registered_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (82, '6ab0062f-f891-4434-8327-f784825739d3', 'out-02fdf4c816a743c5', 7, 'shuniu.documents.outgoing.dispatched.v1', '2026-12-02 20:05:55.490415+00', '{"recipient": "education", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (83, '1fc8c852-dfac-4470-9805-c31c7b66d07d', 'out-02fdf4c816a743c5', 8, 'shuniu.documents.outgoing.dispatched.v1', '2026-12-02 20:05:55.490415+00', '{"recipient": "agriculture", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (84, '3c39a059-3143-47a8-9a65-9b9a3498c63f', 'out-02fdf4c816a743c5', 9, 'shuniu.documents.outgoing.dispatched.v1', '2026-12-02 20:05:55.490415+00', '{"recipient": "finance", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (24, '37a53fea-6973-44e0-9cd0-d3068837d745', 'in-4408467f8ff94ff6', 5, 'shuniu.documents.incoming.instructed.v1', '2026-12-02 20:05:54.962349+00', '{"title": "关于切实做好春耕备耕工作的紧急通知", "leader": "fang", "urgency": "特急", "deadline": "2026-12-10", "document_id": "in-4408467f8ff94ff6", "instruction": "请牵头抓好落实，按时报告办理结果。", "instructed_on": "2026-12-03", "classification": "none", "co_departments": ["finance"], "receipt_number": "县府办收〔2026〕6号", "lead_department": "agriculture"}', '{"actor": "fang"}');
INSERT INTO public.events VALUES (26, '69d63a19-918b-4b84-a6eb-810d265cfe14', 'in-6d2a7bf999b04bdc', 1, 'shuniu.documents.incoming.received.v1', '2026-12-02 20:05:54.976964+00', '{"title": "关于下达2026年度财政专项资金的通知", "copies": 2, "sender": "市财政局", "urgency": null, "doc_type": "通知", "received_at": "2026-12-02T20:05:54.976924Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (28, 'abbd40e4-a178-4502-a4fb-0625fb02bc4c', 'in-6d2a7bf999b04bdc', 3, 'shuniu.documents.incoming.accepted.v1', '2026-12-02 20:05:54.992308+00', '{"note": "", "handling": "批办件", "reviewed_by": "li"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (29, '28d56696-b24a-4684-a69e-7ae300e8e96f', 'in-6d2a7bf999b04bdc', 4, 'shuniu.documents.incoming.proposed.v1', '2026-12-02 20:05:54.99905+00', '{"opinion": "拟请领导阅示，由县财政局牵头办理", "proposed_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (31, 'a71f148e-9e43-4866-9874-497295c136fd', 'in-6d2a7bf999b04bdc', 6, 'shuniu.documents.incoming.replied.v1', '2026-12-02 20:05:55.027675+00', '{"reply": "专项资金已全额拨付，明细见附件。", "department": "finance", "replied_by": "chen"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (33, '70203086-bde3-4238-9e1b-7814bbe0fc34', 'in-778345de512d4c7e', 2, 'shuniu.documents.incoming.registered.v1', '2026-12-02 20:05:55.041696+00', '{"code": "县府办收", "year": 2026, "sequence": 8, "registered_by": "shen", "receipt_number": "县府办收〔2026〕8号"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (35, '383ad295-f22a-49fe-b23c-6223f353522d', 'in-778345de512d4c7e', 4, 'shuniu.documents.incoming.circulation_started.v1', '2026-12-02 20:05:55.052845+00', '{"round": 1, "due_at": "2026-12-07T09:30:00Z", "readers": ["fang", "sun"], "started_at": "2026-12-02T20:05:55.052805Z", "started_by": "li", "departments": ["gov", "union"]}', '{"actor": "li"}');
INSERT INTO public.events VALUES (38, 'd939c782-3d14-41d1-8712-a7cc168d3a36', 'in-778345de512d4c7e', 7, 'shuniu.documents.incoming.closed.v1', '2026-12-02 20:05:55.091009+00', '{"note": "传阅完毕", "closed_by": "shen", "closed_on": "2026-12-03"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (39, 'c74de833-f62b-485e-bb6e-577e3d7bd6f5', 'in-d8de1184fec24376', 1, 'shuniu.documents.incoming.received.v1', '2026-12-02 20:05:55.100787+00', '{"title": "关于2025年度工作目标考核结果的通报", "copies": 2, "sender": "市人民政府办公室", "urgency": null, "doc_type": "通报", "received_at": "2026-12-02T20:05:55.100736Z", "received_by": "shen", "sender_number": "市政办发〔2026〕18号", "classification": "none", "secrecy_period": null}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (41, 'a5ecc6c2-0768-4ca0-bcde-3a37f4c23961', 'in-d8de1184fec24376', 3, 'shuniu.documents.incoming.accepted.v1', '2026-12-02 20:05:55.120903+00', '{"note": "", "handling": "阅知件", "reviewed_by": "li"}', '{"actor": "li"}');
INSERT INTO public.events VALUES (43, '920287e8-84aa-48dd-9a9a-ed3b292cb567', 'in-d8de1184fec24376', 5, 'shuniu.documents.incoming.read.v1', '2026-12-02 20:05:55.143591+00', '{"round": 1, "reader": "fang", "read_at": "2026-12-02T20:05:55.143573Z"}', '{"actor": "fang"}');
INSERT INTO public.events VALUES (45, 'dc0edb87-521f-45f2-9659-c345cb26930d', 'in-d8de1184fec24376', 7, 'shuniu.documents.incoming.closed.v1', '2026-12-02 20:05:55.172998+00', '{"note": "传阅完毕", "closed_by": "shen", "closed_on": "2026-12-03"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (46, '355db9ef-8ed0-4e15-909a-c25d6f24d2a6', 'in-4408467f8ff94ff6', 7, 'shuniu.documents.incoming.supervision_opened.v1', '2026-12-02 20:05:55.173914+00', '{"task_id": "instruction:in-4408467f8ff94ff6:2026-12-03:agriculture"}', '{"actor": "fang", "traceparent": "00-e5f15f34a95fe394d7a4970b639c6714-e48139036b00b84a-01", "causation_id": "02439ec2-6699-42a5-9b5b-6bf4a65e87a4", "correlation_id": "37a53fea-6973-44e0-9cd0-d3068837d745"}');
INSERT INTO public.events VALUES (47, '11401d8d-bf8d-4471-ae40-61f476d60d1a', 'in-d8de1184fec24376', 8, 'shuniu.documents.incoming.archived.v1', '2026-12-02 20:05:55.19047+00', '{"retention": "定期30年", "archived_by": "shen", "archived_on": "2026-12-03"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (48, '7736ec3a-d0e4-416c-89c1-88116df0c413', 'out-c6d9333d31e547ec', 1, 'shuniu.documents.outgoing.drafted.v1', '2026-12-02 20:05:55.195856+00', '{"body": "各有关单位：……", "title": "关于加强县级财政资金监管的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (49, '0376ed0b-de0d-427d-89be-26d25ab10d35', 'out-d7e9fe16e1ad4000', 1, 'shuniu.documents.outgoing.drafted.v1', '2026-12-02 20:05:55.207738+00', '{"body": "各有关单位：……", "title": "关于调整机关食堂就餐补助的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (51, 'b790bf6c-212c-4b71-8e9d-becde99211ed', 'out-98c428648c4d4b7d', 1, 'shuniu.documents.outgoing.drafted.v1', '2026-12-02 20:05:55.234373+00', '{"body": "各有关单位：……", "title": "关于开展职工健康体检的联合通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": ["finance"], "drafted_by": "sun", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "union"}', '{"actor": "sun"}');
INSERT INTO public.events VALUES (53, '8481b308-871b-4d45-b33d-9bc5a3d8d19d', 'out-07c35acee5f84f34', 1, 'shuniu.documents.outgoing.drafted.v1', '2026-12-02 20:05:55.261275+00', '{"body": "各有关单位：……", "title": "关于申请2026年防汛补助资金的请示", "urgency": null, "doc_type": "请示", "direction": "上行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["市人民政府"], "copied_recipients": [], "drafting_department": "finance"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (54, '2156379c-bc2b-45f1-a195-70da1792597c', 'out-07c35acee5f84f34', 2, 'shuniu.documents.outgoing.reviewed.v1', '2026-12-02 20:05:55.26939+00', '{"opinion": "同意，呈罗县长签发", "reviewed_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (56, '3d14a36d-983e-4692-9cfe-53a09fde7524', 'out-2a8e2e7ee2df4494', 2, 'shuniu.documents.outgoing.reviewed.v1', '2026-12-02 20:05:55.293119+00', '{"opinion": "同意", "reviewed_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (57, '888ddcf9-be52-4ccf-97b0-9f43e8335774', 'out-2a8e2e7ee2df4494', 3, 'shuniu.documents.outgoing.signed.v1', '2026-12-02 20:05:55.301346+00', '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (59, 'ab569585-d4b0-4679-8cd9-7ddaadd2ea5e', 'out-76d7b032bf394af6', 1, 'shuniu.documents.outgoing.drafted.v1', '2026-12-02 20:05:55.307029+00', '{"body": "各有关单位：……", "title": "关于成立县乡村振兴工作领导小组的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (61, 'cf8f948d-f5e9-4450-8033-ac28a636d53f', 'out-76d7b032bf394af6', 3, 'shuniu.documents.outgoing.signed.v1', '2026-12-02 20:05:55.322441+00', '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (64, '2c6a808f-3fcb-4281-a4d5-63daf065dff1', 'out-497e633b68d44fd9', 2, 'shuniu.documents.outgoing.reviewed.v1', '2026-12-02 20:05:55.341219+00', '{"opinion": "同意", "reviewed_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (66, '7fbd04a8-458e-4fdc-9f2f-ef413f78ae9a', 'out-497e633b68d44fd9', 4, 'shuniu.documents.outgoing.rechecked.v1', '2026-12-02 20:05:55.358794+00', '{"note": "无实质性修改", "rechecked_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (70, '3f545df9-5cc0-4a17-98a5-046e832279a5', 'out-474a4c2fe1a44034', 1, 'shuniu.documents.outgoing.drafted.v1', '2026-12-02 20:05:55.400093+00', '{"body": "各有关单位：……", "title": "关于做好2026年度保密工作的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "秘密", "secrecy_period": "1年", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (76, '80333a6a-b9cf-4679-9db6-d000cd97ccb5', 'out-02fdf4c816a743c5', 1, 'shuniu.documents.outgoing.drafted.v1', '2026-12-02 20:05:55.443795+00', '{"body": "各有关单位：……", "title": "关于公布县政府部门权责清单的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (78, '658ea6ee-f780-4fee-8eac-b5fb456f0e9c', 'out-02fdf4c816a743c5', 3, 'shuniu.documents.outgoing.signed.v1', '2026-12-02 20:05:55.460113+00', '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (87, '4bba6b11-a40b-4f51-b6b5-d76d545d27a6', 'out-bb1a78c142b749e6', 2, 'shuniu.documents.outgoing.reviewed.v1', '2026-12-02 20:05:55.511457+00', '{"opinion": "同意", "reviewed_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (89, '83084520-0253-4c70-b208-da9db2440a0d', 'out-bb1a78c142b749e6', 4, 'shuniu.documents.outgoing.rechecked.v1', '2026-12-02 20:05:55.528705+00', '{"note": "无实质性修改", "rechecked_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (91, '788463b0-e3db-4c9d-9be7-aea48195d55a', 'out-bb1a78c142b749e6', 6, 'shuniu.documents.outgoing.printed.v1', '2026-12-02 20:05:55.548073+00', '{"copies": 5, "printed_by": "shen", "printed_on": "2026-12-03", "copy_numbers": []}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (96, 'eafc951b-05d4-4b45-93a3-e700f8c03b0b', 'out-bb1a78c142b749e6', 11, 'shuniu.documents.outgoing.revoked.v1', '2026-12-02 20:05:55.574051+00', '{"reason": "与省政府新出台的规定不一致", "decided_by": "luo", "decided_on": "2026-12-03"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (63, '31b69e4f-1a57-46fd-a670-3d53dfd7746f', 'out-497e633b68d44fd9', 1, 'shuniu.documents.outgoing.drafted.v1', '2026-12-02 20:05:55.332736+00', '{"body": "各有关单位：……", "title": "关于表彰2025年度先进集体的决定", "urgency": null, "doc_type": "决定", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (65, 'c56b7716-22e5-4e03-a689-dfbe4ebdaa73', 'out-497e633b68d44fd9', 3, 'shuniu.documents.outgoing.signed.v1', '2026-12-02 20:05:55.350337+00', '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (67, 'b511e877-832b-414b-8a60-eab71f9288dd', 'out-497e633b68d44fd9', 5, 'shuniu.documents.outgoing.numbered.v1', '2026-12-02 20:05:55.373178+00', '{"code": "县府办发", "year": 2026, "copies": 5, "number": "县府办发〔2026〕1号", "sequence": 1, "distribution": ["education", "agriculture", "finance"], "registered_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (69, 'fe28be01-fa2d-4407-91c3-d9b24e527a89', 'out-497e633b68d44fd9', 7, 'shuniu.documents.outgoing.numbered.v1', '2026-12-02 20:05:55.395857+00', '{"code": "县府发", "year": 2026, "copies": 5, "number": "县府发〔2026〕1号", "sequence": 1, "distribution": ["education", "agriculture", "finance"], "registered_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (71, 'fa8d9916-9c49-482d-9ccc-7a6034f26649', 'out-474a4c2fe1a44034', 2, 'shuniu.documents.outgoing.reviewed.v1', '2026-12-02 20:05:55.407213+00', '{"opinion": "同意", "reviewed_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (73, 'f64896c2-7548-4f1d-8d6f-c462491c31b6', 'out-474a4c2fe1a44034', 4, 'shuniu.documents.outgoing.rechecked.v1', '2026-12-02 20:05:55.420528+00', '{"note": "无实质性修改", "rechecked_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (75, '0aecd805-dff5-459c-a86d-3973ba3099f8', 'out-474a4c2fe1a44034', 6, 'shuniu.documents.outgoing.printed.v1', '2026-12-02 20:05:55.438911+00', '{"copies": 5, "printed_by": "shen", "printed_on": "2026-12-03", "copy_numbers": ["000001", "000002", "000003", "000004", "000005"]}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (77, '974d551d-1506-4dc0-843e-77c35f78704a', 'out-02fdf4c816a743c5', 2, 'shuniu.documents.outgoing.reviewed.v1', '2026-12-02 20:05:55.453778+00', '{"opinion": "同意", "reviewed_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (79, '71fe560f-ca0b-4876-bd7a-e553fa616155', 'out-02fdf4c816a743c5', 4, 'shuniu.documents.outgoing.rechecked.v1', '2026-12-02 20:05:55.465755+00', '{"note": "无实质性修改", "rechecked_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (81, '265672e2-eba1-4f2e-893c-4fdb2d829174', 'out-02fdf4c816a743c5', 6, 'shuniu.documents.outgoing.printed.v1', '2026-12-02 20:05:55.481595+00', '{"copies": 5, "printed_by": "shen", "printed_on": "2026-12-03", "copy_numbers": []}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (86, 'e4f00f66-9a8c-457a-875f-35f3387e6c51', 'out-bb1a78c142b749e6', 1, 'shuniu.documents.outgoing.drafted.v1', '2026-12-02 20:05:55.501871+00', '{"body": "各有关单位：……", "title": "关于暂停部分审批事项的通知", "urgency": null, "doc_type": "通知", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (88, '9103d922-040a-4493-940e-fc4114597f10', 'out-bb1a78c142b749e6', 3, 'shuniu.documents.outgoing.signed.v1', '2026-12-02 20:05:55.519336+00', '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (90, '21b916e7-13a1-4527-ae32-e051ff537873', 'out-bb1a78c142b749e6', 5, 'shuniu.documents.outgoing.numbered.v1', '2026-12-02 20:05:55.537955+00', '{"code": "县府办发", "year": 2026, "copies": 5, "number": "县府办发〔2026〕4号", "sequence": 4, "distribution": ["education", "agriculture", "finance"], "registered_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (98, '7c9801dc-73b6-4f02-955f-6c9a5966bd28', 'out-ffb231c832b3485c', 2, 'shuniu.documents.outgoing.reviewed.v1', '2026-12-02 20:05:55.593724+00', '{"opinion": "同意", "reviewed_by": "feng"}', '{"actor": "feng"}');
INSERT INTO public.events VALUES (100, '27db915e-c372-4af5-bd38-09c17cfeb020', 'out-ffb231c832b3485c', 4, 'shuniu.documents.outgoing.rechecked.v1', '2026-12-02 20:05:55.611852+00', '{"note": "无实质性修改", "rechecked_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (102, '16142741-0838-4d64-87aa-475b2f2414f7', 'out-ffb231c832b3485c', 6, 'shuniu.documents.outgoing.printed.v1', '2026-12-02 20:05:55.629412+00', '{"copies": 5, "printed_by": "shen", "printed_on": "2026-12-03", "copy_numbers": []}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (107, '7209b5e7-da94-413d-aa70-8cf461786b9d', 'out-ffb231c832b3485c', 11, 'shuniu.documents.outgoing.archived.v1', '2026-12-02 20:05:55.652793+00', '{"retention": "永久", "archived_by": "shen", "archived_on": "2026-12-03"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (85, '3396132f-1ba4-4f1a-bcd4-98e11116edab', 'out-02fdf4c816a743c5', 10, 'shuniu.documents.outgoing.issued.v1', '2026-12-02 20:05:55.490415+00', '{"title": "关于公布县政府部门权责清单的通知", "number": "县府办发〔2026〕3号", "doc_type": "通知", "issued_on": "2026-12-03", "date_of_issue": "2026-12-03", "classification": "none"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (92, 'ed9af795-187d-4364-bc93-161d28efe50f', 'out-bb1a78c142b749e6', 7, 'shuniu.documents.outgoing.dispatched.v1', '2026-12-02 20:05:55.559385+00', '{"recipient": "education", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (93, '18517261-6c18-4321-bc8a-dfb083aa4f80', 'out-bb1a78c142b749e6', 8, 'shuniu.documents.outgoing.dispatched.v1', '2026-12-02 20:05:55.559385+00', '{"recipient": "agriculture", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (94, '9f06588b-45fa-45d0-81ea-78bfc83526cb', 'out-bb1a78c142b749e6', 9, 'shuniu.documents.outgoing.dispatched.v1', '2026-12-02 20:05:55.559385+00', '{"recipient": "finance", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (95, 'd1eadacf-7ebe-4dd8-9f7c-c025848f397a', 'out-bb1a78c142b749e6', 10, 'shuniu.documents.outgoing.issued.v1', '2026-12-02 20:05:55.559385+00', '{"title": "关于暂停部分审批事项的通知", "number": "县府办发〔2026〕4号", "doc_type": "通知", "issued_on": "2026-12-03", "date_of_issue": "2026-12-03", "classification": "none"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (97, '63e5f5ce-f583-438f-bd02-1ca506b2535d', 'out-ffb231c832b3485c', 1, 'shuniu.documents.outgoing.drafted.v1', '2026-12-02 20:05:55.57963+00', '{"body": "各有关单位：……", "title": "关于2025年度县政府工作报告的通报", "urgency": null, "doc_type": "通报", "direction": "下行文", "co_issuers": [], "drafted_by": "chen", "classification": "none", "secrecy_period": null, "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "drafting_department": "finance"}', '{"actor": "chen"}');
INSERT INTO public.events VALUES (99, 'f3f4ffed-6779-45e3-b086-e635b7e7f011', 'out-ffb231c832b3485c', 3, 'shuniu.documents.outgoing.signed.v1', '2026-12-02 20:05:55.603709+00', '{"signer": "luo", "opinion": "同意印发", "signed_on": "2026-12-03", "signer_name": "罗县长", "date_of_issue": "2026-12-03"}', '{"actor": "luo"}');
INSERT INTO public.events VALUES (101, 'e4bd8dc1-6c92-4379-aeee-79daa6fa2ae2', 'out-ffb231c832b3485c', 5, 'shuniu.documents.outgoing.numbered.v1', '2026-12-02 20:05:55.620031+00', '{"code": "县府办发", "year": 2026, "copies": 5, "number": "县府办发〔2026〕5号", "sequence": 5, "distribution": ["education", "agriculture", "finance"], "registered_by": "shen"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (103, '8d3dcd64-be76-4d22-b5f4-d1a14518becc', 'out-ffb231c832b3485c', 7, 'shuniu.documents.outgoing.dispatched.v1', '2026-12-02 20:05:55.637991+00', '{"recipient": "education", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (104, 'a973a45a-81b9-4555-ae61-e772a9ad23b7', 'out-ffb231c832b3485c', 8, 'shuniu.documents.outgoing.dispatched.v1', '2026-12-02 20:05:55.637991+00', '{"recipient": "agriculture", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (105, 'e6f4a1e1-5727-4a8c-a725-ef1c098f1929', 'out-ffb231c832b3485c', 9, 'shuniu.documents.outgoing.dispatched.v1', '2026-12-02 20:05:55.637991+00', '{"recipient": "finance", "dispatched_by": "shen", "dispatched_on": "2026-12-03"}', '{"actor": "shen"}');
INSERT INTO public.events VALUES (106, '6097109c-ec07-491e-b99d-bf01cc1a405c', 'out-ffb231c832b3485c', 10, 'shuniu.documents.outgoing.issued.v1', '2026-12-02 20:05:55.637991+00', '{"title": "关于2025年度县政府工作报告的通报", "number": "县府办发〔2026〕5号", "doc_type": "通报", "issued_on": "2026-12-03", "date_of_issue": "2026-12-03", "classification": "none"}', '{"actor": "shen"}');


--
-- Data for Name: idempotency_keys; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: number_counters; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.number_counters VALUES ('县府办收', 2026, 9);
INSERT INTO public.number_counters VALUES ('县府发', 2026, 1);
INSERT INTO public.number_counters VALUES ('县府办发', 2026, 5);


--
-- Data for Name: outbox; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: processed_events; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '02439ec2-6699-42a5-9b5b-6bf4a65e87a4', 'applied', '2026-12-02 20:05:55.159638+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '35ef7da6-b911-4255-a9a9-b01a4955002f', 'applied', '2026-12-02 20:05:55.296962+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '43d2c4a4-424d-483b-801f-a87e1abf7cf1', 'applied', '2026-12-02 20:05:56.27795+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', 'f3feb8f4-5842-4d93-b6bb-a02c17e106a3', 'applied', '2026-12-02 20:05:56.27795+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', 'a5469b24-999e-46e6-8dc1-eef06b95aa84', 'applied', '2026-12-02 20:05:56.915437+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', 'c55766a4-b85f-4454-812a-b0546bed6c78', 'applied', '2026-12-02 20:05:57.016075+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '0bf33bad-10c2-4086-a98c-0df51f8ac763', 'applied', '2026-12-02 20:05:57.093508+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', 'f189e27a-b589-40d5-968c-15f209893ee4', 'applied', '2026-12-02 20:05:57.127273+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '1ca9adeb-d41a-4028-8ac8-2495b2e627f2', 'applied', '2026-12-02 20:05:57.164029+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', 'd9e22d8b-1f7e-47c4-b467-acb29becfcbe', 'applied', '2026-12-02 20:05:57.208298+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '0d41d9a1-423d-48d0-8388-6311fa1d07e1', 'applied', '2026-12-02 20:05:57.248503+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '3e35b419-2b97-4116-b5a7-e9489b14b92c', 'applied', '2026-12-02 20:05:57.285881+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '3dc298cd-daf1-4304-893c-e15e6309f71a', 'applied', '2026-12-02 20:05:57.285881+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '54b9d01c-bd67-464a-b0a6-a3b83eaa0fcc', 'applied', '2026-12-02 20:05:57.285881+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '4592ca4c-1cbf-423f-aca1-86f1d6f5af08', 'applied', '2026-12-02 20:05:57.334848+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '223fa73d-a179-4d3a-b0a0-3c7c5475e770', 'applied', '2026-12-02 20:05:57.684348+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '166ee172-6c8f-4373-8627-4fd70fa10880', 'applied', '2026-12-02 20:05:57.819934+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '9ff4ffeb-d05f-46ee-81d5-92087cb66074', 'applied', '2026-12-02 20:05:57.99274+00');
INSERT INTO public.processed_events VALUES ('documents.supervision-outcomes', '171b3b8e-a558-4d3c-b9d5-7a12dcfb3f48', 'applied', '2026-12-02 20:05:58.10422+00');


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.schema_migrations VALUES ('0001_event_store_outbox_inbox', '2026-12-02 20:05:54.013667+00');
INSERT INTO public.schema_migrations VALUES ('documents_0001_read_model_and_numbers', '2026-12-02 20:05:54.013667+00');


--
-- Name: events_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_position_seq', 107, true);


--
-- Name: deadlines deadlines_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.deadlines
    ADD CONSTRAINT deadlines_pkey PRIMARY KEY (key);


--
-- Name: document_departments document_departments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_departments
    ADD CONSTRAINT document_departments_pkey PRIMARY KEY (document_id, department);


--
-- Name: document_numbers document_numbers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.document_numbers
    ADD CONSTRAINT document_numbers_pkey PRIMARY KEY (code, year, sequence);


--
-- Name: documents documents_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.documents
    ADD CONSTRAINT documents_pkey PRIMARY KEY (id);


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
-- Name: number_counters number_counters_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.number_counters
    ADD CONSTRAINT number_counters_pkey PRIMARY KEY (code, year);


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
-- Name: events uq_events_stream_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT uq_events_stream_version UNIQUE (stream_id, version);


--
-- Name: ix_deadlines_due; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_deadlines_due ON public.deadlines USING btree (fired_at, due_at);


--
-- Name: ix_document_departments_department; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_document_departments_department ON public.document_departments USING btree (department, document_id);


--
-- Name: ix_documents_list; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_documents_list ON public.documents USING btree (kind, created_position);


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

\unrestrict uwEGtNBLuiZcAYhaPKVC46T0xcc7IUD1B2fSKhKMQUsBU2Io4muuvLMj3CZOCB9

