BEGIN TRANSACTION;
CREATE TABLE deadlines (
	"key" VARCHAR(300) NOT NULL, 
	stream_id VARCHAR(200) NOT NULL, 
	kind VARCHAR(100) NOT NULL, 
	due_at DATETIME NOT NULL, 
	payload JSON NOT NULL, 
	fired_at DATETIME, 
	attempts INTEGER NOT NULL, 
	last_error TEXT, 
	PRIMARY KEY ("key")
);
INSERT INTO "deadlines" VALUES('mtg-e2f40aba6298:ended','mtg-e2f40aba6298','meeting.ended','2026-12-07 02:30:00.000000','{}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('mtg-882274504312:ended','mtg-882274504312','meeting.ended','2026-12-14 02:30:00.000000','{}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('mtg-00bc49c04eed:ended','mtg-00bc49c04eed','meeting.ended','2026-12-21 02:30:00.000000','{}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('mtg-5946ef543d71:ended','mtg-5946ef543d71','meeting.ended','2026-12-03 08:00:00.000000','{}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('mtg-bf42c20807bc:ended','mtg-bf42c20807bc','meeting.ended','2026-12-08 03:00:00.000000','{}',NULL,0,NULL);
CREATE TABLE events (
	position INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, 
	event_id VARCHAR(36) NOT NULL, 
	stream_id VARCHAR(200) NOT NULL, 
	version INTEGER NOT NULL, 
	type VARCHAR(200) NOT NULL, 
	time DATETIME NOT NULL, 
	data JSON NOT NULL, 
	context JSON NOT NULL, 
	CONSTRAINT uq_events_stream_version UNIQUE (stream_id, version), 
	UNIQUE (event_id)
);
INSERT INTO "events" VALUES(1,'de19f2f1-5ffb-4242-bb75-f34a63f42c3c','room-changwu',1,'shuniu.meetings.room.registered.v1','2026-12-02 20:05:40.004652','{"name": "常务会议室", "building": "县政府大楼", "capacity": 40, "equipment": ["视频会议", "投影仪", "录音"]}','{"actor": "wu"}');
INSERT INTO "events" VALUES(2,'ce93baa7-f117-410b-8807-f840a685d1e1','room-first',1,'shuniu.meetings.room.registered.v1','2026-12-02 20:05:40.013408','{"name": "第一会议室", "building": "县政府大楼", "capacity": 30, "equipment": ["投影仪"]}','{"actor": "wu"}');
INSERT INTO "events" VALUES(3,'2c03b6dc-bc6c-490a-8470-727f68ed5fb4','room-second',1,'shuniu.meetings.room.registered.v1','2026-12-02 20:05:40.017806','{"name": "第二会议室", "building": "县政府大楼", "capacity": 20, "equipment": ["投影仪"]}','{"actor": "wu"}');
INSERT INTO "events" VALUES(4,'b49b3f57-131b-419d-a220-b192f12a3fac','room-party',1,'shuniu.meetings.room.registered.v1','2026-12-02 20:05:40.029481','{"name": "党组会议室", "building": "县政府大楼", "capacity": 15, "equipment": ["录音"]}','{"actor": "wu"}');
INSERT INTO "events" VALUES(5,'81f8d16a-1943-4edf-9b2d-8160f97e2750','mtg-b07c39b9318f',1,'shuniu.meetings.meeting.scheduled.v1','2026-12-02 20:05:40.051746','{"title": "县政府第11次常务会议", "kind": "常务会", "organiser": "shen", "organiser_department": "office", "chair": "luo", "chair_department": "gov", "starts_at": "2026-11-24T01:00:00Z", "ends_at": "2026-11-24T03:30:00Z", "classification": "none", "series_id": null}','{"actor": "shen"}');
INSERT INTO "events" VALUES(6,'234612e9-9ec4-41ca-a96c-df95c3a6f221','mtg-b07c39b9318f',2,'shuniu.meetings.meeting.room_booked.v1','2026-12-02 20:05:40.054381','{"room_id": "room-changwu", "room_name": "常务会议室", "room_capacity": 40, "starts_at": "2026-11-24T01:00:00Z", "ends_at": "2026-11-24T03:30:00Z"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(7,'faa97b33-1e67-49a0-b043-3fab0753c95e','mtg-b07c39b9318f',3,'shuniu.meetings.meeting.agenda_item_added.v1','2026-12-02 20:05:40.080795','{"item_id": "item-1", "title": "关于农业生产资金安排的汇报", "presenter": "chen", "presenter_department": "finance", "materials": ["关于农业生产资金安排的汇报.docx"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(8,'d2dafd26-8131-41ef-8175-6e18824905e1','mtg-b07c39b9318f',4,'shuniu.meetings.meeting.agenda_item_added.v1','2026-12-02 20:05:40.091545','{"item_id": "item-2", "title": "关于校园安全工作的汇报", "presenter": "zhao", "presenter_department": "education", "materials": ["关于校园安全工作的汇报.docx"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(9,'c2fa939f-dbe7-4cb4-b8b8-e1317de01fab','mtg-b07c39b9318f',5,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.099465','{"person": "fang", "department": "gov", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(10,'fff34ab1-5be0-4a76-96a2-b41d1c2d9f88','mtg-b07c39b9318f',6,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.099465','{"person": "chen", "department": "finance", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(11,'5a31ceda-5a41-4a03-b361-0828c129ae47','mtg-b07c39b9318f',7,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.099465','{"person": "zhao", "department": "education", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(12,'4606c958-d65d-41ce-99c3-a172bc7cbd8f','mtg-b07c39b9318f',8,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.099465','{"person": "wang", "department": "petitions", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(13,'1432b584-dc56-4ec0-bc37-a3881fa350fc','mtg-b07c39b9318f',9,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.099465','{"person": "sun", "department": "union", "capacity": "列席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(14,'7ec6659b-f3c4-4cb7-b8a3-b4cfeba5bead','mtg-b07c39b9318f',10,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.099465','{"person": "feng", "department": "office", "capacity": "列席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(15,'b6b905b5-3710-4f32-859b-020e376b3cf9','mtg-b07c39b9318f',11,'shuniu.meetings.meeting.notice_issued.v1','2026-12-02 20:05:40.107878','{"issued_by": "shen", "starts_at": "2026-11-24T01:00:00Z", "ends_at": "2026-11-24T03:30:00Z", "room_id": "room-changwu", "notified_people": ["chen", "fang", "feng", "luo", "sun", "wang", "zhao"], "notified_departments": []}','{"actor": "shen"}');
INSERT INTO "events" VALUES(16,'add362f5-80d3-4882-ae01-ee5018177907','mtg-b07c39b9318f',12,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.115679','{"person": "fang", "department": "gov", "response": "attend", "capacity": "出席"}','{"actor": "fang"}');
INSERT INTO "events" VALUES(17,'13469bdc-45d7-415d-aa74-51ec4eecea8c','mtg-b07c39b9318f',13,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.138190','{"person": "chen", "department": "finance", "response": "attend", "capacity": "出席"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(18,'bf5c38e3-9d86-408c-89bc-7d9a54eb7b33','mtg-b07c39b9318f',14,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.155719','{"person": "zhao", "department": "education", "response": "attend", "capacity": "出席"}','{"actor": "zhao"}');
INSERT INTO "events" VALUES(19,'4068298e-1b2e-457f-bc13-ea9f96dc1b05','mtg-b07c39b9318f',15,'shuniu.meetings.meeting.leave_requested.v1','2026-12-02 20:05:40.188190','{"person": "wang", "department": "petitions", "reason": "赴市信访局参加联席会议", "substitute": null, "organiser": "shen", "organiser_department": "office", "chair": "luo", "meeting_title": "县政府第11次常务会议", "starts_at": "2026-11-24T01:00:00Z"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(20,'aa74a365-7236-4fad-9204-5036f6230013','mtg-b07c39b9318f',16,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.203297','{"person": "sun", "department": "union", "response": "attend", "capacity": "列席"}','{"actor": "sun"}');
INSERT INTO "events" VALUES(21,'3454307d-b68c-4798-a4d4-7062b6c4dea5','mtg-b07c39b9318f',17,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.231634','{"person": "feng", "department": "office", "response": "attend", "capacity": "列席"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(22,'9557dc84-cc10-43aa-91bb-6d27be0ccf33','mtg-b07c39b9318f',18,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:40.254216','{"person": "luo", "department": "gov", "capacity": "出席", "at": "2026-11-24T00:55:00Z", "substitute_for": null}','{"actor": "luo"}');
INSERT INTO "events" VALUES(23,'32e30864-0763-48f8-a7b3-8ac358146cd1','mtg-b07c39b9318f',19,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:40.284797','{"person": "fang", "department": "gov", "capacity": "出席", "at": "2026-11-24T00:55:00Z", "substitute_for": null}','{"actor": "fang"}');
INSERT INTO "events" VALUES(24,'54ef8306-7aea-49d0-bfce-191aa098bb97','mtg-b07c39b9318f',20,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:40.312132','{"person": "chen", "department": "finance", "capacity": "出席", "at": "2026-11-24T00:55:00Z", "substitute_for": null}','{"actor": "chen"}');
INSERT INTO "events" VALUES(25,'eef8e8f6-f33b-498a-9981-0247b7951b71','mtg-b07c39b9318f',21,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:40.338957','{"person": "zhao", "department": "education", "capacity": "出席", "at": "2026-11-24T01:18:00Z", "substitute_for": null}','{"actor": "zhao"}');
INSERT INTO "events" VALUES(26,'6b8dff7d-2776-4d4b-af0e-fc061b51c0ea','mtg-b07c39b9318f',22,'shuniu.meetings.meeting.marked_late.v1','2026-12-02 20:05:40.338957','{"person": "zhao", "minutes_late": 18}','{"actor": "zhao"}');
INSERT INTO "events" VALUES(27,'fbdb35a4-6ae8-42f4-af60-385c32f312d3','mtg-b07c39b9318f',23,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:40.368030','{"person": "sun", "department": "union", "capacity": "列席", "at": "2026-11-24T00:55:00Z", "substitute_for": null}','{"actor": "sun"}');
INSERT INTO "events" VALUES(28,'e706287d-b130-4791-8607-f57d548a4a4e','mtg-b07c39b9318f',24,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:40.384003','{"person": "feng", "department": "office", "capacity": "列席", "at": "2026-11-24T00:55:00Z", "substitute_for": null}','{"actor": "feng"}');
INSERT INTO "events" VALUES(29,'658e6371-c32f-40d2-b360-9b61c4c0e1eb','mtg-b07c39b9318f',25,'shuniu.meetings.meeting.held.v1','2026-12-02 20:05:40.403733','{"recorded_by": "shen", "at": "2026-11-24T03:30:00Z"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(30,'078ed64f-1c4d-43d9-a684-51567c297ed9','mtg-b07c39b9318f',26,'shuniu.meetings.meeting.minutes_drafted.v1','2026-12-02 20:05:40.433997','{"recorder": "li", "classification": "none", "summary": "县政府第11次常务会议研究了议程所列事项。"}','{"actor": "li"}');
INSERT INTO "events" VALUES(31,'024b2258-c39b-40d2-91a3-eb4dea731d61','mtg-b07c39b9318f',27,'shuniu.meetings.meeting.resolution_drafted.v1','2026-12-02 20:05:40.469951','{"resolution_id": "r1", "title": "落实农业生产资金，按期拨付到位", "lead_department": "finance", "co_departments": ["agriculture"], "deadline": "2026-12-14"}','{"actor": "li"}');
INSERT INTO "events" VALUES(32,'80355c37-3b7c-44fe-bfbb-97ec79099e69','mtg-b07c39b9318f',28,'shuniu.meetings.meeting.resolution_drafted.v1','2026-12-02 20:05:40.485450','{"resolution_id": "r2", "title": "开展校园安全专项检查并报送结果", "lead_department": "education", "co_departments": ["office.supervision"], "deadline": "2026-12-24"}','{"actor": "li"}');
INSERT INTO "events" VALUES(33,'c764b63a-c90b-4fec-9941-8948fc0ffdf2','mtg-b07c39b9318f',29,'shuniu.meetings.meeting.minutes_approved.v1','2026-12-02 20:05:40.511644','{"approved_by": "luo"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(34,'1e6d1f2b-c2c9-4ad5-9961-2b9e0b4383a9','mtg-b07c39b9318f',30,'shuniu.meetings.meeting.resolution_adopted.v1','2026-12-02 20:05:40.511644','{"meeting_id": "mtg-b07c39b9318f", "meeting_title": "县政府第11次常务会议", "meeting_kind": "常务会", "resolution_id": "r1", "title": "落实农业生产资金，按期拨付到位", "lead_department": "finance", "co_departments": ["agriculture"], "deadline": "2026-12-14", "decided_by": "luo", "classification": "none", "adopted_on": "2026-11-24"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(35,'8130d4b8-2f78-4de9-ac0c-127acc76b61a','mtg-b07c39b9318f',31,'shuniu.meetings.meeting.resolution_adopted.v1','2026-12-02 20:05:40.511644','{"meeting_id": "mtg-b07c39b9318f", "meeting_title": "县政府第11次常务会议", "meeting_kind": "常务会", "resolution_id": "r2", "title": "开展校园安全专项检查并报送结果", "lead_department": "education", "co_departments": ["office.supervision"], "deadline": "2026-12-24", "decided_by": "luo", "classification": "none", "adopted_on": "2026-11-24"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(36,'6a240e59-cfac-420d-a858-866ba763f20f','mtg-b07c39b9318f',32,'shuniu.meetings.meeting.minutes_issued.v1','2026-12-02 20:05:40.530554','{"issued_by": "shen", "chair": "luo", "attended": [{"person": "luo", "department": "gov", "note": ""}, {"person": "fang", "department": "gov", "note": ""}, {"person": "chen", "department": "finance", "note": ""}, {"person": "zhao", "department": "education", "note": "迟到 18 分钟"}], "on_leave": [{"person": "wang", "department": "petitions", "note": "赴市信访局参加联席会议"}], "observers": [{"person": "sun", "department": "union", "note": ""}, {"person": "feng", "department": "office", "note": ""}], "absent": [], "recorder": "li"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(37,'58439219-d3f8-4fb7-b7e6-b96caa60dcb5','mtg-af53480ea8c7',1,'shuniu.meetings.meeting.scheduled.v1','2026-12-02 20:05:40.545569','{"title": "县政府办公室周例会", "kind": "办公会", "organiser": "shen", "organiser_department": "office", "chair": "feng", "chair_department": "office", "starts_at": "2026-11-30T01:00:00Z", "ends_at": "2026-11-30T02:30:00Z", "classification": "none", "series_id": "series-0fce61fad195"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(38,'0ff07b87-3ebb-4e1f-a47b-1477925f6f8d','mtg-af53480ea8c7',2,'shuniu.meetings.meeting.room_booked.v1','2026-12-02 20:05:40.547355','{"room_id": "room-first", "room_name": "第一会议室", "room_capacity": 30, "starts_at": "2026-11-30T01:00:00Z", "ends_at": "2026-11-30T02:30:00Z"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(39,'37b75f20-7e81-4baf-bb79-ef883003ee81','mtg-e2f40aba6298',1,'shuniu.meetings.meeting.scheduled.v1','2026-12-02 20:05:40.555625','{"title": "县政府办公室周例会", "kind": "办公会", "organiser": "shen", "organiser_department": "office", "chair": "feng", "chair_department": "office", "starts_at": "2026-12-07T01:00:00Z", "ends_at": "2026-12-07T02:30:00Z", "classification": "none", "series_id": "series-0fce61fad195"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(40,'13321d28-9175-4c45-8699-6e1c7b07c920','mtg-e2f40aba6298',2,'shuniu.meetings.meeting.room_booked.v1','2026-12-02 20:05:40.556940','{"room_id": "room-first", "room_name": "第一会议室", "room_capacity": 30, "starts_at": "2026-12-07T01:00:00Z", "ends_at": "2026-12-07T02:30:00Z"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(41,'4526ffc0-adf6-40ac-b2a1-521444465beb','mtg-882274504312',1,'shuniu.meetings.meeting.scheduled.v1','2026-12-02 20:05:40.565239','{"title": "县政府办公室周例会", "kind": "办公会", "organiser": "shen", "organiser_department": "office", "chair": "feng", "chair_department": "office", "starts_at": "2026-12-14T01:00:00Z", "ends_at": "2026-12-14T02:30:00Z", "classification": "none", "series_id": "series-0fce61fad195"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(42,'553c8f6a-7d96-40de-86b3-8038de954ee6','mtg-882274504312',2,'shuniu.meetings.meeting.room_booked.v1','2026-12-02 20:05:40.566374','{"room_id": "room-first", "room_name": "第一会议室", "room_capacity": 30, "starts_at": "2026-12-14T01:00:00Z", "ends_at": "2026-12-14T02:30:00Z"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(43,'3d347653-6861-488b-8bd1-c014ac1e677d','mtg-00bc49c04eed',1,'shuniu.meetings.meeting.scheduled.v1','2026-12-02 20:05:40.573603','{"title": "县政府办公室周例会", "kind": "办公会", "organiser": "shen", "organiser_department": "office", "chair": "feng", "chair_department": "office", "starts_at": "2026-12-21T01:00:00Z", "ends_at": "2026-12-21T02:30:00Z", "classification": "none", "series_id": "series-0fce61fad195"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(44,'800ff29f-50ae-4b42-9c38-d45a99fd1a18','mtg-00bc49c04eed',2,'shuniu.meetings.meeting.room_booked.v1','2026-12-02 20:05:40.574738','{"room_id": "room-first", "room_name": "第一会议室", "room_capacity": 30, "starts_at": "2026-12-21T01:00:00Z", "ends_at": "2026-12-21T02:30:00Z"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(45,'baaf8f3b-a6e9-4251-816b-db20a1f2b494','mtg-af53480ea8c7',3,'shuniu.meetings.meeting.agenda_item_added.v1','2026-12-02 20:05:40.591925','{"item_id": "item-1", "title": "本周重点工作安排", "presenter": "yang", "presenter_department": "office", "materials": ["本周重点工作安排.docx"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(46,'45264958-940f-4336-b3f4-51e79b582147','mtg-af53480ea8c7',4,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.596409','{"person": "yang", "department": "office", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(47,'bb606982-cdd1-40be-88d0-37a878ac2fd5','mtg-af53480ea8c7',5,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.596409','{"person": "shen", "department": "office.secretariat", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(48,'3a27abe9-6fa8-4c4e-812e-c22fd7b65390','mtg-af53480ea8c7',6,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.596409','{"person": "zhou", "department": "office.supervision", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(49,'730308c4-94e7-4638-9906-48c95150ec75','mtg-af53480ea8c7',7,'shuniu.meetings.meeting.department_invited.v1','2026-12-02 20:05:40.596409','{"department": "office.affairs", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(50,'76f7cf85-3948-497b-984a-aea71fb32a23','mtg-af53480ea8c7',8,'shuniu.meetings.meeting.notice_issued.v1','2026-12-02 20:05:40.609049','{"issued_by": "shen", "starts_at": "2026-11-30T01:00:00Z", "ends_at": "2026-11-30T02:30:00Z", "room_id": "room-first", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(51,'c6ff6603-d08d-4d53-936d-c55c44d594ae','mtg-af53480ea8c7',9,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.618266','{"person": "yang", "department": "office", "response": "attend", "capacity": "出席"}','{"actor": "yang"}');
INSERT INTO "events" VALUES(52,'ecf8a889-1e1f-4e79-b57f-4c4cc4d1bee7','mtg-af53480ea8c7',10,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.638076','{"person": "shen", "department": "office.secretariat", "response": "attend", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(53,'8fd473a9-ff6a-4524-ae79-96c77ca47024','mtg-af53480ea8c7',11,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.643453','{"person": "zhou", "department": "office.supervision", "response": "attend", "capacity": "出席"}','{"actor": "zhou"}');
INSERT INTO "events" VALUES(54,'d3269071-ec19-4d2d-b3c0-1580796b1e00','mtg-af53480ea8c7',12,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:40.651026','{"person": "feng", "department": "office", "capacity": "出席", "at": "2026-11-30T00:55:00Z", "substitute_for": null}','{"actor": "feng"}');
INSERT INTO "events" VALUES(55,'85c0dce0-ee85-455d-8bd8-717ea7799f71','mtg-af53480ea8c7',13,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:40.661748','{"person": "yang", "department": "office", "capacity": "出席", "at": "2026-11-30T00:55:00Z", "substitute_for": null}','{"actor": "yang"}');
INSERT INTO "events" VALUES(56,'d4645648-439c-47f6-a4de-3a7c984c243d','mtg-af53480ea8c7',14,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:40.681643','{"person": "shen", "department": "office.secretariat", "capacity": "出席", "at": "2026-11-30T00:55:00Z", "substitute_for": null}','{"actor": "shen"}');
INSERT INTO "events" VALUES(57,'e91cabe2-3d7b-4924-bac2-d783bddbecf9','mtg-af53480ea8c7',15,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:40.689782','{"person": "zhou", "department": "office.supervision", "capacity": "出席", "at": "2026-11-30T01:18:00Z", "substitute_for": null}','{"actor": "zhou"}');
INSERT INTO "events" VALUES(58,'cf53a95e-ffa6-4e81-960f-6eed7f457932','mtg-af53480ea8c7',16,'shuniu.meetings.meeting.marked_late.v1','2026-12-02 20:05:40.689782','{"person": "zhou", "minutes_late": 18}','{"actor": "zhou"}');
INSERT INTO "events" VALUES(59,'7c11358c-45f3-4e90-9044-8d7dd1564493','mtg-af53480ea8c7',17,'shuniu.meetings.meeting.held.v1','2026-12-02 20:05:40.696594','{"recorded_by": "shen", "at": "2026-11-30T02:30:00Z"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(60,'f6d74b9a-a712-4208-80c0-3a4fcca4ccf7','mtg-af53480ea8c7',18,'shuniu.meetings.meeting.minutes_drafted.v1','2026-12-02 20:05:40.709665','{"recorder": "li", "classification": "none", "summary": "县政府办公室周例会研究了议程所列事项。"}','{"actor": "li"}');
INSERT INTO "events" VALUES(61,'e6b6160e-e401-4485-afc2-c57de0fb25aa','mtg-af53480ea8c7',19,'shuniu.meetings.meeting.minutes_approved.v1','2026-12-02 20:05:40.716884','{"approved_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(62,'74204fcf-98ef-4cb4-99aa-5f781ad74e82','mtg-af53480ea8c7',20,'shuniu.meetings.meeting.minutes_issued.v1','2026-12-02 20:05:40.724763','{"issued_by": "shen", "chair": "feng", "attended": [{"person": "feng", "department": "office", "note": ""}, {"person": "yang", "department": "office", "note": ""}, {"person": "shen", "department": "office.secretariat", "note": ""}, {"person": "zhou", "department": "office.supervision", "note": "迟到 18 分钟"}], "on_leave": [], "observers": [], "absent": [], "recorder": "li"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(63,'605cf3c4-d941-4889-8902-a8aac1d41428','mtg-e2f40aba6298',3,'shuniu.meetings.meeting.agenda_item_added.v1','2026-12-02 20:05:40.731245','{"item_id": "item-1", "title": "本周重点工作安排", "presenter": "yang", "presenter_department": "office", "materials": ["本周重点工作安排.docx"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(64,'34b420be-8563-4c1d-8573-71482fdec914','mtg-e2f40aba6298',4,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.737879','{"person": "yang", "department": "office", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(65,'72152b06-f2b5-45be-a81b-d4d5f5bf8f5d','mtg-e2f40aba6298',5,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.737879','{"person": "shen", "department": "office.secretariat", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(66,'8812b8d1-3c67-4cb8-8605-5f8b6bfac38f','mtg-e2f40aba6298',6,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.737879','{"person": "zhou", "department": "office.supervision", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(67,'d768b88d-c85c-48c7-80ff-b4431bb972a2','mtg-e2f40aba6298',7,'shuniu.meetings.meeting.department_invited.v1','2026-12-02 20:05:40.737879','{"department": "office.affairs", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(68,'aec32aa5-05ce-4a5f-99e0-f57aef45ecbc','mtg-e2f40aba6298',8,'shuniu.meetings.meeting.notice_issued.v1','2026-12-02 20:05:40.776612','{"issued_by": "shen", "starts_at": "2026-12-07T01:00:00Z", "ends_at": "2026-12-07T02:30:00Z", "room_id": "room-first", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(69,'37098667-bf66-4f3d-bf36-f23a1747024a','mtg-e2f40aba6298',9,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.799191','{"person": "yang", "department": "office", "response": "attend", "capacity": "出席"}','{"actor": "yang"}');
INSERT INTO "events" VALUES(70,'762c6a7b-7799-49e8-a9de-89860e3fd194','mtg-e2f40aba6298',10,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.819004','{"person": "shen", "department": "office.secretariat", "response": "attend", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(71,'912493e4-5fb3-4be6-af54-7529c039a6c0','mtg-e2f40aba6298',11,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.841498','{"person": "zhou", "department": "office.supervision", "response": "attend", "capacity": "出席"}','{"actor": "zhou"}');
INSERT INTO "events" VALUES(72,'945c7f5e-0ac0-4bd6-94b9-6b34fca91288','mtg-882274504312',3,'shuniu.meetings.meeting.agenda_item_added.v1','2026-12-02 20:05:40.867122','{"item_id": "item-1", "title": "本周重点工作安排", "presenter": "yang", "presenter_department": "office", "materials": ["本周重点工作安排.docx"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(73,'e8fd97e1-0f15-40dc-b08e-639d52fe4ee7','mtg-882274504312',4,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.880987','{"person": "yang", "department": "office", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(74,'e57ab7fd-78df-4850-b272-3f2297b91caf','mtg-882274504312',5,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.880987','{"person": "shen", "department": "office.secretariat", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(75,'0ca4ba3b-df83-4380-9999-811dcb96bdd9','mtg-882274504312',6,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:40.880987','{"person": "zhou", "department": "office.supervision", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(76,'02f7bb64-294d-4b70-9734-588c817fbfaf','mtg-882274504312',7,'shuniu.meetings.meeting.department_invited.v1','2026-12-02 20:05:40.880987','{"department": "office.affairs", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(77,'9ae4d59b-bea9-438c-84ac-392a63abf7f0','mtg-b07c39b9318f',33,'shuniu.meetings.meeting.resolution_supervised.v1','2026-12-02 20:05:40.912706','{"resolution_id": "r1", "task_id": "resolution:mtg-b07c39b9318f:r1"}','{"actor": "luo", "correlation_id": "1e6d1f2b-c2c9-4ad5-9961-2b9e0b4383a9", "causation_id": "2f30d407-6937-4e22-b6b4-2670b090e25a", "traceparent": "00-a750e28d0190a7128ff1d9d483018fe4-f884a811a6c97b20-01"}');
INSERT INTO "events" VALUES(78,'738fbaab-4919-4121-9dea-0ae5c61b4e7c','mtg-b07c39b9318f',34,'shuniu.meetings.meeting.resolution_supervised.v1','2026-12-02 20:05:40.922528','{"resolution_id": "r2", "task_id": "resolution:mtg-b07c39b9318f:r2"}','{"actor": "luo", "correlation_id": "8130d4b8-2f78-4de9-ac0c-127acc76b61a", "causation_id": "bfc21193-c17e-41b4-b41d-a96db52ba0c0", "traceparent": "00-88b5925fa43a58afdb5c3658af776435-592771addbf572ba-01"}');
INSERT INTO "events" VALUES(79,'46bf9bdd-d272-486c-9d6f-a85a3db97213','mtg-882274504312',8,'shuniu.meetings.meeting.notice_issued.v1','2026-12-02 20:05:40.939920','{"issued_by": "shen", "starts_at": "2026-12-14T01:00:00Z", "ends_at": "2026-12-14T02:30:00Z", "room_id": "room-first", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(80,'4f6a5bf4-1d3b-4dd2-9a29-f19a281e994c','mtg-882274504312',9,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.947673','{"person": "yang", "department": "office", "response": "attend", "capacity": "出席"}','{"actor": "yang"}');
INSERT INTO "events" VALUES(81,'5509f6c5-e5ee-47eb-810b-0c1fcf684d2e','mtg-882274504312',10,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.962389','{"person": "shen", "department": "office.secretariat", "response": "attend", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(82,'dc62ff24-7398-428b-96a3-6926d002c3de','mtg-882274504312',11,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:40.982903','{"person": "zhou", "department": "office.supervision", "response": "attend", "capacity": "出席"}','{"actor": "zhou"}');
INSERT INTO "events" VALUES(83,'a4492fe2-3c88-4bc9-870c-9b334c48d6ca','mtg-00bc49c04eed',3,'shuniu.meetings.meeting.agenda_item_added.v1','2026-12-02 20:05:40.992704','{"item_id": "item-1", "title": "本周重点工作安排", "presenter": "yang", "presenter_department": "office", "materials": ["本周重点工作安排.docx"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(84,'7503499e-88f7-45ba-a65d-3786ddc370e1','mtg-00bc49c04eed',4,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:41.000047','{"person": "yang", "department": "office", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(85,'8343943c-0ed1-44af-b03e-c1eeca9abb55','mtg-00bc49c04eed',5,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:41.000047','{"person": "shen", "department": "office.secretariat", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(86,'cf6355c3-a851-4a75-9c40-226f64d20aaa','mtg-00bc49c04eed',6,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:41.000047','{"person": "zhou", "department": "office.supervision", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(87,'1622a760-3662-43ce-a30c-2e5b29a3ca7c','mtg-00bc49c04eed',7,'shuniu.meetings.meeting.department_invited.v1','2026-12-02 20:05:41.000047','{"department": "office.affairs", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(88,'eb87befe-638e-4470-97db-a1fe62318126','mtg-00bc49c04eed',8,'shuniu.meetings.meeting.notice_issued.v1','2026-12-02 20:05:41.015098','{"issued_by": "shen", "starts_at": "2026-12-21T01:00:00Z", "ends_at": "2026-12-21T02:30:00Z", "room_id": "room-first", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(89,'b99ba7bb-08da-4978-aa89-68a07cc77594','mtg-00bc49c04eed',9,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:41.030985','{"person": "yang", "department": "office", "response": "attend", "capacity": "出席"}','{"actor": "yang"}');
INSERT INTO "events" VALUES(90,'18b65f5e-6cec-4981-a832-e165e92a3908','mtg-00bc49c04eed',10,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:41.046882','{"person": "shen", "department": "office.secretariat", "response": "attend", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(91,'0b50686c-069c-4b54-a3a5-6a5e82cab417','mtg-00bc49c04eed',11,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:41.056969','{"person": "zhou", "department": "office.supervision", "response": "attend", "capacity": "出席"}','{"actor": "zhou"}');
INSERT INTO "events" VALUES(92,'76bcd3e7-4d85-4cda-b1dd-c742c1121b22','mtg-0f48e599dd1f',1,'shuniu.meetings.meeting.scheduled.v1','2026-12-02 20:05:41.083042','{"title": "县政府第12次常务会议", "kind": "常务会", "organiser": "shen", "organiser_department": "office", "chair": "luo", "chair_department": "gov", "starts_at": "2026-12-02T07:00:00Z", "ends_at": "2026-12-02T09:00:00Z", "classification": "none", "series_id": null}','{"actor": "shen"}');
INSERT INTO "events" VALUES(93,'eb81a734-1501-4a0b-ada2-17e5bfc12547','mtg-0f48e599dd1f',2,'shuniu.meetings.meeting.room_booked.v1','2026-12-02 20:05:41.086253','{"room_id": "room-changwu", "room_name": "常务会议室", "room_capacity": 40, "starts_at": "2026-12-02T07:00:00Z", "ends_at": "2026-12-02T09:00:00Z"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(94,'60cc535f-21ff-43ff-95c7-b7e846f5b8a9','mtg-0f48e599dd1f',3,'shuniu.meetings.meeting.agenda_item_added.v1','2026-12-02 20:05:41.102599','{"item_id": "item-1", "title": "关于县城老旧小区改造资金的汇报", "presenter": "chen", "presenter_department": "finance", "materials": ["关于县城老旧小区改造资金的汇报.docx"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(95,'9c08c035-e7a8-4d5f-9666-10781798bb38','mtg-0f48e599dd1f',4,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:41.138621','{"person": "fang", "department": "gov", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(96,'5da1eaa8-0729-466f-b129-f08a78a62e66','mtg-0f48e599dd1f',5,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:41.138621','{"person": "chen", "department": "finance", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(97,'93de9073-091b-47b9-a581-f10ab8bbeef6','mtg-0f48e599dd1f',6,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:41.138621','{"person": "zhao", "department": "education", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(98,'38b7538b-e6e9-47cd-ab6a-d59bbf60b9ea','mtg-0f48e599dd1f',7,'shuniu.meetings.meeting.department_invited.v1','2026-12-02 20:05:41.138621','{"department": "agriculture", "capacity": "列席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(99,'ba60019f-6964-41f0-8cc6-67adae68a3ee','mtg-0f48e599dd1f',8,'shuniu.meetings.meeting.notice_issued.v1','2026-12-02 20:05:41.202888','{"issued_by": "shen", "starts_at": "2026-12-02T07:00:00Z", "ends_at": "2026-12-02T09:00:00Z", "room_id": "room-changwu", "notified_people": ["chen", "fang", "luo", "zhao"], "notified_departments": ["agriculture"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(100,'a788e9d4-a6ee-452e-a187-cf75e296c341','mtg-0f48e599dd1f',9,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:41.222146','{"person": "fang", "department": "gov", "response": "attend", "capacity": "出席"}','{"actor": "fang"}');
INSERT INTO "events" VALUES(101,'36d7bc30-364c-40d6-984e-5c21ad840eca','mtg-0f48e599dd1f',10,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:41.230921','{"person": "chen", "department": "finance", "response": "attend", "capacity": "出席"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(102,'98fa07c4-909c-4dfb-87c0-eb74779a4169','mtg-0f48e599dd1f',11,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:41.238924','{"person": "zhao", "department": "education", "response": "attend", "capacity": "出席"}','{"actor": "zhao"}');
INSERT INTO "events" VALUES(103,'00dd49a5-7567-4c00-af0d-bbbc99ede5cd','mtg-0f48e599dd1f',12,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:41.246387','{"person": "luo", "department": "gov", "capacity": "出席", "at": "2026-12-02T06:55:00Z", "substitute_for": null}','{"actor": "luo"}');
INSERT INTO "events" VALUES(104,'a03ebcb8-e16c-4f52-98a4-a6bda3fa0640','mtg-0f48e599dd1f',13,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:41.254042','{"person": "fang", "department": "gov", "capacity": "出席", "at": "2026-12-02T06:55:00Z", "substitute_for": null}','{"actor": "fang"}');
INSERT INTO "events" VALUES(105,'8539a0f4-9aae-4a29-bda1-450abc337d35','mtg-0f48e599dd1f',14,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:41.260999','{"person": "chen", "department": "finance", "capacity": "出席", "at": "2026-12-02T06:55:00Z", "substitute_for": null}','{"actor": "chen"}');
INSERT INTO "events" VALUES(106,'f4d535f2-7002-4554-b219-14f8821aa29b','mtg-0f48e599dd1f',15,'shuniu.meetings.meeting.signed_in.v1','2026-12-02 20:05:41.267427','{"person": "zhao", "department": "education", "capacity": "出席", "at": "2026-12-02T06:55:00Z", "substitute_for": null}','{"actor": "zhao"}');
INSERT INTO "events" VALUES(107,'24323f5d-cd9f-431f-9435-91272eb0149a','mtg-0f48e599dd1f',16,'shuniu.meetings.meeting.held.v1','2026-12-02 20:05:41.273922','{"recorded_by": "shen", "at": "2026-12-02T09:00:00Z"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(108,'e199dc1f-f05a-47ab-bbab-df91900a6fc9','mtg-0f48e599dd1f',17,'shuniu.meetings.meeting.minutes_drafted.v1','2026-12-02 20:05:41.282060','{"recorder": "li", "classification": "none", "summary": "县政府第12次常务会议研究了议程所列事项。"}','{"actor": "li"}');
INSERT INTO "events" VALUES(109,'c0b8adf4-0c17-49f2-b02f-21ae0b739411','mtg-0f48e599dd1f',18,'shuniu.meetings.meeting.resolution_drafted.v1','2026-12-02 20:05:41.293766','{"resolution_id": "r1", "title": "编制老旧小区改造资金使用计划", "lead_department": "finance", "co_departments": [], "deadline": "2026-12-17"}','{"actor": "li"}');
INSERT INTO "events" VALUES(110,'6cc825db-39ef-4c94-b0ef-e4086b793819','mtg-0f48e599dd1f',19,'shuniu.meetings.meeting.minutes_approved.v1','2026-12-02 20:05:41.313577','{"approved_by": "luo"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(111,'36996d61-3aef-4797-ac21-cbd11e258621','mtg-0f48e599dd1f',20,'shuniu.meetings.meeting.resolution_adopted.v1','2026-12-02 20:05:41.313577','{"meeting_id": "mtg-0f48e599dd1f", "meeting_title": "县政府第12次常务会议", "meeting_kind": "常务会", "resolution_id": "r1", "title": "编制老旧小区改造资金使用计划", "lead_department": "finance", "co_departments": [], "deadline": "2026-12-17", "decided_by": "luo", "classification": "none", "adopted_on": "2026-12-02"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(112,'1beaf5a3-a8f3-4170-ae05-a042ae5f1a05','mtg-0f48e599dd1f',21,'shuniu.meetings.meeting.minutes_issued.v1','2026-12-02 20:05:41.322986','{"issued_by": "shen", "chair": "luo", "attended": [{"person": "luo", "department": "gov", "note": ""}, {"person": "fang", "department": "gov", "note": ""}, {"person": "chen", "department": "finance", "note": ""}, {"person": "zhao", "department": "education", "note": ""}], "on_leave": [], "observers": [], "absent": [], "recorder": "li"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(113,'cbb28bbe-272e-434a-a596-cc5e0aa99b7c','mtg-5946ef543d71',1,'shuniu.meetings.meeting.scheduled.v1','2026-12-02 20:05:41.346271','{"title": "农业生产专题会", "kind": "专题会", "organiser": "shen", "organiser_department": "office", "chair": "fang", "chair_department": "gov", "starts_at": "2026-12-03T06:30:00Z", "ends_at": "2026-12-03T08:00:00Z", "classification": "none", "series_id": null}','{"actor": "shen"}');
INSERT INTO "events" VALUES(114,'94ed1094-75db-4958-aca7-848e69a66ba8','mtg-5946ef543d71',2,'shuniu.meetings.meeting.room_booked.v1','2026-12-02 20:05:41.348706','{"room_id": "room-second", "room_name": "第二会议室", "room_capacity": 20, "starts_at": "2026-12-03T06:30:00Z", "ends_at": "2026-12-03T08:00:00Z"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(115,'e5fd0687-1911-41b5-9a08-67ce6680021e','mtg-5946ef543d71',3,'shuniu.meetings.meeting.agenda_item_added.v1','2026-12-02 20:05:41.363695','{"item_id": "item-1", "title": "农业生产准备情况", "presenter": "chen", "presenter_department": "finance", "materials": ["农业生产准备情况.docx"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(116,'12cb5557-831e-42af-8307-21171b9e5987','mtg-5946ef543d71',4,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:41.379150','{"person": "zhang", "department": "union", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(117,'638fb9b0-126b-40d3-acb6-fdd789b44d16','mtg-5946ef543d71',5,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:41.379150','{"person": "sun", "department": "union", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(118,'f76cee9d-f6c0-47e1-9ab8-c23ebc1cdc1c','mtg-5946ef543d71',6,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:41.379150','{"person": "chen", "department": "finance", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(119,'2621be02-5875-4fed-9dcf-d1cee6685566','mtg-5946ef543d71',7,'shuniu.meetings.meeting.department_invited.v1','2026-12-02 20:05:41.379150','{"department": "agriculture", "capacity": "出席"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(120,'867a0977-3f7b-49b3-8a6b-619b7fae833e','mtg-5946ef543d71',8,'shuniu.meetings.meeting.notice_issued.v1','2026-12-02 20:05:41.409757','{"issued_by": "shen", "starts_at": "2026-12-03T06:30:00Z", "ends_at": "2026-12-03T08:00:00Z", "room_id": "room-second", "notified_people": ["chen", "fang", "sun", "zhang"], "notified_departments": ["agriculture"]}','{"actor": "shen"}');
INSERT INTO "events" VALUES(121,'fd432825-0829-461f-bc64-06976968c212','mtg-5946ef543d71',9,'shuniu.meetings.meeting.leave_requested.v1','2026-12-02 20:05:41.426790','{"person": "zhang", "department": "union", "reason": "小孙子住院，需在医院陪护", "substitute": null, "organiser": "shen", "organiser_department": "office", "chair": "fang", "meeting_title": "农业生产专题会", "starts_at": "2026-12-03T06:30:00Z"}','{"actor": "zhang"}');
INSERT INTO "events" VALUES(122,'2c913f92-fdbb-4130-98f6-2b77720b4855','mtg-5946ef543d71',10,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:41.436750','{"person": "chen", "department": "finance", "response": "attend", "capacity": "出席"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(123,'a76db4a1-513c-4198-a42a-636d277f7706','mtg-bf42c20807bc',1,'shuniu.meetings.meeting.scheduled.v1','2026-12-02 20:05:41.446800','{"title": "县政府党组会议", "kind": "党组会", "organiser": "feng", "organiser_department": "office", "chair": "luo", "chair_department": "gov", "starts_at": "2026-12-08T01:00:00Z", "ends_at": "2026-12-08T03:00:00Z", "classification": "机密", "series_id": null}','{"actor": "feng"}');
INSERT INTO "events" VALUES(124,'a2c7ba81-158e-48d7-ba13-33898b81dfc5','mtg-bf42c20807bc',2,'shuniu.meetings.meeting.room_booked.v1','2026-12-02 20:05:41.447967','{"room_id": "room-party", "room_name": "党组会议室", "room_capacity": 15, "starts_at": "2026-12-08T01:00:00Z", "ends_at": "2026-12-08T03:00:00Z"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(125,'e200e584-93b3-4d93-a7ce-260806c92d43','mtg-bf42c20807bc',3,'shuniu.meetings.meeting.agenda_item_added.v1','2026-12-02 20:05:41.455273','{"item_id": "item-1", "title": "研究干部任免事项", "presenter": "fang", "presenter_department": "gov", "materials": ["研究干部任免事项.docx"]}','{"actor": "feng"}');
INSERT INTO "events" VALUES(126,'a0c1e9e2-aea5-4650-980a-af783f4816c8','mtg-bf42c20807bc',4,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:41.467618','{"person": "fang", "department": "gov", "capacity": "出席"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(127,'471a3cdb-f093-40d4-b88b-27199dbb78b7','mtg-bf42c20807bc',5,'shuniu.meetings.meeting.person_invited.v1','2026-12-02 20:05:41.467618','{"person": "feng", "department": "office", "capacity": "列席"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(128,'73a706bc-0071-42ae-b38c-921d26884fe7','mtg-0f48e599dd1f',22,'shuniu.meetings.meeting.resolution_supervised.v1','2026-12-02 20:05:41.491296','{"resolution_id": "r1", "task_id": "resolution:mtg-0f48e599dd1f:r1"}','{"actor": "luo", "correlation_id": "36996d61-3aef-4797-ac21-cbd11e258621", "causation_id": "2d82a29b-e901-48bf-b3ca-57514ac4b81d", "traceparent": "00-3124fce3e8e9b0fb0b6cdc5398f76113-96536b7d166067de-01"}');
INSERT INTO "events" VALUES(129,'0b26b5c4-7edc-4df1-a18a-ce50b0f41351','mtg-bf42c20807bc',6,'shuniu.meetings.meeting.notice_issued.v1','2026-12-02 20:05:41.512625','{"issued_by": "feng", "starts_at": "2026-12-08T01:00:00Z", "ends_at": "2026-12-08T03:00:00Z", "room_id": "room-party", "notified_people": ["fang", "feng", "luo"], "notified_departments": []}','{"actor": "feng"}');
INSERT INTO "events" VALUES(130,'10424a64-7eb8-4e4e-92d4-fd750f966998','mtg-bf42c20807bc',7,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:41.536822','{"person": "fang", "department": "gov", "response": "attend", "capacity": "出席"}','{"actor": "fang"}');
INSERT INTO "events" VALUES(131,'d661c2a3-4f12-4917-acb0-bc1f7528c773','mtg-bf42c20807bc',8,'shuniu.meetings.meeting.replied.v1','2026-12-02 20:05:41.579914','{"person": "feng", "department": "office", "response": "attend", "capacity": "列席"}','{"actor": "feng"}');
CREATE TABLE idempotency_keys (
	scope VARCHAR(300) NOT NULL, 
	"key" VARCHAR(200) NOT NULL, 
	request_hash VARCHAR(64) NOT NULL, 
	status INTEGER NOT NULL, 
	body JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (scope, "key")
);
CREATE TABLE meeting_access (
	meeting_id VARCHAR(100) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	"key" VARCHAR(100) NOT NULL, 
	PRIMARY KEY (meeting_id, kind, "key")
);
INSERT INTO "meeting_access" VALUES('mtg-af53480ea8c7','person','zhou');
INSERT INTO "meeting_access" VALUES('mtg-af53480ea8c7','person','yang');
INSERT INTO "meeting_access" VALUES('mtg-af53480ea8c7','person','shen');
INSERT INTO "meeting_access" VALUES('mtg-af53480ea8c7','person','feng');
INSERT INTO "meeting_access" VALUES('mtg-af53480ea8c7','department','office');
INSERT INTO "meeting_access" VALUES('mtg-af53480ea8c7','department','office.supervision');
INSERT INTO "meeting_access" VALUES('mtg-af53480ea8c7','department','office.secretariat');
INSERT INTO "meeting_access" VALUES('mtg-af53480ea8c7','department','office.affairs');
INSERT INTO "meeting_access" VALUES('mtg-af53480ea8c7','invited_department','office.affairs');
INSERT INTO "meeting_access" VALUES('mtg-e2f40aba6298','person','zhou');
INSERT INTO "meeting_access" VALUES('mtg-e2f40aba6298','person','yang');
INSERT INTO "meeting_access" VALUES('mtg-e2f40aba6298','person','shen');
INSERT INTO "meeting_access" VALUES('mtg-e2f40aba6298','person','feng');
INSERT INTO "meeting_access" VALUES('mtg-e2f40aba6298','department','office');
INSERT INTO "meeting_access" VALUES('mtg-e2f40aba6298','department','office.supervision');
INSERT INTO "meeting_access" VALUES('mtg-e2f40aba6298','department','office.secretariat');
INSERT INTO "meeting_access" VALUES('mtg-e2f40aba6298','department','office.affairs');
INSERT INTO "meeting_access" VALUES('mtg-e2f40aba6298','invited_department','office.affairs');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','person','sun');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','person','chen');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','person','shen');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','person','wang');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','person','feng');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','person','fang');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','person','zhao');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','person','luo');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','department','gov');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','department','education');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','department','union');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','department','office');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','department','finance');
INSERT INTO "meeting_access" VALUES('mtg-b07c39b9318f','department','petitions');
INSERT INTO "meeting_access" VALUES('mtg-882274504312','person','zhou');
INSERT INTO "meeting_access" VALUES('mtg-882274504312','person','yang');
INSERT INTO "meeting_access" VALUES('mtg-882274504312','person','shen');
INSERT INTO "meeting_access" VALUES('mtg-882274504312','person','feng');
INSERT INTO "meeting_access" VALUES('mtg-882274504312','department','office');
INSERT INTO "meeting_access" VALUES('mtg-882274504312','department','office.supervision');
INSERT INTO "meeting_access" VALUES('mtg-882274504312','department','office.secretariat');
INSERT INTO "meeting_access" VALUES('mtg-882274504312','department','office.affairs');
INSERT INTO "meeting_access" VALUES('mtg-882274504312','invited_department','office.affairs');
INSERT INTO "meeting_access" VALUES('mtg-00bc49c04eed','person','zhou');
INSERT INTO "meeting_access" VALUES('mtg-00bc49c04eed','person','yang');
INSERT INTO "meeting_access" VALUES('mtg-00bc49c04eed','person','shen');
INSERT INTO "meeting_access" VALUES('mtg-00bc49c04eed','person','feng');
INSERT INTO "meeting_access" VALUES('mtg-00bc49c04eed','department','office');
INSERT INTO "meeting_access" VALUES('mtg-00bc49c04eed','department','office.supervision');
INSERT INTO "meeting_access" VALUES('mtg-00bc49c04eed','department','office.secretariat');
INSERT INTO "meeting_access" VALUES('mtg-00bc49c04eed','department','office.affairs');
INSERT INTO "meeting_access" VALUES('mtg-00bc49c04eed','invited_department','office.affairs');
INSERT INTO "meeting_access" VALUES('mtg-5946ef543d71','person','sun');
INSERT INTO "meeting_access" VALUES('mtg-5946ef543d71','person','chen');
INSERT INTO "meeting_access" VALUES('mtg-5946ef543d71','person','shen');
INSERT INTO "meeting_access" VALUES('mtg-5946ef543d71','person','fang');
INSERT INTO "meeting_access" VALUES('mtg-5946ef543d71','person','zhang');
INSERT INTO "meeting_access" VALUES('mtg-5946ef543d71','department','gov');
INSERT INTO "meeting_access" VALUES('mtg-5946ef543d71','department','agriculture');
INSERT INTO "meeting_access" VALUES('mtg-5946ef543d71','department','union');
INSERT INTO "meeting_access" VALUES('mtg-5946ef543d71','department','office');
INSERT INTO "meeting_access" VALUES('mtg-5946ef543d71','department','finance');
INSERT INTO "meeting_access" VALUES('mtg-5946ef543d71','invited_department','agriculture');
INSERT INTO "meeting_access" VALUES('mtg-0f48e599dd1f','person','chen');
INSERT INTO "meeting_access" VALUES('mtg-0f48e599dd1f','person','shen');
INSERT INTO "meeting_access" VALUES('mtg-0f48e599dd1f','person','fang');
INSERT INTO "meeting_access" VALUES('mtg-0f48e599dd1f','person','zhao');
INSERT INTO "meeting_access" VALUES('mtg-0f48e599dd1f','person','luo');
INSERT INTO "meeting_access" VALUES('mtg-0f48e599dd1f','department','gov');
INSERT INTO "meeting_access" VALUES('mtg-0f48e599dd1f','department','agriculture');
INSERT INTO "meeting_access" VALUES('mtg-0f48e599dd1f','department','education');
INSERT INTO "meeting_access" VALUES('mtg-0f48e599dd1f','department','office');
INSERT INTO "meeting_access" VALUES('mtg-0f48e599dd1f','department','finance');
INSERT INTO "meeting_access" VALUES('mtg-0f48e599dd1f','invited_department','agriculture');
INSERT INTO "meeting_access" VALUES('mtg-bf42c20807bc','person','fang');
INSERT INTO "meeting_access" VALUES('mtg-bf42c20807bc','person','luo');
INSERT INTO "meeting_access" VALUES('mtg-bf42c20807bc','person','feng');
INSERT INTO "meeting_access" VALUES('mtg-bf42c20807bc','department','gov');
INSERT INTO "meeting_access" VALUES('mtg-bf42c20807bc','department','office');
CREATE TABLE meetings (
	id VARCHAR(100) NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	kind VARCHAR(50) NOT NULL, 
	organiser VARCHAR(100) NOT NULL, 
	organiser_department VARCHAR(100) NOT NULL, 
	chair VARCHAR(100) NOT NULL, 
	starts_at DATETIME NOT NULL, 
	ends_at DATETIME NOT NULL, 
	room_id VARCHAR(100), 
	stage VARCHAR(20) NOT NULL, 
	classification VARCHAR(10) NOT NULL, 
	minutes_stage VARCHAR(20), 
	series_id VARCHAR(100), 
	version INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "meetings" VALUES('mtg-b07c39b9318f','县政府第11次常务会议','常务会','shen','office','luo','2026-11-24 01:00:00.000000','2026-11-24 03:30:00.000000','room-changwu','held','none','issued',NULL,34,78);
INSERT INTO "meetings" VALUES('mtg-af53480ea8c7','县政府办公室周例会','办公会','shen','office','feng','2026-11-30 01:00:00.000000','2026-11-30 02:30:00.000000','room-first','held','none','issued','series-0fce61fad195',20,62);
INSERT INTO "meetings" VALUES('mtg-e2f40aba6298','县政府办公室周例会','办公会','shen','office','feng','2026-12-07 01:00:00.000000','2026-12-07 02:30:00.000000','room-first','notified','none',NULL,'series-0fce61fad195',11,71);
INSERT INTO "meetings" VALUES('mtg-882274504312','县政府办公室周例会','办公会','shen','office','feng','2026-12-14 01:00:00.000000','2026-12-14 02:30:00.000000','room-first','notified','none',NULL,'series-0fce61fad195',11,82);
INSERT INTO "meetings" VALUES('mtg-00bc49c04eed','县政府办公室周例会','办公会','shen','office','feng','2026-12-21 01:00:00.000000','2026-12-21 02:30:00.000000','room-first','notified','none',NULL,'series-0fce61fad195',11,91);
INSERT INTO "meetings" VALUES('mtg-0f48e599dd1f','县政府第12次常务会议','常务会','shen','office','luo','2026-12-02 07:00:00.000000','2026-12-02 09:00:00.000000','room-changwu','held','none','issued',NULL,22,128);
INSERT INTO "meetings" VALUES('mtg-5946ef543d71','农业生产专题会','专题会','shen','office','fang','2026-12-03 06:30:00.000000','2026-12-03 08:00:00.000000','room-second','notified','none',NULL,NULL,10,122);
INSERT INTO "meetings" VALUES('mtg-bf42c20807bc','县政府党组会议','党组会','feng','office','luo','2026-12-08 01:00:00.000000','2026-12-08 03:00:00.000000','room-party','notified','机密',NULL,NULL,8,131);
CREATE TABLE outbox (
	position INTEGER NOT NULL, 
	PRIMARY KEY (position), 
	FOREIGN KEY(position) REFERENCES events (position)
);
CREATE TABLE processed_events (
	consumer_group VARCHAR(200) NOT NULL, 
	event_id VARCHAR(36) NOT NULL, 
	outcome VARCHAR(20) NOT NULL, 
	processed_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	PRIMARY KEY (consumer_group, event_id)
);
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','0b369fb3-5b0b-4ef9-9e48-ffcf2e36e1dd','applied','2026-12-02 20:05:40.454305');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','07870ce4-9721-4f91-b3ac-00794b105def','applied','2026-12-02 20:05:40.454305');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','2f30d407-6937-4e22-b6b4-2670b090e25a','applied','2026-12-02 20:05:40.904208');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','bfc21193-c17e-41b4-b41d-a96db52ba0c0','applied','2026-12-02 20:05:40.904208');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','2d82a29b-e901-48bf-b3ca-57514ac4b81d','applied','2026-12-02 20:05:41.480425');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','54360741-ae09-41eb-9421-a2b047d38467','applied','2026-12-02 20:05:41.632763');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','1f7f7fc4-7d3f-494c-9635-637c0117e692','applied','2026-12-02 20:05:41.968366');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','55e1cea5-7714-4e4e-9474-161f3e66619f','applied','2026-12-02 20:05:42.048817');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','7d7468a3-e3fd-425f-948a-9baf95bbe3c1','applied','2026-12-02 20:05:42.115033');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','d312ae46-a8e2-492d-8dfb-882e0f70676d','applied','2026-12-02 20:05:42.166902');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','37575180-5da5-4409-ac93-5749b119c52f','applied','2026-12-02 20:05:42.448066');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','953589ec-c2f8-44b4-8560-cc3f334ab875','applied','2026-12-02 20:05:42.448066');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','743e637e-0a60-4521-9884-69eecf3ba684','applied','2026-12-02 20:05:42.448066');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','80b380e1-333c-4a9f-be65-66966e403798','applied','2026-12-02 20:05:42.448066');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','67a40f98-abce-4e20-9df1-cee32faf72b2','applied','2026-12-02 20:05:42.448066');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','329f81ac-2066-45e1-8d04-ab12b73a4e7a','applied','2026-12-02 20:05:44.680203');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','004054ed-b401-48d5-b76b-44a576821609','applied','2026-12-02 20:05:44.680203');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','7460c3ae-0022-411b-91ca-8c179f076ce9','applied','2026-12-02 20:05:44.680203');
INSERT INTO "processed_events" VALUES('meetings.supervision-outcomes','dafacb1f-49fe-4ee6-a2c1-e2bbc8fae84b','applied','2026-12-02 20:05:44.680203');
CREATE TABLE room_bookings (
	meeting_id VARCHAR(100) NOT NULL, 
	room_id VARCHAR(100) NOT NULL, 
	starts_at DATETIME NOT NULL, 
	ends_at DATETIME NOT NULL, 
	PRIMARY KEY (meeting_id)
);
INSERT INTO "room_bookings" VALUES('mtg-b07c39b9318f','room-changwu','2026-11-24 01:00:00.000000','2026-11-24 03:30:00.000000');
INSERT INTO "room_bookings" VALUES('mtg-af53480ea8c7','room-first','2026-11-30 01:00:00.000000','2026-11-30 02:30:00.000000');
INSERT INTO "room_bookings" VALUES('mtg-e2f40aba6298','room-first','2026-12-07 01:00:00.000000','2026-12-07 02:30:00.000000');
INSERT INTO "room_bookings" VALUES('mtg-882274504312','room-first','2026-12-14 01:00:00.000000','2026-12-14 02:30:00.000000');
INSERT INTO "room_bookings" VALUES('mtg-00bc49c04eed','room-first','2026-12-21 01:00:00.000000','2026-12-21 02:30:00.000000');
INSERT INTO "room_bookings" VALUES('mtg-0f48e599dd1f','room-changwu','2026-12-02 07:00:00.000000','2026-12-02 09:00:00.000000');
INSERT INTO "room_bookings" VALUES('mtg-5946ef543d71','room-second','2026-12-03 06:30:00.000000','2026-12-03 08:00:00.000000');
INSERT INTO "room_bookings" VALUES('mtg-bf42c20807bc','room-party','2026-12-08 01:00:00.000000','2026-12-08 03:00:00.000000');
CREATE TABLE rooms (
	id VARCHAR(100) NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	building VARCHAR(200) NOT NULL, 
	capacity INTEGER NOT NULL, 
	equipment JSON NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "rooms" VALUES('room-changwu','常务会议室','县政府大楼',40,'["视频会议", "投影仪", "录音"]');
INSERT INTO "rooms" VALUES('room-first','第一会议室','县政府大楼',30,'["投影仪"]');
INSERT INTO "rooms" VALUES('room-second','第二会议室','县政府大楼',20,'["投影仪"]');
INSERT INTO "rooms" VALUES('room-party','党组会议室','县政府大楼',15,'["录音"]');
CREATE TABLE schema_migrations (
	id VARCHAR(200) NOT NULL, 
	applied_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id)
);
INSERT INTO "schema_migrations" VALUES('0001_event_store_outbox_inbox','2026-12-02 20:05:38');
INSERT INTO "schema_migrations" VALUES('meetings_0001_rooms_meetings_todos','2026-12-02 20:05:38');
INSERT INTO "schema_migrations" VALUES('meetings_0002_no_overlapping_bookings','2026-12-02 20:05:38');
CREATE TABLE todos (
	id INTEGER NOT NULL, 
	person VARCHAR(100) NOT NULL, 
	kind VARCHAR(50) NOT NULL, 
	meeting_id VARCHAR(100) NOT NULL, 
	meeting_title VARCHAR(500) NOT NULL, 
	starts_at DATETIME NOT NULL, 
	about VARCHAR(100) NOT NULL, 
	reason TEXT NOT NULL, 
	substitute VARCHAR(100), 
	created_at DATETIME NOT NULL, 
	position INTEGER NOT NULL, 
	done_at DATETIME, 
	PRIMARY KEY (id)
);
INSERT INTO "todos" VALUES(1,'chen','meeting_notice','mtg-b07c39b9318f','县政府第11次常务会议','2026-11-24 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.111028',15,'2026-12-02 20:05:40.147156');
INSERT INTO "todos" VALUES(2,'fang','meeting_notice','mtg-b07c39b9318f','县政府第11次常务会议','2026-11-24 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.111028',15,'2026-12-02 20:05:40.119720');
INSERT INTO "todos" VALUES(3,'feng','meeting_notice','mtg-b07c39b9318f','县政府第11次常务会议','2026-11-24 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.111028',15,'2026-12-02 20:05:40.242213');
INSERT INTO "todos" VALUES(4,'luo','meeting_notice','mtg-b07c39b9318f','县政府第11次常务会议','2026-11-24 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.111028',15,'2026-12-02 20:05:40.414772');
INSERT INTO "todos" VALUES(5,'sun','meeting_notice','mtg-b07c39b9318f','县政府第11次常务会议','2026-11-24 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.111028',15,'2026-12-02 20:05:40.214963');
INSERT INTO "todos" VALUES(6,'wang','meeting_notice','mtg-b07c39b9318f','县政府第11次常务会议','2026-11-24 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.111028',15,'2026-12-02 20:05:40.197393');
INSERT INTO "todos" VALUES(7,'zhao','meeting_notice','mtg-b07c39b9318f','县政府第11次常务会议','2026-11-24 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.111028',15,'2026-12-02 20:05:40.169615');
INSERT INTO "todos" VALUES(8,'luo','leave_request','mtg-b07c39b9318f','县政府第11次常务会议','2026-11-24 01:00:00.000000','wang','赴市信访局参加联席会议',NULL,'2026-12-02 20:05:40.197393',19,NULL);
INSERT INTO "todos" VALUES(9,'shen','leave_request','mtg-b07c39b9318f','县政府第11次常务会议','2026-11-24 01:00:00.000000','wang','赴市信访局参加联席会议',NULL,'2026-12-02 20:05:40.197393',19,NULL);
INSERT INTO "todos" VALUES(10,'feng','meeting_notice','mtg-af53480ea8c7','县政府办公室周例会','2026-11-30 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.612875',50,'2026-12-02 20:05:40.704457');
INSERT INTO "todos" VALUES(11,'shen','meeting_notice','mtg-af53480ea8c7','县政府办公室周例会','2026-11-30 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.612875',50,'2026-12-02 20:05:40.640419');
INSERT INTO "todos" VALUES(12,'yang','meeting_notice','mtg-af53480ea8c7','县政府办公室周例会','2026-11-30 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.612875',50,'2026-12-02 20:05:40.632854');
INSERT INTO "todos" VALUES(13,'zhou','meeting_notice','mtg-af53480ea8c7','县政府办公室周例会','2026-11-30 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.612875',50,'2026-12-02 20:05:40.648139');
INSERT INTO "todos" VALUES(14,'wu','meeting_notice','mtg-af53480ea8c7','县政府办公室周例会','2026-11-30 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.612875',50,'2026-12-02 20:05:40.704457');
INSERT INTO "todos" VALUES(15,'zheng','meeting_notice','mtg-af53480ea8c7','县政府办公室周例会','2026-11-30 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.612875',50,'2026-12-02 20:05:40.704457');
INSERT INTO "todos" VALUES(16,'feng','meeting_notice','mtg-e2f40aba6298','县政府办公室周例会','2026-12-07 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.792793',68,NULL);
INSERT INTO "todos" VALUES(17,'shen','meeting_notice','mtg-e2f40aba6298','县政府办公室周例会','2026-12-07 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.792793',68,'2026-12-02 20:05:40.832014');
INSERT INTO "todos" VALUES(18,'yang','meeting_notice','mtg-e2f40aba6298','县政府办公室周例会','2026-12-07 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.792793',68,'2026-12-02 20:05:40.806823');
INSERT INTO "todos" VALUES(19,'zhou','meeting_notice','mtg-e2f40aba6298','县政府办公室周例会','2026-12-07 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.792793',68,'2026-12-02 20:05:40.849076');
INSERT INTO "todos" VALUES(20,'wu','meeting_notice','mtg-e2f40aba6298','县政府办公室周例会','2026-12-07 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.792793',68,NULL);
INSERT INTO "todos" VALUES(21,'zheng','meeting_notice','mtg-e2f40aba6298','县政府办公室周例会','2026-12-07 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.792793',68,NULL);
INSERT INTO "todos" VALUES(22,'feng','meeting_notice','mtg-882274504312','县政府办公室周例会','2026-12-14 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.943301',79,NULL);
INSERT INTO "todos" VALUES(23,'shen','meeting_notice','mtg-882274504312','县政府办公室周例会','2026-12-14 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.943301',79,'2026-12-02 20:05:40.970986');
INSERT INTO "todos" VALUES(24,'yang','meeting_notice','mtg-882274504312','县政府办公室周例会','2026-12-14 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.943301',79,'2026-12-02 20:05:40.950947');
INSERT INTO "todos" VALUES(25,'zhou','meeting_notice','mtg-882274504312','县政府办公室周例会','2026-12-14 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.943301',79,'2026-12-02 20:05:40.987071');
INSERT INTO "todos" VALUES(26,'wu','meeting_notice','mtg-882274504312','县政府办公室周例会','2026-12-14 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.943301',79,NULL);
INSERT INTO "todos" VALUES(27,'zheng','meeting_notice','mtg-882274504312','县政府办公室周例会','2026-12-14 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:40.943301',79,NULL);
INSERT INTO "todos" VALUES(28,'feng','meeting_notice','mtg-00bc49c04eed','县政府办公室周例会','2026-12-21 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:41.020062',88,NULL);
INSERT INTO "todos" VALUES(29,'shen','meeting_notice','mtg-00bc49c04eed','县政府办公室周例会','2026-12-21 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:41.020062',88,'2026-12-02 20:05:41.051070');
INSERT INTO "todos" VALUES(30,'yang','meeting_notice','mtg-00bc49c04eed','县政府办公室周例会','2026-12-21 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:41.020062',88,'2026-12-02 20:05:41.039183');
INSERT INTO "todos" VALUES(31,'zhou','meeting_notice','mtg-00bc49c04eed','县政府办公室周例会','2026-12-21 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:41.020062',88,'2026-12-02 20:05:41.064047');
INSERT INTO "todos" VALUES(32,'wu','meeting_notice','mtg-00bc49c04eed','县政府办公室周例会','2026-12-21 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:41.020062',88,NULL);
INSERT INTO "todos" VALUES(33,'zheng','meeting_notice','mtg-00bc49c04eed','县政府办公室周例会','2026-12-21 01:00:00.000000','shen','',NULL,'2026-12-02 20:05:41.020062',88,NULL);
INSERT INTO "todos" VALUES(34,'chen','meeting_notice','mtg-0f48e599dd1f','县政府第12次常务会议','2026-12-02 07:00:00.000000','shen','',NULL,'2026-12-02 20:05:41.212642',99,'2026-12-02 20:05:41.234073');
INSERT INTO "todos" VALUES(35,'fang','meeting_notice','mtg-0f48e599dd1f','县政府第12次常务会议','2026-12-02 07:00:00.000000','shen','',NULL,'2026-12-02 20:05:41.212642',99,'2026-12-02 20:05:41.226268');
INSERT INTO "todos" VALUES(36,'luo','meeting_notice','mtg-0f48e599dd1f','县政府第12次常务会议','2026-12-02 07:00:00.000000','shen','',NULL,'2026-12-02 20:05:41.212642',99,'2026-12-02 20:05:41.277696');
INSERT INTO "todos" VALUES(37,'zhao','meeting_notice','mtg-0f48e599dd1f','县政府第12次常务会议','2026-12-02 07:00:00.000000','shen','',NULL,'2026-12-02 20:05:41.212642',99,'2026-12-02 20:05:41.242332');
INSERT INTO "todos" VALUES(38,'chen','meeting_notice','mtg-5946ef543d71','农业生产专题会','2026-12-03 06:30:00.000000','shen','',NULL,'2026-12-02 20:05:41.418867',120,'2026-12-02 20:05:41.440543');
INSERT INTO "todos" VALUES(39,'fang','meeting_notice','mtg-5946ef543d71','农业生产专题会','2026-12-03 06:30:00.000000','shen','',NULL,'2026-12-02 20:05:41.418867',120,NULL);
INSERT INTO "todos" VALUES(40,'sun','meeting_notice','mtg-5946ef543d71','农业生产专题会','2026-12-03 06:30:00.000000','shen','',NULL,'2026-12-02 20:05:41.418867',120,NULL);
INSERT INTO "todos" VALUES(41,'zhang','meeting_notice','mtg-5946ef543d71','农业生产专题会','2026-12-03 06:30:00.000000','shen','',NULL,'2026-12-02 20:05:41.418867',120,'2026-12-02 20:05:41.432202');
INSERT INTO "todos" VALUES(42,'fang','leave_request','mtg-5946ef543d71','农业生产专题会','2026-12-03 06:30:00.000000','zhang','小孙子住院，需在医院陪护',NULL,'2026-12-02 20:05:41.432202',121,NULL);
INSERT INTO "todos" VALUES(43,'shen','leave_request','mtg-5946ef543d71','农业生产专题会','2026-12-03 06:30:00.000000','zhang','小孙子住院，需在医院陪护',NULL,'2026-12-02 20:05:41.432202',121,NULL);
INSERT INTO "todos" VALUES(44,'fang','meeting_notice','mtg-bf42c20807bc','县政府党组会议','2026-12-08 01:00:00.000000','feng','',NULL,'2026-12-02 20:05:41.524794',129,'2026-12-02 20:05:41.545241');
INSERT INTO "todos" VALUES(45,'feng','meeting_notice','mtg-bf42c20807bc','县政府党组会议','2026-12-08 01:00:00.000000','feng','',NULL,'2026-12-02 20:05:41.524794',129,'2026-12-02 20:05:41.584836');
INSERT INTO "todos" VALUES(46,'luo','meeting_notice','mtg-bf42c20807bc','县政府党组会议','2026-12-08 01:00:00.000000','feng','',NULL,'2026-12-02 20:05:41.524794',129,NULL);
CREATE INDEX ix_deadlines_due ON deadlines (fired_at, due_at);
CREATE TRIGGER events_to_outbox AFTER INSERT ON events
           BEGIN INSERT INTO outbox (position) VALUES (NEW.position); END;
CREATE INDEX ix_room_bookings_room_time ON room_bookings (room_id, starts_at);
CREATE INDEX ix_meetings_starts_at ON meetings (starts_at, id);
CREATE INDEX ix_meeting_access_key ON meeting_access (kind, "key");
CREATE INDEX ix_todos_person ON todos (person);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('events',131);
COMMIT;
