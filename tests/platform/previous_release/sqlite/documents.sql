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
INSERT INTO "deadlines" VALUES('in-bc3785d14bc64659:circulation:1','in-bc3785d14bc64659','documents.circulation-overdue','2026-12-07 09:30:00.000000','{"round": 1}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('in-f5f968d0b6fa4179:reminder','in-f5f968d0b6fa4179','documents.reminder','2026-12-09 01:00:00.000000','{"deadline": "2026-12-10"}',NULL,0,NULL);
INSERT INTO "deadlines" VALUES('in-78c5038a44134f7c:reminder','in-78c5038a44134f7c','documents.reminder','2026-12-16 01:00:00.000000','{"deadline": "2026-12-17"}',NULL,0,NULL);
CREATE TABLE document_departments (
	document_id VARCHAR(64) NOT NULL, 
	department VARCHAR(100) NOT NULL, 
	PRIMARY KEY (document_id, department)
);
INSERT INTO "document_departments" VALUES('in-0f4173825cac4c97','gov');
INSERT INTO "document_departments" VALUES('in-e582ed9766284770','gov');
INSERT INTO "document_departments" VALUES('in-3c1ae19b965a414d','gov');
INSERT INTO "document_departments" VALUES('in-d4a3279445c7407f','gov');
INSERT INTO "document_departments" VALUES('in-bc3785d14bc64659','gov');
INSERT INTO "document_departments" VALUES('in-bc3785d14bc64659','finance');
INSERT INTO "document_departments" VALUES('in-bc3785d14bc64659','union');
INSERT INTO "document_departments" VALUES('in-08cb035c61fc48e0','gov');
INSERT INTO "document_departments" VALUES('in-f5f968d0b6fa4179','gov');
INSERT INTO "document_departments" VALUES('in-f5f968d0b6fa4179','agriculture');
INSERT INTO "document_departments" VALUES('in-f5f968d0b6fa4179','finance');
INSERT INTO "document_departments" VALUES('in-78c5038a44134f7c','gov');
INSERT INTO "document_departments" VALUES('in-78c5038a44134f7c','finance');
INSERT INTO "document_departments" VALUES('in-e8330eba6a1c4d15','gov');
INSERT INTO "document_departments" VALUES('in-e8330eba6a1c4d15','union');
INSERT INTO "document_departments" VALUES('in-333ba71128204656','gov');
INSERT INTO "document_departments" VALUES('in-333ba71128204656','union');
INSERT INTO "document_departments" VALUES('out-57685bf74cb14030','agriculture');
INSERT INTO "document_departments" VALUES('out-57685bf74cb14030','education');
INSERT INTO "document_departments" VALUES('out-57685bf74cb14030','finance');
INSERT INTO "document_departments" VALUES('out-57685bf74cb14030','gov');
INSERT INTO "document_departments" VALUES('out-878aa9224c6442a0','agriculture');
INSERT INTO "document_departments" VALUES('out-878aa9224c6442a0','education');
INSERT INTO "document_departments" VALUES('out-878aa9224c6442a0','finance');
INSERT INTO "document_departments" VALUES('out-878aa9224c6442a0','gov');
INSERT INTO "document_departments" VALUES('out-c01799d7a4dc421d','agriculture');
INSERT INTO "document_departments" VALUES('out-c01799d7a4dc421d','education');
INSERT INTO "document_departments" VALUES('out-c01799d7a4dc421d','finance');
INSERT INTO "document_departments" VALUES('out-c01799d7a4dc421d','gov');
INSERT INTO "document_departments" VALUES('out-c01799d7a4dc421d','union');
INSERT INTO "document_departments" VALUES('out-f4adcab98a814071','finance');
INSERT INTO "document_departments" VALUES('out-f4adcab98a814071','gov');
INSERT INTO "document_departments" VALUES('out-4e8e66174f9947b7','agriculture');
INSERT INTO "document_departments" VALUES('out-4e8e66174f9947b7','education');
INSERT INTO "document_departments" VALUES('out-4e8e66174f9947b7','finance');
INSERT INTO "document_departments" VALUES('out-4e8e66174f9947b7','gov');
INSERT INTO "document_departments" VALUES('out-a5179ee33dd14bce','agriculture');
INSERT INTO "document_departments" VALUES('out-a5179ee33dd14bce','education');
INSERT INTO "document_departments" VALUES('out-a5179ee33dd14bce','finance');
INSERT INTO "document_departments" VALUES('out-a5179ee33dd14bce','gov');
INSERT INTO "document_departments" VALUES('out-ca7c705878214016','agriculture');
INSERT INTO "document_departments" VALUES('out-ca7c705878214016','education');
INSERT INTO "document_departments" VALUES('out-ca7c705878214016','finance');
INSERT INTO "document_departments" VALUES('out-ca7c705878214016','gov');
INSERT INTO "document_departments" VALUES('out-487e1d2fcb8645de','agriculture');
INSERT INTO "document_departments" VALUES('out-487e1d2fcb8645de','education');
INSERT INTO "document_departments" VALUES('out-487e1d2fcb8645de','finance');
INSERT INTO "document_departments" VALUES('out-487e1d2fcb8645de','gov');
INSERT INTO "document_departments" VALUES('out-8b1dcd6ae3784183','agriculture');
INSERT INTO "document_departments" VALUES('out-8b1dcd6ae3784183','education');
INSERT INTO "document_departments" VALUES('out-8b1dcd6ae3784183','finance');
INSERT INTO "document_departments" VALUES('out-8b1dcd6ae3784183','gov');
INSERT INTO "document_departments" VALUES('out-88cb429257294d49','agriculture');
INSERT INTO "document_departments" VALUES('out-88cb429257294d49','education');
INSERT INTO "document_departments" VALUES('out-88cb429257294d49','finance');
INSERT INTO "document_departments" VALUES('out-88cb429257294d49','gov');
INSERT INTO "document_departments" VALUES('out-2d7a1b1e5959438e','agriculture');
INSERT INTO "document_departments" VALUES('out-2d7a1b1e5959438e','education');
INSERT INTO "document_departments" VALUES('out-2d7a1b1e5959438e','finance');
INSERT INTO "document_departments" VALUES('out-2d7a1b1e5959438e','gov');
CREATE TABLE document_numbers (
	code VARCHAR(100) NOT NULL, 
	year INTEGER NOT NULL, 
	sequence INTEGER NOT NULL, 
	number VARCHAR(120) NOT NULL, 
	document_id VARCHAR(64) NOT NULL, 
	status VARCHAR(10) NOT NULL, 
	reason VARCHAR(500), 
	given_at DATETIME NOT NULL, 
	PRIMARY KEY (code, year, sequence)
);
INSERT INTO "document_numbers" VALUES('县府办收',2026,1,'县府办收〔2026〕1号','in-e582ed9766284770','used',NULL,'2026-12-02 20:05:39.191931');
INSERT INTO "document_numbers" VALUES('县府办收',2026,2,'县府办收〔2026〕2号','in-3c1ae19b965a414d','used',NULL,'2026-12-02 20:05:39.220063');
INSERT INTO "document_numbers" VALUES('县府办收',2026,3,'县府办收〔2026〕3号','in-d4a3279445c7407f','used',NULL,'2026-12-02 20:05:39.244398');
INSERT INTO "document_numbers" VALUES('县府办收',2026,4,'县府办收〔2026〕4号','in-bc3785d14bc64659','used',NULL,'2026-12-02 20:05:39.275049');
INSERT INTO "document_numbers" VALUES('县府办收',2026,5,'县府办收〔2026〕5号','in-08cb035c61fc48e0','used',NULL,'2026-12-02 20:05:39.358849');
INSERT INTO "document_numbers" VALUES('县府办收',2026,6,'县府办收〔2026〕6号','in-f5f968d0b6fa4179','used',NULL,'2026-12-02 20:05:39.389976');
INSERT INTO "document_numbers" VALUES('县府办收',2026,7,'县府办收〔2026〕7号','in-78c5038a44134f7c','used',NULL,'2026-12-02 20:05:39.488947');
INSERT INTO "document_numbers" VALUES('县府办收',2026,8,'县府办收〔2026〕8号','in-e8330eba6a1c4d15','used',NULL,'2026-12-02 20:05:39.567148');
INSERT INTO "document_numbers" VALUES('县府办收',2026,9,'县府办收〔2026〕9号','in-333ba71128204656','used',NULL,'2026-12-02 20:05:39.620638');
INSERT INTO "document_numbers" VALUES('县府办发',2026,1,'县府办发〔2026〕1号','out-ca7c705878214016','void','登记时误用了县府办发代字，应为县府发','2026-12-02 20:05:39.795001');
INSERT INTO "document_numbers" VALUES('县府发',2026,1,'县府发〔2026〕1号','out-ca7c705878214016','used',NULL,'2026-12-02 20:05:39.821780');
INSERT INTO "document_numbers" VALUES('县府办发',2026,2,'县府办发〔2026〕2号','out-487e1d2fcb8645de','used',NULL,'2026-12-02 20:05:39.856906');
INSERT INTO "document_numbers" VALUES('县府办发',2026,3,'县府办发〔2026〕3号','out-8b1dcd6ae3784183','used',NULL,'2026-12-02 20:05:39.887866');
INSERT INTO "document_numbers" VALUES('县府办发',2026,4,'县府办发〔2026〕4号','out-88cb429257294d49','used',NULL,'2026-12-02 20:05:39.931056');
INSERT INTO "document_numbers" VALUES('县府办发',2026,5,'县府办发〔2026〕5号','out-2d7a1b1e5959438e','used',NULL,'2026-12-02 20:05:39.990891');
CREATE TABLE documents (
	id VARCHAR(64) NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	doc_type VARCHAR(20) NOT NULL, 
	stage VARCHAR(30) NOT NULL, 
	classification VARCHAR(10) NOT NULL, 
	classification_rank INTEGER NOT NULL, 
	urgency VARCHAR(10), 
	year INTEGER NOT NULL, 
	number VARCHAR(100), 
	lead_department VARCHAR(100), 
	deadline DATE, 
	circulation_overdue BOOLEAN NOT NULL, 
	under_supervision BOOLEAN NOT NULL, 
	finished BOOLEAN NOT NULL, 
	created_position INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	version INTEGER NOT NULL, 
	PRIMARY KEY (id)
);
INSERT INTO "documents" VALUES('in-0f4173825cac4c97','incoming','关于开展2026年度安全生产大检查的通知','通知','received','none',0,'加急',2026,NULL,NULL,NULL,0,0,0,1,'2026-12-02 20:05:39.138338','2026-12-02 20:05:39.138338',1);
INSERT INTO "documents" VALUES('in-e582ed9766284770','incoming','关于报送第一季度经济运行情况的函','函','registered','none',0,NULL,2026,'县府办收〔2026〕1号',NULL,NULL,0,0,0,2,'2026-12-02 20:05:39.149947','2026-12-02 20:05:39.191109',2);
INSERT INTO "documents" VALUES('in-3c1ae19b965a414d','incoming','关于某企业用地审批事项的请示','请示','returned','none',0,NULL,2026,'县府办收〔2026〕2号',NULL,NULL,0,0,1,4,'2026-12-02 20:05:39.200344','2026-12-02 20:05:39.227398',3);
INSERT INTO "documents" VALUES('in-d4a3279445c7407f','incoming','关于做好冬春季森林防火工作的通知','通知','accepted','none',0,NULL,2026,'县府办收〔2026〕3号',NULL,NULL,0,0,0,7,'2026-12-02 20:05:39.232392','2026-12-02 20:05:39.253352',3);
INSERT INTO "documents" VALUES('in-bc3785d14bc64659','incoming','市政府第12次常务会议纪要','纪要','distributed','none',0,NULL,2026,'县府办收〔2026〕4号',NULL,NULL,0,0,0,10,'2026-12-02 20:05:39.261284','2026-12-02 20:05:39.340869',6);
INSERT INTO "documents" VALUES('in-08cb035c61fc48e0','incoming','关于开展中小学校舍安全排查的通知','通知','proposed','none',0,NULL,2026,'县府办收〔2026〕5号',NULL,NULL,0,0,0,16,'2026-12-02 20:05:39.349485','2026-12-02 20:05:39.371850',4);
INSERT INTO "documents" VALUES('in-f5f968d0b6fa4179','incoming','关于切实做好春耕备耕工作的紧急通知','通知','instructed','none',0,'特急',2026,'县府办收〔2026〕6号','agriculture','2026-12-10',0,1,0,20,'2026-12-02 20:05:39.377889','2026-12-02 20:05:40.458490',7);
INSERT INTO "documents" VALUES('in-78c5038a44134f7c','incoming','关于下达2026年度财政专项资金的通知','通知','replied','none',0,NULL,2026,'县府办收〔2026〕7号','finance','2026-12-17',0,1,0,26,'2026-12-02 20:05:39.466002','2026-12-02 20:05:40.474336',7);
INSERT INTO "documents" VALUES('in-e8330eba6a1c4d15','incoming','关于做好元旦春节期间值班工作的通知','通知','closed','none',0,NULL,2026,'县府办收〔2026〕8号',NULL,NULL,0,0,1,32,'2026-12-02 20:05:39.558231','2026-12-02 20:05:39.587854',7);
INSERT INTO "documents" VALUES('in-333ba71128204656','incoming','关于2025年度工作目标考核结果的通报','通报','archived','none',0,NULL,2026,'县府办收〔2026〕9号',NULL,NULL,0,0,1,39,'2026-12-02 20:05:39.613450','2026-12-02 20:05:39.660690',8);
INSERT INTO "documents" VALUES('out-57685bf74cb14030','outgoing','关于加强县级财政资金监管的通知','通知','drafted','none',0,NULL,2026,NULL,'finance',NULL,0,0,0,47,'2026-12-02 20:05:39.663751','2026-12-02 20:05:39.663751',1);
INSERT INTO "documents" VALUES('out-878aa9224c6442a0','outgoing','关于调整机关食堂就餐补助的通知','通知','returned','none',0,NULL,2026,NULL,'finance',NULL,0,0,0,48,'2026-12-02 20:05:39.667263','2026-12-02 20:05:39.672735',2);
INSERT INTO "documents" VALUES('out-c01799d7a4dc421d','outgoing','关于开展职工健康体检的联合通知','通知','countersigning','none',0,NULL,2026,NULL,'union',NULL,0,0,0,50,'2026-12-02 20:05:39.675340','2026-12-02 20:05:39.683452',2);
INSERT INTO "documents" VALUES('out-f4adcab98a814071','outgoing','关于申请2026年防汛补助资金的请示','请示','awaiting_signature','none',0,NULL,2026,NULL,'finance',NULL,0,0,0,52,'2026-12-02 20:05:39.687314','2026-12-02 20:05:39.693219',2);
INSERT INTO "documents" VALUES('out-4e8e66174f9947b7','outgoing','关于印发县政府2026年工作要点的通知','通知','signed','none',0,NULL,2026,NULL,'finance',NULL,0,0,0,54,'2026-12-02 20:05:39.696688','2026-12-02 20:05:39.732478',3);
INSERT INTO "documents" VALUES('out-a5179ee33dd14bce','outgoing','关于成立县乡村振兴工作领导小组的通知','通知','rechecked','none',0,NULL,2026,NULL,'finance',NULL,0,0,0,57,'2026-12-02 20:05:39.736106','2026-12-02 20:05:39.758642',4);
INSERT INTO "documents" VALUES('out-ca7c705878214016','outgoing','关于表彰2025年度先进集体的决定','决定','registered','none',0,NULL,2026,'县府发〔2026〕1号','finance',NULL,0,0,0,61,'2026-12-02 20:05:39.776513','2026-12-02 20:05:39.820994',7);
INSERT INTO "documents" VALUES('out-487e1d2fcb8645de','outgoing','关于做好2026年度保密工作的通知','通知','printed','秘密',1,NULL,2026,'县府办发〔2026〕2号','finance',NULL,0,0,0,68,'2026-12-02 20:05:39.826402','2026-12-02 20:05:39.860543',6);
INSERT INTO "documents" VALUES('out-8b1dcd6ae3784183','outgoing','关于公布县政府部门权责清单的通知','通知','issued','none',0,NULL,2026,'县府办发〔2026〕3号','finance',NULL,0,0,1,74,'2026-12-02 20:05:39.862679','2026-12-02 20:05:39.896921',10);
INSERT INTO "documents" VALUES('out-88cb429257294d49','outgoing','关于暂停部分审批事项的通知','通知','revoked','none',0,NULL,2026,'县府办发〔2026〕4号','finance',NULL,0,0,1,84,'2026-12-02 20:05:39.899062','2026-12-02 20:05:39.955003',11);
INSERT INTO "documents" VALUES('out-2d7a1b1e5959438e','outgoing','关于2025年度县政府工作报告的通报','通报','archived','none',0,NULL,2026,'县府办发〔2026〕5号','finance',NULL,0,0,1,95,'2026-12-02 20:05:39.969201','2026-12-02 20:05:40.001864',11);
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
INSERT INTO "events" VALUES(1,'7292bbdf-c4f1-4fe0-840e-1ef5692a885b','in-0f4173825cac4c97',1,'shuniu.documents.incoming.received.v1','2026-12-02 20:05:39.132945','{"sender": "市安全生产委员会办公室", "sender_number": "市政办发〔2026〕18号", "title": "关于开展2026年度安全生产大检查的通知", "doc_type": "通知", "classification": "none", "secrecy_period": null, "urgency": "加急", "copies": 2, "received_at": "2026-12-02T20:05:39.132876Z", "received_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(2,'3ca6d406-8491-4687-b088-92baa9cb8638','in-e582ed9766284770',1,'shuniu.documents.incoming.received.v1','2026-12-02 20:05:39.147642','{"sender": "市发展和改革委员会", "sender_number": "市政办发〔2026〕18号", "title": "关于报送第一季度经济运行情况的函", "doc_type": "函", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.147579Z", "received_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(3,'6edc66fc-1c1a-40b5-8b17-9263cce780d9','in-e582ed9766284770',2,'shuniu.documents.incoming.registered.v1','2026-12-02 20:05:39.189582','{"receipt_number": "县府办收〔2026〕1号", "code": "县府办收", "year": 2026, "sequence": 1, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(4,'9814a262-7b06-469e-a5a3-32646bb2869a','in-3c1ae19b965a414d',1,'shuniu.documents.incoming.received.v1','2026-12-02 20:05:39.195246','{"sender": "县自然资源局", "sender_number": "市政办发〔2026〕18号", "title": "关于某企业用地审批事项的请示", "doc_type": "请示", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.195205Z", "received_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(5,'4ca4c8ee-266d-40f3-89a5-2fd8b88a070b','in-3c1ae19b965a414d',2,'shuniu.documents.incoming.registered.v1','2026-12-02 20:05:39.214954','{"receipt_number": "县府办收〔2026〕2号", "code": "县府办收", "year": 2026, "sequence": 2, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(6,'cef9715d-ac34-48eb-98d0-a39534943438','in-3c1ae19b965a414d',3,'shuniu.documents.incoming.returned.v1','2026-12-02 20:05:39.225858','{"reason": "请示应由县自然资源局按程序报县政府，不应以收文形式送办公室", "reviewed_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(7,'81c9671a-9c6c-4e15-8eea-9e6fe91b53eb','in-d4a3279445c7407f',1,'shuniu.documents.incoming.received.v1','2026-12-02 20:05:39.231432','{"sender": "市应急管理局", "sender_number": "市政办发〔2026〕18号", "title": "关于做好冬春季森林防火工作的通知", "doc_type": "通知", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.231382Z", "received_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(8,'ed30f72e-b73a-4d45-9b3a-2f472a7823dd','in-d4a3279445c7407f',2,'shuniu.documents.incoming.registered.v1','2026-12-02 20:05:39.238575','{"receipt_number": "县府办收〔2026〕3号", "code": "县府办收", "year": 2026, "sequence": 3, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(9,'b57e43ee-bc08-4673-89a9-c65475832eb8','in-d4a3279445c7407f',3,'shuniu.documents.incoming.accepted.v1','2026-12-02 20:05:39.250965','{"handling": "批办件", "reviewed_by": "li", "note": ""}','{"actor": "li"}');
INSERT INTO "events" VALUES(10,'0838bf7f-3cf1-48c1-b807-575e50b6ae56','in-bc3785d14bc64659',1,'shuniu.documents.incoming.received.v1','2026-12-02 20:05:39.259373','{"sender": "市人民政府办公室", "sender_number": "市政办发〔2026〕18号", "title": "市政府第12次常务会议纪要", "doc_type": "纪要", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.259312Z", "received_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(11,'91ce6ad1-84a3-4fc4-8b19-346f583a65fc','in-bc3785d14bc64659',2,'shuniu.documents.incoming.registered.v1','2026-12-02 20:05:39.270185','{"receipt_number": "县府办收〔2026〕4号", "code": "县府办收", "year": 2026, "sequence": 4, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(12,'b0277cd4-cef7-42f6-a628-d5b02bc3709f','in-bc3785d14bc64659',3,'shuniu.documents.incoming.accepted.v1','2026-12-02 20:05:39.284999','{"handling": "阅知件", "reviewed_by": "li", "note": ""}','{"actor": "li"}');
INSERT INTO "events" VALUES(13,'1b82c4cd-ac97-487f-a384-e3e918c59394','in-bc3785d14bc64659',4,'shuniu.documents.incoming.circulation_started.v1','2026-12-02 20:05:39.298874','{"round": 1, "readers": ["luo", "fang", "chen", "sun"], "departments": ["finance", "gov", "union"], "started_at": "2026-12-02T20:05:39.298819Z", "due_at": "2026-12-07T09:30:00Z", "started_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(14,'f1e099c1-5e0d-4646-8be2-83a2bf23e1b7','in-bc3785d14bc64659',5,'shuniu.documents.incoming.read.v1','2026-12-02 20:05:39.315231','{"round": 1, "reader": "luo", "read_at": "2026-12-02T20:05:39.315206Z"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(15,'11cf98c9-5f5d-451a-9c73-99f73447f1de','in-bc3785d14bc64659',6,'shuniu.documents.incoming.read.v1','2026-12-02 20:05:39.337034','{"round": 1, "reader": "chen", "read_at": "2026-12-02T20:05:39.337015Z"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(16,'52c911d2-394e-46bd-b1f6-2e2d53517225','in-08cb035c61fc48e0',1,'shuniu.documents.incoming.received.v1','2026-12-02 20:05:39.347806','{"sender": "市教育局", "sender_number": "市政办发〔2026〕18号", "title": "关于开展中小学校舍安全排查的通知", "doc_type": "通知", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.347750Z", "received_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(17,'54819308-35d2-4872-8535-d792e09ca114','in-08cb035c61fc48e0',2,'shuniu.documents.incoming.registered.v1','2026-12-02 20:05:39.357188','{"receipt_number": "县府办收〔2026〕5号", "code": "县府办收", "year": 2026, "sequence": 5, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(18,'c03c4891-28f2-4455-86a8-ecaa530cc9a6','in-08cb035c61fc48e0',3,'shuniu.documents.incoming.accepted.v1','2026-12-02 20:05:39.362436','{"handling": "批办件", "reviewed_by": "li", "note": ""}','{"actor": "li"}');
INSERT INTO "events" VALUES(19,'eabf3037-04a7-4d34-a07c-bfabc0b47fbf','in-08cb035c61fc48e0',4,'shuniu.documents.incoming.proposed.v1','2026-12-02 20:05:39.369077','{"opinion": "拟请方副县长阅示，县教育局牵头办理", "proposed_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(20,'448995ed-a498-4fe9-b59a-4d841bcea76d','in-f5f968d0b6fa4179',1,'shuniu.documents.incoming.received.v1','2026-12-02 20:05:39.376083','{"sender": "市农业农村局", "sender_number": "市政办发〔2026〕18号", "title": "关于切实做好春耕备耕工作的紧急通知", "doc_type": "通知", "classification": "none", "secrecy_period": null, "urgency": "特急", "copies": 2, "received_at": "2026-12-02T20:05:39.376040Z", "received_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(21,'e4a5a7de-5e6e-4625-8545-bf778f72f7fc','in-f5f968d0b6fa4179',2,'shuniu.documents.incoming.registered.v1','2026-12-02 20:05:39.387075','{"receipt_number": "县府办收〔2026〕6号", "code": "县府办收", "year": 2026, "sequence": 6, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(22,'d1430fd7-3592-4608-ba73-1a51bf348f47','in-f5f968d0b6fa4179',3,'shuniu.documents.incoming.accepted.v1','2026-12-02 20:05:39.395683','{"handling": "批办件", "reviewed_by": "li", "note": ""}','{"actor": "li"}');
INSERT INTO "events" VALUES(23,'87ac75cd-3b07-4e63-8fff-68aa36487395','in-f5f968d0b6fa4179',4,'shuniu.documents.incoming.proposed.v1','2026-12-02 20:05:39.416197','{"opinion": "拟请领导阅示，由县农业农村局牵头办理", "proposed_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(24,'57e1168b-d25a-4f7e-b36b-93037c337a92','in-f5f968d0b6fa4179',5,'shuniu.documents.incoming.instructed.v1','2026-12-02 20:05:39.421652','{"document_id": "in-f5f968d0b6fa4179", "receipt_number": "县府办收〔2026〕6号", "title": "关于切实做好春耕备耕工作的紧急通知", "classification": "none", "urgency": "特急", "instruction": "请牵头抓好落实，按时报告办理结果。", "leader": "fang", "lead_department": "agriculture", "co_departments": ["finance"], "deadline": "2026-12-10", "instructed_on": "2026-12-03"}','{"actor": "fang"}');
INSERT INTO "events" VALUES(25,'3d8a5bd1-8836-4f38-8bc3-9603ef5989e1','in-f5f968d0b6fa4179',6,'shuniu.documents.incoming.urged.v1','2026-12-02 20:05:39.442399','{"note": "请农业农村局于周五前报送春耕物资储备情况", "automatic": false, "lead_department": "agriculture", "deadline": "2026-12-10", "urged_by": "li"}','{"actor": "li"}');
INSERT INTO "events" VALUES(26,'b62f79b4-fcd4-4d58-9c02-845d94ee6077','in-78c5038a44134f7c',1,'shuniu.documents.incoming.received.v1','2026-12-02 20:05:39.460090','{"sender": "市财政局", "sender_number": "市政办发〔2026〕18号", "title": "关于下达2026年度财政专项资金的通知", "doc_type": "通知", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.460035Z", "received_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(27,'972a9f24-4d15-43bb-b503-1c0c45ed29f0','in-78c5038a44134f7c',2,'shuniu.documents.incoming.registered.v1','2026-12-02 20:05:39.483000','{"receipt_number": "县府办收〔2026〕7号", "code": "县府办收", "year": 2026, "sequence": 7, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(28,'83934cf7-0269-4750-ad0a-cad836210f05','in-78c5038a44134f7c',3,'shuniu.documents.incoming.accepted.v1','2026-12-02 20:05:39.497581','{"handling": "批办件", "reviewed_by": "li", "note": ""}','{"actor": "li"}');
INSERT INTO "events" VALUES(29,'b7d437c4-3465-4c5c-9741-d8e0b0689e57','in-78c5038a44134f7c',4,'shuniu.documents.incoming.proposed.v1','2026-12-02 20:05:39.503885','{"opinion": "拟请领导阅示，由县财政局牵头办理", "proposed_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(30,'abe84a14-ae9a-4ebe-9f50-05cb7804b8f0','in-78c5038a44134f7c',5,'shuniu.documents.incoming.instructed.v1','2026-12-02 20:05:39.515078','{"document_id": "in-78c5038a44134f7c", "receipt_number": "县府办收〔2026〕7号", "title": "关于下达2026年度财政专项资金的通知", "classification": "none", "urgency": null, "instruction": "请牵头抓好落实，按时报告办理结果。", "leader": "luo", "lead_department": "finance", "co_departments": [], "deadline": "2026-12-17", "instructed_on": "2026-12-03"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(31,'1d916ea1-9ad7-4020-91eb-a9d09e1ac9f3','in-78c5038a44134f7c',6,'shuniu.documents.incoming.replied.v1','2026-12-02 20:05:39.537211','{"department": "finance", "reply": "专项资金已全额拨付，明细见附件。", "replied_by": "chen"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(32,'9e4a6d75-82fc-4211-a6e3-92b761ed310b','in-e8330eba6a1c4d15',1,'shuniu.documents.incoming.received.v1','2026-12-02 20:05:39.548615','{"sender": "市人民政府办公室", "sender_number": "市政办发〔2026〕18号", "title": "关于做好元旦春节期间值班工作的通知", "doc_type": "通知", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.548539Z", "received_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(33,'227c351d-e804-4a4a-89a8-2e76a02bd904','in-e8330eba6a1c4d15',2,'shuniu.documents.incoming.registered.v1','2026-12-02 20:05:39.565890','{"receipt_number": "县府办收〔2026〕8号", "code": "县府办收", "year": 2026, "sequence": 8, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(34,'6fcba59a-542e-4b42-92b0-8b21e921ba32','in-e8330eba6a1c4d15',3,'shuniu.documents.incoming.accepted.v1','2026-12-02 20:05:39.570337','{"handling": "阅知件", "reviewed_by": "li", "note": ""}','{"actor": "li"}');
INSERT INTO "events" VALUES(35,'cd859d90-cea2-4155-9251-50b5b7927c17','in-e8330eba6a1c4d15',4,'shuniu.documents.incoming.circulation_started.v1','2026-12-02 20:05:39.573916','{"round": 1, "readers": ["fang", "sun"], "departments": ["gov", "union"], "started_at": "2026-12-02T20:05:39.573864Z", "due_at": "2026-12-07T09:30:00Z", "started_by": "li"}','{"actor": "li"}');
INSERT INTO "events" VALUES(36,'4e28434a-012b-419c-836b-68072ea5318b','in-e8330eba6a1c4d15',5,'shuniu.documents.incoming.read.v1','2026-12-02 20:05:39.579468','{"round": 1, "reader": "fang", "read_at": "2026-12-02T20:05:39.579447Z"}','{"actor": "fang"}');
INSERT INTO "events" VALUES(37,'13fae1fe-abe0-4cd4-91c1-22ddbb6625e1','in-e8330eba6a1c4d15',6,'shuniu.documents.incoming.read.v1','2026-12-02 20:05:39.582766','{"round": 1, "reader": "sun", "read_at": "2026-12-02T20:05:39.582752Z"}','{"actor": "sun"}');
INSERT INTO "events" VALUES(38,'252da358-d9a6-4004-8e2b-e451b70f86b2','in-e8330eba6a1c4d15',7,'shuniu.documents.incoming.closed.v1','2026-12-02 20:05:39.587104','{"closed_on": "2026-12-03", "closed_by": "shen", "note": "传阅完毕"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(39,'0d0ea81b-30fc-4907-94ae-2d417f055192','in-333ba71128204656',1,'shuniu.documents.incoming.received.v1','2026-12-02 20:05:39.589980','{"sender": "市人民政府办公室", "sender_number": "市政办发〔2026〕18号", "title": "关于2025年度工作目标考核结果的通报", "doc_type": "通报", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.589937Z", "received_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(40,'a14adf59-fa6d-4481-9989-513ba07685ee','in-333ba71128204656',2,'shuniu.documents.incoming.registered.v1','2026-12-02 20:05:39.619274','{"receipt_number": "县府办收〔2026〕9号", "code": "县府办收", "year": 2026, "sequence": 9, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(41,'c01753c7-309c-4bad-aa51-8cb66a2106b0','in-333ba71128204656',3,'shuniu.documents.incoming.accepted.v1','2026-12-02 20:05:39.623781','{"handling": "阅知件", "reviewed_by": "li", "note": ""}','{"actor": "li"}');
INSERT INTO "events" VALUES(42,'27213a60-54ee-4c87-bedd-0b3d765f4f7b','in-333ba71128204656',4,'shuniu.documents.incoming.circulation_started.v1','2026-12-02 20:05:39.628112','{"round": 1, "readers": ["fang", "sun"], "departments": ["gov", "union"], "started_at": "2026-12-02T20:05:39.628061Z", "due_at": "2026-12-07T09:30:00Z", "started_by": "li"}','{"actor": "li"}');
INSERT INTO "events" VALUES(43,'8f49f9d9-27a6-4d52-a929-075fc035937f','in-333ba71128204656',5,'shuniu.documents.incoming.read.v1','2026-12-02 20:05:39.634648','{"round": 1, "reader": "fang", "read_at": "2026-12-02T20:05:39.634625Z"}','{"actor": "fang"}');
INSERT INTO "events" VALUES(44,'56003dfb-50a7-4671-a1e4-c4c1d63318f9','in-333ba71128204656',6,'shuniu.documents.incoming.read.v1','2026-12-02 20:05:39.640353','{"round": 1, "reader": "sun", "read_at": "2026-12-02T20:05:39.640335Z"}','{"actor": "sun"}');
INSERT INTO "events" VALUES(45,'8d198161-300b-443c-994d-192047a890c8','in-333ba71128204656',7,'shuniu.documents.incoming.closed.v1','2026-12-02 20:05:39.648721','{"closed_on": "2026-12-03", "closed_by": "shen", "note": "传阅完毕"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(46,'a7df928e-c4f1-4a46-a4cc-dd990d9e068e','in-333ba71128204656',8,'shuniu.documents.incoming.archived.v1','2026-12-02 20:05:39.659367','{"retention": "定期30年", "archived_on": "2026-12-03", "archived_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(47,'4fd6769a-3580-4c29-8faf-45265a397ec4','out-57685bf74cb14030',1,'shuniu.documents.outgoing.drafted.v1','2026-12-02 20:05:39.662855','{"title": "关于加强县级财政资金监管的通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(48,'8ee36d19-0497-4f7b-b421-4840333d9c5a','out-878aa9224c6442a0',1,'shuniu.documents.outgoing.drafted.v1','2026-12-02 20:05:39.666409','{"title": "关于调整机关食堂就餐补助的通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(49,'3f2897c6-8459-4371-b4c9-abc2ba54c9c0','out-878aa9224c6442a0',2,'shuniu.documents.outgoing.returned.v1','2026-12-02 20:05:39.670573','{"comments": "补助标准请与总工会核对后再报", "reviewed_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(50,'17eb40d8-56a8-4c18-bbb3-db7d277668e7','out-c01799d7a4dc421d',1,'shuniu.documents.outgoing.drafted.v1','2026-12-02 20:05:39.674553','{"title": "关于开展职工健康体检的联合通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "union", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": ["finance"], "body": "各有关单位：……", "drafted_by": "sun"}','{"actor": "sun"}');
INSERT INTO "events" VALUES(51,'9db4e168-a3fd-45b1-b3f1-aa4ba3035fee','out-c01799d7a4dc421d',2,'shuniu.documents.outgoing.reviewed.v1','2026-12-02 20:05:39.681959','{"opinion": "同意，请财政局会签", "reviewed_by": "yang"}','{"actor": "yang"}');
INSERT INTO "events" VALUES(52,'2e41cf3a-86b2-4862-af7d-58e78680ac27','out-f4adcab98a814071',1,'shuniu.documents.outgoing.drafted.v1','2026-12-02 20:05:39.686090','{"title": "关于申请2026年防汛补助资金的请示", "doc_type": "请示", "direction": "上行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["市人民政府"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(53,'2580652a-1dd8-4d62-b4a3-062e58e59fa2','out-f4adcab98a814071',2,'shuniu.documents.outgoing.reviewed.v1','2026-12-02 20:05:39.692079','{"opinion": "同意，呈罗县长签发", "reviewed_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(54,'81e83770-47d1-4a33-92c9-12353407542f','out-4e8e66174f9947b7',1,'shuniu.documents.outgoing.drafted.v1','2026-12-02 20:05:39.695693','{"title": "关于印发县政府2026年工作要点的通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(55,'0048faf9-baa1-4127-b4cd-a26306e510a8','out-4e8e66174f9947b7',2,'shuniu.documents.outgoing.reviewed.v1','2026-12-02 20:05:39.725533','{"opinion": "同意", "reviewed_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(56,'fb6f49ee-a749-4414-b826-fbdecb552f5f','out-4e8e66174f9947b7',3,'shuniu.documents.outgoing.signed.v1','2026-12-02 20:05:39.731504','{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(57,'a2f6652a-3b2c-4d5d-b439-a58dfcf8a81f','out-a5179ee33dd14bce',1,'shuniu.documents.outgoing.drafted.v1','2026-12-02 20:05:39.734885','{"title": "关于成立县乡村振兴工作领导小组的通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(58,'0f972496-3e45-4f9c-9abc-cb0c739c4d65','out-a5179ee33dd14bce',2,'shuniu.documents.outgoing.reviewed.v1','2026-12-02 20:05:39.740423','{"opinion": "同意", "reviewed_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(59,'891d6c22-582c-419a-be7b-506a72e46c5b','out-a5179ee33dd14bce',3,'shuniu.documents.outgoing.signed.v1','2026-12-02 20:05:39.745297','{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(60,'a90f9852-8193-461e-8e56-2a8b2bf01d09','out-a5179ee33dd14bce',4,'shuniu.documents.outgoing.rechecked.v1','2026-12-02 20:05:39.753153','{"rechecked_by": "shen", "note": "无实质性修改"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(61,'b5ad4ca6-8245-439e-8d46-e18b7775fe32','out-ca7c705878214016',1,'shuniu.documents.outgoing.drafted.v1','2026-12-02 20:05:39.774105','{"title": "关于表彰2025年度先进集体的决定", "doc_type": "决定", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(62,'6385408a-5f9c-4ded-b67d-0c10909d01c4','out-ca7c705878214016',2,'shuniu.documents.outgoing.reviewed.v1','2026-12-02 20:05:39.781041','{"opinion": "同意", "reviewed_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(63,'966a8ad1-87dc-47b4-b7e6-f0e00455c1c5','out-ca7c705878214016',3,'shuniu.documents.outgoing.signed.v1','2026-12-02 20:05:39.786127','{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(64,'347a073c-4427-42e2-8237-940539a522bd','out-ca7c705878214016',4,'shuniu.documents.outgoing.rechecked.v1','2026-12-02 20:05:39.789502','{"rechecked_by": "shen", "note": "无实质性修改"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(65,'7f704184-dee4-4106-96ca-2b5af5d9c2f1','out-ca7c705878214016',5,'shuniu.documents.outgoing.numbered.v1','2026-12-02 20:05:39.793727','{"number": "县府办发〔2026〕1号", "code": "县府办发", "year": 2026, "sequence": 1, "distribution": ["education", "agriculture", "finance"], "copies": 5, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(66,'3b5a183b-04fc-4ce7-9ebd-f992f1e936b2','out-ca7c705878214016',6,'shuniu.documents.outgoing.number_voided.v1','2026-12-02 20:05:39.797635','{"number": "县府办发〔2026〕1号", "reason": "登记时误用了县府办发代字，应为县府发", "voided_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(67,'b16c8e47-ff89-4bed-840c-3d14c4c6acbc','out-ca7c705878214016',7,'shuniu.documents.outgoing.numbered.v1','2026-12-02 20:05:39.818068','{"number": "县府发〔2026〕1号", "code": "县府发", "year": 2026, "sequence": 1, "distribution": ["education", "agriculture", "finance"], "copies": 5, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(68,'11b62b20-5be7-45c2-a27c-1bec55ddb59e','out-487e1d2fcb8645de',1,'shuniu.documents.outgoing.drafted.v1','2026-12-02 20:05:39.825410','{"title": "关于做好2026年度保密工作的通知", "doc_type": "通知", "direction": "下行文", "classification": "秘密", "secrecy_period": "1年", "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(69,'6abd69e1-8240-44f8-b9ba-64b64a9fa632','out-487e1d2fcb8645de',2,'shuniu.documents.outgoing.reviewed.v1','2026-12-02 20:05:39.830908','{"opinion": "同意", "reviewed_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(70,'051a1f53-3ea3-4127-b869-b67c8ae375a4','out-487e1d2fcb8645de',3,'shuniu.documents.outgoing.signed.v1','2026-12-02 20:05:39.837770','{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(71,'38aba394-a273-45aa-b6e1-61055321cddb','out-487e1d2fcb8645de',4,'shuniu.documents.outgoing.rechecked.v1','2026-12-02 20:05:39.845918','{"rechecked_by": "shen", "note": "无实质性修改"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(72,'172b20e2-b4f7-47c1-abfa-426b1fd7bbab','out-487e1d2fcb8645de',5,'shuniu.documents.outgoing.numbered.v1','2026-12-02 20:05:39.855210','{"number": "县府办发〔2026〕2号", "code": "县府办发", "year": 2026, "sequence": 2, "distribution": ["education", "agriculture", "finance"], "copies": 5, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(73,'c13e260a-8ef2-4a18-a0a3-a8869c94db9b','out-487e1d2fcb8645de',6,'shuniu.documents.outgoing.printed.v1','2026-12-02 20:05:39.859808','{"copies": 5, "copy_numbers": ["000001", "000002", "000003", "000004", "000005"], "printed_on": "2026-12-03", "printed_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(74,'a1b7df29-5c93-4fb3-a209-28199c9f3105','out-8b1dcd6ae3784183',1,'shuniu.documents.outgoing.drafted.v1','2026-12-02 20:05:39.862008','{"title": "关于公布县政府部门权责清单的通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(75,'e5611f63-a6ac-4125-898b-736e9468fcf1','out-8b1dcd6ae3784183',2,'shuniu.documents.outgoing.reviewed.v1','2026-12-02 20:05:39.869724','{"opinion": "同意", "reviewed_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(76,'93d29b35-7c67-40b6-8043-881ed197c00a','out-8b1dcd6ae3784183',3,'shuniu.documents.outgoing.signed.v1','2026-12-02 20:05:39.873474','{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(77,'f1959ca3-d357-4af2-a96f-eb007f04cc45','out-8b1dcd6ae3784183',4,'shuniu.documents.outgoing.rechecked.v1','2026-12-02 20:05:39.880372','{"rechecked_by": "shen", "note": "无实质性修改"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(78,'28c7de61-94f9-4da7-8787-f71049126233','out-8b1dcd6ae3784183',5,'shuniu.documents.outgoing.numbered.v1','2026-12-02 20:05:39.884498','{"number": "县府办发〔2026〕3号", "code": "县府办发", "year": 2026, "sequence": 3, "distribution": ["education", "agriculture", "finance"], "copies": 5, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(79,'a3464d60-9104-415e-903e-b6ef1a09fc4b','out-8b1dcd6ae3784183',6,'shuniu.documents.outgoing.printed.v1','2026-12-02 20:05:39.891418','{"copies": 5, "copy_numbers": [], "printed_on": "2026-12-03", "printed_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(80,'1e043bde-bb09-470c-a75b-9b296e1e207f','out-8b1dcd6ae3784183',7,'shuniu.documents.outgoing.dispatched.v1','2026-12-02 20:05:39.894604','{"recipient": "education", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(81,'9e88afdc-2e6f-49e9-8dad-ac2d5cc71e65','out-8b1dcd6ae3784183',8,'shuniu.documents.outgoing.dispatched.v1','2026-12-02 20:05:39.894604','{"recipient": "agriculture", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(82,'a51c9280-1a93-404e-9e30-83c9133ae792','out-8b1dcd6ae3784183',9,'shuniu.documents.outgoing.dispatched.v1','2026-12-02 20:05:39.894604','{"recipient": "finance", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(83,'25708bc2-3459-4765-957e-f084b95d0695','out-8b1dcd6ae3784183',10,'shuniu.documents.outgoing.issued.v1','2026-12-02 20:05:39.894604','{"number": "县府办发〔2026〕3号", "title": "关于公布县政府部门权责清单的通知", "doc_type": "通知", "classification": "none", "date_of_issue": "2026-12-03", "issued_on": "2026-12-03"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(84,'92239113-2d53-4c89-9a62-98caac3e06e2','out-88cb429257294d49',1,'shuniu.documents.outgoing.drafted.v1','2026-12-02 20:05:39.898433','{"title": "关于暂停部分审批事项的通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(85,'fd5a81df-6eeb-44f1-927a-91ef78ffafb9','out-88cb429257294d49',2,'shuniu.documents.outgoing.reviewed.v1','2026-12-02 20:05:39.902126','{"opinion": "同意", "reviewed_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(86,'9c0206ba-c96e-47f5-9b6b-8d6d8ea2a4ec','out-88cb429257294d49',3,'shuniu.documents.outgoing.signed.v1','2026-12-02 20:05:39.920790','{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(87,'a3267902-ec87-4bb7-84d7-1bc3090f29f2','out-88cb429257294d49',4,'shuniu.documents.outgoing.rechecked.v1','2026-12-02 20:05:39.925585','{"rechecked_by": "shen", "note": "无实质性修改"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(88,'c4b021ab-46fa-4a42-bd0e-cb8627f14e09','out-88cb429257294d49',5,'shuniu.documents.outgoing.numbered.v1','2026-12-02 20:05:39.929865','{"number": "县府办发〔2026〕4号", "code": "县府办发", "year": 2026, "sequence": 4, "distribution": ["education", "agriculture", "finance"], "copies": 5, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(89,'20fecfab-c488-4da0-83ee-42e17b1c6360','out-88cb429257294d49',6,'shuniu.documents.outgoing.printed.v1','2026-12-02 20:05:39.939402','{"copies": 5, "copy_numbers": [], "printed_on": "2026-12-03", "printed_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(90,'c4b1630b-bcc3-464b-8809-25006db13902','out-88cb429257294d49',7,'shuniu.documents.outgoing.dispatched.v1','2026-12-02 20:05:39.948731','{"recipient": "education", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(91,'38bddbc1-7d59-4142-87c1-52ba1ec8b658','out-88cb429257294d49',8,'shuniu.documents.outgoing.dispatched.v1','2026-12-02 20:05:39.948731','{"recipient": "agriculture", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(92,'cdf70616-9111-42c8-88d4-911b046c07ee','out-88cb429257294d49',9,'shuniu.documents.outgoing.dispatched.v1','2026-12-02 20:05:39.948731','{"recipient": "finance", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(93,'eeda582a-a342-452c-951c-05187cf82df4','out-88cb429257294d49',10,'shuniu.documents.outgoing.issued.v1','2026-12-02 20:05:39.948731','{"number": "县府办发〔2026〕4号", "title": "关于暂停部分审批事项的通知", "doc_type": "通知", "classification": "none", "date_of_issue": "2026-12-03", "issued_on": "2026-12-03"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(94,'0278ba4e-593a-4c89-a5ba-e02b0edde12c','out-88cb429257294d49',11,'shuniu.documents.outgoing.revoked.v1','2026-12-02 20:05:39.954362','{"reason": "与省政府新出台的规定不一致", "decided_by": "luo", "decided_on": "2026-12-03"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(95,'b3d416a0-ded9-42e7-8dbf-df1fcdfa68c3','out-2d7a1b1e5959438e',1,'shuniu.documents.outgoing.drafted.v1','2026-12-02 20:05:39.968195','{"title": "关于2025年度县政府工作报告的通报", "doc_type": "通报", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}','{"actor": "chen"}');
INSERT INTO "events" VALUES(96,'8a758a3c-2003-4ef7-917e-f5c7e3c7db92','out-2d7a1b1e5959438e',2,'shuniu.documents.outgoing.reviewed.v1','2026-12-02 20:05:39.972517','{"opinion": "同意", "reviewed_by": "feng"}','{"actor": "feng"}');
INSERT INTO "events" VALUES(97,'4e461210-3820-452f-ad6b-0e66b4b3fc4a','out-2d7a1b1e5959438e',3,'shuniu.documents.outgoing.signed.v1','2026-12-02 20:05:39.975650','{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}','{"actor": "luo"}');
INSERT INTO "events" VALUES(98,'9c102839-5c2e-4c3f-bc6f-8746a17aefba','out-2d7a1b1e5959438e',4,'shuniu.documents.outgoing.rechecked.v1','2026-12-02 20:05:39.982312','{"rechecked_by": "shen", "note": "无实质性修改"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(99,'b3279553-f0b3-4a96-8b52-5b2e18eb224c','out-2d7a1b1e5959438e',5,'shuniu.documents.outgoing.numbered.v1','2026-12-02 20:05:39.989033','{"number": "县府办发〔2026〕5号", "code": "县府办发", "year": 2026, "sequence": 5, "distribution": ["education", "agriculture", "finance"], "copies": 5, "registered_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(100,'fec63a84-58ab-4bf3-ab05-0568e30160ff','out-2d7a1b1e5959438e',6,'shuniu.documents.outgoing.printed.v1','2026-12-02 20:05:39.993647','{"copies": 5, "copy_numbers": [], "printed_on": "2026-12-03", "printed_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(101,'1bd56609-bd96-456e-8039-dbdb82c5ada7','out-2d7a1b1e5959438e',7,'shuniu.documents.outgoing.dispatched.v1','2026-12-02 20:05:39.996615','{"recipient": "education", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(102,'f59435f1-ea78-4376-a35c-c7dccec8368f','out-2d7a1b1e5959438e',8,'shuniu.documents.outgoing.dispatched.v1','2026-12-02 20:05:39.996615','{"recipient": "agriculture", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(103,'b1b474c8-8b7a-440d-a767-407972b829f0','out-2d7a1b1e5959438e',9,'shuniu.documents.outgoing.dispatched.v1','2026-12-02 20:05:39.996615','{"recipient": "finance", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(104,'b7aac5f8-a10c-4455-81a5-a66e13c9eea3','out-2d7a1b1e5959438e',10,'shuniu.documents.outgoing.issued.v1','2026-12-02 20:05:39.996615','{"number": "县府办发〔2026〕5号", "title": "关于2025年度县政府工作报告的通报", "doc_type": "通报", "classification": "none", "date_of_issue": "2026-12-03", "issued_on": "2026-12-03"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(105,'241940b8-f912-4b77-9d11-c17f19154a42','out-2d7a1b1e5959438e',11,'shuniu.documents.outgoing.archived.v1','2026-12-02 20:05:40.001277','{"retention": "永久", "archived_on": "2026-12-03", "archived_by": "shen"}','{"actor": "shen"}');
INSERT INTO "events" VALUES(106,'5d46b3cc-c899-4997-859c-f119e72eddce','in-f5f968d0b6fa4179',7,'shuniu.documents.incoming.supervision_opened.v1','2026-12-02 20:05:40.453412','{"task_id": "instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture"}','{"actor": "fang", "correlation_id": "57e1168b-d25a-4f7e-b36b-93037c337a92", "causation_id": "0b369fb3-5b0b-4ef9-9e48-ffcf2e36e1dd", "traceparent": "00-57eb16d2d2ba253588b4de792365df43-9519fec22c55cdc7-01"}');
INSERT INTO "events" VALUES(107,'ed04ddb1-8727-4674-bb99-bb16a0937a27','in-78c5038a44134f7c',7,'shuniu.documents.incoming.supervision_opened.v1','2026-12-02 20:05:40.470443','{"task_id": "instruction:in-78c5038a44134f7c:2026-12-03:finance"}','{"actor": "luo", "correlation_id": "abe84a14-ae9a-4ebe-9f50-05cb7804b8f0", "causation_id": "07870ce4-9721-4f91-b3ac-00794b105def", "traceparent": "00-006b1682cef177d2086007c543badd0e-cabc1fbe220dea76-01"}');
CREATE TABLE idempotency_keys (
	scope VARCHAR(300) NOT NULL, 
	"key" VARCHAR(200) NOT NULL, 
	request_hash VARCHAR(64) NOT NULL, 
	status INTEGER NOT NULL, 
	body JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (scope, "key")
);
CREATE TABLE number_counters (
	code VARCHAR(100) NOT NULL, 
	year INTEGER NOT NULL, 
	last INTEGER NOT NULL, 
	PRIMARY KEY (code, year)
);
INSERT INTO "number_counters" VALUES('县府办收',2026,9);
INSERT INTO "number_counters" VALUES('县府办发',2026,5);
INSERT INTO "number_counters" VALUES('县府发',2026,1);
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
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','0b369fb3-5b0b-4ef9-9e48-ffcf2e36e1dd','applied','2026-12-02 20:05:40.439828');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','07870ce4-9721-4f91-b3ac-00794b105def','applied','2026-12-02 20:05:40.439828');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','2f30d407-6937-4e22-b6b4-2670b090e25a','applied','2026-12-02 20:05:40.902918');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','bfc21193-c17e-41b4-b41d-a96db52ba0c0','applied','2026-12-02 20:05:40.902918');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','2d82a29b-e901-48bf-b3ca-57514ac4b81d','applied','2026-12-02 20:05:41.402221');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','54360741-ae09-41eb-9421-a2b047d38467','applied','2026-12-02 20:05:41.631368');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','1f7f7fc4-7d3f-494c-9635-637c0117e692','applied','2026-12-02 20:05:41.862242');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','55e1cea5-7714-4e4e-9474-161f3e66619f','applied','2026-12-02 20:05:42.049729');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','7d7468a3-e3fd-425f-948a-9baf95bbe3c1','applied','2026-12-02 20:05:42.113152');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','d312ae46-a8e2-492d-8dfb-882e0f70676d','applied','2026-12-02 20:05:42.166098');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','37575180-5da5-4409-ac93-5749b119c52f','applied','2026-12-02 20:05:42.206290');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','953589ec-c2f8-44b4-8560-cc3f334ab875','applied','2026-12-02 20:05:42.448295');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','743e637e-0a60-4521-9884-69eecf3ba684','applied','2026-12-02 20:05:42.448295');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','80b380e1-333c-4a9f-be65-66966e403798','applied','2026-12-02 20:05:42.448295');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','67a40f98-abce-4e20-9df1-cee32faf72b2','applied','2026-12-02 20:05:42.448295');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','329f81ac-2066-45e1-8d04-ab12b73a4e7a','applied','2026-12-02 20:05:44.682601');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','004054ed-b401-48d5-b76b-44a576821609','applied','2026-12-02 20:05:44.682601');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','7460c3ae-0022-411b-91ca-8c179f076ce9','applied','2026-12-02 20:05:44.682601');
INSERT INTO "processed_events" VALUES('documents.supervision-outcomes','dafacb1f-49fe-4ee6-a2c1-e2bbc8fae84b','applied','2026-12-02 20:05:44.682601');
CREATE TABLE schema_migrations (
	id VARCHAR(200) NOT NULL, 
	applied_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id)
);
INSERT INTO "schema_migrations" VALUES('0001_event_store_outbox_inbox','2026-12-02 20:05:38');
INSERT INTO "schema_migrations" VALUES('documents_0001_read_model_and_numbers','2026-12-02 20:05:38');
CREATE INDEX ix_deadlines_due ON deadlines (fired_at, due_at);
CREATE TRIGGER events_to_outbox AFTER INSERT ON events
           BEGIN INSERT INTO outbox (position) VALUES (NEW.position); END;
CREATE INDEX ix_documents_list ON documents (kind, created_position);
CREATE INDEX ix_document_departments_department ON document_departments (department, document_id);
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('events',107);
COMMIT;
