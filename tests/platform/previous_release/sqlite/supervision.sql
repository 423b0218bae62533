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
INSERT INTO "deadlines" VALUES('instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture:approaching:2026-12-10','instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture','approaching','2026-12-07 01:00:00.000000','{"deadline": "2026-12-10"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture:overdue:2026-12-10','instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture','overdue','2026-12-10 16:00:00.000000','{"deadline": "2026-12-10"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('instruction:in-78c5038a44134f7c:2026-12-03:finance:approaching:2026-12-17','instruction:in-78c5038a44134f7c:2026-12-03:finance','approaching','2026-12-14 01:00:00.000000','{"deadline": "2026-12-17"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('instruction:in-78c5038a44134f7c:2026-12-03:finance:overdue:2026-12-17','instruction:in-78c5038a44134f7c:2026-12-03:finance','overdue','2026-12-17 16:00:00.000000','{"deadline": "2026-12-17"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('resolution:mtg-b07c39b9318f:r1:approaching:2026-12-14','resolution:mtg-b07c39b9318f:r1','approaching','2026-12-09 01:00:00.000000','{"deadline": "2026-12-14"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('resolution:mtg-b07c39b9318f:r1:overdue:2026-12-14','resolution:mtg-b07c39b9318f:r1','overdue','2026-12-14 16:00:00.000000','{"deadline": "2026-12-14"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('resolution:mtg-b07c39b9318f:r2:approaching:2026-12-24','resolution:mtg-b07c39b9318f:r2','approaching','2026-12-21 01:00:00.000000','{"deadline": "2026-12-24"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('resolution:mtg-b07c39b9318f:r2:overdue:2026-12-24','resolution:mtg-b07c39b9318f:r2','overdue','2026-12-24 16:00:00.000000','{"deadline": "2026-12-24"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('resolution:mtg-0f48e599dd1f:r1:approaching:2026-12-17','resolution:mtg-0f48e599dd1f:r1','approaching','2026-12-14 01:00:00.000000','{"deadline": "2026-12-17"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('resolution:mtg-0f48e599dd1f:r1:overdue:2026-12-17','resolution:mtg-0f48e599dd1f:r1','overdue','2026-12-17 16:00:00.000000','{"deadline": "2026-12-17"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('adhoc:54ea566a924b:approaching:2027-01-02','adhoc:54ea566a924b','approaching','2026-12-30 01:00:00.000000','{"deadline": "2027-01-02"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('adhoc:54ea566a924b:overdue:2027-01-02','adhoc:54ea566a924b','overdue','2027-01-02 16:00:00.000000','{"deadline": "2027-01-02"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('adhoc:54ea566a924b:report-due:2026-12-03','adhoc:54ea566a924b','report-due','2026-12-03 01:00:00.000000','{"due_on": "2026-12-03", "period_start": "2026-11-26"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('adhoc:ecc1e9fd4cc2:approaching:2026-12-07','adhoc:ecc1e9fd4cc2','approaching','2026-12-02 01:00:00.000000','{"deadline": "2026-12-07"}','2026-12-02 20:05:41.903630',0,NULL);
INSERT INTO "deadlines" VALUES('adhoc:ecc1e9fd4cc2:overdue:2026-12-07','adhoc:ecc1e9fd4cc2','overdue','2026-12-07 16:00:00.000000','{"deadline": "2026-12-07"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('adhoc:9a061b230596:approaching:2026-11-28','adhoc:9a061b230596','approaching','2026-11-25 01:00:00.000000','{"deadline": "2026-11-28"}','2026-12-02 20:05:42.993431',0,NULL);
INSERT INTO "deadlines" VALUES('adhoc:9a061b230596:overdue:2026-11-28','adhoc:9a061b230596','overdue','2026-11-28 16:00:00.000000','{"deadline": "2026-11-28"}','2026-12-02 20:05:42.993431',0,NULL);
INSERT INTO "deadlines" VALUES('adhoc:4838b806954b:approaching:2026-12-23','adhoc:4838b806954b','approaching','2026-12-18 01:00:00.000000','{"deadline": "2026-12-23"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('adhoc:4838b806954b:overdue:2026-12-23','adhoc:4838b806954b','overdue','2026-12-23 16:00:00.000000','{"deadline": "2026-12-23"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('adhoc:269158eeb05d:approaching:2026-12-09','adhoc:269158eeb05d','approaching','2026-12-04 01:00:00.000000','{"deadline": "2026-12-09"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('adhoc:269158eeb05d:overdue:2026-12-09','adhoc:269158eeb05d','overdue','2026-12-09 16:00:00.000000','{"deadline": "2026-12-09"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('adhoc:af585dcc5886:approaching:2026-12-18','adhoc:af585dcc5886','approaching','2026-12-15 01:00:00.000000','{"deadline": "2026-12-18"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('adhoc:af585dcc5886:overdue:2026-12-18','adhoc:af585dcc5886','overdue','2026-12-18 16:00:00.000000','{"deadline": "2026-12-18"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('petition:petition-demo-2:education:approaching:2027-01-12','petition:petition-demo-2:education','approaching','2027-01-07 01:00:00.000000','{"deadline": "2027-01-12"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('petition:petition-demo-2:education:overdue:2027-01-12','petition:petition-demo-2:education','overdue','2027-01-12 16:00:00.000000','{"deadline": "2027-01-12"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('petition:petition-demo-3:agriculture:approaching:2026-12-05','petition:petition-demo-3:agriculture','approaching','2026-12-02 01:00:00.000000','{"deadline": "2026-12-05"}','2026-12-02 20:05:45.091169',0,NULL);
INSERT INTO "deadlines" VALUES('petition:petition-demo-3:agriculture:overdue:2026-12-05','petition:petition-demo-3:agriculture','overdue','2026-12-05 16:00:00.000000','{"deadline": "2026-12-05"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('petition:petition-demo-5:finance:approaching:2026-12-18','petition:petition-demo-5:finance','approaching','2026-12-15 01:00:00.000000','{"deadline": "2026-12-18"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('petition:petition-demo-5:finance:overdue:2026-12-18','petition:petition-demo-5:finance','overdue','2026-12-18 16:00:00.000000','{"deadline": "2026-12-18"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('petition:petition-demo-6:agriculture:approaching:2026-11-18','petition:petition-demo-6:agriculture','approaching','2026-11-13 01:00:00.000000','{"deadline": "2026-11-18"}','2026-12-02 20:05:45.091169',0,NULL);
INSERT INTO "deadlines" VALUES('petition:petition-demo-6:agriculture:overdue:2026-11-18','petition:petition-demo-6:agriculture','overdue','2026-11-18 16:00:00.000000','{"deadline": "2026-11-18"}','2026-12-02 20:05:45.091169',0,NULL);
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
INSERT INTO "events" VALUES(1,'0b369fb3-5b0b-4ef9-9e48-ffcf2e36e1dd','instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:40.349568','{"task_id": "instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture", "source": {"kind": "document_instruction", "service": "documents", "id": "in-f5f968d0b6fa4179", "item": null}, "title": "关于切实做好春耕备耕工作的紧急通知", "lead_department": "agriculture", "co_departments": ["finance"], "deadline": "2026-12-10", "description": "批示：请牵头抓好落实，按时报告办理结果。（收文编号 县府办收〔2026〕6号）", "priority": "urgent", "reporting_cycle": "none", "classification": "none", "assigned_by": "fang", "opened_by": null, "opened_on": "2026-12-03", "default_deadline_applied": false}','{"actor": "fang", "correlation_id": "57e1168b-d25a-4f7e-b36b-93037c337a92", "causation_id": "57e1168b-d25a-4f7e-b36b-93037c337a92", "traceparent": "00-57eb16d2d2ba253588b4de792365df43-5c7aa088b75de66c-01"}');
INSERT INTO "events" VALUES(2,'07870ce4-9721-4f91-b3ac-00794b105def','instruction:in-78c5038a44134f7c:2026-12-03:finance',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:40.371735','{"task_id": "instruction:in-78c5038a44134f7c:2026-12-03:finance", "source": {"kind": "document_instruction", "service": "documents", "id": "in-78c5038a44134f7c", "item": null}, "title": "关于下达2026年度财政专项资金的通知", "lead_department": "finance", "co_departments": [], "deadline": "2026-12-17", "description": "批示：请牵头抓好落实，按时报告办理结果。（收文编号 县府办收〔2026〕7号）", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "luo", "opened_by": null, "opened_on": "2026-12-03", "default_deadline_applied": false}','{"actor": "luo", "correlation_id": "abe84a14-ae9a-4ebe-9f50-05cb7804b8f0", "causation_id": "abe84a14-ae9a-4ebe-9f50-05cb7804b8f0", "traceparent": "00-006b1682cef177d2086007c543badd0e-32e5d3421d07370f-01"}');
INSERT INTO "events" VALUES(3,'2f30d407-6937-4e22-b6b4-2670b090e25a','resolution:mtg-b07c39b9318f:r1',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:40.843024','{"task_id": "resolution:mtg-b07c39b9318f:r1", "source": {"kind": "meeting_resolution", "service": "meetings", "id": "mtg-b07c39b9318f", "item": "r1"}, "title": "落实农业生产资金，按期拨付到位", "lead_department": "finance", "co_departments": ["agriculture"], "deadline": "2026-12-14", "description": "县政府第11次常务会议（常务会）议定事项", "priority": "high", "reporting_cycle": "none", "classification": "none", "assigned_by": "luo", "opened_by": null, "opened_on": "2026-11-24", "default_deadline_applied": false}','{"actor": "luo", "correlation_id": "1e6d1f2b-c2c9-4ad5-9961-2b9e0b4383a9", "causation_id": "1e6d1f2b-c2c9-4ad5-9961-2b9e0b4383a9", "traceparent": "00-a750e28d0190a7128ff1d9d483018fe4-696143e049ab0754-01"}');
INSERT INTO "events" VALUES(4,'bfc21193-c17e-41b4-b41d-a96db52ba0c0','resolution:mtg-b07c39b9318f:r2',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:40.857220','{"task_id": "resolution:mtg-b07c39b9318f:r2", "source": {"kind": "meeting_resolution", "service": "meetings", "id": "mtg-b07c39b9318f", "item": "r2"}, "title": "开展校园安全专项检查并报送结果", "lead_department": "education", "co_departments": ["office.supervision"], "deadline": "2026-12-24", "description": "县政府第11次常务会议（常务会）议定事项", "priority": "high", "reporting_cycle": "none", "classification": "none", "assigned_by": "luo", "opened_by": null, "opened_on": "2026-11-24", "default_deadline_applied": false}','{"actor": "luo", "correlation_id": "8130d4b8-2f78-4de9-ac0c-127acc76b61a", "causation_id": "8130d4b8-2f78-4de9-ac0c-127acc76b61a", "traceparent": "00-88b5925fa43a58afdb5c3658af776435-6d6b926798e5719f-01"}');
INSERT INTO "events" VALUES(5,'2d82a29b-e901-48bf-b3ca-57514ac4b81d','resolution:mtg-0f48e599dd1f:r1',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:41.358475','{"task_id": "resolution:mtg-0f48e599dd1f:r1", "source": {"kind": "meeting_resolution", "service": "meetings", "id": "mtg-0f48e599dd1f", "item": "r1"}, "title": "编制老旧小区改造资金使用计划", "lead_department": "finance", "co_departments": [], "deadline": "2026-12-17", "description": "县政府第12次常务会议（常务会）议定事项", "priority": "high", "reporting_cycle": "none", "classification": "none", "assigned_by": "luo", "opened_by": null, "opened_on": "2026-12-02", "default_deadline_applied": false}','{"actor": "luo", "correlation_id": "36996d61-3aef-4797-ac21-cbd11e258621", "causation_id": "36996d61-3aef-4797-ac21-cbd11e258621", "traceparent": "00-3124fce3e8e9b0fb0b6cdc5398f76113-b1fb63e1dfb9673b-01"}');
INSERT INTO "events" VALUES(6,'54360741-ae09-41eb-9421-a2b047d38467','adhoc:54ea566a924b',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:41.590669','{"task_id": "adhoc:54ea566a924b", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "落实工会会员服务阵地建设", "lead_department": "union", "co_departments": [], "deadline": "2027-01-02", "description": "", "priority": "normal", "reporting_cycle": "weekly", "classification": "none", "assigned_by": "zhou", "opened_by": "zhou", "opened_on": "2026-11-26", "default_deadline_applied": false}','{"actor": "zhou"}');
INSERT INTO "events" VALUES(7,'51669f79-b0db-494b-883a-27c60f933f93','adhoc:54ea566a924b',2,'shuniu.supervision.task.acknowledged.v1','2026-12-02 20:05:41.607915','{"by": "sun", "on": "2026-11-27"}','{"actor": "sun"}');
INSERT INTO "events" VALUES(8,'bf2bb664-b601-460c-8793-ffe503848719','adhoc:54ea566a924b',3,'shuniu.supervision.task.progress_reported.v1','2026-12-02 20:05:41.622310','{"by": "sun", "text": "三个乡镇服务站已挂牌", "percent": 40, "on": "2026-12-02"}','{"actor": "sun"}');
INSERT INTO "events" VALUES(9,'1f7f7fc4-7d3f-494c-9635-637c0117e692','adhoc:ecc1e9fd4cc2',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:41.642852','{"task_id": "adhoc:ecc1e9fd4cc2", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "全县中小学食堂食品安全检查", "lead_department": "education", "co_departments": [], "deadline": "2026-12-07", "description": "", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "feng", "opened_by": "feng", "opened_on": "2026-11-23", "default_deadline_applied": false}','{"actor": "feng"}');
INSERT INTO "events" VALUES(10,'91816c8a-6217-440b-b7c2-61eb991b6342','adhoc:ecc1e9fd4cc2',2,'shuniu.supervision.task.acknowledged.v1','2026-12-02 20:05:41.694130','{"by": "zhao", "on": "2026-11-24"}','{"actor": "zhao"}');
INSERT INTO "events" VALUES(11,'072f173a-ccc7-4b88-9fa5-b649fb535b70','adhoc:ecc1e9fd4cc2',3,'shuniu.supervision.task.progress_reported.v1','2026-12-02 20:05:41.857745','{"by": "zhao", "text": "已检查十二所学校，余六所", "percent": 65, "on": "2026-12-02"}','{"actor": "zhao"}');
INSERT INTO "events" VALUES(12,'50f7be82-8116-46ee-b125-18b455c5cf2a','adhoc:ecc1e9fd4cc2',4,'shuniu.supervision.task.deadline_approaching.v1','2026-12-02 20:05:41.972258','{"deadline": "2026-12-07", "on": "2026-12-03"}','{"actor": "system:deadlines"}');
INSERT INTO "events" VALUES(13,'55e1cea5-7714-4e4e-9474-161f3e66619f','adhoc:9a061b230596',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:42.013427','{"task_id": "adhoc:9a061b230596", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "困难职工帮扶资金拨付", "lead_department": "finance", "co_departments": ["union"], "deadline": "2026-11-28", "description": "", "priority": "high", "reporting_cycle": "none", "classification": "none", "assigned_by": "zhou", "opened_by": "zhou", "opened_on": "2026-11-08", "default_deadline_applied": false}','{"actor": "zhou"}');
INSERT INTO "events" VALUES(14,'568de394-6426-435a-a11d-8f1392c37b81','adhoc:9a061b230596',2,'shuniu.supervision.task.acknowledged.v1','2026-12-02 20:05:42.024601','{"by": "chen", "on": "2026-11-09"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(15,'f32661a0-6480-4da4-9b3c-198a7d3c2fba','adhoc:9a061b230596',3,'shuniu.supervision.task.urged.v1','2026-12-02 20:05:42.039299','{"by": "zhou", "message": "已逾期，请说明原因并于两日内办结", "on": "2026-12-01"}','{"actor": "zhou"}');
INSERT INTO "events" VALUES(16,'7d7468a3-e3fd-425f-948a-9baf95bbe3c1','adhoc:531645b36244',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:42.060553','{"task_id": "adhoc:531645b36244", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "报送上半年预算执行情况", "lead_department": "finance", "co_departments": [], "deadline": "2026-11-23", "description": "", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "yang", "opened_by": "yang", "opened_on": "2026-11-03", "default_deadline_applied": false}','{"actor": "yang"}');
INSERT INTO "events" VALUES(17,'cce94767-485f-4190-a48f-5002bc8e8182','adhoc:531645b36244',2,'shuniu.supervision.task.acknowledged.v1','2026-12-02 20:05:42.087214','{"by": "chen", "on": "2026-11-04"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(18,'07246a02-39a2-444c-b415-9642a153d0d2','adhoc:531645b36244',3,'shuniu.supervision.task.completion_reported.v1','2026-12-02 20:05:42.101753','{"by": "chen", "text": "已按时报送县人大常委会", "on": "2026-11-21"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(19,'d312ae46-a8e2-492d-8dfb-882e0f70676d','adhoc:531645b36244',4,'shuniu.supervision.task.closed.v1','2026-12-02 20:05:42.126317','{"task_id": "adhoc:531645b36244", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "报送上半年预算执行情况", "lead_department": "finance", "co_departments": [], "deadline": "2026-11-23", "result": "已按时报送县人大常委会", "closed_on": "2026-11-22", "closed_by": "zhou", "on_time": true}','{"actor": "zhou"}');
INSERT INTO "events" VALUES(20,'37575180-5da5-4409-ac93-5749b119c52f','adhoc:c07d7639215c',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:42.142482','{"task_id": "adhoc:c07d7639215c", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "办公楼消防设施维修", "lead_department": "office.affairs", "co_departments": [], "deadline": "2026-11-13", "description": "", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "zhou", "opened_by": "zhou", "opened_on": "2026-10-24", "default_deadline_applied": false}','{"actor": "zhou"}');
INSERT INTO "events" VALUES(21,'953f8262-d971-476e-91b0-daf9dc07f7ca','adhoc:c07d7639215c',2,'shuniu.supervision.task.acknowledged.v1','2026-12-02 20:05:42.162881','{"by": "wu", "on": "2026-10-25"}','{"actor": "wu"}');
INSERT INTO "events" VALUES(22,'0e89ec3b-eda0-42f5-873a-d5bf3cc6585b','adhoc:c07d7639215c',3,'shuniu.supervision.task.completion_reported.v1','2026-12-02 20:05:42.180395','{"by": "wu", "text": "维修完毕，已通过消防验收", "on": "2026-11-18"}','{"actor": "wu"}');
INSERT INTO "events" VALUES(23,'953589ec-c2f8-44b4-8560-cc3f334ab875','adhoc:c07d7639215c',4,'shuniu.supervision.task.closed.v1','2026-12-02 20:05:42.204016','{"task_id": "adhoc:c07d7639215c", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "办公楼消防设施维修", "lead_department": "office.affairs", "co_departments": [], "deadline": "2026-11-13", "result": "维修完毕，已通过消防验收", "closed_on": "2026-11-19", "closed_by": "feng", "on_time": false}','{"actor": "feng"}');
INSERT INTO "events" VALUES(24,'743e637e-0a60-4521-9884-69eecf3ba684','adhoc:4838b806954b',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:42.236645','{"task_id": "adhoc:4838b806954b", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "春耕化肥储备情况摸底", "lead_department": "agriculture", "co_departments": [], "deadline": "2026-12-23", "description": "", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "zhou", "opened_by": "zhou", "opened_on": "2026-12-03", "default_deadline_applied": false}','{"actor": "zhou"}');
INSERT INTO "events" VALUES(25,'80b380e1-333c-4a9f-be65-66966e403798','adhoc:269158eeb05d',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:42.262254','{"task_id": "adhoc:269158eeb05d", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "校车安全隐患排查整治", "lead_department": "education", "co_departments": ["office.affairs"], "deadline": "2026-12-09", "description": "", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "feng", "opened_by": "feng", "opened_on": "2026-11-28", "default_deadline_applied": false}','{"actor": "feng"}');
INSERT INTO "events" VALUES(26,'085defff-77c7-4ab3-8592-193c9dbb0c4f','adhoc:269158eeb05d',2,'shuniu.supervision.task.acknowledged.v1','2026-12-02 20:05:42.293022','{"by": "zhao", "on": "2026-11-29"}','{"actor": "zhao"}');
INSERT INTO "events" VALUES(27,'746dea43-7a22-40bd-a965-a7797c29273a','adhoc:269158eeb05d',3,'shuniu.supervision.task.extension_requested.v1','2026-12-02 20:05:42.313189','{"by": "zhao", "requested_deadline": "2026-12-23", "reason": "需等待交通部门联合检查", "on": "2026-12-02"}','{"actor": "zhao"}');
INSERT INTO "events" VALUES(28,'67a40f98-abce-4e20-9df1-cee32faf72b2','adhoc:af585dcc5886',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:42.331643','{"task_id": "adhoc:af585dcc5886", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "职工疗休养基地改建", "lead_department": "union", "co_departments": [], "deadline": "2026-12-18", "description": "", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "zhou", "opened_by": "zhou", "opened_on": "2026-11-21", "default_deadline_applied": false}','{"actor": "zhou"}');
INSERT INTO "events" VALUES(29,'39f78dd5-96e4-4171-b1ee-bff49693b598','adhoc:af585dcc5886',2,'shuniu.supervision.task.acknowledged.v1','2026-12-02 20:05:42.377656','{"by": "sun", "on": "2026-11-22"}','{"actor": "sun"}');
INSERT INTO "events" VALUES(30,'c918b156-1c98-471f-b8d4-c0b78a3b34df','adhoc:af585dcc5886',3,'shuniu.supervision.task.infeasibility_reported.v1','2026-12-02 20:05:42.428365','{"by": "sun", "reason": "改建资金未列入年度预算", "on": "2026-11-30"}','{"actor": "sun"}');
INSERT INTO "events" VALUES(31,'be1b07b5-d975-45f2-aa41-61305f24288f','adhoc:9a061b230596',4,'shuniu.supervision.task.deadline_approaching.v1','2026-12-02 20:05:43.005581','{"deadline": "2026-11-28", "on": "2026-12-03"}','{"actor": "system:deadlines"}');
INSERT INTO "events" VALUES(32,'9e31b320-2d4e-4d9f-bb8b-04915d1933f2','adhoc:9a061b230596',5,'shuniu.supervision.task.overdue.v1','2026-12-02 20:05:43.030813','{"deadline": "2026-11-28", "on": "2026-12-03"}','{"actor": "system:deadlines"}');
INSERT INTO "events" VALUES(33,'329f81ac-2066-45e1-8d04-ab12b73a4e7a','petition:petition-demo-2:education',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:44.606088','{"task_id": "petition:petition-demo-2:education", "source": {"kind": "petition", "service": "reception", "id": "petition-demo-2", "item": null}, "title": "信访件 信访〔2026〕2号：反映学校违规收取补课费，请核查处理", "lead_department": "education", "co_departments": [], "deadline": "2027-01-12", "description": "反映学校违规收取补课费，请核查处理", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "wang", "opened_by": null, "opened_on": "2026-12-03", "default_deadline_applied": false}','{"actor": "wang", "correlation_id": "d1c51f4c-afc7-4cd1-98c5-6e021c1f5240", "causation_id": "d1c51f4c-afc7-4cd1-98c5-6e021c1f5240", "traceparent": "00-77540c01bc004adb90058c854218efc0-199853a55ea6826f-01"}');
INSERT INTO "events" VALUES(34,'004054ed-b401-48d5-b76b-44a576821609','petition:petition-demo-3:agriculture',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:44.610787','{"task_id": "petition:petition-demo-3:agriculture", "source": {"kind": "petition", "service": "reception", "id": "petition-demo-3", "item": null}, "title": "信访件 信访〔2026〕3号：反映农田灌溉渠损毁，请组织修复", "lead_department": "agriculture", "co_departments": [], "deadline": "2026-12-05", "description": "反映农田灌溉渠损毁，请组织修复", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "wang", "opened_by": null, "opened_on": "2026-12-03", "default_deadline_applied": false}','{"actor": "wang", "correlation_id": "1df67296-b84d-404e-8380-9e2037fc844f", "causation_id": "1df67296-b84d-404e-8380-9e2037fc844f", "traceparent": "00-745d7c6f70ab422b1953bbc9f067d271-0a070ac53ba9176c-01"}');
INSERT INTO "events" VALUES(35,'7460c3ae-0022-411b-91ca-8c179f076ce9','petition:petition-demo-5:finance',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:44.615282','{"task_id": "petition:petition-demo-5:finance", "source": {"kind": "petition", "service": "reception", "id": "petition-demo-5", "item": null}, "title": "信访件 信访〔2026〕5号：反映道路施工扰民，请协调施工时间", "lead_department": "finance", "co_departments": [], "deadline": "2026-12-18", "description": "反映道路施工扰民，请协调施工时间", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "wang", "opened_by": null, "opened_on": "2026-12-03", "default_deadline_applied": false}','{"actor": "wang", "correlation_id": "c19ab437-11e9-4270-881b-fc5e401a487e", "causation_id": "c19ab437-11e9-4270-881b-fc5e401a487e", "traceparent": "00-5492461d7c794aeda07ca67d9835a080-575b6637170a2363-01"}');
INSERT INTO "events" VALUES(36,'dafacb1f-49fe-4ee6-a2c1-e2bbc8fae84b','petition:petition-demo-6:agriculture',1,'shuniu.supervision.task.opened.v1','2026-12-02 20:05:44.619678','{"task_id": "petition:petition-demo-6:agriculture", "source": {"kind": "petition", "service": "reception", "id": "petition-demo-6", "item": null}, "title": "信访件 信访〔2026〕6号：反映征地补偿标准不一致，请核实", "lead_department": "agriculture", "co_departments": [], "deadline": "2026-11-18", "description": "反映征地补偿标准不一致，请核实", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "wang", "opened_by": null, "opened_on": "2026-12-03", "default_deadline_applied": false}','{"actor": "wang", "correlation_id": "c9bfe8de-7b1a-44e9-9faa-1b73b580f555", "causation_id": "c9bfe8de-7b1a-44e9-9faa-1b73b580f555", "traceparent": "00-c79ee273091218733026fc5acbdfb2b7-f50c99b4c3499126-01"}');
INSERT INTO "events" VALUES(37,'574cd7b6-6855-409e-b638-0dc060a5b8f6','petition:petition-demo-6:agriculture',2,'shuniu.supervision.task.deadline_approaching.v1','2026-12-02 20:05:45.105458','{"deadline": "2026-11-18", "on": "2026-12-03"}','{"actor": "system:deadlines"}');
INSERT INTO "events" VALUES(38,'cb1a844d-30bb-4f35-871a-c58718bdaf85','petition:petition-demo-6:agriculture',3,'shuniu.supervision.task.overdue.v1','2026-12-02 20:05:45.127384','{"deadline": "2026-11-18", "on": "2026-12-03"}','{"actor": "system:deadlines"}');
INSERT INTO "events" VALUES(39,'928ad5c0-492d-4cf1-b9f8-4488a8306179','petition:petition-demo-3:agriculture',2,'shuniu.supervision.task.deadline_approaching.v1','2026-12-02 20:05:45.152985','{"deadline": "2026-12-05", "on": "2026-12-03"}','{"actor": "system:deadlines"}');
CREATE TABLE idempotency_keys (
	scope VARCHAR(300) NOT NULL, 
	"key" VARCHAR(200) NOT NULL, 
	request_hash VARCHAR(64) NOT NULL, 
	status INTEGER NOT NULL, 
	body JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (scope, "key")
);
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
INSERT INTO "processed_events" VALUES('supervision.task-sources','57e1168b-d25a-4f7e-b36b-93037c337a92','applied','2026-12-02 20:05:40.334921');
INSERT INTO "processed_events" VALUES('supervision.task-sources','abe84a14-ae9a-4ebe-9f50-05cb7804b8f0','applied','2026-12-02 20:05:40.334921');
INSERT INTO "processed_events" VALUES('supervision.task-sources','1e6d1f2b-c2c9-4ad5-9961-2b9e0b4383a9','applied','2026-12-02 20:05:40.838442');
INSERT INTO "processed_events" VALUES('supervision.task-sources','8130d4b8-2f78-4de9-ac0c-127acc76b61a','applied','2026-12-02 20:05:40.838442');
INSERT INTO "processed_events" VALUES('supervision.task-sources','36996d61-3aef-4797-ac21-cbd11e258621','applied','2026-12-02 20:05:41.354253');
INSERT INTO "processed_events" VALUES('supervision.task-sources','d1c51f4c-afc7-4cd1-98c5-6e021c1f5240','applied','2026-12-02 20:05:44.604468');
INSERT INTO "processed_events" VALUES('supervision.task-sources','1df67296-b84d-404e-8380-9e2037fc844f','applied','2026-12-02 20:05:44.604468');
INSERT INTO "processed_events" VALUES('supervision.task-sources','c19ab437-11e9-4270-881b-fc5e401a487e','applied','2026-12-02 20:05:44.604468');
INSERT INTO "processed_events" VALUES('supervision.task-sources','c9bfe8de-7b1a-44e9-9faa-1b73b580f555','applied','2026-12-02 20:05:44.604468');
CREATE TABLE schema_migrations (
	id VARCHAR(200) NOT NULL, 
	applied_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id)
);
INSERT INTO "schema_migrations" VALUES('0001_event_store_outbox_inbox','2026-12-02 20:05:38');
INSERT INTO "schema_migrations" VALUES('supervision_0001_task_read_model','2026-12-02 20:05:38');
CREATE TABLE supervision_task_departments (
	task_id VARCHAR(200) NOT NULL, 
	department VARCHAR(100) NOT NULL, 
	part VARCHAR(10) NOT NULL, 
	PRIMARY KEY (task_id, department)
);
INSERT INTO "supervision_task_departments" VALUES('instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture','agriculture','lead');
INSERT INTO "supervision_task_departments" VALUES('instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture','finance','co');
INSERT INTO "supervision_task_departments" VALUES('instruction:in-78c5038a44134f7c:2026-12-03:finance','finance','lead');
INSERT INTO "supervision_task_departments" VALUES('resolution:mtg-b07c39b9318f:r1','finance','lead');
INSERT INTO "supervision_task_departments" VALUES('resolution:mtg-b07c39b9318f:r1','agriculture','co');
INSERT INTO "supervision_task_departments" VALUES('resolution:mtg-b07c39b9318f:r2','education','lead');
INSERT INTO "supervision_task_departments" VALUES('resolution:mtg-b07c39b9318f:r2','office.supervision','co');
INSERT INTO "supervision_task_departments" VALUES('resolution:mtg-0f48e599dd1f:r1','finance','lead');
INSERT INTO "supervision_task_departments" VALUES('adhoc:54ea566a924b','union','lead');
INSERT INTO "supervision_task_departments" VALUES('adhoc:ecc1e9fd4cc2','education','lead');
INSERT INTO "supervision_task_departments" VALUES('adhoc:531645b36244','finance','lead');
INSERT INTO "supervision_task_departments" VALUES('adhoc:c07d7639215c','office.affairs','lead');
INSERT INTO "supervision_task_departments" VALUES('adhoc:4838b806954b','agriculture','lead');
INSERT INTO "supervision_task_departments" VALUES('adhoc:269158eeb05d','education','lead');
INSERT INTO "supervision_task_departments" VALUES('adhoc:269158eeb05d','office.affairs','co');
INSERT INTO "supervision_task_departments" VALUES('adhoc:af585dcc5886','union','lead');
INSERT INTO "supervision_task_departments" VALUES('adhoc:9a061b230596','finance','lead');
INSERT INTO "supervision_task_departments" VALUES('adhoc:9a061b230596','union','co');
INSERT INTO "supervision_task_departments" VALUES('petition:petition-demo-2:education','education','lead');
INSERT INTO "supervision_task_departments" VALUES('petition:petition-demo-5:finance','finance','lead');
INSERT INTO "supervision_task_departments" VALUES('petition:petition-demo-6:agriculture','agriculture','lead');
INSERT INTO "supervision_task_departments" VALUES('petition:petition-demo-3:agriculture','agriculture','lead');
CREATE TABLE supervision_tasks (
	task_id VARCHAR(200) NOT NULL, 
	title TEXT NOT NULL, 
	source_kind VARCHAR(40) NOT NULL, 
	source_service VARCHAR(40), 
	source_id VARCHAR(200), 
	source_item VARCHAR(200), 
	lead_department VARCHAR(100) NOT NULL, 
	co_departments JSON NOT NULL, 
	assigned_by VARCHAR(100), 
	classification VARCHAR(10) NOT NULL, 
	classification_rank INTEGER NOT NULL, 
	priority VARCHAR(20) NOT NULL, 
	reporting_cycle VARCHAR(20) NOT NULL, 
	stage VARCHAR(40) NOT NULL, 
	percent INTEGER NOT NULL, 
	deadline DATE NOT NULL, 
	yellow_from DATE NOT NULL, 
	opened_on DATE NOT NULL, 
	completed_on DATE, 
	closed_on DATE, 
	on_time BOOLEAN, 
	extension_pending BOOLEAN NOT NULL, 
	version INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	PRIMARY KEY (task_id)
);
INSERT INTO "supervision_tasks" VALUES('instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture','关于切实做好春耕备耕工作的紧急通知','document_instruction','documents','in-f5f968d0b6fa4179',NULL,'agriculture','["finance"]','fang','none',0,'urgent','none','assigned',0,'2026-12-10','2026-12-07','2026-12-03',NULL,NULL,NULL,0,1,1);
INSERT INTO "supervision_tasks" VALUES('instruction:in-78c5038a44134f7c:2026-12-03:finance','关于下达2026年度财政专项资金的通知','document_instruction','documents','in-78c5038a44134f7c',NULL,'finance','[]','luo','none',0,'normal','none','assigned',0,'2026-12-17','2026-12-14','2026-12-03',NULL,NULL,NULL,0,1,2);
INSERT INTO "supervision_tasks" VALUES('resolution:mtg-b07c39b9318f:r1','落实农业生产资金，按期拨付到位','meeting_resolution','meetings','mtg-b07c39b9318f','r1','finance','["agriculture"]','luo','none',0,'high','none','assigned',0,'2026-12-14','2026-12-09','2026-11-24',NULL,NULL,NULL,0,1,3);
INSERT INTO "supervision_tasks" VALUES('resolution:mtg-b07c39b9318f:r2','开展校园安全专项检查并报送结果','meeting_resolution','meetings','mtg-b07c39b9318f','r2','education','["office.supervision"]','luo','none',0,'high','none','assigned',0,'2026-12-24','2026-12-21','2026-11-24',NULL,NULL,NULL,0,1,4);
INSERT INTO "supervision_tasks" VALUES('resolution:mtg-0f48e599dd1f:r1','编制老旧小区改造资金使用计划','meeting_resolution','meetings','mtg-0f48e599dd1f','r1','finance','[]','luo','none',0,'high','none','assigned',0,'2026-12-17','2026-12-14','2026-12-02',NULL,NULL,NULL,0,1,5);
INSERT INTO "supervision_tasks" VALUES('adhoc:54ea566a924b','落实工会会员服务阵地建设','ad_hoc',NULL,NULL,NULL,'union','[]','zhou','none',0,'normal','weekly','in_progress',40,'2027-01-02','2026-12-30','2026-11-26',NULL,NULL,NULL,0,3,8);
INSERT INTO "supervision_tasks" VALUES('adhoc:ecc1e9fd4cc2','全县中小学食堂食品安全检查','ad_hoc',NULL,NULL,NULL,'education','[]','feng','none',0,'normal','none','in_progress',65,'2026-12-07','2026-12-02','2026-11-23',NULL,NULL,NULL,0,4,12);
INSERT INTO "supervision_tasks" VALUES('adhoc:9a061b230596','困难职工帮扶资金拨付','ad_hoc',NULL,NULL,NULL,'finance','["union"]','zhou','none',0,'high','none','in_progress',0,'2026-11-28','2026-11-25','2026-11-08',NULL,NULL,NULL,0,5,32);
INSERT INTO "supervision_tasks" VALUES('adhoc:531645b36244','报送上半年预算执行情况','ad_hoc',NULL,NULL,NULL,'finance','[]','yang','none',0,'normal','none','closed',100,'2026-11-23','2026-11-18','2026-11-03','2026-11-21','2026-11-22',1,0,4,19);
INSERT INTO "supervision_tasks" VALUES('adhoc:c07d7639215c','办公楼消防设施维修','ad_hoc',NULL,NULL,NULL,'office.affairs','[]','zhou','none',0,'normal','none','closed',100,'2026-11-13','2026-11-10','2026-10-24','2026-11-18','2026-11-19',0,0,4,23);
INSERT INTO "supervision_tasks" VALUES('adhoc:4838b806954b','春耕化肥储备情况摸底','ad_hoc',NULL,NULL,NULL,'agriculture','[]','zhou','none',0,'normal','none','assigned',0,'2026-12-23','2026-12-18','2026-12-03',NULL,NULL,NULL,0,1,24);
INSERT INTO "supervision_tasks" VALUES('adhoc:269158eeb05d','校车安全隐患排查整治','ad_hoc',NULL,NULL,NULL,'education','["office.affairs"]','feng','none',0,'normal','none','in_progress',0,'2026-12-09','2026-12-04','2026-11-28',NULL,NULL,NULL,1,3,27);
INSERT INTO "supervision_tasks" VALUES('adhoc:af585dcc5886','职工疗休养基地改建','ad_hoc',NULL,NULL,NULL,'union','[]','zhou','none',0,'normal','none','infeasible',0,'2026-12-18','2026-12-15','2026-11-21',NULL,NULL,NULL,0,3,30);
INSERT INTO "supervision_tasks" VALUES('petition:petition-demo-2:education','信访件 信访〔2026〕2号：反映学校违规收取补课费，请核查处理','petition','reception','petition-demo-2',NULL,'education','[]','wang','none',0,'normal','none','assigned',0,'2027-01-12','2027-01-07','2026-12-03',NULL,NULL,NULL,0,1,33);
INSERT INTO "supervision_tasks" VALUES('petition:petition-demo-3:agriculture','信访件 信访〔2026〕3号：反映农田灌溉渠损毁，请组织修复','petition','reception','petition-demo-3',NULL,'agriculture','[]','wang','none',0,'normal','none','assigned',0,'2026-12-05','2026-12-02','2026-12-03',NULL,NULL,NULL,0,2,39);
INSERT INTO "supervision_tasks" VALUES('petition:petition-demo-5:finance','信访件 信访〔2026〕5号：反映道路施工扰民，请协调施工时间','petition','reception','petition-demo-5',NULL,'finance','[]','wang','none',0,'normal','none','assigned',0,'2026-12-18','2026-12-15','2026-12-03',NULL,NULL,NULL,0,1,35);
INSERT INTO "supervision_tasks" VALUES('petition:petition-demo-6:agriculture','信访件 信访〔2026〕6号：反映征地补偿标准不一致，请核实','petition','reception','petition-demo-6',NULL,'agriculture','[]','wang','none',0,'normal','none','assigned',0,'2026-11-18','2026-11-13','2026-12-03',NULL,NULL,NULL,0,3,38);
CREATE INDEX ix_deadlines_due ON deadlines (fired_at, due_at);
CREATE TRIGGER events_to_outbox AFTER INSERT ON events
           BEGIN INSERT INTO outbox (position) VALUES (NEW.position); END;
CREATE INDEX ix_supervision_tasks_lead ON supervision_tasks (lead_department, stage);
CREATE INDEX ix_supervision_tasks_deadline ON supervision_tasks (deadline, task_id);
CREATE INDEX ix_supervision_task_departments_department ON supervision_task_departments (department);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('events',39);
COMMIT;
