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
INSERT INTO "deadlines" VALUES('petition-demo-1:routing:2026-12-18:petition-clock-approaching','petition-demo-1','petition-clock-approaching','2026-12-14 16:00:00.000000','{"clock": "routing", "due_on": "2026-12-18"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('petition-demo-1:routing:2026-12-18:petition-clock-overdue','petition-demo-1','petition-clock-overdue','2026-12-18 16:00:00.000000','{"clock": "routing", "due_on": "2026-12-18"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('petition-demo-2:handling:2027-01-12:petition-clock-approaching','petition-demo-2','petition-clock-approaching','2027-01-08 16:00:00.000000','{"clock": "handling", "due_on": "2027-01-12"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('petition-demo-2:handling:2027-01-12:petition-clock-overdue','petition-demo-2','petition-clock-overdue','2027-01-12 16:00:00.000000','{"clock": "handling", "due_on": "2027-01-12"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('petition-demo-3:handling:2026-12-05:petition-clock-approaching','petition-demo-3','petition-clock-approaching','2026-12-01 16:00:00.000000','{"clock": "handling", "due_on": "2026-12-05"}','2026-12-02 20:05:43.056423',0,NULL);
INSERT INTO "deadlines" VALUES('petition-demo-3:handling:2026-12-05:petition-clock-overdue','petition-demo-3','petition-clock-overdue','2026-12-05 16:00:00.000000','{"clock": "handling", "due_on": "2026-12-05"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('petition-demo-4:routing:2026-11-28:petition-clock-approaching','petition-demo-4','petition-clock-approaching','2026-11-24 16:00:00.000000','{"clock": "routing", "due_on": "2026-11-28"}','2026-12-02 20:05:43.056423',0,NULL);
INSERT INTO "deadlines" VALUES('petition-demo-4:routing:2026-11-28:petition-clock-overdue','petition-demo-4','petition-clock-overdue','2026-11-28 16:00:00.000000','{"clock": "routing", "due_on": "2026-11-28"}','2026-12-02 20:05:43.056423',0,NULL);
INSERT INTO "deadlines" VALUES('petition-demo-6:review_decision:2026-12-28:petition-clock-approaching','petition-demo-6','petition-clock-approaching','2026-12-24 16:00:00.000000','{"clock": "review_decision", "due_on": "2026-12-28"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('petition-demo-6:review_decision:2026-12-28:petition-clock-overdue','petition-demo-6','petition-clock-overdue','2026-12-28 16:00:00.000000','{"clock": "review_decision", "due_on": "2026-12-28"}',NULL,0,NULL);
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
INSERT INTO "events" VALUES(1,'a3bb20b7-7eec-4d99-ad47-f199a9d17126','person-90124154572f4eb7a1d3ec6501efac0a',1,'shuniu.reception.person.recorded.v1','2026-12-02 20:05:42.492846','{"kind": "visitor", "name": "enc:v1:person-90124154572f4eb7a1d3ec6501efac0a:qINc1nN4wWsxoSrLatxPiQOS2llljO8cZXypXW2o3ygSHyYnHw==", "id_number": "enc:v1:person-90124154572f4eb7a1d3ec6501efac0a:zj7jfdy3Tiacwat0jzl7nue5OIe/z7mUKuPjSMCez07pHJ3ZnC9f0Az1a/OIFA==", "phone": "enc:v1:person-90124154572f4eb7a1d3ec6501efac0a:C/gGNKL8fGuD4PJbfrpDDsToJaDqsgioJKJdZP22FFyV/Us8is4x", "address": null}','{"actor": "zheng"}');
INSERT INTO "events" VALUES(2,'0f77ed48-72dd-461f-baaf-df6bd3222884','visit-demo-1',1,'shuniu.reception.visit.appointed.v1','2026-12-02 20:05:42.516084','{"person_id": "person-90124154572f4eb7a1d3ec6501efac0a", "organisation": "F县第一中学", "host_department": "education", "host_person": "zhao", "expected_at": "2026-12-03T01:00:00Z", "purpose": "商谈校舍维修", "booked_by": "zheng"}','{"actor": "zheng"}');
INSERT INTO "events" VALUES(3,'6e979bc3-2239-4e0d-8de7-024dcb868412','person-0c0df248d1214abe9782df45e3983b35',1,'shuniu.reception.person.recorded.v1','2026-12-02 20:05:42.550933','{"kind": "visitor", "name": "enc:v1:person-0c0df248d1214abe9782df45e3983b35:0W8k3pDUo0KaHrTbWthSUrs17rM+s1lhi9nx6JeJ/jSzJDEXUw==", "id_number": null, "phone": "enc:v1:person-0c0df248d1214abe9782df45e3983b35:0CdGrnWl0e4/eEf2dsJcoJprIF5+g9Af0urstc6utjmlTl2D8zT2", "address": null}','{"actor": "zheng"}');
INSERT INTO "events" VALUES(4,'bbb85ffe-5375-42c6-9c44-cd3ad976262a','visit-demo-2',1,'shuniu.reception.visit.appointed.v1','2026-12-02 20:05:42.568399','{"person_id": "person-0c0df248d1214abe9782df45e3983b35", "organisation": "市财政局", "host_department": "finance", "host_person": "chen", "expected_at": "2026-12-03T02:00:00Z", "purpose": "专项资金对账", "booked_by": "zheng"}','{"actor": "zheng"}');
INSERT INTO "events" VALUES(5,'417cfa86-6673-4cfd-9718-ad707db1bf4e','person-9fe0e0428814456ca064ff8488a7b831',1,'shuniu.reception.person.recorded.v1','2026-12-02 20:05:42.613344','{"kind": "visitor", "name": "enc:v1:person-9fe0e0428814456ca064ff8488a7b831:G2jQSqm/hMcwSkLOcVUCWnanfDXv6NiIRrsKFOpeboWTAQbDZw==", "id_number": null, "phone": "enc:v1:person-9fe0e0428814456ca064ff8488a7b831:/+b0xis3RJBLc5OH63vb8Wm7iqCSyv6Oj7dySi3lwWxDOG70vrM8", "address": null}','{"actor": "zheng"}');
INSERT INTO "events" VALUES(6,'eb24ccbe-1713-48ba-9cc6-98fc0dd4ad71','visit-demo-3',1,'shuniu.reception.visit.appointed.v1','2026-12-02 20:05:42.624872','{"person_id": "person-9fe0e0428814456ca064ff8488a7b831", "organisation": "县总工会", "host_department": "union", "host_person": "sun", "expected_at": "2026-12-03T07:00:00Z", "purpose": "困难职工慰问安排", "booked_by": "zheng"}','{"actor": "zheng"}');
INSERT INTO "events" VALUES(7,'14348648-b26e-4748-86c0-b89340171b10','visit-demo-1',2,'shuniu.reception.visit.arrived.v1','2026-12-02 20:05:42.644092','{"person_id": "person-90124154572f4eb7a1d3ec6501efac0a", "badge": "A-01", "arrived_at": "2026-12-02T20:05:42.644042Z", "walk_in": false, "host_department": "education", "host_person": "zhao", "organisation": "F县第一中学", "purpose": "商谈校舍维修"}','{"actor": "zheng"}');
INSERT INTO "events" VALUES(8,'72c89489-0753-4566-bd0b-cf1306308a0a','visit-demo-2',2,'shuniu.reception.visit.arrived.v1','2026-12-02 20:05:42.678671','{"person_id": "person-0c0df248d1214abe9782df45e3983b35", "badge": "A-02", "arrived_at": "2026-12-02T20:05:42.678632Z", "walk_in": false, "host_department": "finance", "host_person": "chen", "organisation": "市财政局", "purpose": "专项资金对账"}','{"actor": "zheng"}');
INSERT INTO "events" VALUES(9,'c9acca9c-8995-448c-81a8-0e035a8490a9','visit-demo-2',3,'shuniu.reception.visit.left.v1','2026-12-02 20:05:42.694060','{"badge": "A-02", "left_at": "2026-12-02T20:05:42.694039Z"}','{"actor": "zheng"}');
INSERT INTO "events" VALUES(10,'252329e7-98e0-48fa-934e-9aa9016ecfcc','person-f0225704c13f4b738a4682f16eff7c9d',1,'shuniu.reception.person.recorded.v1','2026-12-02 20:05:42.708924','{"kind": "visitor", "name": "enc:v1:person-f0225704c13f4b738a4682f16eff7c9d:PaNJEE5kT98nUCo+/VaA3Nn40a07MOAvf/PCbPg8frhfMApI8g==", "id_number": null, "phone": "enc:v1:person-f0225704c13f4b738a4682f16eff7c9d:x+P/cRaGBhiIlBldh12giCgr2QNlAadmcKD2P0lq2mir8TVKWGTU", "address": null}','{"actor": "zheng"}');
INSERT INTO "events" VALUES(11,'089a1bf6-846a-4708-a6a6-9d4186cb9437','visit-demo-4',1,'shuniu.reception.visit.arrived.v1','2026-12-02 20:05:42.716681','{"person_id": "person-f0225704c13f4b738a4682f16eff7c9d", "badge": "B-01", "arrived_at": "2026-12-02T20:05:42.716605Z", "walk_in": true, "host_department": "office.affairs", "host_person": "wu", "organisation": "个人", "purpose": "咨询办事流程"}','{"actor": "zheng"}');
INSERT INTO "events" VALUES(12,'3e1e5a01-e795-4084-8513-d5c4fa1f107d','person-4ac9578e0d1c4cd9ab2065878b5a77ae',1,'shuniu.reception.person.recorded.v1','2026-12-02 20:05:42.728080','{"kind": "petitioner", "name": "enc:v1:person-4ac9578e0d1c4cd9ab2065878b5a77ae:roYqILNeX6r+Paj/NPYF5YHc03Wf8oM+2OZexqTtLITo5fuBJQ==", "id_number": null, "phone": "enc:v1:person-4ac9578e0d1c4cd9ab2065878b5a77ae:3V+k2Lrg1Zxy4DuWJNs4W2YmN+EabQKSE6GErCc9NeGbo4XYMCQu", "address": "enc:v1:person-4ac9578e0d1c4cd9ab2065878b5a77ae:aUGJ2XbpRos0H034cCJuUFNTV1TuuOOAThVd6SHzTDUuJkXeks9kTFo="}','{"actor": "wang"}');
INSERT INTO "events" VALUES(13,'472d7c03-45e9-48a3-a58a-20a938e2356c','petition-demo-1',1,'shuniu.reception.petition.registered.v1','2026-12-02 20:05:42.744108','{"case_number": "信访〔2026〕1号", "person_id": "person-4ac9578e0d1c4cd9ab2065878b5a77ae", "channel": "letter", "content": "enc:v1:person-4ac9578e0d1c4cd9ab2065878b5a77ae:hSjxupFuTfSvK7CcB3CsNRtmmcqoHxwJwiKCxEQX5wzbtUp1gALzs50B/uETjQ6BUxsZqIHDZ9VfloolQtJCwGbxqac+uzkYVofb3w==", "received_on": "2026-12-03", "registered_by": "wang", "routing_due_on": "2026-12-18"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(14,'75631a91-63aa-4fc0-9926-b2f422654c96','person-b942459f65dd4ace94d1a3ae0ff71df0',1,'shuniu.reception.person.recorded.v1','2026-12-02 20:05:42.773994','{"kind": "petitioner", "name": "enc:v1:person-b942459f65dd4ace94d1a3ae0ff71df0:DU5gSjKRstWOBclDYOueR0uHCD0X0Rn926363f40C7eMtVfyzg==", "id_number": null, "phone": "enc:v1:person-b942459f65dd4ace94d1a3ae0ff71df0:8icOQxkX5Tpzm0AMjuQm3UwWqpm261a+nCiToUeu4DB01vYfJK1y", "address": "enc:v1:person-b942459f65dd4ace94d1a3ae0ff71df0:VjrbR34zPqzgsxQ9pUwgZmApzvweAaknLUhlfrD30/2ejAiZT0SSv28="}','{"actor": "wang"}');
INSERT INTO "events" VALUES(15,'12d5c505-7593-4bd4-8053-461d6b2c896d','petition-demo-2',1,'shuniu.reception.petition.registered.v1','2026-12-02 20:05:42.798374','{"case_number": "信访〔2026〕2号", "person_id": "person-b942459f65dd4ace94d1a3ae0ff71df0", "channel": "letter", "content": "enc:v1:person-b942459f65dd4ace94d1a3ae0ff71df0:Cem8lUYHNFRn5deS/T/S9VUvUITV96I4ZjhiURrDTTOwu1CKeexAsTnqCintkiNXt+uDPZmmFstS7DUGr77C2g==", "received_on": "2026-11-08", "registered_by": "wang", "routing_due_on": "2026-11-23"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(16,'794df6c3-975b-4aea-9196-d8156ed99397','petition-demo-2',2,'shuniu.reception.petition.routed.v1','2026-12-02 20:05:42.846482','{"to_department": "education", "routed_on": "2026-11-13", "routed_by": "wang", "acceptance_due_on": "2026-11-28", "objection_due_on": "2026-11-20"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(17,'3fae9b0b-d9f0-461c-bdf6-3e129d053088','petition-demo-2',3,'shuniu.reception.petition.accepted.v1','2026-12-02 20:05:42.901264','{"accepted_on": "2026-11-13", "notice": "受理告知书〔2026〕2号", "handling_due_on": "2027-01-12"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(18,'d1c51f4c-afc7-4cd1-98c5-6e021c1f5240','petition-demo-2',4,'shuniu.reception.petition.assigned.v1','2026-12-02 20:05:42.979866','{"petition_id": "petition-demo-2", "case_number": "信访〔2026〕2号", "summary": "反映学校违规收取补课费，请核查处理", "department": "education", "due_on": "2027-01-12", "assigned_by": "wang"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(19,'09974f6f-edb2-4f54-9652-cb3fb34c3b54','person-d58aceeb4c324313bbeffdadf0da1162',1,'shuniu.reception.person.recorded.v1','2026-12-02 20:05:42.993201','{"kind": "petitioner", "name": "enc:v1:person-d58aceeb4c324313bbeffdadf0da1162:l9Ulje+xlsh8mxGR0oc4lpsesxOwK0Tu2zdKKX/G302c9ySo9A==", "id_number": null, "phone": "enc:v1:person-d58aceeb4c324313bbeffdadf0da1162:C/JSlvmwFUfBHimLx0dII8knP9yFMvNzrMtm7rZFbmjDWkKXKh3g", "address": "enc:v1:person-d58aceeb4c324313bbeffdadf0da1162:JcQ6RsXc7RF8VSbB89n/bLX7zRrV0J/FZb+QAWOmE/bhtv46c58jdIs="}','{"actor": "wang"}');
INSERT INTO "events" VALUES(20,'a58ed06a-e295-4598-832f-5f5e2a49a7c0','petition-demo-3',1,'shuniu.reception.petition.registered.v1','2026-12-02 20:05:43.005788','{"case_number": "信访〔2026〕3号", "person_id": "person-d58aceeb4c324313bbeffdadf0da1162", "channel": "letter", "content": "enc:v1:person-d58aceeb4c324313bbeffdadf0da1162:rgOebf/KuhMpgEK7gsa5+KuTM6fTH2UoUx4jNLykLHCYiYKxlDh886qrvrn+QGszp0aqPGpUDuBmPQ==", "received_on": "2026-10-04", "registered_by": "wang", "routing_due_on": "2026-10-19"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(21,'e3524776-d135-4981-9bf3-3fb852f987e4','petition-demo-3',2,'shuniu.reception.petition.routed.v1','2026-12-02 20:05:43.020594','{"to_department": "agriculture", "routed_on": "2026-10-06", "routed_by": "wang", "acceptance_due_on": "2026-10-21", "objection_due_on": "2026-10-13"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(22,'2c5c8f05-eaca-4214-87d1-59c30c2c21ce','petition-demo-3',3,'shuniu.reception.petition.accepted.v1','2026-12-02 20:05:43.064091','{"accepted_on": "2026-10-06", "notice": "受理告知书〔2026〕3号", "handling_due_on": "2026-12-05"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(23,'1df67296-b84d-404e-8380-9e2037fc844f','petition-demo-3',4,'shuniu.reception.petition.assigned.v1','2026-12-02 20:05:43.122305','{"petition_id": "petition-demo-3", "case_number": "信访〔2026〕3号", "summary": "反映农田灌溉渠损毁，请组织修复", "department": "agriculture", "due_on": "2026-12-05", "assigned_by": "wang"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(24,'da0e9aff-d98f-4970-8f7c-027e1c9d616d','person-97adae2d44b243e9bb8c409fc3c6ed0f',1,'shuniu.reception.person.recorded.v1','2026-12-02 20:05:43.156232','{"kind": "petitioner", "name": "enc:v1:person-97adae2d44b243e9bb8c409fc3c6ed0f:X+NQhUleHe0QnIONo6oEphFleTYvuqA4TMs4qs1p2+DWF3qPsg==", "id_number": null, "phone": "enc:v1:person-97adae2d44b243e9bb8c409fc3c6ed0f:m+EUQtmcdhmVUnGCoUjP9M+uN7Qc1N8vo/J3nqRdPiwDYMgl4jmG", "address": "enc:v1:person-97adae2d44b243e9bb8c409fc3c6ed0f:70UviEo6PeFK6IaUwBSyKvsdNTY2j3xsjDg4OrEQm30mQi9V8ziXDOo="}','{"actor": "wang"}');
INSERT INTO "events" VALUES(25,'d6f1ac77-4aae-4fa2-be82-f05009ce5b41','petition-demo-4',1,'shuniu.reception.petition.registered.v1','2026-12-02 20:05:43.171121','{"case_number": "信访〔2026〕4号", "person_id": "person-97adae2d44b243e9bb8c409fc3c6ed0f", "channel": "letter", "content": "enc:v1:person-97adae2d44b243e9bb8c409fc3c6ed0f:Ss2+HzCXxyDl/84VYDypqypsh3/Ynv9i6G23naysgUYKwDWPObqo5Ciy9ce8+E2X64LutPITDY+jMONDwA==", "received_on": "2026-11-13", "registered_by": "wang", "routing_due_on": "2026-11-28"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(26,'136d1b6d-1de1-4ece-ba8f-da07909b9cd1','person-a723185fee634fa5a05d89e0191b8215',1,'shuniu.reception.person.recorded.v1','2026-12-02 20:05:43.196355','{"kind": "petitioner", "name": "enc:v1:person-a723185fee634fa5a05d89e0191b8215:HvhIW3fTe7fXgDAUZBbqBvObp9qPLjaKwO7AlzKapnGGUuCxSQ==", "id_number": null, "phone": "enc:v1:person-a723185fee634fa5a05d89e0191b8215:ZwmQ2c/Wgm6vR5hAmNokS0+AbS8Z9HohgnagUk9vjriqrvFp7P4F", "address": "enc:v1:person-a723185fee634fa5a05d89e0191b8215:MKCQUYb4LVXQRsQ1oaRbPS1v0jGdzRBsTqC78CK7WFa0WulCbFNFgiE="}','{"actor": "wang"}');
INSERT INTO "events" VALUES(27,'c7a2d9ff-4e6b-41d3-85ab-e75bf8abc894','petition-demo-5',1,'shuniu.reception.petition.registered.v1','2026-12-02 20:05:43.220856','{"case_number": "信访〔2026〕5号", "person_id": "person-a723185fee634fa5a05d89e0191b8215", "channel": "letter", "content": "enc:v1:person-a723185fee634fa5a05d89e0191b8215:ftTBAINCm4hr+xhs9UmDFq8Z0J6Y/5efgOzYiRFg93g2s6JNnyhPjdHgDaMEaS2RXq7cxqBk2g==", "received_on": "2026-10-14", "registered_by": "wang", "routing_due_on": "2026-10-29"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(28,'f206b721-2b2f-4b3e-84bc-fb879d5f4aeb','petition-demo-5',2,'shuniu.reception.petition.routed.v1','2026-12-02 20:05:43.245620','{"to_department": "finance", "routed_on": "2026-10-19", "routed_by": "wang", "acceptance_due_on": "2026-11-03", "objection_due_on": "2026-10-26"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(29,'4c5b47d9-2b05-4981-94d5-ed94166f99b3','petition-demo-5',3,'shuniu.reception.petition.accepted.v1','2026-12-02 20:05:43.277583','{"accepted_on": "2026-10-19", "notice": "受理告知书〔2026〕5号", "handling_due_on": "2026-12-18"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(30,'c19ab437-11e9-4270-881b-fc5e401a487e','petition-demo-5',4,'shuniu.reception.petition.assigned.v1','2026-12-02 20:05:43.308142','{"petition_id": "petition-demo-5", "case_number": "信访〔2026〕5号", "summary": "反映道路施工扰民，请协调施工时间", "department": "finance", "due_on": "2026-12-18", "assigned_by": "wang"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(31,'23f104bc-09b4-4153-920b-4a9580cb3514','petition-demo-5',5,'shuniu.reception.petition.supervision_closed.v1','2026-12-02 20:05:43.315807','{"task_id": "task-of-petition-demo-5", "result": "已办结", "closed_on": "2026-11-28"}','{"actor": "system:supervision"}');
INSERT INTO "events" VALUES(32,'9cf8a6a9-fff7-4cca-9146-5759bc8e49c8','petition-demo-5',6,'shuniu.reception.petition.replied.v1','2026-12-02 20:05:43.334834','{"replied_on": "2026-11-28", "reply": "enc:v1:person-a723185fee634fa5a05d89e0191b8215:WsZajxhCH/cWuBWgfNX1AcGtn8inBst4u+ipv5aPt102KpBapLlVW1E2NU739bfdZ6Qwtc/UXkquKPe71lGXfJUbam2qUw==", "review_request_due_on": "2026-12-28"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(33,'af0071f2-20db-43ef-bc65-a23eeb92014b','person-be37f1ee75c14a3f86ed8f198acec845',1,'shuniu.reception.person.recorded.v1','2026-12-02 20:05:43.355446','{"kind": "petitioner", "name": "enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:9htL2rL4ezK7w7+Pfgfh00mE7tD7hCdUmJ/EVjlUwCNul1ZDtA==", "id_number": null, "phone": "enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:5f/F4xjKtQMBjMJUPEZmuUFoWjfvf+EpvWxRkWl7SW+Dr9F7fvZZ", "address": "enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:C1ne+Pc9H8R9btuXv6PSLckulZjGlqJiW4fZiTLiaWCH/w0dorwwvXA="}','{"actor": "wang"}');
INSERT INTO "events" VALUES(34,'1fd0cfdf-b61e-49a9-9dd7-2c89a9c58a83','petition-demo-6',1,'shuniu.reception.petition.registered.v1','2026-12-02 20:05:43.368189','{"case_number": "信访〔2026〕6号", "person_id": "person-be37f1ee75c14a3f86ed8f198acec845", "channel": "letter", "content": "enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:bkSXs2U9bnBj+55S3xmKibHrT6ndQYnESGQZk0it7P+4/4jTUh3/dkY82U4hxyC3wh0/gCehBGuEgrn0h/Z/XQ==", "received_on": "2026-09-14", "registered_by": "wang", "routing_due_on": "2026-09-29"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(35,'3ef386d7-f8c9-4760-9f07-217d742ccae3','petition-demo-6',2,'shuniu.reception.petition.routed.v1','2026-12-02 20:05:43.382632','{"to_department": "agriculture", "routed_on": "2026-09-19", "routed_by": "wang", "acceptance_due_on": "2026-10-04", "objection_due_on": "2026-09-24"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(36,'15e014f2-8074-492f-b49f-a4095c6941a6','petition-demo-6',3,'shuniu.reception.petition.accepted.v1','2026-12-02 20:05:43.392931','{"accepted_on": "2026-09-19", "notice": "受理告知书〔2026〕6号", "handling_due_on": "2026-11-18"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(37,'c9bfe8de-7b1a-44e9-9faa-1b73b580f555','petition-demo-6',4,'shuniu.reception.petition.assigned.v1','2026-12-02 20:05:43.404647','{"petition_id": "petition-demo-6", "case_number": "信访〔2026〕6号", "summary": "反映征地补偿标准不一致，请核实", "department": "agriculture", "due_on": "2026-11-18", "assigned_by": "wang"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(38,'4361b054-6b07-45b3-87cd-45ecde8c5227','petition-demo-6',5,'shuniu.reception.petition.supervision_closed.v1','2026-12-02 20:05:43.410014','{"task_id": "task-of-petition-demo-6", "result": "已办结", "closed_on": "2026-11-13"}','{"actor": "system:supervision"}');
INSERT INTO "events" VALUES(39,'22026e28-5f72-47c3-b3c3-5646e70b4fec','petition-demo-6',6,'shuniu.reception.petition.replied.v1','2026-12-02 20:05:43.416066','{"replied_on": "2026-11-13", "reply": "enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:VXzsznZiIUrNbB/oplP5SqmbRAuxkPLyvIB8w148jLiRnw4pMhO0kp0mmyqvB2JM2MOwAOAgn4u1Ysc6kLBgWsJRJ4lKBA==", "review_request_due_on": "2026-12-13"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(40,'deabb451-d1bc-45f2-95e5-ed75f4ce2e96','petition-demo-6',7,'shuniu.reception.petition.review_requested.v1','2026-12-02 20:05:43.420889','{"level": "复查", "requested_on": "2026-11-28", "grounds": "enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:LQnBcZxuwjrYqDTNKpdcHcFF0GYXjlgn7+ndbpOZ+Z7F0pfIicjGLPVrKdu6Q43zQMZpPZnp8vcj0tUDs+YK1aVf8l0gc9YE0taNTw==", "decision_due_on": "2026-12-28"}','{"actor": "wang"}');
INSERT INTO "events" VALUES(41,'f2135e8c-51d3-4c51-bbd8-b0677f1101a1','vehicle-demo-1',1,'shuniu.reception.vehicle.registered.v1','2026-12-02 20:05:43.426930','{"plate": "F·00001", "model": "红旗H5", "seats": 5}','{"actor": "wu"}');
INSERT INTO "events" VALUES(42,'99a1a418-4ceb-43e8-8a12-5eff7acea6c4','vehicle-demo-2',1,'shuniu.reception.vehicle.registered.v1','2026-12-02 20:05:43.430018','{"plate": "F·00002", "model": "丰田凯美瑞", "seats": 5}','{"actor": "wu"}');
INSERT INTO "events" VALUES(43,'ae0fbe8d-23d7-4e0d-8d97-a58d40c19f93','vehicle-demo-3',1,'shuniu.reception.vehicle.registered.v1','2026-12-02 20:05:43.432609','{"plate": "F·00009", "model": "大众帕萨特", "seats": 5}','{"actor": "wu"}');
INSERT INTO "events" VALUES(44,'069db30a-d860-49bb-9354-d54e725c03ba','trip-demo-1',1,'shuniu.reception.trip.requested.v1','2026-12-02 20:05:43.434569','{"requested_by": "chen", "rider": "chen", "passengers": [], "destination": "市财政局", "purpose": "公务", "starts_at": "2026-12-04T00:00:00Z", "ends_at": "2026-12-04T04:00:00Z"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(45,'9ddc57e7-4b29-49ff-bc66-bfac037b8a0d','trip-demo-2',1,'shuniu.reception.trip.requested.v1','2026-12-02 20:05:43.437398','{"requested_by": "fang", "rider": "fang", "passengers": [], "destination": "省城扶贫工作会", "purpose": "公务", "starts_at": "2026-12-02T23:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}','{"actor": "fang"}');
INSERT INTO "events" VALUES(46,'3d2e9253-434b-4ca0-98e6-05d7058602df','trip-demo-2',2,'shuniu.reception.trip.approved.v1','2026-12-02 20:05:43.440301','{"approved_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(47,'78bc7a86-b0a1-4b38-8a71-4750df75567a','trip-demo-2',3,'shuniu.reception.trip.dispatched.v1','2026-12-02 20:05:43.446883','{"vehicle_id": "vehicle-demo-2", "dispatched_by": "wu"}','{"actor": "wu"}');
INSERT INTO "events" VALUES(48,'4c0bac45-5dda-4d92-b76a-85b5cc59b44e','trip-demo-3',1,'shuniu.reception.trip.requested.v1','2026-12-02 20:05:43.449102','{"requested_by": "luo", "rider": "luo", "passengers": [], "destination": "行署会议", "purpose": "公务", "starts_at": "2026-12-02T00:00:00Z", "ends_at": "2026-12-02T09:00:00Z"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(49,'5329c1ba-4fe3-4a6b-9029-c60d86e1934a','trip-demo-3',2,'shuniu.reception.trip.approved.v1','2026-12-02 20:05:43.452066','{"approved_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(50,'aac2c1a6-4182-439f-a035-f9d5ccbb22a6','trip-demo-3',3,'shuniu.reception.trip.dispatched.v1','2026-12-02 20:05:43.456853','{"vehicle_id": "vehicle-demo-1", "dispatched_by": "wu"}','{"actor": "wu"}');
INSERT INTO "events" VALUES(51,'4ae09f54-8436-4913-bd4b-388491ba517a','trip-demo-3',4,'shuniu.reception.trip.returned.v1','2026-12-02 20:05:43.459766','{"vehicle_id": "vehicle-demo-1", "returned_at": "2026-12-02T20:05:43.459746Z", "mileage_km": 186.0}','{"actor": "wu"}');
INSERT INTO "events" VALUES(52,'5e86090e-8b93-4ba9-be65-635e05be2daf','seal-demo-gov',1,'shuniu.reception.seal.registered.v1','2026-12-02 20:05:43.463105','{"name": "F县人民政府印", "kind": "公章"}','{"actor": "wu"}');
INSERT INTO "events" VALUES(53,'a0c181e4-2277-4b5f-9636-a96a3ffaed3c','seal-demo-office',1,'shuniu.reception.seal.registered.v1','2026-12-02 20:05:43.465555','{"name": "F县人民政府办公室印", "kind": "办公室章"}','{"actor": "wu"}');
INSERT INTO "events" VALUES(54,'04abaad4-d5a0-4040-866e-0fbc9409a6b3','sealreq-demo-1',1,'shuniu.reception.seal_request.requested.v1','2026-12-02 20:05:43.468469','{"seal_id": "seal-demo-office", "document": "F政办函〔2026〕21号", "reason": "报送年度工作总结", "impressions": 2, "requested_by": "li"}','{"actor": "li"}');
INSERT INTO "events" VALUES(55,'28c3eb24-cc2c-40ff-bce8-4572b3bdbc4e','sealreq-demo-2',1,'shuniu.reception.seal_request.requested.v1','2026-12-02 20:05:43.472731','{"seal_id": "seal-demo-gov", "document": "F政发〔2026〕8号", "reason": "印发春耕生产工作方案", "impressions": 30, "requested_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(56,'8c0081e1-d1ad-409b-90a4-f7c0fd8ba5bf','sealreq-demo-3',1,'shuniu.reception.seal_request.requested.v1','2026-12-02 20:05:43.478073','{"seal_id": "seal-demo-office", "document": "介绍信", "reason": "赴省财政厅汇报工作", "impressions": 1, "requested_by": "chen"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(57,'93d05029-b10f-48c7-9d12-1776730f4544','sealreq-demo-2',2,'shuniu.reception.seal_request.approved.v1','2026-12-02 20:05:43.480901','{"approved_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(58,'c4d09dd5-7722-41cf-91a7-fcfa74f53975','sealreq-demo-3',2,'shuniu.reception.seal_request.approved.v1','2026-12-02 20:05:43.484147','{"approved_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(59,'48977612-6701-4935-a1d6-41b728bb932c','sealreq-demo-3',3,'shuniu.reception.seal_request.used.v1','2026-12-02 20:05:43.486934','{"seal_id": "seal-demo-office", "used_by": "wu", "used_at": "2026-12-02T20:05:43.486914Z", "impressions": 1}','{"actor": "wu"}');
INSERT INTO "events" VALUES(60,'8bac30c4-5c34-474d-9a5c-dc308f25bb05','petition-demo-4',2,'shuniu.reception.petition.clock_approaching.v1','2026-12-02 20:05:43.515951','{"clock": "routing", "due_on": "2026-11-28"}','{"actor": "system:deadlines"}');
INSERT INTO "events" VALUES(61,'d8fa2366-4a29-4218-abe9-71d5fa15e0c9','petition-demo-4',3,'shuniu.reception.petition.clock_overdue.v1','2026-12-02 20:05:43.548874','{"clock": "routing", "due_on": "2026-11-28"}','{"actor": "system:deadlines"}');
INSERT INTO "events" VALUES(62,'a0f29dad-2ac2-4c2d-b5c7-121fe46baf6d','petition-demo-3',5,'shuniu.reception.petition.clock_approaching.v1','2026-12-02 20:05:43.554013','{"clock": "handling", "due_on": "2026-12-05"}','{"actor": "system:deadlines"}');
INSERT INTO "events" VALUES(63,'f6fa30a6-008a-4495-90ce-1e1b1ad7f7fe','petition-demo-2',5,'shuniu.reception.petition.supervision_opened.v1','2026-12-02 20:05:44.688449','{"task_id": "petition:petition-demo-2:education"}','{"actor": "wang", "correlation_id": "d1c51f4c-afc7-4cd1-98c5-6e021c1f5240", "causation_id": "329f81ac-2066-45e1-8d04-ab12b73a4e7a", "traceparent": "00-77540c01bc004adb90058c854218efc0-26f367e0f2aeff87-01"}');
INSERT INTO "events" VALUES(64,'77bb5090-bc28-4c02-8882-89db2ee903ce','petition-demo-3',6,'shuniu.reception.petition.supervision_opened.v1','2026-12-02 20:05:44.699782','{"task_id": "petition:petition-demo-3:agriculture"}','{"actor": "wang", "correlation_id": "1df67296-b84d-404e-8380-9e2037fc844f", "causation_id": "004054ed-b401-48d5-b76b-44a576821609", "traceparent": "00-745d7c6f70ab422b1953bbc9f067d271-3248dbbf4ded0d8d-01"}');
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
CREATE TABLE people (
	person_id VARCHAR(64) NOT NULL, 
	kind VARCHAR(20) NOT NULL, 
	name TEXT, 
	id_number TEXT, 
	phone TEXT, 
	address TEXT, 
	forgotten_at DATETIME, 
	PRIMARY KEY (person_id)
);
INSERT INTO "people" VALUES('person-90124154572f4eb7a1d3ec6501efac0a','visitor','enc:v1:person-90124154572f4eb7a1d3ec6501efac0a:qINc1nN4wWsxoSrLatxPiQOS2llljO8cZXypXW2o3ygSHyYnHw==','enc:v1:person-90124154572f4eb7a1d3ec6501efac0a:zj7jfdy3Tiacwat0jzl7nue5OIe/z7mUKuPjSMCez07pHJ3ZnC9f0Az1a/OIFA==','enc:v1:person-90124154572f4eb7a1d3ec6501efac0a:C/gGNKL8fGuD4PJbfrpDDsToJaDqsgioJKJdZP22FFyV/Us8is4x',NULL,NULL);
INSERT INTO "people" VALUES('person-0c0df248d1214abe9782df45e3983b35','visitor','enc:v1:person-0c0df248d1214abe9782df45e3983b35:0W8k3pDUo0KaHrTbWthSUrs17rM+s1lhi9nx6JeJ/jSzJDEXUw==',NULL,'enc:v1:person-0c0df248d1214abe9782df45e3983b35:0CdGrnWl0e4/eEf2dsJcoJprIF5+g9Af0urstc6utjmlTl2D8zT2',NULL,NULL);
INSERT INTO "people" VALUES('person-9fe0e0428814456ca064ff8488a7b831','visitor','enc:v1:person-9fe0e0428814456ca064ff8488a7b831:G2jQSqm/hMcwSkLOcVUCWnanfDXv6NiIRrsKFOpeboWTAQbDZw==',NULL,'enc:v1:person-9fe0e0428814456ca064ff8488a7b831:/+b0xis3RJBLc5OH63vb8Wm7iqCSyv6Oj7dySi3lwWxDOG70vrM8',NULL,NULL);
INSERT INTO "people" VALUES('person-f0225704c13f4b738a4682f16eff7c9d','visitor','enc:v1:person-f0225704c13f4b738a4682f16eff7c9d:PaNJEE5kT98nUCo+/VaA3Nn40a07MOAvf/PCbPg8frhfMApI8g==',NULL,'enc:v1:person-f0225704c13f4b738a4682f16eff7c9d:x+P/cRaGBhiIlBldh12giCgr2QNlAadmcKD2P0lq2mir8TVKWGTU',NULL,NULL);
INSERT INTO "people" VALUES('person-4ac9578e0d1c4cd9ab2065878b5a77ae','petitioner','enc:v1:person-4ac9578e0d1c4cd9ab2065878b5a77ae:roYqILNeX6r+Paj/NPYF5YHc03Wf8oM+2OZexqTtLITo5fuBJQ==',NULL,'enc:v1:person-4ac9578e0d1c4cd9ab2065878b5a77ae:3V+k2Lrg1Zxy4DuWJNs4W2YmN+EabQKSE6GErCc9NeGbo4XYMCQu','enc:v1:person-4ac9578e0d1c4cd9ab2065878b5a77ae:aUGJ2XbpRos0H034cCJuUFNTV1TuuOOAThVd6SHzTDUuJkXeks9kTFo=',NULL);
INSERT INTO "people" VALUES('person-b942459f65dd4ace94d1a3ae0ff71df0','petitioner','enc:v1:person-b942459f65dd4ace94d1a3ae0ff71df0:DU5gSjKRstWOBclDYOueR0uHCD0X0Rn926363f40C7eMtVfyzg==',NULL,'enc:v1:person-b942459f65dd4ace94d1a3ae0ff71df0:8icOQxkX5Tpzm0AMjuQm3UwWqpm261a+nCiToUeu4DB01vYfJK1y','enc:v1:person-b942459f65dd4ace94d1a3ae0ff71df0:VjrbR34zPqzgsxQ9pUwgZmApzvweAaknLUhlfrD30/2ejAiZT0SSv28=',NULL);
INSERT INTO "people" VALUES('person-d58aceeb4c324313bbeffdadf0da1162','petitioner','enc:v1:person-d58aceeb4c324313bbeffdadf0da1162:l9Ulje+xlsh8mxGR0oc4lpsesxOwK0Tu2zdKKX/G302c9ySo9A==',NULL,'enc:v1:person-d58aceeb4c324313bbeffdadf0da1162:C/JSlvmwFUfBHimLx0dII8knP9yFMvNzrMtm7rZFbmjDWkKXKh3g','enc:v1:person-d58aceeb4c324313bbeffdadf0da1162:JcQ6RsXc7RF8VSbB89n/bLX7zRrV0J/FZb+QAWOmE/bhtv46c58jdIs=',NULL);
INSERT INTO "people" VALUES('person-97adae2d44b243e9bb8c409fc3c6ed0f','petitioner','enc:v1:person-97adae2d44b243e9bb8c409fc3c6ed0f:X+NQhUleHe0QnIONo6oEphFleTYvuqA4TMs4qs1p2+DWF3qPsg==',NULL,'enc:v1:person-97adae2d44b243e9bb8c409fc3c6ed0f:m+EUQtmcdhmVUnGCoUjP9M+uN7Qc1N8vo/J3nqRdPiwDYMgl4jmG','enc:v1:person-97adae2d44b243e9bb8c409fc3c6ed0f:70UviEo6PeFK6IaUwBSyKvsdNTY2j3xsjDg4OrEQm30mQi9V8ziXDOo=',NULL);
INSERT INTO "people" VALUES('person-a723185fee634fa5a05d89e0191b8215','petitioner','enc:v1:person-a723185fee634fa5a05d89e0191b8215:HvhIW3fTe7fXgDAUZBbqBvObp9qPLjaKwO7AlzKapnGGUuCxSQ==',NULL,'enc:v1:person-a723185fee634fa5a05d89e0191b8215:ZwmQ2c/Wgm6vR5hAmNokS0+AbS8Z9HohgnagUk9vjriqrvFp7P4F','enc:v1:person-a723185fee634fa5a05d89e0191b8215:MKCQUYb4LVXQRsQ1oaRbPS1v0jGdzRBsTqC78CK7WFa0WulCbFNFgiE=',NULL);
INSERT INTO "people" VALUES('person-be37f1ee75c14a3f86ed8f198acec845','petitioner','enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:9htL2rL4ezK7w7+Pfgfh00mE7tD7hCdUmJ/EVjlUwCNul1ZDtA==',NULL,'enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:5f/F4xjKtQMBjMJUPEZmuUFoWjfvf+EpvWxRkWl7SW+Dr9F7fvZZ','enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:C1ne+Pc9H8R9btuXv6PSLckulZjGlqJiW4fZiTLiaWCH/w0dorwwvXA=',NULL);
CREATE TABLE petition_case_counters (
	year INTEGER NOT NULL, 
	last INTEGER NOT NULL, 
	PRIMARY KEY (year)
);
INSERT INTO "petition_case_counters" VALUES(2026,6);
CREATE TABLE petitions (
	petition_id VARCHAR(64) NOT NULL, 
	case_number VARCHAR(50) NOT NULL, 
	person_id VARCHAR(64) NOT NULL, 
	channel VARCHAR(20) NOT NULL, 
	stage VARCHAR(30) NOT NULL, 
	received_on DATE NOT NULL, 
	department VARCHAR(100), 
	summary TEXT, 
	task_id VARCHAR(100), 
	next_clock VARCHAR(40), 
	next_due_on DATE, 
	registered_at DATETIME NOT NULL, 
	PRIMARY KEY (petition_id), 
	UNIQUE (case_number)
);
INSERT INTO "petitions" VALUES('petition-demo-1','信访〔2026〕1号','person-4ac9578e0d1c4cd9ab2065878b5a77ae','letter','registered','2026-12-03',NULL,NULL,NULL,'routing','2026-12-18','2026-12-02 20:05:42.739999');
INSERT INTO "petitions" VALUES('petition-demo-2','信访〔2026〕2号','person-b942459f65dd4ace94d1a3ae0ff71df0','letter','assigned','2026-11-08','education','反映学校违规收取补课费，请核查处理','petition:petition-demo-2:education','handling','2027-01-12','2026-12-02 20:05:42.790108');
INSERT INTO "petitions" VALUES('petition-demo-3','信访〔2026〕3号','person-d58aceeb4c324313bbeffdadf0da1162','letter','assigned','2026-10-04','agriculture','反映农田灌溉渠损毁，请组织修复','petition:petition-demo-3:agriculture','handling','2026-12-05','2026-12-02 20:05:43.002648');
INSERT INTO "petitions" VALUES('petition-demo-4','信访〔2026〕4号','person-97adae2d44b243e9bb8c409fc3c6ed0f','letter','registered','2026-11-13',NULL,NULL,NULL,'routing','2026-11-28','2026-12-02 20:05:43.169583');
INSERT INTO "petitions" VALUES('petition-demo-5','信访〔2026〕5号','person-a723185fee634fa5a05d89e0191b8215','letter','replied','2026-10-14','finance','反映道路施工扰民，请协调施工时间','task-of-petition-demo-5','review_request','2026-12-28','2026-12-02 20:05:43.216225');
INSERT INTO "petitions" VALUES('petition-demo-6','信访〔2026〕6号','person-be37f1ee75c14a3f86ed8f198acec845','letter','under_review','2026-09-14','agriculture','反映征地补偿标准不一致，请核实','task-of-petition-demo-6','review_decision','2026-12-28','2026-12-02 20:05:43.364536');
CREATE TABLE processed_events (
	consumer_group VARCHAR(200) NOT NULL, 
	event_id VARCHAR(36) NOT NULL, 
	outcome VARCHAR(20) NOT NULL, 
	processed_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	PRIMARY KEY (consumer_group, event_id)
);
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','0b369fb3-5b0b-4ef9-9e48-ffcf2e36e1dd','applied','2026-12-02 20:05:40.434259');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','07870ce4-9721-4f91-b3ac-00794b105def','applied','2026-12-02 20:05:40.434259');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','2f30d407-6937-4e22-b6b4-2670b090e25a','applied','2026-12-02 20:05:40.902765');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','bfc21193-c17e-41b4-b41d-a96db52ba0c0','applied','2026-12-02 20:05:40.902765');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','2d82a29b-e901-48bf-b3ca-57514ac4b81d','applied','2026-12-02 20:05:41.411054');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','54360741-ae09-41eb-9421-a2b047d38467','applied','2026-12-02 20:05:41.631504');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','1f7f7fc4-7d3f-494c-9635-637c0117e692','applied','2026-12-02 20:05:41.880298');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','55e1cea5-7714-4e4e-9474-161f3e66619f','applied','2026-12-02 20:05:42.066103');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','7d7468a3-e3fd-425f-948a-9baf95bbe3c1','applied','2026-12-02 20:05:42.113538');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','d312ae46-a8e2-492d-8dfb-882e0f70676d','applied','2026-12-02 20:05:42.166247');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','37575180-5da5-4409-ac93-5749b119c52f','applied','2026-12-02 20:05:42.213549');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','953589ec-c2f8-44b4-8560-cc3f334ab875','applied','2026-12-02 20:05:42.449151');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','743e637e-0a60-4521-9884-69eecf3ba684','applied','2026-12-02 20:05:42.449151');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','80b380e1-333c-4a9f-be65-66966e403798','applied','2026-12-02 20:05:42.449151');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','67a40f98-abce-4e20-9df1-cee32faf72b2','applied','2026-12-02 20:05:42.449151');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','329f81ac-2066-45e1-8d04-ab12b73a4e7a','applied','2026-12-02 20:05:44.681120');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','004054ed-b401-48d5-b76b-44a576821609','applied','2026-12-02 20:05:44.681120');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','7460c3ae-0022-411b-91ca-8c179f076ce9','applied','2026-12-02 20:05:44.681120');
INSERT INTO "processed_events" VALUES('reception.supervision-outcomes','dafacb1f-49fe-4ee6-a2c1-e2bbc8fae84b','applied','2026-12-02 20:05:44.681120');
CREATE TABLE schema_migrations (
	id VARCHAR(200) NOT NULL, 
	applied_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id)
);
INSERT INTO "schema_migrations" VALUES('0001_event_store_outbox_inbox','2026-12-02 20:05:38');
INSERT INTO "schema_migrations" VALUES('reception_0001_tables','2026-12-02 20:05:38');
INSERT INTO "schema_migrations" VALUES('reception_0002_no_overlapping_dispatch','2026-12-02 20:05:38');
CREATE TABLE seal_requests (
	request_id VARCHAR(64) NOT NULL, 
	seal_id VARCHAR(64) NOT NULL, 
	document VARCHAR(300) NOT NULL, 
	reason TEXT NOT NULL, 
	impressions INTEGER NOT NULL, 
	used INTEGER NOT NULL, 
	requested_by VARCHAR(100) NOT NULL, 
	approved_by VARCHAR(100), 
	stage VARCHAR(20) NOT NULL, 
	requested_at DATETIME NOT NULL, 
	PRIMARY KEY (request_id)
);
INSERT INTO "seal_requests" VALUES('sealreq-demo-1','seal-demo-office','F政办函〔2026〕21号','报送年度工作总结',2,0,'li',NULL,'requested','2026-12-02 20:05:43.469106');
INSERT INTO "seal_requests" VALUES('sealreq-demo-2','seal-demo-gov','F政发〔2026〕8号','印发春耕生产工作方案',30,0,'shen','feng','approved','2026-12-02 20:05:43.474460');
INSERT INTO "seal_requests" VALUES('sealreq-demo-3','seal-demo-office','介绍信','赴省财政厅汇报工作',1,1,'chen','feng','used','2026-12-02 20:05:43.478703');
CREATE TABLE seal_uses (
	use_id INTEGER NOT NULL, 
	request_id VARCHAR(64) NOT NULL, 
	seal_id VARCHAR(64) NOT NULL, 
	used_by VARCHAR(100) NOT NULL, 
	used_at DATETIME NOT NULL, 
	impressions INTEGER NOT NULL, 
	document VARCHAR(300) NOT NULL, 
	PRIMARY KEY (use_id)
);
INSERT INTO "seal_uses" VALUES(1,'sealreq-demo-3','seal-demo-office','wu','2026-12-02 20:05:43.486914',1,'介绍信');
CREATE TABLE seals (
	seal_id VARCHAR(64) NOT NULL, 
	name VARCHAR(100) NOT NULL, 
	kind VARCHAR(50) NOT NULL, 
	PRIMARY KEY (seal_id)
);
INSERT INTO "seals" VALUES('seal-demo-gov','F县人民政府印','公章');
INSERT INTO "seals" VALUES('seal-demo-office','F县人民政府办公室印','办公室章');
CREATE TABLE subject_keys (
	key_id VARCHAR(64) NOT NULL, 
	wrapped_key BLOB NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (key_id)
);
INSERT INTO "subject_keys" VALUES('person-90124154572f4eb7a1d3ec6501efac0a',X'ABFAAC6AD2C50ED6024D654633686E11BB77F39A96B1285FD08427B42B5D76CF8171946CC73AF296EB9AFB4A6D959B1475FDA20EFA6C6D1154CD2980','2026-12-02 20:05:42.478284');
INSERT INTO "subject_keys" VALUES('person-0c0df248d1214abe9782df45e3983b35',X'8AAA91F65BC905E2B55782B5E157A2AEBBEDC87ADCC207666AB929B351F6D5AE020F4D1E2B2527D30DDD5ACEB8F6B69A9A77F488F3ED7C6DF686D25C','2026-12-02 20:05:42.541700');
INSERT INTO "subject_keys" VALUES('person-9fe0e0428814456ca064ff8488a7b831',X'3D9F8C2F4F98A474C883E1BD47B52F006B2221632B5B0371EE96E9A673FAFEEDD00E6F53B4EA299DD2698213FB7194295B2166E236CB2C437E87F077','2026-12-02 20:05:42.602367');
INSERT INTO "subject_keys" VALUES('person-f0225704c13f4b738a4682f16eff7c9d',X'6E3517865EEA1DD5C2EFEFB90A22C548CA58C4C1BDFE4DB51C965D4A3A8A1CE3F64E4182A4C8EB74B11DF65A85AC665BE7AA30DCDC81A8A365B08F3D','2026-12-02 20:05:42.706767');
INSERT INTO "subject_keys" VALUES('person-4ac9578e0d1c4cd9ab2065878b5a77ae',X'B45DA21FBDA68C27CEA0E79BF0A9300D635DFBFEEBC18585D6EC77565F9E8044C865F1BE433E09AAEFD67FE9F376E5E869BE9CB009727C5ECB62BD6C','2026-12-02 20:05:42.724647');
INSERT INTO "subject_keys" VALUES('person-b942459f65dd4ace94d1a3ae0ff71df0',X'6C95B72922471C9E2E959B1F5A8C00A28E1B8288C7ABDD811737341A6C1D119E198D42CEFB75D943F25DF8C8F2DA558F7533C2A2808E5863C9985815','2026-12-02 20:05:42.771935');
INSERT INTO "subject_keys" VALUES('person-d58aceeb4c324313bbeffdadf0da1162',X'EA82160D3320E46C21D56BB6945720BA3F9054380466F85BA88182E26B6BCDEDD3281C851E03FCDEF297336709A9565BC0B9BACB2C4BC7068DC030BA','2026-12-02 20:05:42.991551');
INSERT INTO "subject_keys" VALUES('person-97adae2d44b243e9bb8c409fc3c6ed0f',X'795876F08885772E24E9710CE781194CB93F11880CFF0F1024C41665318E592E31FD454953CA27BE47D52ACEA99C956524F24014B2B09EF237BA26C1','2026-12-02 20:05:43.146548');
INSERT INTO "subject_keys" VALUES('person-a723185fee634fa5a05d89e0191b8215',X'E8C3393B5C65BA4481EE5F5C26EEADE9CBBECA662E814C59BBD33A29E52436285532EB51B19CDF9944D6244EB4C8C1FD04BEA48E370D960D98571086','2026-12-02 20:05:43.194537');
INSERT INTO "subject_keys" VALUES('person-be37f1ee75c14a3f86ed8f198acec845',X'F4B13DB0363B07DAD72D9EFEA96DA84D965E3003AC40E57D0BEE4DCAF54C73D8F79F903823715E7C2005842AF400CDBF56BEAE24EC00F8B5243BF885','2026-12-02 20:05:43.352202');
CREATE TABLE todos (
	todo_id INTEGER NOT NULL, 
	person VARCHAR(100) NOT NULL, 
	subject_id VARCHAR(64) NOT NULL, 
	text TEXT NOT NULL, 
	options JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	done BOOLEAN NOT NULL, 
	PRIMARY KEY (todo_id)
);
CREATE TABLE trips (
	trip_id VARCHAR(64) NOT NULL, 
	requested_by VARCHAR(100) NOT NULL, 
	rider VARCHAR(100) NOT NULL, 
	passengers JSON NOT NULL, 
	destination VARCHAR(200) NOT NULL, 
	purpose TEXT NOT NULL, 
	starts_at DATETIME NOT NULL, 
	ends_at DATETIME NOT NULL, 
	stage VARCHAR(20) NOT NULL, 
	vehicle_id VARCHAR(64), 
	mileage_km FLOAT, 
	PRIMARY KEY (trip_id)
);
INSERT INTO "trips" VALUES('trip-demo-1','chen','chen','[]','市财政局','公务','2026-12-04 00:00:00.000000','2026-12-04 04:00:00.000000','requested',NULL,NULL);
INSERT INTO "trips" VALUES('trip-demo-2','fang','fang','[]','省城扶贫工作会','公务','2026-12-02 23:00:00.000000','2026-12-03 11:00:00.000000','dispatched','vehicle-demo-2',NULL);
INSERT INTO "trips" VALUES('trip-demo-3','luo','luo','[]','行署会议','公务','2026-12-02 00:00:00.000000','2026-12-02 09:00:00.000000','returned','vehicle-demo-1',186.0);
CREATE TABLE vehicle_dispatches (
	trip_id VARCHAR(64) NOT NULL, 
	vehicle_id VARCHAR(64) NOT NULL, 
	starts_at DATETIME NOT NULL, 
	ends_at DATETIME NOT NULL, 
	PRIMARY KEY (trip_id)
);
INSERT INTO "vehicle_dispatches" VALUES('trip-demo-2','vehicle-demo-2','2026-12-02 23:00:00.000000','2026-12-03 11:00:00.000000');
CREATE TABLE vehicles (
	vehicle_id VARCHAR(64) NOT NULL, 
	plate VARCHAR(20) NOT NULL, 
	model VARCHAR(100) NOT NULL, 
	seats INTEGER NOT NULL, 
	PRIMARY KEY (vehicle_id), 
	UNIQUE (plate)
);
INSERT INTO "vehicles" VALUES('vehicle-demo-1','F·00001','红旗H5',5);
INSERT INTO "vehicles" VALUES('vehicle-demo-2','F·00002','丰田凯美瑞',5);
INSERT INTO "vehicles" VALUES('vehicle-demo-3','F·00009','大众帕萨特',5);
CREATE TABLE visits (
	visit_id VARCHAR(64) NOT NULL, 
	person_id VARCHAR(64) NOT NULL, 
	organisation VARCHAR(200) NOT NULL, 
	purpose TEXT NOT NULL, 
	host_department VARCHAR(100) NOT NULL, 
	host_person VARCHAR(100) NOT NULL, 
	expected_at DATETIME, 
	stage VARCHAR(20) NOT NULL, 
	badge VARCHAR(50), 
	arrived_at DATETIME, 
	left_at DATETIME, 
	PRIMARY KEY (visit_id)
);
INSERT INTO "visits" VALUES('visit-demo-1','person-90124154572f4eb7a1d3ec6501efac0a','F县第一中学','商谈校舍维修','education','zhao','2026-12-03 01:00:00.000000','in_building','A-01','2026-12-02 20:05:42.644042',NULL);
INSERT INTO "visits" VALUES('visit-demo-2','person-0c0df248d1214abe9782df45e3983b35','市财政局','专项资金对账','finance','chen','2026-12-03 02:00:00.000000','left','A-02','2026-12-02 20:05:42.678632','2026-12-02 20:05:42.694039');
INSERT INTO "visits" VALUES('visit-demo-3','person-9fe0e0428814456ca064ff8488a7b831','县总工会','困难职工慰问安排','union','sun','2026-12-03 07:00:00.000000','appointed',NULL,NULL,NULL);
INSERT INTO "visits" VALUES('visit-demo-4','person-f0225704c13f4b738a4682f16eff7c9d','个人','咨询办事流程','office.affairs','wu',NULL,'in_building','B-01','2026-12-02 20:05:42.716605',NULL);
CREATE INDEX ix_deadlines_due ON deadlines (fired_at, due_at);
CREATE TRIGGER events_to_outbox AFTER INSERT ON events
           BEGIN INSERT INTO outbox (position) VALUES (NEW.position); END;
CREATE INDEX ix_visits_stage ON visits (stage);
CREATE INDEX ix_vehicle_dispatches_vehicle ON vehicle_dispatches (vehicle_id);
CREATE INDEX ix_todos_person ON todos (person);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('events',64);
COMMIT;
