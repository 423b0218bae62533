BEGIN TRANSACTION;
CREATE TABLE attendance (
	stream_id VARCHAR(200) NOT NULL, 
	person VARCHAR(100) NOT NULL, 
	department VARCHAR(100) NOT NULL, 
	capacity VARCHAR(20), 
	reply VARCHAR(20), 
	signed_in VARCHAR(5) NOT NULL, 
	late VARCHAR(5) NOT NULL, 
	absent VARCHAR(5) NOT NULL, 
	PRIMARY KEY (stream_id, person)
);
INSERT INTO "attendance" VALUES('mtg-b07c39b9318f','fang','gov','出席','attend','yes','no','no');
INSERT INTO "attendance" VALUES('mtg-b07c39b9318f','chen','finance','出席','attend','yes','no','no');
INSERT INTO "attendance" VALUES('mtg-b07c39b9318f','zhao','education','出席','attend','yes','yes','no');
INSERT INTO "attendance" VALUES('mtg-b07c39b9318f','wang','petitions','出席','leave','no','no','no');
INSERT INTO "attendance" VALUES('mtg-b07c39b9318f','sun','union','列席','attend','yes','no','no');
INSERT INTO "attendance" VALUES('mtg-b07c39b9318f','feng','office','列席','attend','yes','no','no');
INSERT INTO "attendance" VALUES('mtg-b07c39b9318f','luo','gov',NULL,NULL,'yes','no','no');
INSERT INTO "attendance" VALUES('mtg-af53480ea8c7','yang','office','出席','attend','yes','no','no');
INSERT INTO "attendance" VALUES('mtg-af53480ea8c7','shen','office.secretariat','出席','attend','yes','no','no');
INSERT INTO "attendance" VALUES('mtg-af53480ea8c7','zhou','office.supervision','出席','attend','yes','yes','no');
INSERT INTO "attendance" VALUES('mtg-af53480ea8c7','feng','office',NULL,NULL,'yes','no','no');
INSERT INTO "attendance" VALUES('mtg-e2f40aba6298','yang','office','出席','attend','no','no','no');
INSERT INTO "attendance" VALUES('mtg-e2f40aba6298','shen','office.secretariat','出席','attend','no','no','no');
INSERT INTO "attendance" VALUES('mtg-e2f40aba6298','zhou','office.supervision','出席','attend','no','no','no');
INSERT INTO "attendance" VALUES('mtg-882274504312','yang','office','出席','attend','no','no','no');
INSERT INTO "attendance" VALUES('mtg-882274504312','shen','office.secretariat','出席','attend','no','no','no');
INSERT INTO "attendance" VALUES('mtg-882274504312','zhou','office.supervision','出席','attend','no','no','no');
INSERT INTO "attendance" VALUES('mtg-00bc49c04eed','yang','office','出席','attend','no','no','no');
INSERT INTO "attendance" VALUES('mtg-00bc49c04eed','shen','office.secretariat','出席','attend','no','no','no');
INSERT INTO "attendance" VALUES('mtg-00bc49c04eed','zhou','office.supervision','出席','attend','no','no','no');
INSERT INTO "attendance" VALUES('mtg-0f48e599dd1f','fang','gov','出席','attend','yes','no','no');
INSERT INTO "attendance" VALUES('mtg-0f48e599dd1f','chen','finance','出席','attend','yes','no','no');
INSERT INTO "attendance" VALUES('mtg-0f48e599dd1f','zhao','education','出席','attend','yes','no','no');
INSERT INTO "attendance" VALUES('mtg-0f48e599dd1f','luo','gov',NULL,NULL,'yes','no','no');
INSERT INTO "attendance" VALUES('mtg-5946ef543d71','zhang','union','出席','leave','no','no','no');
INSERT INTO "attendance" VALUES('mtg-5946ef543d71','sun','union','出席',NULL,'no','no','no');
INSERT INTO "attendance" VALUES('mtg-5946ef543d71','chen','finance','出席','attend','no','no','no');
INSERT INTO "attendance" VALUES('mtg-bf42c20807bc','fang','gov','出席','attend','no','no','no');
INSERT INTO "attendance" VALUES('mtg-bf42c20807bc','feng','office','列席','attend','no','no','no');
CREATE TABLE chronicle (
	event_id VARCHAR(64) NOT NULL, 
	day VARCHAR(10) NOT NULL, 
	time DATETIME NOT NULL, 
	service VARCHAR(40) NOT NULL, 
	stream_id VARCHAR(200) NOT NULL, 
	category VARCHAR(40) NOT NULL, 
	text VARCHAR(2000) NOT NULL, 
	departments JSON NOT NULL, 
	classification VARCHAR(10) NOT NULL, 
	PRIMARY KEY (event_id)
);
INSERT INTO "chronicle" VALUES('57e1168b-d25a-4f7e-b36b-93037c337a92','2026-12-03','2026-12-02 20:05:39.421652','documents','in-f5f968d0b6fa4179','instructions','{p:fang}对《关于切实做好春耕备耕工作的紧急通知》作出批示：请牵头抓好落实，按时报告办理结果。（{d:agriculture}主办）','["agriculture", "finance"]','none');
INSERT INTO "chronicle" VALUES('abe84a14-ae9a-4ebe-9f50-05cb7804b8f0','2026-12-03','2026-12-02 20:05:39.515078','documents','in-78c5038a44134f7c','instructions','{p:luo}对《关于下达2026年度财政专项资金的通知》作出批示：请牵头抓好落实，按时报告办理结果。（{d:finance}主办）','["finance"]','none');
INSERT INTO "chronicle" VALUES('a7df928e-c4f1-4a46-a4cc-dd990d9e068e','2026-12-03','2026-12-02 20:05:39.659367','documents','in-333ba71128204656','documents','《关于2025年度工作目标考核结果的通报》归档，保管期限定期30年','["gov", "union"]','none');
INSERT INTO "chronicle" VALUES('fb6f49ee-a749-4414-b826-fbdecb552f5f','2026-12-03','2026-12-02 20:05:39.731504','documents','out-4e8e66174f9947b7','documents','{p:luo}签发《关于印发县政府2026年工作要点的通知》','["finance"]','none');
INSERT INTO "chronicle" VALUES('891d6c22-582c-419a-be7b-506a72e46c5b','2026-12-03','2026-12-02 20:05:39.745297','documents','out-a5179ee33dd14bce','documents','{p:luo}签发《关于成立县乡村振兴工作领导小组的通知》','["finance"]','none');
INSERT INTO "chronicle" VALUES('966a8ad1-87dc-47b4-b7e6-f0e00455c1c5','2026-12-03','2026-12-02 20:05:39.786127','documents','out-ca7c705878214016','documents','{p:luo}签发《关于表彰2025年度先进集体的决定》','["finance"]','none');
INSERT INTO "chronicle" VALUES('051a1f53-3ea3-4127-b869-b67c8ae375a4','2026-12-03','2026-12-02 20:05:39.837770','documents','out-487e1d2fcb8645de','documents','{p:luo}签发《关于做好2026年度保密工作的通知》','["finance"]','秘密');
INSERT INTO "chronicle" VALUES('93d29b35-7c67-40b6-8043-881ed197c00a','2026-12-03','2026-12-02 20:05:39.873474','documents','out-8b1dcd6ae3784183','documents','{p:luo}签发《关于公布县政府部门权责清单的通知》','["finance"]','none');
INSERT INTO "chronicle" VALUES('25708bc2-3459-4765-957e-f084b95d0695','2026-12-03','2026-12-02 20:05:39.894604','documents','out-8b1dcd6ae3784183','documents','印发《关于公布县政府部门权责清单的通知》（县府办发〔2026〕3号）','["finance"]','none');
INSERT INTO "chronicle" VALUES('9c0206ba-c96e-47f5-9b6b-8d6d8ea2a4ec','2026-12-03','2026-12-02 20:05:39.920790','documents','out-88cb429257294d49','documents','{p:luo}签发《关于暂停部分审批事项的通知》','["finance"]','none');
INSERT INTO "chronicle" VALUES('eeda582a-a342-452c-951c-05187cf82df4','2026-12-03','2026-12-02 20:05:39.948731','documents','out-88cb429257294d49','documents','印发《关于暂停部分审批事项的通知》（县府办发〔2026〕4号）','["finance"]','none');
INSERT INTO "chronicle" VALUES('4e461210-3820-452f-ad6b-0e66b4b3fc4a','2026-12-03','2026-12-02 20:05:39.975650','documents','out-2d7a1b1e5959438e','documents','{p:luo}签发《关于2025年度县政府工作报告的通报》','["finance"]','none');
INSERT INTO "chronicle" VALUES('b7aac5f8-a10c-4455-81a5-a66e13c9eea3','2026-12-03','2026-12-02 20:05:39.996615','documents','out-2d7a1b1e5959438e','documents','印发《关于2025年度县政府工作报告的通报》（县府办发〔2026〕5号）','["finance"]','none');
INSERT INTO "chronicle" VALUES('241940b8-f912-4b77-9d11-c17f19154a42','2026-12-03','2026-12-02 20:05:40.001277','documents','out-2d7a1b1e5959438e','documents','《关于2025年度县政府工作报告的通报》归档，保管期限永久','["finance"]','none');
INSERT INTO "chronicle" VALUES('658e6371-c32f-40d2-b360-9b61c4c0e1eb','2026-12-03','2026-12-02 20:05:40.403733','meetings','mtg-b07c39b9318f','meetings','召开县政府第11次常务会议','["education", "finance", "gov", "office", "petitions", "union"]','none');
INSERT INTO "chronicle" VALUES('1e6d1f2b-c2c9-4ad5-9961-2b9e0b4383a9','2026-12-03','2026-12-02 20:05:40.511644','meetings','mtg-b07c39b9318f','meetings','县政府第11次常务会议议定：落实农业生产资金，按期拨付到位（{d:finance}牵头，2026-12-14前完成）','["agriculture", "education", "finance", "gov", "office", "office.supervision", "petitions", "union"]','none');
INSERT INTO "chronicle" VALUES('8130d4b8-2f78-4de9-ac0c-127acc76b61a','2026-12-03','2026-12-02 20:05:40.511644','meetings','mtg-b07c39b9318f','meetings','县政府第11次常务会议议定：开展校园安全专项检查并报送结果（{d:education}牵头，2026-12-24前完成）','["agriculture", "education", "finance", "gov", "office", "office.supervision", "petitions", "union"]','none');
INSERT INTO "chronicle" VALUES('7c11358c-45f3-4e90-9044-8d7dd1564493','2026-12-03','2026-12-02 20:05:40.696594','meetings','mtg-af53480ea8c7','meetings','召开县政府办公室周例会','["office", "office.affairs", "office.secretariat", "office.supervision"]','none');
INSERT INTO "chronicle" VALUES('24323f5d-cd9f-431f-9435-91272eb0149a','2026-12-03','2026-12-02 20:05:41.273922','meetings','mtg-0f48e599dd1f','meetings','召开县政府第12次常务会议','["agriculture", "education", "finance", "gov", "office"]','none');
INSERT INTO "chronicle" VALUES('36996d61-3aef-4797-ac21-cbd11e258621','2026-12-03','2026-12-02 20:05:41.313577','meetings','mtg-0f48e599dd1f','meetings','县政府第12次常务会议议定：编制老旧小区改造资金使用计划（{d:finance}牵头，2026-12-17前完成）','["agriculture", "education", "finance", "gov", "office"]','none');
INSERT INTO "chronicle" VALUES('d312ae46-a8e2-492d-8dfb-882e0f70676d','2026-12-03','2026-12-02 20:05:42.126317','supervision','adhoc:531645b36244','supervision','督办事项“报送上半年预算执行情况”办结（{d:finance}，按期）','["finance"]','none');
INSERT INTO "chronicle" VALUES('953589ec-c2f8-44b4-8560-cc3f334ab875','2026-12-03','2026-12-02 20:05:42.204016','supervision','adhoc:c07d7639215c','supervision','督办事项“办公楼消防设施维修”办结（{d:office.affairs}，逾期）','["office.affairs"]','none');
INSERT INTO "chronicle" VALUES('9cf8a6a9-fff7-4cca-9146-5759bc8e49c8','2026-12-03','2026-12-02 20:05:43.334834','reception','petition-demo-5','petitions','信访件信访〔2026〕5号已书面答复','["finance"]','none');
INSERT INTO "chronicle" VALUES('22026e28-5f72-47c3-b3c3-5646e70b4fec','2026-12-03','2026-12-02 20:05:43.416066','reception','petition-demo-6','petitions','信访件信访〔2026〕6号已书面答复','["agriculture"]','none');
CREATE TABLE circulation_reads (
	stream_id VARCHAR(200) NOT NULL, 
	round INTEGER NOT NULL, 
	reader VARCHAR(100) NOT NULL, 
	started_at DATETIME NOT NULL, 
	read_at DATETIME, 
	PRIMARY KEY (stream_id, round, reader)
);
INSERT INTO "circulation_reads" VALUES('in-bc3785d14bc64659',1,'luo','2026-12-02 20:05:39.298874','2026-12-02 20:05:39.315206');
INSERT INTO "circulation_reads" VALUES('in-bc3785d14bc64659',1,'fang','2026-12-02 20:05:39.298874',NULL);
INSERT INTO "circulation_reads" VALUES('in-bc3785d14bc64659',1,'chen','2026-12-02 20:05:39.298874','2026-12-02 20:05:39.337015');
INSERT INTO "circulation_reads" VALUES('in-bc3785d14bc64659',1,'sun','2026-12-02 20:05:39.298874',NULL);
INSERT INTO "circulation_reads" VALUES('in-e8330eba6a1c4d15',1,'fang','2026-12-02 20:05:39.573916','2026-12-02 20:05:39.579447');
INSERT INTO "circulation_reads" VALUES('in-e8330eba6a1c4d15',1,'sun','2026-12-02 20:05:39.573916','2026-12-02 20:05:39.582752');
INSERT INTO "circulation_reads" VALUES('in-333ba71128204656',1,'fang','2026-12-02 20:05:39.628112','2026-12-02 20:05:39.634625');
INSERT INTO "circulation_reads" VALUES('in-333ba71128204656',1,'sun','2026-12-02 20:05:39.628112','2026-12-02 20:05:39.640335');
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
CREATE TABLE document_counts (
	direction VARCHAR(10) NOT NULL, 
	stage VARCHAR(40) NOT NULL, 
	department VARCHAR(100) NOT NULL, 
	departments VARCHAR(800) NOT NULL, 
	classification VARCHAR(10) NOT NULL, 
	waiting INTEGER NOT NULL, 
	PRIMARY KEY (direction, stage, department, departments, classification)
);
INSERT INTO "document_counts" VALUES('incoming','signed_for','office','[]','none',1);
INSERT INTO "document_counts" VALUES('incoming','registered','office','[]','none',1);
INSERT INTO "document_counts" VALUES('incoming','accepted','office','[]','none',1);
INSERT INTO "document_counts" VALUES('incoming','circulating','office','["finance", "gov", "union"]','none',1);
INSERT INTO "document_counts" VALUES('incoming','proposed','office','[]','none',1);
INSERT INTO "document_counts" VALUES('incoming','handling','agriculture','["agriculture", "finance"]','none',1);
INSERT INTO "document_counts" VALUES('incoming','handling','finance','["finance"]','none',0);
INSERT INTO "document_counts" VALUES('incoming','replied','finance','["finance"]','none',1);
INSERT INTO "document_counts" VALUES('incoming','circulating','office','["gov", "union"]','none',0);
INSERT INTO "document_counts" VALUES('outgoing','drafted','finance','["finance"]','none',1);
INSERT INTO "document_counts" VALUES('outgoing','returned_for_revision','finance','["finance"]','none',1);
INSERT INTO "document_counts" VALUES('outgoing','drafted','union','["union"]','none',0);
INSERT INTO "document_counts" VALUES('outgoing','reviewed','union','["union"]','none',1);
INSERT INTO "document_counts" VALUES('outgoing','reviewed','finance','["finance"]','none',1);
INSERT INTO "document_counts" VALUES('outgoing','signed','finance','["finance"]','none',1);
INSERT INTO "document_counts" VALUES('outgoing','rechecked','finance','["finance"]','none',1);
INSERT INTO "document_counts" VALUES('outgoing','numbered','finance','["finance"]','none',1);
INSERT INTO "document_counts" VALUES('outgoing','drafted','finance','["finance"]','秘密',0);
INSERT INTO "document_counts" VALUES('outgoing','reviewed','finance','["finance"]','秘密',0);
INSERT INTO "document_counts" VALUES('outgoing','signed','finance','["finance"]','秘密',0);
INSERT INTO "document_counts" VALUES('outgoing','rechecked','finance','["finance"]','秘密',0);
INSERT INTO "document_counts" VALUES('outgoing','numbered','finance','["finance"]','秘密',0);
INSERT INTO "document_counts" VALUES('outgoing','printed','finance','["finance"]','秘密',1);
INSERT INTO "document_counts" VALUES('outgoing','printed','finance','["finance"]','none',0);
INSERT INTO "document_counts" VALUES('outgoing','dispatching','finance','["finance"]','none',0);
CREATE TABLE document_steps (
	stream_id VARCHAR(200) NOT NULL, 
	version INTEGER NOT NULL, 
	direction VARCHAR(10) NOT NULL, 
	stage VARCHAR(40) NOT NULL, 
	entered_at DATETIME NOT NULL, 
	PRIMARY KEY (stream_id, version)
);
INSERT INTO "document_steps" VALUES('in-0f4173825cac4c97',1,'incoming','signed_for','2026-12-02 20:05:39.132945');
INSERT INTO "document_steps" VALUES('in-e582ed9766284770',1,'incoming','signed_for','2026-12-02 20:05:39.147642');
INSERT INTO "document_steps" VALUES('in-e582ed9766284770',2,'incoming','registered','2026-12-02 20:05:39.189582');
INSERT INTO "document_steps" VALUES('in-3c1ae19b965a414d',1,'incoming','signed_for','2026-12-02 20:05:39.195246');
INSERT INTO "document_steps" VALUES('in-3c1ae19b965a414d',2,'incoming','registered','2026-12-02 20:05:39.214954');
INSERT INTO "document_steps" VALUES('in-3c1ae19b965a414d',3,'incoming','returned','2026-12-02 20:05:39.225858');
INSERT INTO "document_steps" VALUES('in-d4a3279445c7407f',1,'incoming','signed_for','2026-12-02 20:05:39.231432');
INSERT INTO "document_steps" VALUES('in-d4a3279445c7407f',2,'incoming','registered','2026-12-02 20:05:39.238575');
INSERT INTO "document_steps" VALUES('in-d4a3279445c7407f',3,'incoming','accepted','2026-12-02 20:05:39.250965');
INSERT INTO "document_steps" VALUES('in-bc3785d14bc64659',1,'incoming','signed_for','2026-12-02 20:05:39.259373');
INSERT INTO "document_steps" VALUES('in-bc3785d14bc64659',2,'incoming','registered','2026-12-02 20:05:39.270185');
INSERT INTO "document_steps" VALUES('in-bc3785d14bc64659',3,'incoming','accepted','2026-12-02 20:05:39.284999');
INSERT INTO "document_steps" VALUES('in-bc3785d14bc64659',4,'incoming','circulating','2026-12-02 20:05:39.298874');
INSERT INTO "document_steps" VALUES('in-08cb035c61fc48e0',1,'incoming','signed_for','2026-12-02 20:05:39.347806');
INSERT INTO "document_steps" VALUES('in-08cb035c61fc48e0',2,'incoming','registered','2026-12-02 20:05:39.357188');
INSERT INTO "document_steps" VALUES('in-08cb035c61fc48e0',3,'incoming','accepted','2026-12-02 20:05:39.362436');
INSERT INTO "document_steps" VALUES('in-08cb035c61fc48e0',4,'incoming','proposed','2026-12-02 20:05:39.369077');
INSERT INTO "document_steps" VALUES('in-f5f968d0b6fa4179',1,'incoming','signed_for','2026-12-02 20:05:39.376083');
INSERT INTO "document_steps" VALUES('in-f5f968d0b6fa4179',2,'incoming','registered','2026-12-02 20:05:39.387075');
INSERT INTO "document_steps" VALUES('in-f5f968d0b6fa4179',3,'incoming','accepted','2026-12-02 20:05:39.395683');
INSERT INTO "document_steps" VALUES('in-f5f968d0b6fa4179',4,'incoming','proposed','2026-12-02 20:05:39.416197');
INSERT INTO "document_steps" VALUES('in-f5f968d0b6fa4179',5,'incoming','handling','2026-12-02 20:05:39.421652');
INSERT INTO "document_steps" VALUES('in-78c5038a44134f7c',1,'incoming','signed_for','2026-12-02 20:05:39.460090');
INSERT INTO "document_steps" VALUES('in-78c5038a44134f7c',2,'incoming','registered','2026-12-02 20:05:39.483000');
INSERT INTO "document_steps" VALUES('in-78c5038a44134f7c',3,'incoming','accepted','2026-12-02 20:05:39.497581');
INSERT INTO "document_steps" VALUES('in-78c5038a44134f7c',4,'incoming','proposed','2026-12-02 20:05:39.503885');
INSERT INTO "document_steps" VALUES('in-78c5038a44134f7c',5,'incoming','handling','2026-12-02 20:05:39.515078');
INSERT INTO "document_steps" VALUES('in-78c5038a44134f7c',6,'incoming','replied','2026-12-02 20:05:39.537211');
INSERT INTO "document_steps" VALUES('in-e8330eba6a1c4d15',1,'incoming','signed_for','2026-12-02 20:05:39.548615');
INSERT INTO "document_steps" VALUES('in-e8330eba6a1c4d15',2,'incoming','registered','2026-12-02 20:05:39.565890');
INSERT INTO "document_steps" VALUES('in-e8330eba6a1c4d15',3,'incoming','accepted','2026-12-02 20:05:39.570337');
INSERT INTO "document_steps" VALUES('in-e8330eba6a1c4d15',4,'incoming','circulating','2026-12-02 20:05:39.573916');
INSERT INTO "document_steps" VALUES('in-e8330eba6a1c4d15',7,'incoming','closed','2026-12-02 20:05:39.587104');
INSERT INTO "document_steps" VALUES('in-333ba71128204656',1,'incoming','signed_for','2026-12-02 20:05:39.589980');
INSERT INTO "document_steps" VALUES('in-333ba71128204656',2,'incoming','registered','2026-12-02 20:05:39.619274');
INSERT INTO "document_steps" VALUES('in-333ba71128204656',3,'incoming','accepted','2026-12-02 20:05:39.623781');
INSERT INTO "document_steps" VALUES('in-333ba71128204656',4,'incoming','circulating','2026-12-02 20:05:39.628112');
INSERT INTO "document_steps" VALUES('in-333ba71128204656',7,'incoming','closed','2026-12-02 20:05:39.648721');
INSERT INTO "document_steps" VALUES('in-333ba71128204656',8,'incoming','archived','2026-12-02 20:05:39.659367');
INSERT INTO "document_steps" VALUES('out-57685bf74cb14030',1,'outgoing','drafted','2026-12-02 20:05:39.662855');
INSERT INTO "document_steps" VALUES('out-878aa9224c6442a0',1,'outgoing','drafted','2026-12-02 20:05:39.666409');
INSERT INTO "document_steps" VALUES('out-878aa9224c6442a0',2,'outgoing','returned_for_revision','2026-12-02 20:05:39.670573');
INSERT INTO "document_steps" VALUES('out-c01799d7a4dc421d',1,'outgoing','drafted','2026-12-02 20:05:39.674553');
INSERT INTO "document_steps" VALUES('out-c01799d7a4dc421d',2,'outgoing','reviewed','2026-12-02 20:05:39.681959');
INSERT INTO "document_steps" VALUES('out-f4adcab98a814071',1,'outgoing','drafted','2026-12-02 20:05:39.686090');
INSERT INTO "document_steps" VALUES('out-f4adcab98a814071',2,'outgoing','reviewed','2026-12-02 20:05:39.692079');
INSERT INTO "document_steps" VALUES('out-4e8e66174f9947b7',1,'outgoing','drafted','2026-12-02 20:05:39.695693');
INSERT INTO "document_steps" VALUES('out-4e8e66174f9947b7',2,'outgoing','reviewed','2026-12-02 20:05:39.725533');
INSERT INTO "document_steps" VALUES('out-4e8e66174f9947b7',3,'outgoing','signed','2026-12-02 20:05:39.731504');
INSERT INTO "document_steps" VALUES('out-a5179ee33dd14bce',1,'outgoing','drafted','2026-12-02 20:05:39.734885');
INSERT INTO "document_steps" VALUES('out-a5179ee33dd14bce',2,'outgoing','reviewed','2026-12-02 20:05:39.740423');
INSERT INTO "document_steps" VALUES('out-a5179ee33dd14bce',3,'outgoing','signed','2026-12-02 20:05:39.745297');
INSERT INTO "document_steps" VALUES('out-a5179ee33dd14bce',4,'outgoing','rechecked','2026-12-02 20:05:39.753153');
INSERT INTO "document_steps" VALUES('out-ca7c705878214016',1,'outgoing','drafted','2026-12-02 20:05:39.774105');
INSERT INTO "document_steps" VALUES('out-ca7c705878214016',2,'outgoing','reviewed','2026-12-02 20:05:39.781041');
INSERT INTO "document_steps" VALUES('out-ca7c705878214016',3,'outgoing','signed','2026-12-02 20:05:39.786127');
INSERT INTO "document_steps" VALUES('out-ca7c705878214016',4,'outgoing','rechecked','2026-12-02 20:05:39.789502');
INSERT INTO "document_steps" VALUES('out-ca7c705878214016',5,'outgoing','numbered','2026-12-02 20:05:39.793727');
INSERT INTO "document_steps" VALUES('out-ca7c705878214016',7,'outgoing','numbered','2026-12-02 20:05:39.818068');
INSERT INTO "document_steps" VALUES('out-487e1d2fcb8645de',1,'outgoing','drafted','2026-12-02 20:05:39.825410');
INSERT INTO "document_steps" VALUES('out-487e1d2fcb8645de',2,'outgoing','reviewed','2026-12-02 20:05:39.830908');
INSERT INTO "document_steps" VALUES('out-487e1d2fcb8645de',3,'outgoing','signed','2026-12-02 20:05:39.837770');
INSERT INTO "document_steps" VALUES('out-487e1d2fcb8645de',4,'outgoing','rechecked','2026-12-02 20:05:39.845918');
INSERT INTO "document_steps" VALUES('out-487e1d2fcb8645de',5,'outgoing','numbered','2026-12-02 20:05:39.855210');
INSERT INTO "document_steps" VALUES('out-487e1d2fcb8645de',6,'outgoing','printed','2026-12-02 20:05:39.859808');
INSERT INTO "document_steps" VALUES('out-8b1dcd6ae3784183',1,'outgoing','drafted','2026-12-02 20:05:39.862008');
INSERT INTO "document_steps" VALUES('out-8b1dcd6ae3784183',2,'outgoing','reviewed','2026-12-02 20:05:39.869724');
INSERT INTO "document_steps" VALUES('out-8b1dcd6ae3784183',3,'outgoing','signed','2026-12-02 20:05:39.873474');
INSERT INTO "document_steps" VALUES('out-8b1dcd6ae3784183',4,'outgoing','rechecked','2026-12-02 20:05:39.880372');
INSERT INTO "document_steps" VALUES('out-8b1dcd6ae3784183',5,'outgoing','numbered','2026-12-02 20:05:39.884498');
INSERT INTO "document_steps" VALUES('out-8b1dcd6ae3784183',6,'outgoing','printed','2026-12-02 20:05:39.891418');
INSERT INTO "document_steps" VALUES('out-8b1dcd6ae3784183',7,'outgoing','dispatching','2026-12-02 20:05:39.894604');
INSERT INTO "document_steps" VALUES('out-8b1dcd6ae3784183',8,'outgoing','dispatching','2026-12-02 20:05:39.894604');
INSERT INTO "document_steps" VALUES('out-8b1dcd6ae3784183',9,'outgoing','dispatching','2026-12-02 20:05:39.894604');
INSERT INTO "document_steps" VALUES('out-8b1dcd6ae3784183',10,'outgoing','issued','2026-12-02 20:05:39.894604');
INSERT INTO "document_steps" VALUES('out-88cb429257294d49',1,'outgoing','drafted','2026-12-02 20:05:39.898433');
INSERT INTO "document_steps" VALUES('out-88cb429257294d49',2,'outgoing','reviewed','2026-12-02 20:05:39.902126');
INSERT INTO "document_steps" VALUES('out-88cb429257294d49',3,'outgoing','signed','2026-12-02 20:05:39.920790');
INSERT INTO "document_steps" VALUES('out-88cb429257294d49',4,'outgoing','rechecked','2026-12-02 20:05:39.925585');
INSERT INTO "document_steps" VALUES('out-88cb429257294d49',5,'outgoing','numbered','2026-12-02 20:05:39.929865');
INSERT INTO "document_steps" VALUES('out-88cb429257294d49',6,'outgoing','printed','2026-12-02 20:05:39.939402');
INSERT INTO "document_steps" VALUES('out-88cb429257294d49',7,'outgoing','dispatching','2026-12-02 20:05:39.948731');
INSERT INTO "document_steps" VALUES('out-88cb429257294d49',8,'outgoing','dispatching','2026-12-02 20:05:39.948731');
INSERT INTO "document_steps" VALUES('out-88cb429257294d49',9,'outgoing','dispatching','2026-12-02 20:05:39.948731');
INSERT INTO "document_steps" VALUES('out-88cb429257294d49',10,'outgoing','issued','2026-12-02 20:05:39.948731');
INSERT INTO "document_steps" VALUES('out-88cb429257294d49',11,'outgoing','revoked','2026-12-02 20:05:39.954362');
INSERT INTO "document_steps" VALUES('out-2d7a1b1e5959438e',1,'outgoing','drafted','2026-12-02 20:05:39.968195');
INSERT INTO "document_steps" VALUES('out-2d7a1b1e5959438e',2,'outgoing','reviewed','2026-12-02 20:05:39.972517');
INSERT INTO "document_steps" VALUES('out-2d7a1b1e5959438e',3,'outgoing','signed','2026-12-02 20:05:39.975650');
INSERT INTO "document_steps" VALUES('out-2d7a1b1e5959438e',4,'outgoing','rechecked','2026-12-02 20:05:39.982312');
INSERT INTO "document_steps" VALUES('out-2d7a1b1e5959438e',5,'outgoing','numbered','2026-12-02 20:05:39.989033');
INSERT INTO "document_steps" VALUES('out-2d7a1b1e5959438e',6,'outgoing','printed','2026-12-02 20:05:39.993647');
INSERT INTO "document_steps" VALUES('out-2d7a1b1e5959438e',7,'outgoing','dispatching','2026-12-02 20:05:39.996615');
INSERT INTO "document_steps" VALUES('out-2d7a1b1e5959438e',8,'outgoing','dispatching','2026-12-02 20:05:39.996615');
INSERT INTO "document_steps" VALUES('out-2d7a1b1e5959438e',9,'outgoing','dispatching','2026-12-02 20:05:39.996615');
INSERT INTO "document_steps" VALUES('out-2d7a1b1e5959438e',10,'outgoing','issued','2026-12-02 20:05:39.996615');
INSERT INTO "document_steps" VALUES('out-2d7a1b1e5959438e',11,'outgoing','archived','2026-12-02 20:05:40.001277');
CREATE TABLE documents (
	stream_id VARCHAR(200) NOT NULL, 
	direction VARCHAR(10) NOT NULL, 
	doc_type VARCHAR(10), 
	title VARCHAR(500), 
	stage VARCHAR(40) NOT NULL, 
	department VARCHAR(100), 
	urgency VARCHAR(10), 
	classification VARCHAR(10) NOT NULL, 
	started_at DATETIME NOT NULL, 
	deadline VARCHAR(10), 
	counted_under VARCHAR(1000), 
	PRIMARY KEY (stream_id)
);
INSERT INTO "documents" VALUES('in-0f4173825cac4c97','incoming','通知','关于开展2026年度安全生产大检查的通知','signed_for','office','加急','none','2026-12-02 20:05:39.132945',NULL,'["incoming", "signed_for", "office", [], "none"]');
INSERT INTO "documents" VALUES('in-e582ed9766284770','incoming','函','关于报送第一季度经济运行情况的函','registered','office',NULL,'none','2026-12-02 20:05:39.147642',NULL,'["incoming", "registered", "office", [], "none"]');
INSERT INTO "documents" VALUES('in-3c1ae19b965a414d','incoming','请示','关于某企业用地审批事项的请示','returned','office',NULL,'none','2026-12-02 20:05:39.195246',NULL,NULL);
INSERT INTO "documents" VALUES('in-d4a3279445c7407f','incoming','通知','关于做好冬春季森林防火工作的通知','accepted','office',NULL,'none','2026-12-02 20:05:39.231432',NULL,'["incoming", "accepted", "office", [], "none"]');
INSERT INTO "documents" VALUES('in-bc3785d14bc64659','incoming','纪要','市政府第12次常务会议纪要','circulating','office',NULL,'none','2026-12-02 20:05:39.259373',NULL,'["incoming", "circulating", "office", ["finance", "gov", "union"], "none"]');
INSERT INTO "documents" VALUES('in-08cb035c61fc48e0','incoming','通知','关于开展中小学校舍安全排查的通知','proposed','office',NULL,'none','2026-12-02 20:05:39.347806',NULL,'["incoming", "proposed", "office", [], "none"]');
INSERT INTO "documents" VALUES('in-f5f968d0b6fa4179','incoming','通知','关于切实做好春耕备耕工作的紧急通知','handling','agriculture','特急','none','2026-12-02 20:05:39.376083','2026-12-10','["incoming", "handling", "agriculture", ["agriculture", "finance"], "none"]');
INSERT INTO "documents" VALUES('in-78c5038a44134f7c','incoming','通知','关于下达2026年度财政专项资金的通知','replied','finance',NULL,'none','2026-12-02 20:05:39.460090','2026-12-17','["incoming", "replied", "finance", ["finance"], "none"]');
INSERT INTO "documents" VALUES('in-e8330eba6a1c4d15','incoming','通知','关于做好元旦春节期间值班工作的通知','closed','office',NULL,'none','2026-12-02 20:05:39.548615',NULL,NULL);
INSERT INTO "documents" VALUES('in-333ba71128204656','incoming','通报','关于2025年度工作目标考核结果的通报','archived','office',NULL,'none','2026-12-02 20:05:39.589980',NULL,NULL);
INSERT INTO "documents" VALUES('out-57685bf74cb14030','outgoing','通知','关于加强县级财政资金监管的通知','drafted','finance',NULL,'none','2026-12-02 20:05:39.662855',NULL,'["outgoing", "drafted", "finance", ["finance"], "none"]');
INSERT INTO "documents" VALUES('out-878aa9224c6442a0','outgoing','通知','关于调整机关食堂就餐补助的通知','returned_for_revision','finance',NULL,'none','2026-12-02 20:05:39.666409',NULL,'["outgoing", "returned_for_revision", "finance", ["finance"], "none"]');
INSERT INTO "documents" VALUES('out-c01799d7a4dc421d','outgoing','通知','关于开展职工健康体检的联合通知','reviewed','union',NULL,'none','2026-12-02 20:05:39.674553',NULL,'["outgoing", "reviewed", "union", ["union"], "none"]');
INSERT INTO "documents" VALUES('out-f4adcab98a814071','outgoing','请示','关于申请2026年防汛补助资金的请示','reviewed','finance',NULL,'none','2026-12-02 20:05:39.686090',NULL,'["outgoing", "reviewed", "finance", ["finance"], "none"]');
INSERT INTO "documents" VALUES('out-4e8e66174f9947b7','outgoing','通知','关于印发县政府2026年工作要点的通知','signed','finance',NULL,'none','2026-12-02 20:05:39.695693',NULL,'["outgoing", "signed", "finance", ["finance"], "none"]');
INSERT INTO "documents" VALUES('out-a5179ee33dd14bce','outgoing','通知','关于成立县乡村振兴工作领导小组的通知','rechecked','finance',NULL,'none','2026-12-02 20:05:39.734885',NULL,'["outgoing", "rechecked", "finance", ["finance"], "none"]');
INSERT INTO "documents" VALUES('out-ca7c705878214016','outgoing','决定','关于表彰2025年度先进集体的决定','numbered','finance',NULL,'none','2026-12-02 20:05:39.774105',NULL,'["outgoing", "numbered", "finance", ["finance"], "none"]');
INSERT INTO "documents" VALUES('out-487e1d2fcb8645de','outgoing','通知','关于做好2026年度保密工作的通知','printed','finance',NULL,'秘密','2026-12-02 20:05:39.825410',NULL,'["outgoing", "printed", "finance", ["finance"], "秘密"]');
INSERT INTO "documents" VALUES('out-8b1dcd6ae3784183','outgoing','通知','关于公布县政府部门权责清单的通知','issued','finance',NULL,'none','2026-12-02 20:05:39.862008',NULL,NULL);
INSERT INTO "documents" VALUES('out-88cb429257294d49','outgoing','通知','关于暂停部分审批事项的通知','revoked','finance',NULL,'none','2026-12-02 20:05:39.898433',NULL,NULL);
INSERT INTO "documents" VALUES('out-2d7a1b1e5959438e','outgoing','通报','关于2025年度县政府工作报告的通报','archived','finance',NULL,'none','2026-12-02 20:05:39.968195',NULL,NULL);
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
CREATE TABLE idempotency_keys (
	scope VARCHAR(300) NOT NULL, 
	"key" VARCHAR(200) NOT NULL, 
	request_hash VARCHAR(64) NOT NULL, 
	status INTEGER NOT NULL, 
	body JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	PRIMARY KEY (scope, "key")
);
CREATE TABLE meetings (
	stream_id VARCHAR(200) NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	organiser_department VARCHAR(100) NOT NULL, 
	chair VARCHAR(100) NOT NULL, 
	room_id VARCHAR(200), 
	room_name VARCHAR(200), 
	starts_at DATETIME NOT NULL, 
	ends_at DATETIME NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	classification VARCHAR(10) NOT NULL, 
	PRIMARY KEY (stream_id)
);
INSERT INTO "meetings" VALUES('mtg-b07c39b9318f','县政府第11次常务会议','常务会','office','luo','room-changwu','常务会议室','2026-11-24 01:00:00.000000','2026-11-24 03:30:00.000000','held','none');
INSERT INTO "meetings" VALUES('mtg-af53480ea8c7','县政府办公室周例会','办公会','office','feng','room-first','第一会议室','2026-11-30 01:00:00.000000','2026-11-30 02:30:00.000000','held','none');
INSERT INTO "meetings" VALUES('mtg-e2f40aba6298','县政府办公室周例会','办公会','office','feng','room-first','第一会议室','2026-12-07 01:00:00.000000','2026-12-07 02:30:00.000000','scheduled','none');
INSERT INTO "meetings" VALUES('mtg-882274504312','县政府办公室周例会','办公会','office','feng','room-first','第一会议室','2026-12-14 01:00:00.000000','2026-12-14 02:30:00.000000','scheduled','none');
INSERT INTO "meetings" VALUES('mtg-00bc49c04eed','县政府办公室周例会','办公会','office','feng','room-first','第一会议室','2026-12-21 01:00:00.000000','2026-12-21 02:30:00.000000','scheduled','none');
INSERT INTO "meetings" VALUES('mtg-0f48e599dd1f','县政府第12次常务会议','常务会','office','luo','room-changwu','常务会议室','2026-12-02 07:00:00.000000','2026-12-02 09:00:00.000000','held','none');
INSERT INTO "meetings" VALUES('mtg-5946ef543d71','农业生产专题会','专题会','office','fang','room-second','第二会议室','2026-12-03 06:30:00.000000','2026-12-03 08:00:00.000000','scheduled','none');
INSERT INTO "meetings" VALUES('mtg-bf42c20807bc','县政府党组会议','党组会','office','luo','room-party','党组会议室','2026-12-08 01:00:00.000000','2026-12-08 03:00:00.000000','scheduled','机密');
CREATE TABLE objects (
	service VARCHAR(40) NOT NULL, 
	stream_id VARCHAR(200) NOT NULL, 
	aggregate VARCHAR(60) NOT NULL, 
	version INTEGER NOT NULL, 
	title VARCHAR(500), 
	classification VARCHAR(10) NOT NULL, 
	departments JSON NOT NULL, 
	first_time DATETIME NOT NULL, 
	last_time DATETIME NOT NULL, 
	last_type VARCHAR(200) NOT NULL, 
	PRIMARY KEY (service, stream_id)
);
INSERT INTO "objects" VALUES('documents','in-0f4173825cac4c97','incoming',1,'关于开展2026年度安全生产大检查的通知','none','[]','2026-12-02 20:05:39.132945','2026-12-02 20:05:39.132945','shuniu.documents.incoming.received.v1');
INSERT INTO "objects" VALUES('documents','in-e582ed9766284770','incoming',2,'关于报送第一季度经济运行情况的函','none','[]','2026-12-02 20:05:39.147642','2026-12-02 20:05:39.189582','shuniu.documents.incoming.registered.v1');
INSERT INTO "objects" VALUES('documents','in-3c1ae19b965a414d','incoming',3,'关于某企业用地审批事项的请示','none','[]','2026-12-02 20:05:39.195246','2026-12-02 20:05:39.225858','shuniu.documents.incoming.returned.v1');
INSERT INTO "objects" VALUES('documents','in-d4a3279445c7407f','incoming',3,'关于做好冬春季森林防火工作的通知','none','[]','2026-12-02 20:05:39.231432','2026-12-02 20:05:39.250965','shuniu.documents.incoming.accepted.v1');
INSERT INTO "objects" VALUES('documents','in-bc3785d14bc64659','incoming',6,'市政府第12次常务会议纪要','none','["finance", "gov", "union"]','2026-12-02 20:05:39.259373','2026-12-02 20:05:39.337034','shuniu.documents.incoming.read.v1');
INSERT INTO "objects" VALUES('meetings','room-changwu','room',1,'常务会议室','none','[]','2026-12-02 20:05:40.004652','2026-12-02 20:05:40.004652','shuniu.meetings.room.registered.v1');
INSERT INTO "objects" VALUES('meetings','room-first','room',1,'第一会议室','none','[]','2026-12-02 20:05:40.013408','2026-12-02 20:05:40.013408','shuniu.meetings.room.registered.v1');
INSERT INTO "objects" VALUES('meetings','room-second','room',1,'第二会议室','none','[]','2026-12-02 20:05:40.017806','2026-12-02 20:05:40.017806','shuniu.meetings.room.registered.v1');
INSERT INTO "objects" VALUES('meetings','room-party','room',1,'党组会议室','none','[]','2026-12-02 20:05:40.029481','2026-12-02 20:05:40.029481','shuniu.meetings.room.registered.v1');
INSERT INTO "objects" VALUES('meetings','mtg-b07c39b9318f','meeting',34,'县政府第11次常务会议','none','["agriculture", "education", "finance", "gov", "office", "office.supervision", "petitions", "union"]','2026-12-02 20:05:40.051746','2026-12-02 20:05:40.922528','shuniu.meetings.meeting.resolution_supervised.v1');
INSERT INTO "objects" VALUES('documents','in-08cb035c61fc48e0','incoming',4,'关于开展中小学校舍安全排查的通知','none','[]','2026-12-02 20:05:39.347806','2026-12-02 20:05:39.369077','shuniu.documents.incoming.proposed.v1');
INSERT INTO "objects" VALUES('documents','in-f5f968d0b6fa4179','incoming',7,'关于切实做好春耕备耕工作的紧急通知','none','["agriculture", "finance"]','2026-12-02 20:05:39.376083','2026-12-02 20:05:40.453412','shuniu.documents.incoming.supervision_opened.v1');
INSERT INTO "objects" VALUES('documents','in-78c5038a44134f7c','incoming',7,'关于下达2026年度财政专项资金的通知','none','["finance"]','2026-12-02 20:05:39.460090','2026-12-02 20:05:40.470443','shuniu.documents.incoming.supervision_opened.v1');
INSERT INTO "objects" VALUES('documents','in-e8330eba6a1c4d15','incoming',7,'关于做好元旦春节期间值班工作的通知','none','["gov", "union"]','2026-12-02 20:05:39.548615','2026-12-02 20:05:39.587104','shuniu.documents.incoming.closed.v1');
INSERT INTO "objects" VALUES('documents','in-333ba71128204656','incoming',8,'关于2025年度工作目标考核结果的通报','none','["gov", "union"]','2026-12-02 20:05:39.589980','2026-12-02 20:05:39.659367','shuniu.documents.incoming.archived.v1');
INSERT INTO "objects" VALUES('documents','out-57685bf74cb14030','outgoing',1,'关于加强县级财政资金监管的通知','none','["finance"]','2026-12-02 20:05:39.662855','2026-12-02 20:05:39.662855','shuniu.documents.outgoing.drafted.v1');
INSERT INTO "objects" VALUES('documents','out-878aa9224c6442a0','outgoing',2,'关于调整机关食堂就餐补助的通知','none','["finance"]','2026-12-02 20:05:39.666409','2026-12-02 20:05:39.670573','shuniu.documents.outgoing.returned.v1');
INSERT INTO "objects" VALUES('documents','out-c01799d7a4dc421d','outgoing',2,'关于开展职工健康体检的联合通知','none','["union"]','2026-12-02 20:05:39.674553','2026-12-02 20:05:39.681959','shuniu.documents.outgoing.reviewed.v1');
INSERT INTO "objects" VALUES('documents','out-f4adcab98a814071','outgoing',2,'关于申请2026年防汛补助资金的请示','none','["finance"]','2026-12-02 20:05:39.686090','2026-12-02 20:05:39.692079','shuniu.documents.outgoing.reviewed.v1');
INSERT INTO "objects" VALUES('documents','out-4e8e66174f9947b7','outgoing',3,'关于印发县政府2026年工作要点的通知','none','["finance"]','2026-12-02 20:05:39.695693','2026-12-02 20:05:39.731504','shuniu.documents.outgoing.signed.v1');
INSERT INTO "objects" VALUES('documents','out-a5179ee33dd14bce','outgoing',4,'关于成立县乡村振兴工作领导小组的通知','none','["finance"]','2026-12-02 20:05:39.734885','2026-12-02 20:05:39.753153','shuniu.documents.outgoing.rechecked.v1');
INSERT INTO "objects" VALUES('documents','out-ca7c705878214016','outgoing',7,'关于表彰2025年度先进集体的决定','none','["finance"]','2026-12-02 20:05:39.774105','2026-12-02 20:05:39.818068','shuniu.documents.outgoing.numbered.v1');
INSERT INTO "objects" VALUES('documents','out-487e1d2fcb8645de','outgoing',6,'关于做好2026年度保密工作的通知','秘密','["finance"]','2026-12-02 20:05:39.825410','2026-12-02 20:05:39.859808','shuniu.documents.outgoing.printed.v1');
INSERT INTO "objects" VALUES('documents','out-8b1dcd6ae3784183','outgoing',10,'关于公布县政府部门权责清单的通知','none','["finance"]','2026-12-02 20:05:39.862008','2026-12-02 20:05:39.894604','shuniu.documents.outgoing.issued.v1');
INSERT INTO "objects" VALUES('documents','out-88cb429257294d49','outgoing',11,'关于暂停部分审批事项的通知','none','["finance"]','2026-12-02 20:05:39.898433','2026-12-02 20:05:39.954362','shuniu.documents.outgoing.revoked.v1');
INSERT INTO "objects" VALUES('documents','out-2d7a1b1e5959438e','outgoing',11,'关于2025年度县政府工作报告的通报','none','["finance"]','2026-12-02 20:05:39.968195','2026-12-02 20:05:40.001277','shuniu.documents.outgoing.archived.v1');
INSERT INTO "objects" VALUES('meetings','mtg-af53480ea8c7','meeting',20,'县政府办公室周例会','none','["office", "office.affairs", "office.secretariat", "office.supervision"]','2026-12-02 20:05:40.545569','2026-12-02 20:05:40.724763','shuniu.meetings.meeting.minutes_issued.v1');
INSERT INTO "objects" VALUES('meetings','mtg-e2f40aba6298','meeting',11,'县政府办公室周例会','none','["office", "office.affairs", "office.secretariat", "office.supervision"]','2026-12-02 20:05:40.555625','2026-12-02 20:05:40.841498','shuniu.meetings.meeting.replied.v1');
INSERT INTO "objects" VALUES('meetings','mtg-882274504312','meeting',11,'县政府办公室周例会','none','["office", "office.affairs", "office.secretariat", "office.supervision"]','2026-12-02 20:05:40.565239','2026-12-02 20:05:40.982903','shuniu.meetings.meeting.replied.v1');
INSERT INTO "objects" VALUES('meetings','mtg-00bc49c04eed','meeting',11,'县政府办公室周例会','none','["office", "office.affairs", "office.secretariat", "office.supervision"]','2026-12-02 20:05:40.573603','2026-12-02 20:05:41.056969','shuniu.meetings.meeting.replied.v1');
INSERT INTO "objects" VALUES('meetings','mtg-0f48e599dd1f','meeting',22,'县政府第12次常务会议','none','["agriculture", "education", "finance", "gov", "office"]','2026-12-02 20:05:41.083042','2026-12-02 20:05:41.491296','shuniu.meetings.meeting.resolution_supervised.v1');
INSERT INTO "objects" VALUES('meetings','mtg-5946ef543d71','meeting',10,'农业生产专题会','none','["agriculture", "finance", "gov", "office", "union"]','2026-12-02 20:05:41.346271','2026-12-02 20:05:41.436750','shuniu.meetings.meeting.replied.v1');
INSERT INTO "objects" VALUES('supervision','instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture','task',1,'关于切实做好春耕备耕工作的紧急通知','none','["agriculture", "finance"]','2026-12-02 20:05:40.349568','2026-12-02 20:05:40.349568','shuniu.supervision.task.opened.v1');
INSERT INTO "objects" VALUES('supervision','instruction:in-78c5038a44134f7c:2026-12-03:finance','task',1,'关于下达2026年度财政专项资金的通知','none','["finance"]','2026-12-02 20:05:40.371735','2026-12-02 20:05:40.371735','shuniu.supervision.task.opened.v1');
INSERT INTO "objects" VALUES('supervision','resolution:mtg-b07c39b9318f:r1','task',1,'落实农业生产资金，按期拨付到位','none','["agriculture", "finance"]','2026-12-02 20:05:40.843024','2026-12-02 20:05:40.843024','shuniu.supervision.task.opened.v1');
INSERT INTO "objects" VALUES('supervision','resolution:mtg-b07c39b9318f:r2','task',1,'开展校园安全专项检查并报送结果','none','["education", "office.supervision"]','2026-12-02 20:05:40.857220','2026-12-02 20:05:40.857220','shuniu.supervision.task.opened.v1');
INSERT INTO "objects" VALUES('supervision','resolution:mtg-0f48e599dd1f:r1','task',1,'编制老旧小区改造资金使用计划','none','["finance"]','2026-12-02 20:05:41.358475','2026-12-02 20:05:41.358475','shuniu.supervision.task.opened.v1');
INSERT INTO "objects" VALUES('supervision','adhoc:54ea566a924b','task',3,'落实工会会员服务阵地建设','none','["union"]','2026-12-02 20:05:41.590669','2026-12-02 20:05:41.622310','shuniu.supervision.task.progress_reported.v1');
INSERT INTO "objects" VALUES('meetings','mtg-bf42c20807bc','meeting',8,'县政府党组会议','机密','["gov", "office"]','2026-12-02 20:05:41.446800','2026-12-02 20:05:41.579914','shuniu.meetings.meeting.replied.v1');
INSERT INTO "objects" VALUES('supervision','adhoc:ecc1e9fd4cc2','task',4,'全县中小学食堂食品安全检查','none','["education"]','2026-12-02 20:05:41.642852','2026-12-02 20:05:41.972258','shuniu.supervision.task.deadline_approaching.v1');
INSERT INTO "objects" VALUES('supervision','adhoc:9a061b230596','task',5,'困难职工帮扶资金拨付','none','["finance", "union"]','2026-12-02 20:05:42.013427','2026-12-02 20:05:43.030813','shuniu.supervision.task.overdue.v1');
INSERT INTO "objects" VALUES('supervision','adhoc:531645b36244','task',4,'报送上半年预算执行情况','none','["finance"]','2026-12-02 20:05:42.060553','2026-12-02 20:05:42.126317','shuniu.supervision.task.closed.v1');
INSERT INTO "objects" VALUES('supervision','adhoc:c07d7639215c','task',4,'办公楼消防设施维修','none','["office.affairs"]','2026-12-02 20:05:42.142482','2026-12-02 20:05:42.204016','shuniu.supervision.task.closed.v1');
INSERT INTO "objects" VALUES('supervision','adhoc:4838b806954b','task',1,'春耕化肥储备情况摸底','none','["agriculture"]','2026-12-02 20:05:42.236645','2026-12-02 20:05:42.236645','shuniu.supervision.task.opened.v1');
INSERT INTO "objects" VALUES('supervision','adhoc:269158eeb05d','task',3,'校车安全隐患排查整治','none','["education", "office.affairs"]','2026-12-02 20:05:42.262254','2026-12-02 20:05:42.313189','shuniu.supervision.task.extension_requested.v1');
INSERT INTO "objects" VALUES('supervision','adhoc:af585dcc5886','task',3,'职工疗休养基地改建','none','["union"]','2026-12-02 20:05:42.331643','2026-12-02 20:05:42.428365','shuniu.supervision.task.infeasibility_reported.v1');
INSERT INTO "objects" VALUES('reception','person-90124154572f4eb7a1d3ec6501efac0a','person',1,'enc:v1:person-90124154572f4eb7a1d3ec6501efac0a:qINc1nN4wWsxoSrLatxPiQOS2llljO8cZXypXW2o3ygSHyYnHw==','none','[]','2026-12-02 20:05:42.492846','2026-12-02 20:05:42.492846','shuniu.reception.person.recorded.v1');
INSERT INTO "objects" VALUES('reception','visit-demo-1','visit',2,NULL,'none','["education"]','2026-12-02 20:05:42.516084','2026-12-02 20:05:42.644092','shuniu.reception.visit.arrived.v1');
INSERT INTO "objects" VALUES('reception','person-0c0df248d1214abe9782df45e3983b35','person',1,'enc:v1:person-0c0df248d1214abe9782df45e3983b35:0W8k3pDUo0KaHrTbWthSUrs17rM+s1lhi9nx6JeJ/jSzJDEXUw==','none','[]','2026-12-02 20:05:42.550933','2026-12-02 20:05:42.550933','shuniu.reception.person.recorded.v1');
INSERT INTO "objects" VALUES('reception','visit-demo-2','visit',3,NULL,'none','["finance"]','2026-12-02 20:05:42.568399','2026-12-02 20:05:42.694060','shuniu.reception.visit.left.v1');
INSERT INTO "objects" VALUES('reception','person-9fe0e0428814456ca064ff8488a7b831','person',1,'enc:v1:person-9fe0e0428814456ca064ff8488a7b831:G2jQSqm/hMcwSkLOcVUCWnanfDXv6NiIRrsKFOpeboWTAQbDZw==','none','[]','2026-12-02 20:05:42.613344','2026-12-02 20:05:42.613344','shuniu.reception.person.recorded.v1');
INSERT INTO "objects" VALUES('reception','visit-demo-3','visit',1,NULL,'none','["union"]','2026-12-02 20:05:42.624872','2026-12-02 20:05:42.624872','shuniu.reception.visit.appointed.v1');
INSERT INTO "objects" VALUES('reception','person-f0225704c13f4b738a4682f16eff7c9d','person',1,'enc:v1:person-f0225704c13f4b738a4682f16eff7c9d:PaNJEE5kT98nUCo+/VaA3Nn40a07MOAvf/PCbPg8frhfMApI8g==','none','[]','2026-12-02 20:05:42.708924','2026-12-02 20:05:42.708924','shuniu.reception.person.recorded.v1');
INSERT INTO "objects" VALUES('reception','visit-demo-4','visit',1,NULL,'none','["office.affairs"]','2026-12-02 20:05:42.716681','2026-12-02 20:05:42.716681','shuniu.reception.visit.arrived.v1');
INSERT INTO "objects" VALUES('reception','person-4ac9578e0d1c4cd9ab2065878b5a77ae','person',1,'enc:v1:person-4ac9578e0d1c4cd9ab2065878b5a77ae:roYqILNeX6r+Paj/NPYF5YHc03Wf8oM+2OZexqTtLITo5fuBJQ==','none','[]','2026-12-02 20:05:42.728080','2026-12-02 20:05:42.728080','shuniu.reception.person.recorded.v1');
INSERT INTO "objects" VALUES('reception','petition-demo-1','petition',1,'信访〔2026〕1号','none','[]','2026-12-02 20:05:42.744108','2026-12-02 20:05:42.744108','shuniu.reception.petition.registered.v1');
INSERT INTO "objects" VALUES('reception','person-b942459f65dd4ace94d1a3ae0ff71df0','person',1,'enc:v1:person-b942459f65dd4ace94d1a3ae0ff71df0:DU5gSjKRstWOBclDYOueR0uHCD0X0Rn926363f40C7eMtVfyzg==','none','[]','2026-12-02 20:05:42.773994','2026-12-02 20:05:42.773994','shuniu.reception.person.recorded.v1');
INSERT INTO "objects" VALUES('reception','petition-demo-2','petition',5,'信访〔2026〕2号','none','["education"]','2026-12-02 20:05:42.798374','2026-12-02 20:05:44.688449','shuniu.reception.petition.supervision_opened.v1');
INSERT INTO "objects" VALUES('reception','person-d58aceeb4c324313bbeffdadf0da1162','person',1,'enc:v1:person-d58aceeb4c324313bbeffdadf0da1162:l9Ulje+xlsh8mxGR0oc4lpsesxOwK0Tu2zdKKX/G302c9ySo9A==','none','[]','2026-12-02 20:05:42.993201','2026-12-02 20:05:42.993201','shuniu.reception.person.recorded.v1');
INSERT INTO "objects" VALUES('reception','petition-demo-3','petition',6,'信访〔2026〕3号','none','["agriculture"]','2026-12-02 20:05:43.005788','2026-12-02 20:05:44.699782','shuniu.reception.petition.supervision_opened.v1');
INSERT INTO "objects" VALUES('reception','person-97adae2d44b243e9bb8c409fc3c6ed0f','person',1,'enc:v1:person-97adae2d44b243e9bb8c409fc3c6ed0f:X+NQhUleHe0QnIONo6oEphFleTYvuqA4TMs4qs1p2+DWF3qPsg==','none','[]','2026-12-02 20:05:43.156232','2026-12-02 20:05:43.156232','shuniu.reception.person.recorded.v1');
INSERT INTO "objects" VALUES('reception','petition-demo-4','petition',3,'信访〔2026〕4号','none','[]','2026-12-02 20:05:43.171121','2026-12-02 20:05:43.548874','shuniu.reception.petition.clock_overdue.v1');
INSERT INTO "objects" VALUES('reception','person-a723185fee634fa5a05d89e0191b8215','person',1,'enc:v1:person-a723185fee634fa5a05d89e0191b8215:HvhIW3fTe7fXgDAUZBbqBvObp9qPLjaKwO7AlzKapnGGUuCxSQ==','none','[]','2026-12-02 20:05:43.196355','2026-12-02 20:05:43.196355','shuniu.reception.person.recorded.v1');
INSERT INTO "objects" VALUES('reception','petition-demo-5','petition',6,'信访〔2026〕5号','none','["finance"]','2026-12-02 20:05:43.220856','2026-12-02 20:05:43.334834','shuniu.reception.petition.replied.v1');
INSERT INTO "objects" VALUES('reception','person-be37f1ee75c14a3f86ed8f198acec845','person',1,'enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:9htL2rL4ezK7w7+Pfgfh00mE7tD7hCdUmJ/EVjlUwCNul1ZDtA==','none','[]','2026-12-02 20:05:43.355446','2026-12-02 20:05:43.355446','shuniu.reception.person.recorded.v1');
INSERT INTO "objects" VALUES('reception','petition-demo-6','petition',7,'信访〔2026〕6号','none','["agriculture"]','2026-12-02 20:05:43.368189','2026-12-02 20:05:43.420889','shuniu.reception.petition.review_requested.v1');
INSERT INTO "objects" VALUES('reception','vehicle-demo-1','vehicle',1,NULL,'none','[]','2026-12-02 20:05:43.426930','2026-12-02 20:05:43.426930','shuniu.reception.vehicle.registered.v1');
INSERT INTO "objects" VALUES('reception','vehicle-demo-2','vehicle',1,NULL,'none','[]','2026-12-02 20:05:43.430018','2026-12-02 20:05:43.430018','shuniu.reception.vehicle.registered.v1');
INSERT INTO "objects" VALUES('reception','vehicle-demo-3','vehicle',1,NULL,'none','[]','2026-12-02 20:05:43.432609','2026-12-02 20:05:43.432609','shuniu.reception.vehicle.registered.v1');
INSERT INTO "objects" VALUES('reception','trip-demo-1','trip',1,'市财政局','none','[]','2026-12-02 20:05:43.434569','2026-12-02 20:05:43.434569','shuniu.reception.trip.requested.v1');
INSERT INTO "objects" VALUES('reception','trip-demo-2','trip',3,'省城扶贫工作会','none','[]','2026-12-02 20:05:43.437398','2026-12-02 20:05:43.446883','shuniu.reception.trip.dispatched.v1');
INSERT INTO "objects" VALUES('reception','trip-demo-3','trip',4,'行署会议','none','[]','2026-12-02 20:05:43.449102','2026-12-02 20:05:43.459766','shuniu.reception.trip.returned.v1');
INSERT INTO "objects" VALUES('reception','seal-demo-gov','seal',1,'F县人民政府印','none','[]','2026-12-02 20:05:43.463105','2026-12-02 20:05:43.463105','shuniu.reception.seal.registered.v1');
INSERT INTO "objects" VALUES('reception','seal-demo-office','seal',1,'F县人民政府办公室印','none','[]','2026-12-02 20:05:43.465555','2026-12-02 20:05:43.465555','shuniu.reception.seal.registered.v1');
INSERT INTO "objects" VALUES('reception','sealreq-demo-1','seal_request',1,'F政办函〔2026〕21号','none','[]','2026-12-02 20:05:43.468469','2026-12-02 20:05:43.468469','shuniu.reception.seal_request.requested.v1');
INSERT INTO "objects" VALUES('reception','sealreq-demo-2','seal_request',2,'F政发〔2026〕8号','none','[]','2026-12-02 20:05:43.472731','2026-12-02 20:05:43.480901','shuniu.reception.seal_request.approved.v1');
INSERT INTO "objects" VALUES('reception','sealreq-demo-3','seal_request',3,'介绍信','none','[]','2026-12-02 20:05:43.478073','2026-12-02 20:05:43.486934','shuniu.reception.seal_request.used.v1');
INSERT INTO "objects" VALUES('supervision','petition:petition-demo-2:education','task',1,'信访件 信访〔2026〕2号：反映学校违规收取补课费，请核查处理','none','["education"]','2026-12-02 20:05:44.606088','2026-12-02 20:05:44.606088','shuniu.supervision.task.opened.v1');
INSERT INTO "objects" VALUES('supervision','petition:petition-demo-3:agriculture','task',2,'信访件 信访〔2026〕3号：反映农田灌溉渠损毁，请组织修复','none','["agriculture"]','2026-12-02 20:05:44.610787','2026-12-02 20:05:45.152985','shuniu.supervision.task.deadline_approaching.v1');
INSERT INTO "objects" VALUES('supervision','petition:petition-demo-5:finance','task',1,'信访件 信访〔2026〕5号：反映道路施工扰民，请协调施工时间','none','["finance"]','2026-12-02 20:05:44.615282','2026-12-02 20:05:44.615282','shuniu.supervision.task.opened.v1');
INSERT INTO "objects" VALUES('supervision','petition:petition-demo-6:agriculture','task',3,'信访件 信访〔2026〕6号：反映征地补偿标准不一致，请核实','none','["agriculture"]','2026-12-02 20:05:44.619678','2026-12-02 20:05:45.127384','shuniu.supervision.task.overdue.v1');
CREATE TABLE outbox (
	position INTEGER NOT NULL, 
	PRIMARY KEY (position), 
	FOREIGN KEY(position) REFERENCES events (position)
);
CREATE TABLE petitions (
	stream_id VARCHAR(200) NOT NULL, 
	case_number VARCHAR(100) NOT NULL, 
	stage VARCHAR(40) NOT NULL, 
	department VARCHAR(100), 
	clock VARCHAR(40), 
	due_on VARCHAR(10), 
	received_on VARCHAR(10) NOT NULL, 
	PRIMARY KEY (stream_id)
);
INSERT INTO "petitions" VALUES('petition-demo-1','信访〔2026〕1号','registered',NULL,'routing','2026-12-18','2026-12-03');
INSERT INTO "petitions" VALUES('petition-demo-2','信访〔2026〕2号','accepted','education','handling','2027-01-12','2026-11-08');
INSERT INTO "petitions" VALUES('petition-demo-3','信访〔2026〕3号','accepted','agriculture','handling','2026-12-05','2026-10-04');
INSERT INTO "petitions" VALUES('petition-demo-4','信访〔2026〕4号','registered',NULL,'routing','2026-11-28','2026-11-13');
INSERT INTO "petitions" VALUES('petition-demo-5','信访〔2026〕5号','replied','finance','review_request','2026-12-28','2026-10-14');
INSERT INTO "petitions" VALUES('petition-demo-6','信访〔2026〕6号','under_review','agriculture','review_decision','2026-12-28','2026-09-14');
CREATE TABLE processed_events (
	consumer_group VARCHAR(200) NOT NULL, 
	event_id VARCHAR(36) NOT NULL, 
	outcome VARCHAR(20) NOT NULL, 
	processed_at DATETIME DEFAULT CURRENT_TIMESTAMP NOT NULL, 
	PRIMARY KEY (consumer_group, event_id)
);
INSERT INTO "processed_events" VALUES('projection.read-models','7292bbdf-c4f1-4fe0-840e-1ef5692a885b','applied','2026-12-02 20:05:39.245377');
INSERT INTO "processed_events" VALUES('projection.read-models','3ca6d406-8491-4687-b088-92baa9cb8638','applied','2026-12-02 20:05:39.245377');
INSERT INTO "processed_events" VALUES('projection.read-models','6edc66fc-1c1a-40b5-8b17-9263cce780d9','applied','2026-12-02 20:05:39.321783');
INSERT INTO "processed_events" VALUES('projection.read-models','9814a262-7b06-469e-a5a3-32646bb2869a','applied','2026-12-02 20:05:39.321783');
INSERT INTO "processed_events" VALUES('projection.read-models','4ca4c8ee-266d-40f3-89a5-2fd8b88a070b','applied','2026-12-02 20:05:39.321783');
INSERT INTO "processed_events" VALUES('projection.read-models','cef9715d-ac34-48eb-98d0-a39534943438','applied','2026-12-02 20:05:39.321783');
INSERT INTO "processed_events" VALUES('projection.read-models','81c9671a-9c6c-4e15-8eea-9e6fe91b53eb','applied','2026-12-02 20:05:39.321783');
INSERT INTO "processed_events" VALUES('projection.read-models','ed30f72e-b73a-4d45-9b3a-2f472a7823dd','applied','2026-12-02 20:05:39.321783');
INSERT INTO "processed_events" VALUES('projection.read-models','b57e43ee-bc08-4673-89a9-c65475832eb8','applied','2026-12-02 20:05:39.321783');
INSERT INTO "processed_events" VALUES('projection.read-models','0838bf7f-3cf1-48c1-b807-575e50b6ae56','applied','2026-12-02 20:05:39.321783');
INSERT INTO "processed_events" VALUES('projection.read-models','de19f2f1-5ffb-4242-bb75-f34a63f42c3c','applied','2026-12-02 20:05:40.061842');
INSERT INTO "processed_events" VALUES('projection.read-models','ce93baa7-f117-410b-8807-f840a685d1e1','applied','2026-12-02 20:05:40.061842');
INSERT INTO "processed_events" VALUES('projection.read-models','2c03b6dc-bc6c-490a-8470-727f68ed5fb4','applied','2026-12-02 20:05:40.158557');
INSERT INTO "processed_events" VALUES('projection.read-models','b49b3f57-131b-419d-a220-b192f12a3fac','applied','2026-12-02 20:05:40.158557');
INSERT INTO "processed_events" VALUES('projection.read-models','81f8d16a-1943-4edf-9b2d-8160f97e2750','applied','2026-12-02 20:05:40.158557');
INSERT INTO "processed_events" VALUES('projection.read-models','234612e9-9ec4-41ca-a96c-df95c3a6f221','applied','2026-12-02 20:05:40.158557');
INSERT INTO "processed_events" VALUES('projection.read-models','faa97b33-1e67-49a0-b043-3fab0753c95e','applied','2026-12-02 20:05:40.158557');
INSERT INTO "processed_events" VALUES('projection.read-models','d2dafd26-8131-41ef-8175-6e18824905e1','applied','2026-12-02 20:05:40.158557');
INSERT INTO "processed_events" VALUES('projection.read-models','c2fa939f-dbe7-4cb4-b8b8-e1317de01fab','applied','2026-12-02 20:05:40.158557');
INSERT INTO "processed_events" VALUES('projection.read-models','fff34ab1-5be0-4a76-96a2-b41d1c2d9f88','applied','2026-12-02 20:05:40.158557');
INSERT INTO "processed_events" VALUES('projection.read-models','5a31ceda-5a41-4a03-b361-0828c129ae47','applied','2026-12-02 20:05:40.158557');
INSERT INTO "processed_events" VALUES('projection.read-models','4606c958-d65d-41ce-99c3-a172bc7cbd8f','applied','2026-12-02 20:05:40.158557');
INSERT INTO "processed_events" VALUES('projection.read-models','1432b584-dc56-4ec0-bc37-a3881fa350fc','applied','2026-12-02 20:05:40.158557');
INSERT INTO "processed_events" VALUES('projection.read-models','7ec6659b-f3c4-4cb7-b8a3-b4cfeba5bead','applied','2026-12-02 20:05:40.158557');
INSERT INTO "processed_events" VALUES('projection.read-models','b6b905b5-3710-4f32-859b-020e376b3cf9','applied','2026-12-02 20:05:40.158557');
INSERT INTO "processed_events" VALUES('projection.read-models','add362f5-80d3-4882-ae01-ee5018177907','applied','2026-12-02 20:05:40.285385');
INSERT INTO "processed_events" VALUES('projection.read-models','13469bdc-45d7-415d-aa74-51ec4eecea8c','applied','2026-12-02 20:05:40.285385');
INSERT INTO "processed_events" VALUES('projection.read-models','bf5c38e3-9d86-408c-89bc-7d9a54eb7b33','applied','2026-12-02 20:05:40.285385');
INSERT INTO "processed_events" VALUES('projection.read-models','4068298e-1b2e-457f-bc13-ea9f96dc1b05','applied','2026-12-02 20:05:40.285385');
INSERT INTO "processed_events" VALUES('projection.read-models','91ce6ad1-84a3-4fc4-8b19-346f583a65fc','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','b0277cd4-cef7-42f6-a628-d5b02bc3709f','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','1b82c4cd-ac97-487f-a384-e3e918c59394','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','f1e099c1-5e0d-4646-8be2-83a2bf23e1b7','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','11cf98c9-5f5d-451a-9c73-99f73447f1de','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','52c911d2-394e-46bd-b1f6-2e2d53517225','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','54819308-35d2-4872-8535-d792e09ca114','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','c03c4891-28f2-4455-86a8-ecaa530cc9a6','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','eabf3037-04a7-4d34-a07c-bfabc0b47fbf','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','448995ed-a498-4fe9-b59a-4d841bcea76d','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','e4a5a7de-5e6e-4625-8545-bf778f72f7fc','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','d1430fd7-3592-4608-ba73-1a51bf348f47','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','87ac75cd-3b07-4e63-8fff-68aa36487395','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','57e1168b-d25a-4f7e-b36b-93037c337a92','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','3d8a5bd1-8836-4f38-8bc3-9603ef5989e1','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','b62f79b4-fcd4-4d58-9c02-845d94ee6077','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','972a9f24-4d15-43bb-b503-1c0c45ed29f0','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','83934cf7-0269-4750-ad0a-cad836210f05','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','b7d437c4-3465-4c5c-9741-d8e0b0689e57','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','abe84a14-ae9a-4ebe-9f50-05cb7804b8f0','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','1d916ea1-9ad7-4020-91eb-a9d09e1ac9f3','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','9e4a6d75-82fc-4211-a6e3-92b761ed310b','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','227c351d-e804-4a4a-89a8-2e76a02bd904','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','6fcba59a-542e-4b42-92b0-8b21e921ba32','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','cd859d90-cea2-4155-9251-50b5b7927c17','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','4e28434a-012b-419c-836b-68072ea5318b','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','13fae1fe-abe0-4cd4-91c1-22ddbb6625e1','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','252da358-d9a6-4004-8e2b-e451b70f86b2','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','0d0ea81b-30fc-4907-94ae-2d417f055192','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','a14adf59-fa6d-4481-9989-513ba07685ee','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','c01753c7-309c-4bad-aa51-8cb66a2106b0','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','27213a60-54ee-4c87-bedd-0b3d765f4f7b','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','8f49f9d9-27a6-4d52-a929-075fc035937f','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','56003dfb-50a7-4671-a1e4-c4c1d63318f9','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','8d198161-300b-443c-994d-192047a890c8','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','a7df928e-c4f1-4a46-a4cc-dd990d9e068e','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','4fd6769a-3580-4c29-8faf-45265a397ec4','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','8ee36d19-0497-4f7b-b421-4840333d9c5a','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','3f2897c6-8459-4371-b4c9-abc2ba54c9c0','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','17eb40d8-56a8-4c18-bbb3-db7d277668e7','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','9db4e168-a3fd-45b1-b3f1-aa4ba3035fee','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','2e41cf3a-86b2-4862-af7d-58e78680ac27','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','2580652a-1dd8-4d62-b4a3-062e58e59fa2','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','81e83770-47d1-4a33-92c9-12353407542f','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','0048faf9-baa1-4127-b4cd-a26306e510a8','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','fb6f49ee-a749-4414-b826-fbdecb552f5f','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','a2f6652a-3b2c-4d5d-b439-a58dfcf8a81f','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','0f972496-3e45-4f9c-9abc-cb0c739c4d65','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','891d6c22-582c-419a-be7b-506a72e46c5b','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','a90f9852-8193-461e-8e56-2a8b2bf01d09','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','b5ad4ca6-8245-439e-8d46-e18b7775fe32','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','6385408a-5f9c-4ded-b67d-0c10909d01c4','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','966a8ad1-87dc-47b4-b7e6-f0e00455c1c5','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','347a073c-4427-42e2-8237-940539a522bd','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','7f704184-dee4-4106-96ca-2b5af5d9c2f1','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','3b5a183b-04fc-4ce7-9ebd-f992f1e936b2','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','b16c8e47-ff89-4bed-840c-3d14c4c6acbc','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','11b62b20-5be7-45c2-a27c-1bec55ddb59e','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','6abd69e1-8240-44f8-b9ba-64b64a9fa632','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','051a1f53-3ea3-4127-b869-b67c8ae375a4','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','38aba394-a273-45aa-b6e1-61055321cddb','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','172b20e2-b4f7-47c1-abfa-426b1fd7bbab','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','c13e260a-8ef2-4a18-a0a3-a8869c94db9b','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','a1b7df29-5c93-4fb3-a209-28199c9f3105','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','e5611f63-a6ac-4125-898b-736e9468fcf1','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','93d29b35-7c67-40b6-8043-881ed197c00a','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','f1959ca3-d357-4af2-a96f-eb007f04cc45','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','28c7de61-94f9-4da7-8787-f71049126233','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','a3464d60-9104-415e-903e-b6ef1a09fc4b','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','1e043bde-bb09-470c-a75b-9b296e1e207f','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','9e88afdc-2e6f-49e9-8dad-ac2d5cc71e65','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','a51c9280-1a93-404e-9e30-83c9133ae792','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','25708bc2-3459-4765-957e-f084b95d0695','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','92239113-2d53-4c89-9a62-98caac3e06e2','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','fd5a81df-6eeb-44f1-927a-91ef78ffafb9','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','9c0206ba-c96e-47f5-9b6b-8d6d8ea2a4ec','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','a3267902-ec87-4bb7-84d7-1bc3090f29f2','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','c4b021ab-46fa-4a42-bd0e-cb8627f14e09','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','20fecfab-c488-4da0-83ee-42e17b1c6360','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','c4b1630b-bcc3-464b-8809-25006db13902','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','38bddbc1-7d59-4142-87c1-52ba1ec8b658','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','cdf70616-9111-42c8-88d4-911b046c07ee','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','eeda582a-a342-452c-951c-05187cf82df4','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','0278ba4e-593a-4c89-a5ba-e02b0edde12c','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','b3d416a0-ded9-42e7-8dbf-df1fcdfa68c3','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','8a758a3c-2003-4ef7-917e-f5c7e3c7db92','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','4e461210-3820-452f-ad6b-0e66b4b3fc4a','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','9c102839-5c2e-4c3f-bc6f-8746a17aefba','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','b3279553-f0b3-4a96-8b52-5b2e18eb224c','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','fec63a84-58ab-4bf3-ab05-0568e30160ff','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','1bd56609-bd96-456e-8039-dbdb82c5ada7','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','f59435f1-ea78-4376-a35c-c7dccec8368f','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','b1b474c8-8b7a-440d-a767-407972b829f0','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','b7aac5f8-a10c-4455-81a5-a66e13c9eea3','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','241940b8-f912-4b77-9d11-c17f19154a42','applied','2026-12-02 20:05:40.408136');
INSERT INTO "processed_events" VALUES('projection.read-models','aa74a365-7236-4fad-9204-5036f6230013','applied','2026-12-02 20:05:41.584304');
INSERT INTO "processed_events" VALUES('projection.read-models','3454307d-b68c-4798-a4d4-7062b6c4dea5','applied','2026-12-02 20:05:41.584304');
INSERT INTO "processed_events" VALUES('projection.read-models','9557dc84-cc10-43aa-91bb-6d27be0ccf33','applied','2026-12-02 20:05:41.584304');
INSERT INTO "processed_events" VALUES('projection.read-models','32e30864-0763-48f8-a7b3-8ac358146cd1','applied','2026-12-02 20:05:41.584304');
INSERT INTO "processed_events" VALUES('projection.read-models','5d46b3cc-c899-4997-859c-f119e72eddce','applied','2026-12-02 20:05:41.652947');
INSERT INTO "processed_events" VALUES('projection.read-models','ed04ddb1-8727-4674-bb99-bb16a0937a27','applied','2026-12-02 20:05:41.652947');
INSERT INTO "processed_events" VALUES('projection.read-models','54ef8306-7aea-49d0-bfce-191aa098bb97','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','eef8e8f6-f33b-498a-9981-0247b7951b71','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','6b8dff7d-2776-4d4b-af0e-fc061b51c0ea','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','fbdb35a4-6ae8-42f4-af60-385c32f312d3','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','e706287d-b130-4791-8607-f57d548a4a4e','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','658e6371-c32f-40d2-b360-9b61c4c0e1eb','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','078ed64f-1c4d-43d9-a684-51567c297ed9','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','024b2258-c39b-40d2-91a3-eb4dea731d61','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','80355c37-3b7c-44fe-bfbb-97ec79099e69','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','c764b63a-c90b-4fec-9941-8948fc0ffdf2','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','1e6d1f2b-c2c9-4ad5-9961-2b9e0b4383a9','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','8130d4b8-2f78-4de9-ac0c-127acc76b61a','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','6a240e59-cfac-420d-a858-866ba763f20f','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','58439219-d3f8-4fb7-b7e6-b96caa60dcb5','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','0ff07b87-3ebb-4e1f-a47b-1477925f6f8d','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','37b75f20-7e81-4baf-bb79-ef883003ee81','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','13321d28-9175-4c45-8699-6e1c7b07c920','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','4526ffc0-adf6-40ac-b2a1-521444465beb','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','553c8f6a-7d96-40de-86b3-8038de954ee6','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','3d347653-6861-488b-8bd1-c014ac1e677d','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','800ff29f-50ae-4b42-9c38-d45a99fd1a18','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','baaf8f3b-a6e9-4251-816b-db20a1f2b494','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','45264958-940f-4336-b3f4-51e79b582147','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','bb606982-cdd1-40be-88d0-37a878ac2fd5','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','3a27abe9-6fa8-4c4e-812e-c22fd7b65390','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','730308c4-94e7-4638-9906-48c95150ec75','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','76f7cf85-3948-497b-984a-aea71fb32a23','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','c6ff6603-d08d-4d53-936d-c55c44d594ae','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','ecf8a889-1e1f-4e79-b57f-4c4cc4d1bee7','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','8fd473a9-ff6a-4524-ae79-96c77ca47024','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','d3269071-ec19-4d2d-b3c0-1580796b1e00','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','85c0dce0-ee85-455d-8bd8-717ea7799f71','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','d4645648-439c-47f6-a4de-3a7c984c243d','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','e91cabe2-3d7b-4924-bac2-d783bddbecf9','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','cf53a95e-ffa6-4e81-960f-6eed7f457932','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','7c11358c-45f3-4e90-9044-8d7dd1564493','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','f6d74b9a-a712-4208-80c0-3a4fcca4ccf7','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','e6b6160e-e401-4485-afc2-c57de0fb25aa','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','74204fcf-98ef-4cb4-99aa-5f781ad74e82','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','605cf3c4-d941-4889-8902-a8aac1d41428','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','34b420be-8563-4c1d-8573-71482fdec914','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','72152b06-f2b5-45be-a81b-d4d5f5bf8f5d','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','8812b8d1-3c67-4cb8-8605-5f8b6bfac38f','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','d768b88d-c85c-48c7-80ff-b4431bb972a2','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','aec32aa5-05ce-4a5f-99e0-f57aef45ecbc','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','37098667-bf66-4f3d-bf36-f23a1747024a','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','762c6a7b-7799-49e8-a9de-89860e3fd194','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','912493e4-5fb3-4be6-af54-7529c039a6c0','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','945c7f5e-0ac0-4bd6-94b9-6b34fca91288','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','e8fd97e1-0f15-40dc-b08e-639d52fe4ee7','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','e57ab7fd-78df-4850-b272-3f2297b91caf','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','0ca4ba3b-df83-4380-9999-811dcb96bdd9','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','02f7bb64-294d-4b70-9734-588c817fbfaf','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','9ae4d59b-bea9-438c-84ac-392a63abf7f0','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','738fbaab-4919-4121-9dea-0ae5c61b4e7c','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','46bf9bdd-d272-486c-9d6f-a85a3db97213','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','4f6a5bf4-1d3b-4dd2-9a29-f19a281e994c','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','5509f6c5-e5ee-47eb-810b-0c1fcf684d2e','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','dc62ff24-7398-428b-96a3-6926d002c3de','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','a4492fe2-3c88-4bc9-870c-9b334c48d6ca','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','7503499e-88f7-45ba-a65d-3786ddc370e1','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','8343943c-0ed1-44af-b03e-c1eeca9abb55','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','cf6355c3-a851-4a75-9c40-226f64d20aaa','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','1622a760-3662-43ce-a30c-2e5b29a3ca7c','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','eb87befe-638e-4470-97db-a1fe62318126','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','b99ba7bb-08da-4978-aa89-68a07cc77594','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','18b65f5e-6cec-4981-a832-e165e92a3908','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','0b50686c-069c-4b54-a3a5-6a5e82cab417','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','76bcd3e7-4d85-4cda-b1dd-c742c1121b22','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','eb81a734-1501-4a0b-ada2-17e5bfc12547','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','60cc535f-21ff-43ff-95c7-b7e846f5b8a9','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','9c08c035-e7a8-4d5f-9666-10781798bb38','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','5da1eaa8-0729-466f-b129-f08a78a62e66','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','93de9073-091b-47b9-a581-f10ab8bbeef6','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','38b7538b-e6e9-47cd-ab6a-d59bbf60b9ea','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','ba60019f-6964-41f0-8cc6-67adae68a3ee','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','a788e9d4-a6ee-452e-a187-cf75e296c341','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','36d7bc30-364c-40d6-984e-5c21ad840eca','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','98fa07c4-909c-4dfb-87c0-eb74779a4169','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','00dd49a5-7567-4c00-af0d-bbbc99ede5cd','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','a03ebcb8-e16c-4f52-98a4-a6bda3fa0640','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','8539a0f4-9aae-4a29-bda1-450abc337d35','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','f4d535f2-7002-4554-b219-14f8821aa29b','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','24323f5d-cd9f-431f-9435-91272eb0149a','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','e199dc1f-f05a-47ab-bbab-df91900a6fc9','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','c0b8adf4-0c17-49f2-b02f-21ae0b739411','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','6cc825db-39ef-4c94-b0ef-e4086b793819','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','36996d61-3aef-4797-ac21-cbd11e258621','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','1beaf5a3-a8f3-4170-ae05-a042ae5f1a05','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','cbb28bbe-272e-434a-a596-cc5e0aa99b7c','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','94ed1094-75db-4958-aca7-848e69a66ba8','applied','2026-12-02 20:05:41.720019');
INSERT INTO "processed_events" VALUES('projection.read-models','0b369fb3-5b0b-4ef9-9e48-ffcf2e36e1dd','applied','2026-12-02 20:05:42.330354');
INSERT INTO "processed_events" VALUES('projection.read-models','07870ce4-9721-4f91-b3ac-00794b105def','applied','2026-12-02 20:05:42.330354');
INSERT INTO "processed_events" VALUES('projection.read-models','2f30d407-6937-4e22-b6b4-2670b090e25a','applied','2026-12-02 20:05:42.330354');
INSERT INTO "processed_events" VALUES('projection.read-models','bfc21193-c17e-41b4-b41d-a96db52ba0c0','applied','2026-12-02 20:05:42.330354');
INSERT INTO "processed_events" VALUES('projection.read-models','2d82a29b-e901-48bf-b3ca-57514ac4b81d','applied','2026-12-02 20:05:42.330354');
INSERT INTO "processed_events" VALUES('projection.read-models','54360741-ae09-41eb-9421-a2b047d38467','applied','2026-12-02 20:05:42.330354');
INSERT INTO "processed_events" VALUES('projection.read-models','e5fd0687-1911-41b5-9a08-67ce6680021e','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','12cb5557-831e-42af-8307-21171b9e5987','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','638fb9b0-126b-40d3-acb6-fdd789b44d16','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','f76cee9d-f6c0-47e1-9ab8-c23ebc1cdc1c','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','2621be02-5875-4fed-9dcf-d1cee6685566','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','867a0977-3f7b-49b3-8a6b-619b7fae833e','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','fd432825-0829-461f-bc64-06976968c212','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','2c913f92-fdbb-4130-98f6-2b77720b4855','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','a76db4a1-513c-4198-a42a-636d277f7706','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','a2c7ba81-158e-48d7-ba13-33898b81dfc5','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','e200e584-93b3-4d93-a7ce-260806c92d43','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','a0c1e9e2-aea5-4650-980a-af783f4816c8','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','471a3cdb-f093-40d4-b88b-27199dbb78b7','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','73a706bc-0071-42ae-b38c-921d26884fe7','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','0b26b5c4-7edc-4df1-a18a-ce50b0f41351','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','10424a64-7eb8-4e4e-92d4-fd750f966998','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','d661c2a3-4f12-4917-acb0-bc1f7528c773','applied','2026-12-02 20:05:42.615911');
INSERT INTO "processed_events" VALUES('projection.read-models','51669f79-b0db-494b-883a-27c60f933f93','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','bf2bb664-b601-460c-8793-ffe503848719','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','1f7f7fc4-7d3f-494c-9635-637c0117e692','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','91816c8a-6217-440b-b7c2-61eb991b6342','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','072f173a-ccc7-4b88-9fa5-b649fb535b70','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','50f7be82-8116-46ee-b125-18b455c5cf2a','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','55e1cea5-7714-4e4e-9474-161f3e66619f','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','568de394-6426-435a-a11d-8f1392c37b81','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','f32661a0-6480-4da4-9b3c-198a7d3c2fba','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','7d7468a3-e3fd-425f-948a-9baf95bbe3c1','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','cce94767-485f-4190-a48f-5002bc8e8182','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','07246a02-39a2-444c-b415-9642a153d0d2','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','d312ae46-a8e2-492d-8dfb-882e0f70676d','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','37575180-5da5-4409-ac93-5749b119c52f','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','953f8262-d971-476e-91b0-daf9dc07f7ca','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','0e89ec3b-eda0-42f5-873a-d5bf3cc6585b','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','953589ec-c2f8-44b4-8560-cc3f334ab875','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','743e637e-0a60-4521-9884-69eecf3ba684','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','80b380e1-333c-4a9f-be65-66966e403798','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','085defff-77c7-4ab3-8592-193c9dbb0c4f','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','746dea43-7a22-40bd-a965-a7797c29273a','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','67a40f98-abce-4e20-9df1-cee32faf72b2','applied','2026-12-02 20:05:42.748544');
INSERT INTO "processed_events" VALUES('projection.read-models','39f78dd5-96e4-4171-b1ee-bff49693b598','applied','2026-12-02 20:05:43.145243');
INSERT INTO "processed_events" VALUES('projection.read-models','c918b156-1c98-471f-b8d4-c0b78a3b34df','applied','2026-12-02 20:05:43.145243');
INSERT INTO "processed_events" VALUES('projection.read-models','be1b07b5-d975-45f2-aa41-61305f24288f','applied','2026-12-02 20:05:43.145243');
INSERT INTO "processed_events" VALUES('projection.read-models','a3bb20b7-7eec-4d99-ad47-f199a9d17126','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','0f77ed48-72dd-461f-baaf-df6bd3222884','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','6e979bc3-2239-4e0d-8de7-024dcb868412','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','bbb85ffe-5375-42c6-9c44-cd3ad976262a','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','417cfa86-6673-4cfd-9718-ad707db1bf4e','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','eb24ccbe-1713-48ba-9cc6-98fc0dd4ad71','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','14348648-b26e-4748-86c0-b89340171b10','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','72c89489-0753-4566-bd0b-cf1306308a0a','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','c9acca9c-8995-448c-81a8-0e035a8490a9','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','252329e7-98e0-48fa-934e-9aa9016ecfcc','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','089a1bf6-846a-4708-a6a6-9d4186cb9437','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','3e1e5a01-e795-4084-8513-d5c4fa1f107d','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','472d7c03-45e9-48a3-a58a-20a938e2356c','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','75631a91-63aa-4fc0-9926-b2f422654c96','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','12d5c505-7593-4bd4-8053-461d6b2c896d','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','794df6c3-975b-4aea-9196-d8156ed99397','applied','2026-12-02 20:05:43.221127');
INSERT INTO "processed_events" VALUES('projection.read-models','9e31b320-2d4e-4d9f-bb8b-04915d1933f2','applied','2026-12-02 20:05:43.374943');
INSERT INTO "processed_events" VALUES('projection.read-models','3fae9b0b-d9f0-461c-bdf6-3e129d053088','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','d1c51f4c-afc7-4cd1-98c5-6e021c1f5240','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','09974f6f-edb2-4f54-9652-cb3fb34c3b54','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','a58ed06a-e295-4598-832f-5f5e2a49a7c0','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','e3524776-d135-4981-9bf3-3fb852f987e4','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','2c5c8f05-eaca-4214-87d1-59c30c2c21ce','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','1df67296-b84d-404e-8380-9e2037fc844f','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','da0e9aff-d98f-4970-8f7c-027e1c9d616d','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','d6f1ac77-4aae-4fa2-be82-f05009ce5b41','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','136d1b6d-1de1-4ece-ba8f-da07909b9cd1','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','c7a2d9ff-4e6b-41d3-85ab-e75bf8abc894','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','f206b721-2b2f-4b3e-84bc-fb879d5f4aeb','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','4c5b47d9-2b05-4981-94d5-ed94166f99b3','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','c19ab437-11e9-4270-881b-fc5e401a487e','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','23f104bc-09b4-4153-920b-4a9580cb3514','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','9cf8a6a9-fff7-4cca-9146-5759bc8e49c8','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','af0071f2-20db-43ef-bc65-a23eeb92014b','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','1fd0cfdf-b61e-49a9-9dd7-2c89a9c58a83','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','3ef386d7-f8c9-4760-9f07-217d742ccae3','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','15e014f2-8074-492f-b49f-a4095c6941a6','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','c9bfe8de-7b1a-44e9-9faa-1b73b580f555','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','4361b054-6b07-45b3-87cd-45ecde8c5227','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','22026e28-5f72-47c3-b3c3-5646e70b4fec','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','deabb451-d1bc-45f2-95e5-ed75f4ce2e96','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','f2135e8c-51d3-4c51-bbd8-b0677f1101a1','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','99a1a418-4ceb-43e8-8a12-5eff7acea6c4','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','ae0fbe8d-23d7-4e0d-8d97-a58d40c19f93','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','069db30a-d860-49bb-9354-d54e725c03ba','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','9ddc57e7-4b29-49ff-bc66-bfac037b8a0d','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','3d2e9253-434b-4ca0-98e6-05d7058602df','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','78bc7a86-b0a1-4b38-8a71-4750df75567a','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','4c0bac45-5dda-4d92-b76a-85b5cc59b44e','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','5329c1ba-4fe3-4a6b-9029-c60d86e1934a','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','aac2c1a6-4182-439f-a035-f9d5ccbb22a6','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','4ae09f54-8436-4913-bd4b-388491ba517a','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','5e86090e-8b93-4ba9-be65-635e05be2daf','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','a0c181e4-2277-4b5f-9636-a96a3ffaed3c','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','04abaad4-d5a0-4040-866e-0fbc9409a6b3','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','28c3eb24-cc2c-40ff-bce8-4572b3bdbc4e','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','8c0081e1-d1ad-409b-90a4-f7c0fd8ba5bf','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','93d05029-b10f-48c7-9d12-1776730f4544','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','c4d09dd5-7722-41cf-91a7-fcfa74f53975','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','48977612-6701-4935-a1d6-41b728bb932c','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','8bac30c4-5c34-474d-9a5c-dc308f25bb05','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','d8fa2366-4a29-4218-abe9-71d5fa15e0c9','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','a0f29dad-2ac2-4c2d-b5c7-121fe46baf6d','applied','2026-12-02 20:05:44.098859');
INSERT INTO "processed_events" VALUES('projection.read-models','329f81ac-2066-45e1-8d04-ab12b73a4e7a','applied','2026-12-02 20:05:44.702067');
INSERT INTO "processed_events" VALUES('projection.read-models','004054ed-b401-48d5-b76b-44a576821609','applied','2026-12-02 20:05:44.702067');
INSERT INTO "processed_events" VALUES('projection.read-models','7460c3ae-0022-411b-91ca-8c179f076ce9','applied','2026-12-02 20:05:44.702067');
INSERT INTO "processed_events" VALUES('projection.read-models','dafacb1f-49fe-4ee6-a2c1-e2bbc8fae84b','applied','2026-12-02 20:05:44.702067');
INSERT INTO "processed_events" VALUES('projection.read-models','f6fa30a6-008a-4495-90ce-1e1b1ad7f7fe','applied','2026-12-02 20:05:44.786007');
INSERT INTO "processed_events" VALUES('projection.read-models','77bb5090-bc28-4c02-8882-89db2ee903ce','applied','2026-12-02 20:05:44.786007');
INSERT INTO "processed_events" VALUES('projection.read-models','574cd7b6-6855-409e-b638-0dc060a5b8f6','applied','2026-12-02 20:05:45.166460');
INSERT INTO "processed_events" VALUES('projection.read-models','cb1a844d-30bb-4f35-871a-c58718bdaf85','applied','2026-12-02 20:05:45.471540');
INSERT INTO "processed_events" VALUES('projection.read-models','928ad5c0-492d-4cf1-b9f8-4488a8306179','applied','2026-12-02 20:05:45.471540');
CREATE TABLE schema_migrations (
	id VARCHAR(200) NOT NULL, 
	applied_at DATETIME DEFAULT CURRENT_TIMESTAMP, 
	PRIMARY KEY (id)
);
INSERT INTO "schema_migrations" VALUES('0001_event_store_outbox_inbox','2026-12-02 20:05:39');
INSERT INTO "schema_migrations" VALUES('projection_0001_timeline_objects','2026-12-02 20:05:39');
INSERT INTO "schema_migrations" VALUES('projection_0002_document_counts','2026-12-02 20:05:39');
CREATE TABLE tasks (
	stream_id VARCHAR(200) NOT NULL, 
	title VARCHAR(500) NOT NULL, 
	source_kind VARCHAR(40) NOT NULL, 
	lead_department VARCHAR(100) NOT NULL, 
	deadline VARCHAR(10) NOT NULL, 
	status VARCHAR(20) NOT NULL, 
	opened_on VARCHAR(10) NOT NULL, 
	closed_on VARCHAR(10), 
	on_time VARCHAR(5), 
	escalations INTEGER NOT NULL, 
	classification VARCHAR(10) NOT NULL, 
	PRIMARY KEY (stream_id)
);
INSERT INTO "tasks" VALUES('instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture','关于切实做好春耕备耕工作的紧急通知','document_instruction','agriculture','2026-12-10','open','2026-12-03',NULL,NULL,0,'none');
INSERT INTO "tasks" VALUES('instruction:in-78c5038a44134f7c:2026-12-03:finance','关于下达2026年度财政专项资金的通知','document_instruction','finance','2026-12-17','open','2026-12-03',NULL,NULL,0,'none');
INSERT INTO "tasks" VALUES('resolution:mtg-b07c39b9318f:r1','落实农业生产资金，按期拨付到位','meeting_resolution','finance','2026-12-14','open','2026-11-24',NULL,NULL,0,'none');
INSERT INTO "tasks" VALUES('resolution:mtg-b07c39b9318f:r2','开展校园安全专项检查并报送结果','meeting_resolution','education','2026-12-24','open','2026-11-24',NULL,NULL,0,'none');
INSERT INTO "tasks" VALUES('resolution:mtg-0f48e599dd1f:r1','编制老旧小区改造资金使用计划','meeting_resolution','finance','2026-12-17','open','2026-12-02',NULL,NULL,0,'none');
INSERT INTO "tasks" VALUES('adhoc:54ea566a924b','落实工会会员服务阵地建设','ad_hoc','union','2027-01-02','acknowledged','2026-11-26',NULL,NULL,0,'none');
INSERT INTO "tasks" VALUES('adhoc:ecc1e9fd4cc2','全县中小学食堂食品安全检查','ad_hoc','education','2026-12-07','acknowledged','2026-11-23',NULL,NULL,0,'none');
INSERT INTO "tasks" VALUES('adhoc:9a061b230596','困难职工帮扶资金拨付','ad_hoc','finance','2026-11-28','acknowledged','2026-11-08',NULL,NULL,1,'none');
INSERT INTO "tasks" VALUES('adhoc:531645b36244','报送上半年预算执行情况','ad_hoc','finance','2026-11-23','closed','2026-11-03','2026-11-22','yes',0,'none');
INSERT INTO "tasks" VALUES('adhoc:c07d7639215c','办公楼消防设施维修','ad_hoc','office.affairs','2026-11-13','closed','2026-10-24','2026-11-19','no',0,'none');
INSERT INTO "tasks" VALUES('adhoc:4838b806954b','春耕化肥储备情况摸底','ad_hoc','agriculture','2026-12-23','open','2026-12-03',NULL,NULL,0,'none');
INSERT INTO "tasks" VALUES('adhoc:269158eeb05d','校车安全隐患排查整治','ad_hoc','education','2026-12-09','acknowledged','2026-11-28',NULL,NULL,0,'none');
INSERT INTO "tasks" VALUES('adhoc:af585dcc5886','职工疗休养基地改建','ad_hoc','union','2026-12-18','infeasible','2026-11-21',NULL,NULL,1,'none');
INSERT INTO "tasks" VALUES('petition:petition-demo-2:education','信访件 信访〔2026〕2号：反映学校违规收取补课费，请核查处理','petition','education','2027-01-12','open','2026-12-03',NULL,NULL,0,'none');
INSERT INTO "tasks" VALUES('petition:petition-demo-3:agriculture','信访件 信访〔2026〕3号：反映农田灌溉渠损毁，请组织修复','petition','agriculture','2026-12-05','open','2026-12-03',NULL,NULL,0,'none');
INSERT INTO "tasks" VALUES('petition:petition-demo-5:finance','信访件 信访〔2026〕5号：反映道路施工扰民，请协调施工时间','petition','finance','2026-12-18','open','2026-12-03',NULL,NULL,0,'none');
INSERT INTO "tasks" VALUES('petition:petition-demo-6:agriculture','信访件 信访〔2026〕6号：反映征地补偿标准不一致，请核实','petition','agriculture','2026-11-18','open','2026-12-03',NULL,NULL,1,'none');
CREATE TABLE timeline (
	event_id VARCHAR(64) NOT NULL, 
	service VARCHAR(40) NOT NULL, 
	aggregate VARCHAR(60) NOT NULL, 
	type VARCHAR(200) NOT NULL, 
	stream_id VARCHAR(200) NOT NULL, 
	version INTEGER NOT NULL, 
	time DATETIME NOT NULL, 
	actor VARCHAR(100), 
	correlation_id VARCHAR(64), 
	causation_id VARCHAR(64), 
	data JSON NOT NULL, 
	PRIMARY KEY (event_id)
);
INSERT INTO "timeline" VALUES('7292bbdf-c4f1-4fe0-840e-1ef5692a885b','documents','incoming','shuniu.documents.incoming.received.v1','in-0f4173825cac4c97',1,'2026-12-02 20:05:39.132945','shen',NULL,NULL,'{"sender": "市安全生产委员会办公室", "sender_number": "市政办发〔2026〕18号", "title": "关于开展2026年度安全生产大检查的通知", "doc_type": "通知", "classification": "none", "secrecy_period": null, "urgency": "加急", "copies": 2, "received_at": "2026-12-02T20:05:39.132876Z", "received_by": "shen"}');
INSERT INTO "timeline" VALUES('3ca6d406-8491-4687-b088-92baa9cb8638','documents','incoming','shuniu.documents.incoming.received.v1','in-e582ed9766284770',1,'2026-12-02 20:05:39.147642','shen',NULL,NULL,'{"sender": "市发展和改革委员会", "sender_number": "市政办发〔2026〕18号", "title": "关于报送第一季度经济运行情况的函", "doc_type": "函", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.147579Z", "received_by": "shen"}');
INSERT INTO "timeline" VALUES('6edc66fc-1c1a-40b5-8b17-9263cce780d9','documents','incoming','shuniu.documents.incoming.registered.v1','in-e582ed9766284770',2,'2026-12-02 20:05:39.189582','shen',NULL,NULL,'{"receipt_number": "县府办收〔2026〕1号", "code": "县府办收", "year": 2026, "sequence": 1, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('9814a262-7b06-469e-a5a3-32646bb2869a','documents','incoming','shuniu.documents.incoming.received.v1','in-3c1ae19b965a414d',1,'2026-12-02 20:05:39.195246','shen',NULL,NULL,'{"sender": "县自然资源局", "sender_number": "市政办发〔2026〕18号", "title": "关于某企业用地审批事项的请示", "doc_type": "请示", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.195205Z", "received_by": "shen"}');
INSERT INTO "timeline" VALUES('4ca4c8ee-266d-40f3-89a5-2fd8b88a070b','documents','incoming','shuniu.documents.incoming.registered.v1','in-3c1ae19b965a414d',2,'2026-12-02 20:05:39.214954','shen',NULL,NULL,'{"receipt_number": "县府办收〔2026〕2号", "code": "县府办收", "year": 2026, "sequence": 2, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('cef9715d-ac34-48eb-98d0-a39534943438','documents','incoming','shuniu.documents.incoming.returned.v1','in-3c1ae19b965a414d',3,'2026-12-02 20:05:39.225858','shen',NULL,NULL,'{"reason": "请示应由县自然资源局按程序报县政府，不应以收文形式送办公室", "reviewed_by": "shen"}');
INSERT INTO "timeline" VALUES('81c9671a-9c6c-4e15-8eea-9e6fe91b53eb','documents','incoming','shuniu.documents.incoming.received.v1','in-d4a3279445c7407f',1,'2026-12-02 20:05:39.231432','shen',NULL,NULL,'{"sender": "市应急管理局", "sender_number": "市政办发〔2026〕18号", "title": "关于做好冬春季森林防火工作的通知", "doc_type": "通知", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.231382Z", "received_by": "shen"}');
INSERT INTO "timeline" VALUES('ed30f72e-b73a-4d45-9b3a-2f472a7823dd','documents','incoming','shuniu.documents.incoming.registered.v1','in-d4a3279445c7407f',2,'2026-12-02 20:05:39.238575','shen',NULL,NULL,'{"receipt_number": "县府办收〔2026〕3号", "code": "县府办收", "year": 2026, "sequence": 3, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('b57e43ee-bc08-4673-89a9-c65475832eb8','documents','incoming','shuniu.documents.incoming.accepted.v1','in-d4a3279445c7407f',3,'2026-12-02 20:05:39.250965','li',NULL,NULL,'{"handling": "批办件", "reviewed_by": "li", "note": ""}');
INSERT INTO "timeline" VALUES('0838bf7f-3cf1-48c1-b807-575e50b6ae56','documents','incoming','shuniu.documents.incoming.received.v1','in-bc3785d14bc64659',1,'2026-12-02 20:05:39.259373','shen',NULL,NULL,'{"sender": "市人民政府办公室", "sender_number": "市政办发〔2026〕18号", "title": "市政府第12次常务会议纪要", "doc_type": "纪要", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.259312Z", "received_by": "shen"}');
INSERT INTO "timeline" VALUES('de19f2f1-5ffb-4242-bb75-f34a63f42c3c','meetings','room','shuniu.meetings.room.registered.v1','room-changwu',1,'2026-12-02 20:05:40.004652','wu',NULL,NULL,'{"name": "常务会议室", "building": "县政府大楼", "capacity": 40, "equipment": ["视频会议", "投影仪", "录音"]}');
INSERT INTO "timeline" VALUES('ce93baa7-f117-410b-8807-f840a685d1e1','meetings','room','shuniu.meetings.room.registered.v1','room-first',1,'2026-12-02 20:05:40.013408','wu',NULL,NULL,'{"name": "第一会议室", "building": "县政府大楼", "capacity": 30, "equipment": ["投影仪"]}');
INSERT INTO "timeline" VALUES('2c03b6dc-bc6c-490a-8470-727f68ed5fb4','meetings','room','shuniu.meetings.room.registered.v1','room-second',1,'2026-12-02 20:05:40.017806','wu',NULL,NULL,'{"name": "第二会议室", "building": "县政府大楼", "capacity": 20, "equipment": ["投影仪"]}');
INSERT INTO "timeline" VALUES('b49b3f57-131b-419d-a220-b192f12a3fac','meetings','room','shuniu.meetings.room.registered.v1','room-party',1,'2026-12-02 20:05:40.029481','wu',NULL,NULL,'{"name": "党组会议室", "building": "县政府大楼", "capacity": 15, "equipment": ["录音"]}');
INSERT INTO "timeline" VALUES('81f8d16a-1943-4edf-9b2d-8160f97e2750','meetings','meeting','shuniu.meetings.meeting.scheduled.v1','mtg-b07c39b9318f',1,'2026-12-02 20:05:40.051746','shen',NULL,NULL,'{"title": "县政府第11次常务会议", "kind": "常务会", "organiser": "shen", "organiser_department": "office", "chair": "luo", "chair_department": "gov", "starts_at": "2026-11-24T01:00:00Z", "ends_at": "2026-11-24T03:30:00Z", "classification": "none", "series_id": null}');
INSERT INTO "timeline" VALUES('234612e9-9ec4-41ca-a96c-df95c3a6f221','meetings','meeting','shuniu.meetings.meeting.room_booked.v1','mtg-b07c39b9318f',2,'2026-12-02 20:05:40.054381','shen',NULL,NULL,'{"room_id": "room-changwu", "room_name": "常务会议室", "room_capacity": 40, "starts_at": "2026-11-24T01:00:00Z", "ends_at": "2026-11-24T03:30:00Z"}');
INSERT INTO "timeline" VALUES('faa97b33-1e67-49a0-b043-3fab0753c95e','meetings','meeting','shuniu.meetings.meeting.agenda_item_added.v1','mtg-b07c39b9318f',3,'2026-12-02 20:05:40.080795','shen',NULL,NULL,'{"item_id": "item-1", "title": "关于农业生产资金安排的汇报", "presenter": "chen", "presenter_department": "finance", "materials": ["关于农业生产资金安排的汇报.docx"]}');
INSERT INTO "timeline" VALUES('d2dafd26-8131-41ef-8175-6e18824905e1','meetings','meeting','shuniu.meetings.meeting.agenda_item_added.v1','mtg-b07c39b9318f',4,'2026-12-02 20:05:40.091545','shen',NULL,NULL,'{"item_id": "item-2", "title": "关于校园安全工作的汇报", "presenter": "zhao", "presenter_department": "education", "materials": ["关于校园安全工作的汇报.docx"]}');
INSERT INTO "timeline" VALUES('c2fa939f-dbe7-4cb4-b8b8-e1317de01fab','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-b07c39b9318f',5,'2026-12-02 20:05:40.099465','shen',NULL,NULL,'{"person": "fang", "department": "gov", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('fff34ab1-5be0-4a76-96a2-b41d1c2d9f88','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-b07c39b9318f',6,'2026-12-02 20:05:40.099465','shen',NULL,NULL,'{"person": "chen", "department": "finance", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('5a31ceda-5a41-4a03-b361-0828c129ae47','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-b07c39b9318f',7,'2026-12-02 20:05:40.099465','shen',NULL,NULL,'{"person": "zhao", "department": "education", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('4606c958-d65d-41ce-99c3-a172bc7cbd8f','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-b07c39b9318f',8,'2026-12-02 20:05:40.099465','shen',NULL,NULL,'{"person": "wang", "department": "petitions", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('1432b584-dc56-4ec0-bc37-a3881fa350fc','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-b07c39b9318f',9,'2026-12-02 20:05:40.099465','shen',NULL,NULL,'{"person": "sun", "department": "union", "capacity": "列席"}');
INSERT INTO "timeline" VALUES('7ec6659b-f3c4-4cb7-b8a3-b4cfeba5bead','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-b07c39b9318f',10,'2026-12-02 20:05:40.099465','shen',NULL,NULL,'{"person": "feng", "department": "office", "capacity": "列席"}');
INSERT INTO "timeline" VALUES('b6b905b5-3710-4f32-859b-020e376b3cf9','meetings','meeting','shuniu.meetings.meeting.notice_issued.v1','mtg-b07c39b9318f',11,'2026-12-02 20:05:40.107878','shen',NULL,NULL,'{"issued_by": "shen", "starts_at": "2026-11-24T01:00:00Z", "ends_at": "2026-11-24T03:30:00Z", "room_id": "room-changwu", "notified_people": ["chen", "fang", "feng", "luo", "sun", "wang", "zhao"], "notified_departments": []}');
INSERT INTO "timeline" VALUES('add362f5-80d3-4882-ae01-ee5018177907','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-b07c39b9318f',12,'2026-12-02 20:05:40.115679','fang',NULL,NULL,'{"person": "fang", "department": "gov", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('13469bdc-45d7-415d-aa74-51ec4eecea8c','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-b07c39b9318f',13,'2026-12-02 20:05:40.138190','chen',NULL,NULL,'{"person": "chen", "department": "finance", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('bf5c38e3-9d86-408c-89bc-7d9a54eb7b33','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-b07c39b9318f',14,'2026-12-02 20:05:40.155719','zhao',NULL,NULL,'{"person": "zhao", "department": "education", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('4068298e-1b2e-457f-bc13-ea9f96dc1b05','meetings','meeting','shuniu.meetings.meeting.leave_requested.v1','mtg-b07c39b9318f',15,'2026-12-02 20:05:40.188190','wang',NULL,NULL,'{"person": "wang", "department": "petitions", "reason": "赴市信访局参加联席会议", "substitute": null, "organiser": "shen", "organiser_department": "office", "chair": "luo", "meeting_title": "县政府第11次常务会议", "starts_at": "2026-11-24T01:00:00Z"}');
INSERT INTO "timeline" VALUES('91ce6ad1-84a3-4fc4-8b19-346f583a65fc','documents','incoming','shuniu.documents.incoming.registered.v1','in-bc3785d14bc64659',2,'2026-12-02 20:05:39.270185','shen',NULL,NULL,'{"receipt_number": "县府办收〔2026〕4号", "code": "县府办收", "year": 2026, "sequence": 4, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('b0277cd4-cef7-42f6-a628-d5b02bc3709f','documents','incoming','shuniu.documents.incoming.accepted.v1','in-bc3785d14bc64659',3,'2026-12-02 20:05:39.284999','li',NULL,NULL,'{"handling": "阅知件", "reviewed_by": "li", "note": ""}');
INSERT INTO "timeline" VALUES('1b82c4cd-ac97-487f-a384-e3e918c59394','documents','incoming','shuniu.documents.incoming.circulation_started.v1','in-bc3785d14bc64659',4,'2026-12-02 20:05:39.298874','shen',NULL,NULL,'{"round": 1, "readers": ["luo", "fang", "chen", "sun"], "departments": ["finance", "gov", "union"], "started_at": "2026-12-02T20:05:39.298819Z", "due_at": "2026-12-07T09:30:00Z", "started_by": "shen"}');
INSERT INTO "timeline" VALUES('f1e099c1-5e0d-4646-8be2-83a2bf23e1b7','documents','incoming','shuniu.documents.incoming.read.v1','in-bc3785d14bc64659',5,'2026-12-02 20:05:39.315231','luo',NULL,NULL,'{"round": 1, "reader": "luo", "read_at": "2026-12-02T20:05:39.315206Z"}');
INSERT INTO "timeline" VALUES('11cf98c9-5f5d-451a-9c73-99f73447f1de','documents','incoming','shuniu.documents.incoming.read.v1','in-bc3785d14bc64659',6,'2026-12-02 20:05:39.337034','chen',NULL,NULL,'{"round": 1, "reader": "chen", "read_at": "2026-12-02T20:05:39.337015Z"}');
INSERT INTO "timeline" VALUES('52c911d2-394e-46bd-b1f6-2e2d53517225','documents','incoming','shuniu.documents.incoming.received.v1','in-08cb035c61fc48e0',1,'2026-12-02 20:05:39.347806','shen',NULL,NULL,'{"sender": "市教育局", "sender_number": "市政办发〔2026〕18号", "title": "关于开展中小学校舍安全排查的通知", "doc_type": "通知", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.347750Z", "received_by": "shen"}');
INSERT INTO "timeline" VALUES('54819308-35d2-4872-8535-d792e09ca114','documents','incoming','shuniu.documents.incoming.registered.v1','in-08cb035c61fc48e0',2,'2026-12-02 20:05:39.357188','shen',NULL,NULL,'{"receipt_number": "县府办收〔2026〕5号", "code": "县府办收", "year": 2026, "sequence": 5, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('c03c4891-28f2-4455-86a8-ecaa530cc9a6','documents','incoming','shuniu.documents.incoming.accepted.v1','in-08cb035c61fc48e0',3,'2026-12-02 20:05:39.362436','li',NULL,NULL,'{"handling": "批办件", "reviewed_by": "li", "note": ""}');
INSERT INTO "timeline" VALUES('eabf3037-04a7-4d34-a07c-bfabc0b47fbf','documents','incoming','shuniu.documents.incoming.proposed.v1','in-08cb035c61fc48e0',4,'2026-12-02 20:05:39.369077','feng',NULL,NULL,'{"opinion": "拟请方副县长阅示，县教育局牵头办理", "proposed_by": "feng"}');
INSERT INTO "timeline" VALUES('448995ed-a498-4fe9-b59a-4d841bcea76d','documents','incoming','shuniu.documents.incoming.received.v1','in-f5f968d0b6fa4179',1,'2026-12-02 20:05:39.376083','shen',NULL,NULL,'{"sender": "市农业农村局", "sender_number": "市政办发〔2026〕18号", "title": "关于切实做好春耕备耕工作的紧急通知", "doc_type": "通知", "classification": "none", "secrecy_period": null, "urgency": "特急", "copies": 2, "received_at": "2026-12-02T20:05:39.376040Z", "received_by": "shen"}');
INSERT INTO "timeline" VALUES('e4a5a7de-5e6e-4625-8545-bf778f72f7fc','documents','incoming','shuniu.documents.incoming.registered.v1','in-f5f968d0b6fa4179',2,'2026-12-02 20:05:39.387075','shen',NULL,NULL,'{"receipt_number": "县府办收〔2026〕6号", "code": "县府办收", "year": 2026, "sequence": 6, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('d1430fd7-3592-4608-ba73-1a51bf348f47','documents','incoming','shuniu.documents.incoming.accepted.v1','in-f5f968d0b6fa4179',3,'2026-12-02 20:05:39.395683','li',NULL,NULL,'{"handling": "批办件", "reviewed_by": "li", "note": ""}');
INSERT INTO "timeline" VALUES('87ac75cd-3b07-4e63-8fff-68aa36487395','documents','incoming','shuniu.documents.incoming.proposed.v1','in-f5f968d0b6fa4179',4,'2026-12-02 20:05:39.416197','feng',NULL,NULL,'{"opinion": "拟请领导阅示，由县农业农村局牵头办理", "proposed_by": "feng"}');
INSERT INTO "timeline" VALUES('57e1168b-d25a-4f7e-b36b-93037c337a92','documents','incoming','shuniu.documents.incoming.instructed.v1','in-f5f968d0b6fa4179',5,'2026-12-02 20:05:39.421652','fang',NULL,NULL,'{"document_id": "in-f5f968d0b6fa4179", "receipt_number": "县府办收〔2026〕6号", "title": "关于切实做好春耕备耕工作的紧急通知", "classification": "none", "urgency": "特急", "instruction": "请牵头抓好落实，按时报告办理结果。", "leader": "fang", "lead_department": "agriculture", "co_departments": ["finance"], "deadline": "2026-12-10", "instructed_on": "2026-12-03"}');
INSERT INTO "timeline" VALUES('3d8a5bd1-8836-4f38-8bc3-9603ef5989e1','documents','incoming','shuniu.documents.incoming.urged.v1','in-f5f968d0b6fa4179',6,'2026-12-02 20:05:39.442399','li',NULL,NULL,'{"note": "请农业农村局于周五前报送春耕物资储备情况", "automatic": false, "lead_department": "agriculture", "deadline": "2026-12-10", "urged_by": "li"}');
INSERT INTO "timeline" VALUES('b62f79b4-fcd4-4d58-9c02-845d94ee6077','documents','incoming','shuniu.documents.incoming.received.v1','in-78c5038a44134f7c',1,'2026-12-02 20:05:39.460090','shen',NULL,NULL,'{"sender": "市财政局", "sender_number": "市政办发〔2026〕18号", "title": "关于下达2026年度财政专项资金的通知", "doc_type": "通知", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.460035Z", "received_by": "shen"}');
INSERT INTO "timeline" VALUES('972a9f24-4d15-43bb-b503-1c0c45ed29f0','documents','incoming','shuniu.documents.incoming.registered.v1','in-78c5038a44134f7c',2,'2026-12-02 20:05:39.483000','shen',NULL,NULL,'{"receipt_number": "县府办收〔2026〕7号", "code": "县府办收", "year": 2026, "sequence": 7, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('83934cf7-0269-4750-ad0a-cad836210f05','documents','incoming','shuniu.documents.incoming.accepted.v1','in-78c5038a44134f7c',3,'2026-12-02 20:05:39.497581','li',NULL,NULL,'{"handling": "批办件", "reviewed_by": "li", "note": ""}');
INSERT INTO "timeline" VALUES('b7d437c4-3465-4c5c-9741-d8e0b0689e57','documents','incoming','shuniu.documents.incoming.proposed.v1','in-78c5038a44134f7c',4,'2026-12-02 20:05:39.503885','feng',NULL,NULL,'{"opinion": "拟请领导阅示，由县财政局牵头办理", "proposed_by": "feng"}');
INSERT INTO "timeline" VALUES('abe84a14-ae9a-4ebe-9f50-05cb7804b8f0','documents','incoming','shuniu.documents.incoming.instructed.v1','in-78c5038a44134f7c',5,'2026-12-02 20:05:39.515078','luo',NULL,NULL,'{"document_id": "in-78c5038a44134f7c", "receipt_number": "县府办收〔2026〕7号", "title": "关于下达2026年度财政专项资金的通知", "classification": "none", "urgency": null, "instruction": "请牵头抓好落实，按时报告办理结果。", "leader": "luo", "lead_department": "finance", "co_departments": [], "deadline": "2026-12-17", "instructed_on": "2026-12-03"}');
INSERT INTO "timeline" VALUES('1d916ea1-9ad7-4020-91eb-a9d09e1ac9f3','documents','incoming','shuniu.documents.incoming.replied.v1','in-78c5038a44134f7c',6,'2026-12-02 20:05:39.537211','chen',NULL,NULL,'{"department": "finance", "reply": "专项资金已全额拨付，明细见附件。", "replied_by": "chen"}');
INSERT INTO "timeline" VALUES('9e4a6d75-82fc-4211-a6e3-92b761ed310b','documents','incoming','shuniu.documents.incoming.received.v1','in-e8330eba6a1c4d15',1,'2026-12-02 20:05:39.548615','shen',NULL,NULL,'{"sender": "市人民政府办公室", "sender_number": "市政办发〔2026〕18号", "title": "关于做好元旦春节期间值班工作的通知", "doc_type": "通知", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.548539Z", "received_by": "shen"}');
INSERT INTO "timeline" VALUES('227c351d-e804-4a4a-89a8-2e76a02bd904','documents','incoming','shuniu.documents.incoming.registered.v1','in-e8330eba6a1c4d15',2,'2026-12-02 20:05:39.565890','shen',NULL,NULL,'{"receipt_number": "县府办收〔2026〕8号", "code": "县府办收", "year": 2026, "sequence": 8, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('6fcba59a-542e-4b42-92b0-8b21e921ba32','documents','incoming','shuniu.documents.incoming.accepted.v1','in-e8330eba6a1c4d15',3,'2026-12-02 20:05:39.570337','li',NULL,NULL,'{"handling": "阅知件", "reviewed_by": "li", "note": ""}');
INSERT INTO "timeline" VALUES('cd859d90-cea2-4155-9251-50b5b7927c17','documents','incoming','shuniu.documents.incoming.circulation_started.v1','in-e8330eba6a1c4d15',4,'2026-12-02 20:05:39.573916','li',NULL,NULL,'{"round": 1, "readers": ["fang", "sun"], "departments": ["gov", "union"], "started_at": "2026-12-02T20:05:39.573864Z", "due_at": "2026-12-07T09:30:00Z", "started_by": "li"}');
INSERT INTO "timeline" VALUES('4e28434a-012b-419c-836b-68072ea5318b','documents','incoming','shuniu.documents.incoming.read.v1','in-e8330eba6a1c4d15',5,'2026-12-02 20:05:39.579468','fang',NULL,NULL,'{"round": 1, "reader": "fang", "read_at": "2026-12-02T20:05:39.579447Z"}');
INSERT INTO "timeline" VALUES('13fae1fe-abe0-4cd4-91c1-22ddbb6625e1','documents','incoming','shuniu.documents.incoming.read.v1','in-e8330eba6a1c4d15',6,'2026-12-02 20:05:39.582766','sun',NULL,NULL,'{"round": 1, "reader": "sun", "read_at": "2026-12-02T20:05:39.582752Z"}');
INSERT INTO "timeline" VALUES('252da358-d9a6-4004-8e2b-e451b70f86b2','documents','incoming','shuniu.documents.incoming.closed.v1','in-e8330eba6a1c4d15',7,'2026-12-02 20:05:39.587104','shen',NULL,NULL,'{"closed_on": "2026-12-03", "closed_by": "shen", "note": "传阅完毕"}');
INSERT INTO "timeline" VALUES('0d0ea81b-30fc-4907-94ae-2d417f055192','documents','incoming','shuniu.documents.incoming.received.v1','in-333ba71128204656',1,'2026-12-02 20:05:39.589980','shen',NULL,NULL,'{"sender": "市人民政府办公室", "sender_number": "市政办发〔2026〕18号", "title": "关于2025年度工作目标考核结果的通报", "doc_type": "通报", "classification": "none", "secrecy_period": null, "urgency": null, "copies": 2, "received_at": "2026-12-02T20:05:39.589937Z", "received_by": "shen"}');
INSERT INTO "timeline" VALUES('a14adf59-fa6d-4481-9989-513ba07685ee','documents','incoming','shuniu.documents.incoming.registered.v1','in-333ba71128204656',2,'2026-12-02 20:05:39.619274','shen',NULL,NULL,'{"receipt_number": "县府办收〔2026〕9号", "code": "县府办收", "year": 2026, "sequence": 9, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('c01753c7-309c-4bad-aa51-8cb66a2106b0','documents','incoming','shuniu.documents.incoming.accepted.v1','in-333ba71128204656',3,'2026-12-02 20:05:39.623781','li',NULL,NULL,'{"handling": "阅知件", "reviewed_by": "li", "note": ""}');
INSERT INTO "timeline" VALUES('27213a60-54ee-4c87-bedd-0b3d765f4f7b','documents','incoming','shuniu.documents.incoming.circulation_started.v1','in-333ba71128204656',4,'2026-12-02 20:05:39.628112','li',NULL,NULL,'{"round": 1, "readers": ["fang", "sun"], "departments": ["gov", "union"], "started_at": "2026-12-02T20:05:39.628061Z", "due_at": "2026-12-07T09:30:00Z", "started_by": "li"}');
INSERT INTO "timeline" VALUES('8f49f9d9-27a6-4d52-a929-075fc035937f','documents','incoming','shuniu.documents.incoming.read.v1','in-333ba71128204656',5,'2026-12-02 20:05:39.634648','fang',NULL,NULL,'{"round": 1, "reader": "fang", "read_at": "2026-12-02T20:05:39.634625Z"}');
INSERT INTO "timeline" VALUES('56003dfb-50a7-4671-a1e4-c4c1d63318f9','documents','incoming','shuniu.documents.incoming.read.v1','in-333ba71128204656',6,'2026-12-02 20:05:39.640353','sun',NULL,NULL,'{"round": 1, "reader": "sun", "read_at": "2026-12-02T20:05:39.640335Z"}');
INSERT INTO "timeline" VALUES('8d198161-300b-443c-994d-192047a890c8','documents','incoming','shuniu.documents.incoming.closed.v1','in-333ba71128204656',7,'2026-12-02 20:05:39.648721','shen',NULL,NULL,'{"closed_on": "2026-12-03", "closed_by": "shen", "note": "传阅完毕"}');
INSERT INTO "timeline" VALUES('a7df928e-c4f1-4a46-a4cc-dd990d9e068e','documents','incoming','shuniu.documents.incoming.archived.v1','in-333ba71128204656',8,'2026-12-02 20:05:39.659367','shen',NULL,NULL,'{"retention": "定期30年", "archived_on": "2026-12-03", "archived_by": "shen"}');
INSERT INTO "timeline" VALUES('4fd6769a-3580-4c29-8faf-45265a397ec4','documents','outgoing','shuniu.documents.outgoing.drafted.v1','out-57685bf74cb14030',1,'2026-12-02 20:05:39.662855','chen',NULL,NULL,'{"title": "关于加强县级财政资金监管的通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}');
INSERT INTO "timeline" VALUES('8ee36d19-0497-4f7b-b421-4840333d9c5a','documents','outgoing','shuniu.documents.outgoing.drafted.v1','out-878aa9224c6442a0',1,'2026-12-02 20:05:39.666409','chen',NULL,NULL,'{"title": "关于调整机关食堂就餐补助的通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}');
INSERT INTO "timeline" VALUES('3f2897c6-8459-4371-b4c9-abc2ba54c9c0','documents','outgoing','shuniu.documents.outgoing.returned.v1','out-878aa9224c6442a0',2,'2026-12-02 20:05:39.670573','feng',NULL,NULL,'{"comments": "补助标准请与总工会核对后再报", "reviewed_by": "feng"}');
INSERT INTO "timeline" VALUES('17eb40d8-56a8-4c18-bbb3-db7d277668e7','documents','outgoing','shuniu.documents.outgoing.drafted.v1','out-c01799d7a4dc421d',1,'2026-12-02 20:05:39.674553','sun',NULL,NULL,'{"title": "关于开展职工健康体检的联合通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "union", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": ["finance"], "body": "各有关单位：……", "drafted_by": "sun"}');
INSERT INTO "timeline" VALUES('9db4e168-a3fd-45b1-b3f1-aa4ba3035fee','documents','outgoing','shuniu.documents.outgoing.reviewed.v1','out-c01799d7a4dc421d',2,'2026-12-02 20:05:39.681959','yang',NULL,NULL,'{"opinion": "同意，请财政局会签", "reviewed_by": "yang"}');
INSERT INTO "timeline" VALUES('2e41cf3a-86b2-4862-af7d-58e78680ac27','documents','outgoing','shuniu.documents.outgoing.drafted.v1','out-f4adcab98a814071',1,'2026-12-02 20:05:39.686090','chen',NULL,NULL,'{"title": "关于申请2026年防汛补助资金的请示", "doc_type": "请示", "direction": "上行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["市人民政府"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}');
INSERT INTO "timeline" VALUES('2580652a-1dd8-4d62-b4a3-062e58e59fa2','documents','outgoing','shuniu.documents.outgoing.reviewed.v1','out-f4adcab98a814071',2,'2026-12-02 20:05:39.692079','feng',NULL,NULL,'{"opinion": "同意，呈罗县长签发", "reviewed_by": "feng"}');
INSERT INTO "timeline" VALUES('81e83770-47d1-4a33-92c9-12353407542f','documents','outgoing','shuniu.documents.outgoing.drafted.v1','out-4e8e66174f9947b7',1,'2026-12-02 20:05:39.695693','chen',NULL,NULL,'{"title": "关于印发县政府2026年工作要点的通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}');
INSERT INTO "timeline" VALUES('0048faf9-baa1-4127-b4cd-a26306e510a8','documents','outgoing','shuniu.documents.outgoing.reviewed.v1','out-4e8e66174f9947b7',2,'2026-12-02 20:05:39.725533','feng',NULL,NULL,'{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO "timeline" VALUES('fb6f49ee-a749-4414-b826-fbdecb552f5f','documents','outgoing','shuniu.documents.outgoing.signed.v1','out-4e8e66174f9947b7',3,'2026-12-02 20:05:39.731504','luo',NULL,NULL,'{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}');
INSERT INTO "timeline" VALUES('a2f6652a-3b2c-4d5d-b439-a58dfcf8a81f','documents','outgoing','shuniu.documents.outgoing.drafted.v1','out-a5179ee33dd14bce',1,'2026-12-02 20:05:39.734885','chen',NULL,NULL,'{"title": "关于成立县乡村振兴工作领导小组的通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}');
INSERT INTO "timeline" VALUES('0f972496-3e45-4f9c-9abc-cb0c739c4d65','documents','outgoing','shuniu.documents.outgoing.reviewed.v1','out-a5179ee33dd14bce',2,'2026-12-02 20:05:39.740423','feng',NULL,NULL,'{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO "timeline" VALUES('891d6c22-582c-419a-be7b-506a72e46c5b','documents','outgoing','shuniu.documents.outgoing.signed.v1','out-a5179ee33dd14bce',3,'2026-12-02 20:05:39.745297','luo',NULL,NULL,'{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}');
INSERT INTO "timeline" VALUES('a90f9852-8193-461e-8e56-2a8b2bf01d09','documents','outgoing','shuniu.documents.outgoing.rechecked.v1','out-a5179ee33dd14bce',4,'2026-12-02 20:05:39.753153','shen',NULL,NULL,'{"rechecked_by": "shen", "note": "无实质性修改"}');
INSERT INTO "timeline" VALUES('b5ad4ca6-8245-439e-8d46-e18b7775fe32','documents','outgoing','shuniu.documents.outgoing.drafted.v1','out-ca7c705878214016',1,'2026-12-02 20:05:39.774105','chen',NULL,NULL,'{"title": "关于表彰2025年度先进集体的决定", "doc_type": "决定", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}');
INSERT INTO "timeline" VALUES('6385408a-5f9c-4ded-b67d-0c10909d01c4','documents','outgoing','shuniu.documents.outgoing.reviewed.v1','out-ca7c705878214016',2,'2026-12-02 20:05:39.781041','feng',NULL,NULL,'{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO "timeline" VALUES('966a8ad1-87dc-47b4-b7e6-f0e00455c1c5','documents','outgoing','shuniu.documents.outgoing.signed.v1','out-ca7c705878214016',3,'2026-12-02 20:05:39.786127','luo',NULL,NULL,'{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}');
INSERT INTO "timeline" VALUES('347a073c-4427-42e2-8237-940539a522bd','documents','outgoing','shuniu.documents.outgoing.rechecked.v1','out-ca7c705878214016',4,'2026-12-02 20:05:39.789502','shen',NULL,NULL,'{"rechecked_by": "shen", "note": "无实质性修改"}');
INSERT INTO "timeline" VALUES('7f704184-dee4-4106-96ca-2b5af5d9c2f1','documents','outgoing','shuniu.documents.outgoing.numbered.v1','out-ca7c705878214016',5,'2026-12-02 20:05:39.793727','shen',NULL,NULL,'{"number": "县府办发〔2026〕1号", "code": "县府办发", "year": 2026, "sequence": 1, "distribution": ["education", "agriculture", "finance"], "copies": 5, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('3b5a183b-04fc-4ce7-9ebd-f992f1e936b2','documents','outgoing','shuniu.documents.outgoing.number_voided.v1','out-ca7c705878214016',6,'2026-12-02 20:05:39.797635','shen',NULL,NULL,'{"number": "县府办发〔2026〕1号", "reason": "登记时误用了县府办发代字，应为县府发", "voided_by": "shen"}');
INSERT INTO "timeline" VALUES('b16c8e47-ff89-4bed-840c-3d14c4c6acbc','documents','outgoing','shuniu.documents.outgoing.numbered.v1','out-ca7c705878214016',7,'2026-12-02 20:05:39.818068','shen',NULL,NULL,'{"number": "县府发〔2026〕1号", "code": "县府发", "year": 2026, "sequence": 1, "distribution": ["education", "agriculture", "finance"], "copies": 5, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('11b62b20-5be7-45c2-a27c-1bec55ddb59e','documents','outgoing','shuniu.documents.outgoing.drafted.v1','out-487e1d2fcb8645de',1,'2026-12-02 20:05:39.825410','chen',NULL,NULL,'{"title": "关于做好2026年度保密工作的通知", "doc_type": "通知", "direction": "下行文", "classification": "秘密", "secrecy_period": "1年", "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}');
INSERT INTO "timeline" VALUES('6abd69e1-8240-44f8-b9ba-64b64a9fa632','documents','outgoing','shuniu.documents.outgoing.reviewed.v1','out-487e1d2fcb8645de',2,'2026-12-02 20:05:39.830908','feng',NULL,NULL,'{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO "timeline" VALUES('051a1f53-3ea3-4127-b869-b67c8ae375a4','documents','outgoing','shuniu.documents.outgoing.signed.v1','out-487e1d2fcb8645de',3,'2026-12-02 20:05:39.837770','luo',NULL,NULL,'{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}');
INSERT INTO "timeline" VALUES('38aba394-a273-45aa-b6e1-61055321cddb','documents','outgoing','shuniu.documents.outgoing.rechecked.v1','out-487e1d2fcb8645de',4,'2026-12-02 20:05:39.845918','shen',NULL,NULL,'{"rechecked_by": "shen", "note": "无实质性修改"}');
INSERT INTO "timeline" VALUES('172b20e2-b4f7-47c1-abfa-426b1fd7bbab','documents','outgoing','shuniu.documents.outgoing.numbered.v1','out-487e1d2fcb8645de',5,'2026-12-02 20:05:39.855210','shen',NULL,NULL,'{"number": "县府办发〔2026〕2号", "code": "县府办发", "year": 2026, "sequence": 2, "distribution": ["education", "agriculture", "finance"], "copies": 5, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('c13e260a-8ef2-4a18-a0a3-a8869c94db9b','documents','outgoing','shuniu.documents.outgoing.printed.v1','out-487e1d2fcb8645de',6,'2026-12-02 20:05:39.859808','shen',NULL,NULL,'{"copies": 5, "copy_numbers": ["000001", "000002", "000003", "000004", "000005"], "printed_on": "2026-12-03", "printed_by": "shen"}');
INSERT INTO "timeline" VALUES('a1b7df29-5c93-4fb3-a209-28199c9f3105','documents','outgoing','shuniu.documents.outgoing.drafted.v1','out-8b1dcd6ae3784183',1,'2026-12-02 20:05:39.862008','chen',NULL,NULL,'{"title": "关于公布县政府部门权责清单的通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}');
INSERT INTO "timeline" VALUES('e5611f63-a6ac-4125-898b-736e9468fcf1','documents','outgoing','shuniu.documents.outgoing.reviewed.v1','out-8b1dcd6ae3784183',2,'2026-12-02 20:05:39.869724','feng',NULL,NULL,'{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO "timeline" VALUES('93d29b35-7c67-40b6-8043-881ed197c00a','documents','outgoing','shuniu.documents.outgoing.signed.v1','out-8b1dcd6ae3784183',3,'2026-12-02 20:05:39.873474','luo',NULL,NULL,'{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}');
INSERT INTO "timeline" VALUES('f1959ca3-d357-4af2-a96f-eb007f04cc45','documents','outgoing','shuniu.documents.outgoing.rechecked.v1','out-8b1dcd6ae3784183',4,'2026-12-02 20:05:39.880372','shen',NULL,NULL,'{"rechecked_by": "shen", "note": "无实质性修改"}');
INSERT INTO "timeline" VALUES('28c7de61-94f9-4da7-8787-f71049126233','documents','outgoing','shuniu.documents.outgoing.numbered.v1','out-8b1dcd6ae3784183',5,'2026-12-02 20:05:39.884498','shen',NULL,NULL,'{"number": "县府办发〔2026〕3号", "code": "县府办发", "year": 2026, "sequence": 3, "distribution": ["education", "agriculture", "finance"], "copies": 5, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('a3464d60-9104-415e-903e-b6ef1a09fc4b','documents','outgoing','shuniu.documents.outgoing.printed.v1','out-8b1dcd6ae3784183',6,'2026-12-02 20:05:39.891418','shen',NULL,NULL,'{"copies": 5, "copy_numbers": [], "printed_on": "2026-12-03", "printed_by": "shen"}');
INSERT INTO "timeline" VALUES('1e043bde-bb09-470c-a75b-9b296e1e207f','documents','outgoing','shuniu.documents.outgoing.dispatched.v1','out-8b1dcd6ae3784183',7,'2026-12-02 20:05:39.894604','shen',NULL,NULL,'{"recipient": "education", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}');
INSERT INTO "timeline" VALUES('9e88afdc-2e6f-49e9-8dad-ac2d5cc71e65','documents','outgoing','shuniu.documents.outgoing.dispatched.v1','out-8b1dcd6ae3784183',8,'2026-12-02 20:05:39.894604','shen',NULL,NULL,'{"recipient": "agriculture", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}');
INSERT INTO "timeline" VALUES('a51c9280-1a93-404e-9e30-83c9133ae792','documents','outgoing','shuniu.documents.outgoing.dispatched.v1','out-8b1dcd6ae3784183',9,'2026-12-02 20:05:39.894604','shen',NULL,NULL,'{"recipient": "finance", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}');
INSERT INTO "timeline" VALUES('25708bc2-3459-4765-957e-f084b95d0695','documents','outgoing','shuniu.documents.outgoing.issued.v1','out-8b1dcd6ae3784183',10,'2026-12-02 20:05:39.894604','shen',NULL,NULL,'{"number": "县府办发〔2026〕3号", "title": "关于公布县政府部门权责清单的通知", "doc_type": "通知", "classification": "none", "date_of_issue": "2026-12-03", "issued_on": "2026-12-03"}');
INSERT INTO "timeline" VALUES('92239113-2d53-4c89-9a62-98caac3e06e2','documents','outgoing','shuniu.documents.outgoing.drafted.v1','out-88cb429257294d49',1,'2026-12-02 20:05:39.898433','chen',NULL,NULL,'{"title": "关于暂停部分审批事项的通知", "doc_type": "通知", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}');
INSERT INTO "timeline" VALUES('fd5a81df-6eeb-44f1-927a-91ef78ffafb9','documents','outgoing','shuniu.documents.outgoing.reviewed.v1','out-88cb429257294d49',2,'2026-12-02 20:05:39.902126','feng',NULL,NULL,'{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO "timeline" VALUES('9c0206ba-c96e-47f5-9b6b-8d6d8ea2a4ec','documents','outgoing','shuniu.documents.outgoing.signed.v1','out-88cb429257294d49',3,'2026-12-02 20:05:39.920790','luo',NULL,NULL,'{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}');
INSERT INTO "timeline" VALUES('a3267902-ec87-4bb7-84d7-1bc3090f29f2','documents','outgoing','shuniu.documents.outgoing.rechecked.v1','out-88cb429257294d49',4,'2026-12-02 20:05:39.925585','shen',NULL,NULL,'{"rechecked_by": "shen", "note": "无实质性修改"}');
INSERT INTO "timeline" VALUES('c4b021ab-46fa-4a42-bd0e-cb8627f14e09','documents','outgoing','shuniu.documents.outgoing.numbered.v1','out-88cb429257294d49',5,'2026-12-02 20:05:39.929865','shen',NULL,NULL,'{"number": "县府办发〔2026〕4号", "code": "县府办发", "year": 2026, "sequence": 4, "distribution": ["education", "agriculture", "finance"], "copies": 5, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('20fecfab-c488-4da0-83ee-42e17b1c6360','documents','outgoing','shuniu.documents.outgoing.printed.v1','out-88cb429257294d49',6,'2026-12-02 20:05:39.939402','shen',NULL,NULL,'{"copies": 5, "copy_numbers": [], "printed_on": "2026-12-03", "printed_by": "shen"}');
INSERT INTO "timeline" VALUES('c4b1630b-bcc3-464b-8809-25006db13902','documents','outgoing','shuniu.documents.outgoing.dispatched.v1','out-88cb429257294d49',7,'2026-12-02 20:05:39.948731','shen',NULL,NULL,'{"recipient": "education", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}');
INSERT INTO "timeline" VALUES('38bddbc1-7d59-4142-87c1-52ba1ec8b658','documents','outgoing','shuniu.documents.outgoing.dispatched.v1','out-88cb429257294d49',8,'2026-12-02 20:05:39.948731','shen',NULL,NULL,'{"recipient": "agriculture", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}');
INSERT INTO "timeline" VALUES('cdf70616-9111-42c8-88d4-911b046c07ee','documents','outgoing','shuniu.documents.outgoing.dispatched.v1','out-88cb429257294d49',9,'2026-12-02 20:05:39.948731','shen',NULL,NULL,'{"recipient": "finance", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}');
INSERT INTO "timeline" VALUES('eeda582a-a342-452c-951c-05187cf82df4','documents','outgoing','shuniu.documents.outgoing.issued.v1','out-88cb429257294d49',10,'2026-12-02 20:05:39.948731','shen',NULL,NULL,'{"number": "县府办发〔2026〕4号", "title": "关于暂停部分审批事项的通知", "doc_type": "通知", "classification": "none", "date_of_issue": "2026-12-03", "issued_on": "2026-12-03"}');
INSERT INTO "timeline" VALUES('0278ba4e-593a-4c89-a5ba-e02b0edde12c','documents','outgoing','shuniu.documents.outgoing.revoked.v1','out-88cb429257294d49',11,'2026-12-02 20:05:39.954362','luo',NULL,NULL,'{"reason": "与省政府新出台的规定不一致", "decided_by": "luo", "decided_on": "2026-12-03"}');
INSERT INTO "timeline" VALUES('b3d416a0-ded9-42e7-8dbf-df1fcdfa68c3','documents','outgoing','shuniu.documents.outgoing.drafted.v1','out-2d7a1b1e5959438e',1,'2026-12-02 20:05:39.968195','chen',NULL,NULL,'{"title": "关于2025年度县政府工作报告的通报", "doc_type": "通报", "direction": "下行文", "classification": "none", "secrecy_period": null, "urgency": null, "drafting_department": "finance", "main_recipients": ["education", "agriculture", "finance"], "copied_recipients": [], "co_issuers": [], "body": "各有关单位：……", "drafted_by": "chen"}');
INSERT INTO "timeline" VALUES('8a758a3c-2003-4ef7-917e-f5c7e3c7db92','documents','outgoing','shuniu.documents.outgoing.reviewed.v1','out-2d7a1b1e5959438e',2,'2026-12-02 20:05:39.972517','feng',NULL,NULL,'{"opinion": "同意", "reviewed_by": "feng"}');
INSERT INTO "timeline" VALUES('4e461210-3820-452f-ad6b-0e66b4b3fc4a','documents','outgoing','shuniu.documents.outgoing.signed.v1','out-2d7a1b1e5959438e',3,'2026-12-02 20:05:39.975650','luo',NULL,NULL,'{"signer": "luo", "signer_name": "罗县长", "opinion": "同意印发", "signed_on": "2026-12-03", "date_of_issue": "2026-12-03"}');
INSERT INTO "timeline" VALUES('9c102839-5c2e-4c3f-bc6f-8746a17aefba','documents','outgoing','shuniu.documents.outgoing.rechecked.v1','out-2d7a1b1e5959438e',4,'2026-12-02 20:05:39.982312','shen',NULL,NULL,'{"rechecked_by": "shen", "note": "无实质性修改"}');
INSERT INTO "timeline" VALUES('b3279553-f0b3-4a96-8b52-5b2e18eb224c','documents','outgoing','shuniu.documents.outgoing.numbered.v1','out-2d7a1b1e5959438e',5,'2026-12-02 20:05:39.989033','shen',NULL,NULL,'{"number": "县府办发〔2026〕5号", "code": "县府办发", "year": 2026, "sequence": 5, "distribution": ["education", "agriculture", "finance"], "copies": 5, "registered_by": "shen"}');
INSERT INTO "timeline" VALUES('fec63a84-58ab-4bf3-ab05-0568e30160ff','documents','outgoing','shuniu.documents.outgoing.printed.v1','out-2d7a1b1e5959438e',6,'2026-12-02 20:05:39.993647','shen',NULL,NULL,'{"copies": 5, "copy_numbers": [], "printed_on": "2026-12-03", "printed_by": "shen"}');
INSERT INTO "timeline" VALUES('1bd56609-bd96-456e-8039-dbdb82c5ada7','documents','outgoing','shuniu.documents.outgoing.dispatched.v1','out-2d7a1b1e5959438e',7,'2026-12-02 20:05:39.996615','shen',NULL,NULL,'{"recipient": "education", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}');
INSERT INTO "timeline" VALUES('f59435f1-ea78-4376-a35c-c7dccec8368f','documents','outgoing','shuniu.documents.outgoing.dispatched.v1','out-2d7a1b1e5959438e',8,'2026-12-02 20:05:39.996615','shen',NULL,NULL,'{"recipient": "agriculture", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}');
INSERT INTO "timeline" VALUES('b1b474c8-8b7a-440d-a767-407972b829f0','documents','outgoing','shuniu.documents.outgoing.dispatched.v1','out-2d7a1b1e5959438e',9,'2026-12-02 20:05:39.996615','shen',NULL,NULL,'{"recipient": "finance", "dispatched_on": "2026-12-03", "dispatched_by": "shen"}');
INSERT INTO "timeline" VALUES('b7aac5f8-a10c-4455-81a5-a66e13c9eea3','documents','outgoing','shuniu.documents.outgoing.issued.v1','out-2d7a1b1e5959438e',10,'2026-12-02 20:05:39.996615','shen',NULL,NULL,'{"number": "县府办发〔2026〕5号", "title": "关于2025年度县政府工作报告的通报", "doc_type": "通报", "classification": "none", "date_of_issue": "2026-12-03", "issued_on": "2026-12-03"}');
INSERT INTO "timeline" VALUES('241940b8-f912-4b77-9d11-c17f19154a42','documents','outgoing','shuniu.documents.outgoing.archived.v1','out-2d7a1b1e5959438e',11,'2026-12-02 20:05:40.001277','shen',NULL,NULL,'{"retention": "永久", "archived_on": "2026-12-03", "archived_by": "shen"}');
INSERT INTO "timeline" VALUES('aa74a365-7236-4fad-9204-5036f6230013','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-b07c39b9318f',16,'2026-12-02 20:05:40.203297','sun',NULL,NULL,'{"person": "sun", "department": "union", "response": "attend", "capacity": "列席"}');
INSERT INTO "timeline" VALUES('3454307d-b68c-4798-a4d4-7062b6c4dea5','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-b07c39b9318f',17,'2026-12-02 20:05:40.231634','feng',NULL,NULL,'{"person": "feng", "department": "office", "response": "attend", "capacity": "列席"}');
INSERT INTO "timeline" VALUES('9557dc84-cc10-43aa-91bb-6d27be0ccf33','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-b07c39b9318f',18,'2026-12-02 20:05:40.254216','luo',NULL,NULL,'{"person": "luo", "department": "gov", "capacity": "出席", "at": "2026-11-24T00:55:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('32e30864-0763-48f8-a7b3-8ac358146cd1','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-b07c39b9318f',19,'2026-12-02 20:05:40.284797','fang',NULL,NULL,'{"person": "fang", "department": "gov", "capacity": "出席", "at": "2026-11-24T00:55:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('5d46b3cc-c899-4997-859c-f119e72eddce','documents','incoming','shuniu.documents.incoming.supervision_opened.v1','in-f5f968d0b6fa4179',7,'2026-12-02 20:05:40.453412','fang','57e1168b-d25a-4f7e-b36b-93037c337a92','0b369fb3-5b0b-4ef9-9e48-ffcf2e36e1dd','{"task_id": "instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture"}');
INSERT INTO "timeline" VALUES('ed04ddb1-8727-4674-bb99-bb16a0937a27','documents','incoming','shuniu.documents.incoming.supervision_opened.v1','in-78c5038a44134f7c',7,'2026-12-02 20:05:40.470443','luo','abe84a14-ae9a-4ebe-9f50-05cb7804b8f0','07870ce4-9721-4f91-b3ac-00794b105def','{"task_id": "instruction:in-78c5038a44134f7c:2026-12-03:finance"}');
INSERT INTO "timeline" VALUES('54ef8306-7aea-49d0-bfce-191aa098bb97','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-b07c39b9318f',20,'2026-12-02 20:05:40.312132','chen',NULL,NULL,'{"person": "chen", "department": "finance", "capacity": "出席", "at": "2026-11-24T00:55:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('eef8e8f6-f33b-498a-9981-0247b7951b71','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-b07c39b9318f',21,'2026-12-02 20:05:40.338957','zhao',NULL,NULL,'{"person": "zhao", "department": "education", "capacity": "出席", "at": "2026-11-24T01:18:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('6b8dff7d-2776-4d4b-af0e-fc061b51c0ea','meetings','meeting','shuniu.meetings.meeting.marked_late.v1','mtg-b07c39b9318f',22,'2026-12-02 20:05:40.338957','zhao',NULL,NULL,'{"person": "zhao", "minutes_late": 18}');
INSERT INTO "timeline" VALUES('fbdb35a4-6ae8-42f4-af60-385c32f312d3','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-b07c39b9318f',23,'2026-12-02 20:05:40.368030','sun',NULL,NULL,'{"person": "sun", "department": "union", "capacity": "列席", "at": "2026-11-24T00:55:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('e706287d-b130-4791-8607-f57d548a4a4e','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-b07c39b9318f',24,'2026-12-02 20:05:40.384003','feng',NULL,NULL,'{"person": "feng", "department": "office", "capacity": "列席", "at": "2026-11-24T00:55:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('658e6371-c32f-40d2-b360-9b61c4c0e1eb','meetings','meeting','shuniu.meetings.meeting.held.v1','mtg-b07c39b9318f',25,'2026-12-02 20:05:40.403733','shen',NULL,NULL,'{"recorded_by": "shen", "at": "2026-11-24T03:30:00Z"}');
INSERT INTO "timeline" VALUES('078ed64f-1c4d-43d9-a684-51567c297ed9','meetings','meeting','shuniu.meetings.meeting.minutes_drafted.v1','mtg-b07c39b9318f',26,'2026-12-02 20:05:40.433997','li',NULL,NULL,'{"recorder": "li", "classification": "none", "summary": "县政府第11次常务会议研究了议程所列事项。"}');
INSERT INTO "timeline" VALUES('024b2258-c39b-40d2-91a3-eb4dea731d61','meetings','meeting','shuniu.meetings.meeting.resolution_drafted.v1','mtg-b07c39b9318f',27,'2026-12-02 20:05:40.469951','li',NULL,NULL,'{"resolution_id": "r1", "title": "落实农业生产资金，按期拨付到位", "lead_department": "finance", "co_departments": ["agriculture"], "deadline": "2026-12-14"}');
INSERT INTO "timeline" VALUES('80355c37-3b7c-44fe-bfbb-97ec79099e69','meetings','meeting','shuniu.meetings.meeting.resolution_drafted.v1','mtg-b07c39b9318f',28,'2026-12-02 20:05:40.485450','li',NULL,NULL,'{"resolution_id": "r2", "title": "开展校园安全专项检查并报送结果", "lead_department": "education", "co_departments": ["office.supervision"], "deadline": "2026-12-24"}');
INSERT INTO "timeline" VALUES('c764b63a-c90b-4fec-9941-8948fc0ffdf2','meetings','meeting','shuniu.meetings.meeting.minutes_approved.v1','mtg-b07c39b9318f',29,'2026-12-02 20:05:40.511644','luo',NULL,NULL,'{"approved_by": "luo"}');
INSERT INTO "timeline" VALUES('1e6d1f2b-c2c9-4ad5-9961-2b9e0b4383a9','meetings','meeting','shuniu.meetings.meeting.resolution_adopted.v1','mtg-b07c39b9318f',30,'2026-12-02 20:05:40.511644','luo',NULL,NULL,'{"meeting_id": "mtg-b07c39b9318f", "meeting_title": "县政府第11次常务会议", "meeting_kind": "常务会", "resolution_id": "r1", "title": "落实农业生产资金，按期拨付到位", "lead_department": "finance", "co_departments": ["agriculture"], "deadline": "2026-12-14", "decided_by": "luo", "classification": "none", "adopted_on": "2026-11-24"}');
INSERT INTO "timeline" VALUES('8130d4b8-2f78-4de9-ac0c-127acc76b61a','meetings','meeting','shuniu.meetings.meeting.resolution_adopted.v1','mtg-b07c39b9318f',31,'2026-12-02 20:05:40.511644','luo',NULL,NULL,'{"meeting_id": "mtg-b07c39b9318f", "meeting_title": "县政府第11次常务会议", "meeting_kind": "常务会", "resolution_id": "r2", "title": "开展校园安全专项检查并报送结果", "lead_department": "education", "co_departments": ["office.supervision"], "deadline": "2026-12-24", "decided_by": "luo", "classification": "none", "adopted_on": "2026-11-24"}');
INSERT INTO "timeline" VALUES('6a240e59-cfac-420d-a858-866ba763f20f','meetings','meeting','shuniu.meetings.meeting.minutes_issued.v1','mtg-b07c39b9318f',32,'2026-12-02 20:05:40.530554','shen',NULL,NULL,'{"issued_by": "shen", "chair": "luo", "attended": [{"person": "luo", "department": "gov", "note": ""}, {"person": "fang", "department": "gov", "note": ""}, {"person": "chen", "department": "finance", "note": ""}, {"person": "zhao", "department": "education", "note": "迟到 18 分钟"}], "on_leave": [{"person": "wang", "department": "petitions", "note": "赴市信访局参加联席会议"}], "observers": [{"person": "sun", "department": "union", "note": ""}, {"person": "feng", "department": "office", "note": ""}], "absent": [], "recorder": "li"}');
INSERT INTO "timeline" VALUES('58439219-d3f8-4fb7-b7e6-b96caa60dcb5','meetings','meeting','shuniu.meetings.meeting.scheduled.v1','mtg-af53480ea8c7',1,'2026-12-02 20:05:40.545569','shen',NULL,NULL,'{"title": "县政府办公室周例会", "kind": "办公会", "organiser": "shen", "organiser_department": "office", "chair": "feng", "chair_department": "office", "starts_at": "2026-11-30T01:00:00Z", "ends_at": "2026-11-30T02:30:00Z", "classification": "none", "series_id": "series-0fce61fad195"}');
INSERT INTO "timeline" VALUES('0ff07b87-3ebb-4e1f-a47b-1477925f6f8d','meetings','meeting','shuniu.meetings.meeting.room_booked.v1','mtg-af53480ea8c7',2,'2026-12-02 20:05:40.547355','shen',NULL,NULL,'{"room_id": "room-first", "room_name": "第一会议室", "room_capacity": 30, "starts_at": "2026-11-30T01:00:00Z", "ends_at": "2026-11-30T02:30:00Z"}');
INSERT INTO "timeline" VALUES('37b75f20-7e81-4baf-bb79-ef883003ee81','meetings','meeting','shuniu.meetings.meeting.scheduled.v1','mtg-e2f40aba6298',1,'2026-12-02 20:05:40.555625','shen',NULL,NULL,'{"title": "县政府办公室周例会", "kind": "办公会", "organiser": "shen", "organiser_department": "office", "chair": "feng", "chair_department": "office", "starts_at": "2026-12-07T01:00:00Z", "ends_at": "2026-12-07T02:30:00Z", "classification": "none", "series_id": "series-0fce61fad195"}');
INSERT INTO "timeline" VALUES('13321d28-9175-4c45-8699-6e1c7b07c920','meetings','meeting','shuniu.meetings.meeting.room_booked.v1','mtg-e2f40aba6298',2,'2026-12-02 20:05:40.556940','shen',NULL,NULL,'{"room_id": "room-first", "room_name": "第一会议室", "room_capacity": 30, "starts_at": "2026-12-07T01:00:00Z", "ends_at": "2026-12-07T02:30:00Z"}');
INSERT INTO "timeline" VALUES('4526ffc0-adf6-40ac-b2a1-521444465beb','meetings','meeting','shuniu.meetings.meeting.scheduled.v1','mtg-882274504312',1,'2026-12-02 20:05:40.565239','shen',NULL,NULL,'{"title": "县政府办公室周例会", "kind": "办公会", "organiser": "shen", "organiser_department": "office", "chair": "feng", "chair_department": "office", "starts_at": "2026-12-14T01:00:00Z", "ends_at": "2026-12-14T02:30:00Z", "classification": "none", "series_id": "series-0fce61fad195"}');
INSERT INTO "timeline" VALUES('553c8f6a-7d96-40de-86b3-8038de954ee6','meetings','meeting','shuniu.meetings.meeting.room_booked.v1','mtg-882274504312',2,'2026-12-02 20:05:40.566374','shen',NULL,NULL,'{"room_id": "room-first", "room_name": "第一会议室", "room_capacity": 30, "starts_at": "2026-12-14T01:00:00Z", "ends_at": "2026-12-14T02:30:00Z"}');
INSERT INTO "timeline" VALUES('3d347653-6861-488b-8bd1-c014ac1e677d','meetings','meeting','shuniu.meetings.meeting.scheduled.v1','mtg-00bc49c04eed',1,'2026-12-02 20:05:40.573603','shen',NULL,NULL,'{"title": "县政府办公室周例会", "kind": "办公会", "organiser": "shen", "organiser_department": "office", "chair": "feng", "chair_department": "office", "starts_at": "2026-12-21T01:00:00Z", "ends_at": "2026-12-21T02:30:00Z", "classification": "none", "series_id": "series-0fce61fad195"}');
INSERT INTO "timeline" VALUES('800ff29f-50ae-4b42-9c38-d45a99fd1a18','meetings','meeting','shuniu.meetings.meeting.room_booked.v1','mtg-00bc49c04eed',2,'2026-12-02 20:05:40.574738','shen',NULL,NULL,'{"room_id": "room-first", "room_name": "第一会议室", "room_capacity": 30, "starts_at": "2026-12-21T01:00:00Z", "ends_at": "2026-12-21T02:30:00Z"}');
INSERT INTO "timeline" VALUES('baaf8f3b-a6e9-4251-816b-db20a1f2b494','meetings','meeting','shuniu.meetings.meeting.agenda_item_added.v1','mtg-af53480ea8c7',3,'2026-12-02 20:05:40.591925','shen',NULL,NULL,'{"item_id": "item-1", "title": "本周重点工作安排", "presenter": "yang", "presenter_department": "office", "materials": ["本周重点工作安排.docx"]}');
INSERT INTO "timeline" VALUES('45264958-940f-4336-b3f4-51e79b582147','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-af53480ea8c7',4,'2026-12-02 20:05:40.596409','shen',NULL,NULL,'{"person": "yang", "department": "office", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('bb606982-cdd1-40be-88d0-37a878ac2fd5','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-af53480ea8c7',5,'2026-12-02 20:05:40.596409','shen',NULL,NULL,'{"person": "shen", "department": "office.secretariat", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('3a27abe9-6fa8-4c4e-812e-c22fd7b65390','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-af53480ea8c7',6,'2026-12-02 20:05:40.596409','shen',NULL,NULL,'{"person": "zhou", "department": "office.supervision", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('730308c4-94e7-4638-9906-48c95150ec75','meetings','meeting','shuniu.meetings.meeting.department_invited.v1','mtg-af53480ea8c7',7,'2026-12-02 20:05:40.596409','shen',NULL,NULL,'{"department": "office.affairs", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('76f7cf85-3948-497b-984a-aea71fb32a23','meetings','meeting','shuniu.meetings.meeting.notice_issued.v1','mtg-af53480ea8c7',8,'2026-12-02 20:05:40.609049','shen',NULL,NULL,'{"issued_by": "shen", "starts_at": "2026-11-30T01:00:00Z", "ends_at": "2026-11-30T02:30:00Z", "room_id": "room-first", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}');
INSERT INTO "timeline" VALUES('c6ff6603-d08d-4d53-936d-c55c44d594ae','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-af53480ea8c7',9,'2026-12-02 20:05:40.618266','yang',NULL,NULL,'{"person": "yang", "department": "office", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('ecf8a889-1e1f-4e79-b57f-4c4cc4d1bee7','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-af53480ea8c7',10,'2026-12-02 20:05:40.638076','shen',NULL,NULL,'{"person": "shen", "department": "office.secretariat", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('8fd473a9-ff6a-4524-ae79-96c77ca47024','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-af53480ea8c7',11,'2026-12-02 20:05:40.643453','zhou',NULL,NULL,'{"person": "zhou", "department": "office.supervision", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('d3269071-ec19-4d2d-b3c0-1580796b1e00','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-af53480ea8c7',12,'2026-12-02 20:05:40.651026','feng',NULL,NULL,'{"person": "feng", "department": "office", "capacity": "出席", "at": "2026-11-30T00:55:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('85c0dce0-ee85-455d-8bd8-717ea7799f71','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-af53480ea8c7',13,'2026-12-02 20:05:40.661748','yang',NULL,NULL,'{"person": "yang", "department": "office", "capacity": "出席", "at": "2026-11-30T00:55:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('d4645648-439c-47f6-a4de-3a7c984c243d','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-af53480ea8c7',14,'2026-12-02 20:05:40.681643','shen',NULL,NULL,'{"person": "shen", "department": "office.secretariat", "capacity": "出席", "at": "2026-11-30T00:55:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('e91cabe2-3d7b-4924-bac2-d783bddbecf9','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-af53480ea8c7',15,'2026-12-02 20:05:40.689782','zhou',NULL,NULL,'{"person": "zhou", "department": "office.supervision", "capacity": "出席", "at": "2026-11-30T01:18:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('cf53a95e-ffa6-4e81-960f-6eed7f457932','meetings','meeting','shuniu.meetings.meeting.marked_late.v1','mtg-af53480ea8c7',16,'2026-12-02 20:05:40.689782','zhou',NULL,NULL,'{"person": "zhou", "minutes_late": 18}');
INSERT INTO "timeline" VALUES('7c11358c-45f3-4e90-9044-8d7dd1564493','meetings','meeting','shuniu.meetings.meeting.held.v1','mtg-af53480ea8c7',17,'2026-12-02 20:05:40.696594','shen',NULL,NULL,'{"recorded_by": "shen", "at": "2026-11-30T02:30:00Z"}');
INSERT INTO "timeline" VALUES('f6d74b9a-a712-4208-80c0-3a4fcca4ccf7','meetings','meeting','shuniu.meetings.meeting.minutes_drafted.v1','mtg-af53480ea8c7',18,'2026-12-02 20:05:40.709665','li',NULL,NULL,'{"recorder": "li", "classification": "none", "summary": "县政府办公室周例会研究了议程所列事项。"}');
INSERT INTO "timeline" VALUES('e6b6160e-e401-4485-afc2-c57de0fb25aa','meetings','meeting','shuniu.meetings.meeting.minutes_approved.v1','mtg-af53480ea8c7',19,'2026-12-02 20:05:40.716884','feng',NULL,NULL,'{"approved_by": "feng"}');
INSERT INTO "timeline" VALUES('74204fcf-98ef-4cb4-99aa-5f781ad74e82','meetings','meeting','shuniu.meetings.meeting.minutes_issued.v1','mtg-af53480ea8c7',20,'2026-12-02 20:05:40.724763','shen',NULL,NULL,'{"issued_by": "shen", "chair": "feng", "attended": [{"person": "feng", "department": "office", "note": ""}, {"person": "yang", "department": "office", "note": ""}, {"person": "shen", "department": "office.secretariat", "note": ""}, {"person": "zhou", "department": "office.supervision", "note": "迟到 18 分钟"}], "on_leave": [], "observers": [], "absent": [], "recorder": "li"}');
INSERT INTO "timeline" VALUES('605cf3c4-d941-4889-8902-a8aac1d41428','meetings','meeting','shuniu.meetings.meeting.agenda_item_added.v1','mtg-e2f40aba6298',3,'2026-12-02 20:05:40.731245','shen',NULL,NULL,'{"item_id": "item-1", "title": "本周重点工作安排", "presenter": "yang", "presenter_department": "office", "materials": ["本周重点工作安排.docx"]}');
INSERT INTO "timeline" VALUES('34b420be-8563-4c1d-8573-71482fdec914','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-e2f40aba6298',4,'2026-12-02 20:05:40.737879','shen',NULL,NULL,'{"person": "yang", "department": "office", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('72152b06-f2b5-45be-a81b-d4d5f5bf8f5d','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-e2f40aba6298',5,'2026-12-02 20:05:40.737879','shen',NULL,NULL,'{"person": "shen", "department": "office.secretariat", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('8812b8d1-3c67-4cb8-8605-5f8b6bfac38f','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-e2f40aba6298',6,'2026-12-02 20:05:40.737879','shen',NULL,NULL,'{"person": "zhou", "department": "office.supervision", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('d768b88d-c85c-48c7-80ff-b4431bb972a2','meetings','meeting','shuniu.meetings.meeting.department_invited.v1','mtg-e2f40aba6298',7,'2026-12-02 20:05:40.737879','shen',NULL,NULL,'{"department": "office.affairs", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('aec32aa5-05ce-4a5f-99e0-f57aef45ecbc','meetings','meeting','shuniu.meetings.meeting.notice_issued.v1','mtg-e2f40aba6298',8,'2026-12-02 20:05:40.776612','shen',NULL,NULL,'{"issued_by": "shen", "starts_at": "2026-12-07T01:00:00Z", "ends_at": "2026-12-07T02:30:00Z", "room_id": "room-first", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}');
INSERT INTO "timeline" VALUES('37098667-bf66-4f3d-bf36-f23a1747024a','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-e2f40aba6298',9,'2026-12-02 20:05:40.799191','yang',NULL,NULL,'{"person": "yang", "department": "office", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('762c6a7b-7799-49e8-a9de-89860e3fd194','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-e2f40aba6298',10,'2026-12-02 20:05:40.819004','shen',NULL,NULL,'{"person": "shen", "department": "office.secretariat", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('912493e4-5fb3-4be6-af54-7529c039a6c0','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-e2f40aba6298',11,'2026-12-02 20:05:40.841498','zhou',NULL,NULL,'{"person": "zhou", "department": "office.supervision", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('945c7f5e-0ac0-4bd6-94b9-6b34fca91288','meetings','meeting','shuniu.meetings.meeting.agenda_item_added.v1','mtg-882274504312',3,'2026-12-02 20:05:40.867122','shen',NULL,NULL,'{"item_id": "item-1", "title": "本周重点工作安排", "presenter": "yang", "presenter_department": "office", "materials": ["本周重点工作安排.docx"]}');
INSERT INTO "timeline" VALUES('e8fd97e1-0f15-40dc-b08e-639d52fe4ee7','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-882274504312',4,'2026-12-02 20:05:40.880987','shen',NULL,NULL,'{"person": "yang", "department": "office", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('e57ab7fd-78df-4850-b272-3f2297b91caf','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-882274504312',5,'2026-12-02 20:05:40.880987','shen',NULL,NULL,'{"person": "shen", "department": "office.secretariat", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('0ca4ba3b-df83-4380-9999-811dcb96bdd9','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-882274504312',6,'2026-12-02 20:05:40.880987','shen',NULL,NULL,'{"person": "zhou", "department": "office.supervision", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('02f7bb64-294d-4b70-9734-588c817fbfaf','meetings','meeting','shuniu.meetings.meeting.department_invited.v1','mtg-882274504312',7,'2026-12-02 20:05:40.880987','shen',NULL,NULL,'{"department": "office.affairs", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('9ae4d59b-bea9-438c-84ac-392a63abf7f0','meetings','meeting','shuniu.meetings.meeting.resolution_supervised.v1','mtg-b07c39b9318f',33,'2026-12-02 20:05:40.912706','luo','1e6d1f2b-c2c9-4ad5-9961-2b9e0b4383a9','2f30d407-6937-4e22-b6b4-2670b090e25a','{"resolution_id": "r1", "task_id": "resolution:mtg-b07c39b9318f:r1"}');
INSERT INTO "timeline" VALUES('738fbaab-4919-4121-9dea-0ae5c61b4e7c','meetings','meeting','shuniu.meetings.meeting.resolution_supervised.v1','mtg-b07c39b9318f',34,'2026-12-02 20:05:40.922528','luo','8130d4b8-2f78-4de9-ac0c-127acc76b61a','bfc21193-c17e-41b4-b41d-a96db52ba0c0','{"resolution_id": "r2", "task_id": "resolution:mtg-b07c39b9318f:r2"}');
INSERT INTO "timeline" VALUES('46bf9bdd-d272-486c-9d6f-a85a3db97213','meetings','meeting','shuniu.meetings.meeting.notice_issued.v1','mtg-882274504312',8,'2026-12-02 20:05:40.939920','shen',NULL,NULL,'{"issued_by": "shen", "starts_at": "2026-12-14T01:00:00Z", "ends_at": "2026-12-14T02:30:00Z", "room_id": "room-first", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}');
INSERT INTO "timeline" VALUES('4f6a5bf4-1d3b-4dd2-9a29-f19a281e994c','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-882274504312',9,'2026-12-02 20:05:40.947673','yang',NULL,NULL,'{"person": "yang", "department": "office", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('5509f6c5-e5ee-47eb-810b-0c1fcf684d2e','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-882274504312',10,'2026-12-02 20:05:40.962389','shen',NULL,NULL,'{"person": "shen", "department": "office.secretariat", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('dc62ff24-7398-428b-96a3-6926d002c3de','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-882274504312',11,'2026-12-02 20:05:40.982903','zhou',NULL,NULL,'{"person": "zhou", "department": "office.supervision", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('a4492fe2-3c88-4bc9-870c-9b334c48d6ca','meetings','meeting','shuniu.meetings.meeting.agenda_item_added.v1','mtg-00bc49c04eed',3,'2026-12-02 20:05:40.992704','shen',NULL,NULL,'{"item_id": "item-1", "title": "本周重点工作安排", "presenter": "yang", "presenter_department": "office", "materials": ["本周重点工作安排.docx"]}');
INSERT INTO "timeline" VALUES('7503499e-88f7-45ba-a65d-3786ddc370e1','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-00bc49c04eed',4,'2026-12-02 20:05:41.000047','shen',NULL,NULL,'{"person": "yang", "department": "office", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('8343943c-0ed1-44af-b03e-c1eeca9abb55','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-00bc49c04eed',5,'2026-12-02 20:05:41.000047','shen',NULL,NULL,'{"person": "shen", "department": "office.secretariat", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('cf6355c3-a851-4a75-9c40-226f64d20aaa','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-00bc49c04eed',6,'2026-12-02 20:05:41.000047','shen',NULL,NULL,'{"person": "zhou", "department": "office.supervision", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('1622a760-3662-43ce-a30c-2e5b29a3ca7c','meetings','meeting','shuniu.meetings.meeting.department_invited.v1','mtg-00bc49c04eed',7,'2026-12-02 20:05:41.000047','shen',NULL,NULL,'{"department": "office.affairs", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('eb87befe-638e-4470-97db-a1fe62318126','meetings','meeting','shuniu.meetings.meeting.notice_issued.v1','mtg-00bc49c04eed',8,'2026-12-02 20:05:41.015098','shen',NULL,NULL,'{"issued_by": "shen", "starts_at": "2026-12-21T01:00:00Z", "ends_at": "2026-12-21T02:30:00Z", "room_id": "room-first", "notified_people": ["feng", "shen", "yang", "zhou"], "notified_departments": ["office.affairs"]}');
INSERT INTO "timeline" VALUES('b99ba7bb-08da-4978-aa89-68a07cc77594','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-00bc49c04eed',9,'2026-12-02 20:05:41.030985','yang',NULL,NULL,'{"person": "yang", "department": "office", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('18b65f5e-6cec-4981-a832-e165e92a3908','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-00bc49c04eed',10,'2026-12-02 20:05:41.046882','shen',NULL,NULL,'{"person": "shen", "department": "office.secretariat", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('0b50686c-069c-4b54-a3a5-6a5e82cab417','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-00bc49c04eed',11,'2026-12-02 20:05:41.056969','zhou',NULL,NULL,'{"person": "zhou", "department": "office.supervision", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('76bcd3e7-4d85-4cda-b1dd-c742c1121b22','meetings','meeting','shuniu.meetings.meeting.scheduled.v1','mtg-0f48e599dd1f',1,'2026-12-02 20:05:41.083042','shen',NULL,NULL,'{"title": "县政府第12次常务会议", "kind": "常务会", "organiser": "shen", "organiser_department": "office", "chair": "luo", "chair_department": "gov", "starts_at": "2026-12-02T07:00:00Z", "ends_at": "2026-12-02T09:00:00Z", "classification": "none", "series_id": null}');
INSERT INTO "timeline" VALUES('eb81a734-1501-4a0b-ada2-17e5bfc12547','meetings','meeting','shuniu.meetings.meeting.room_booked.v1','mtg-0f48e599dd1f',2,'2026-12-02 20:05:41.086253','shen',NULL,NULL,'{"room_id": "room-changwu", "room_name": "常务会议室", "room_capacity": 40, "starts_at": "2026-12-02T07:00:00Z", "ends_at": "2026-12-02T09:00:00Z"}');
INSERT INTO "timeline" VALUES('60cc535f-21ff-43ff-95c7-b7e846f5b8a9','meetings','meeting','shuniu.meetings.meeting.agenda_item_added.v1','mtg-0f48e599dd1f',3,'2026-12-02 20:05:41.102599','shen',NULL,NULL,'{"item_id": "item-1", "title": "关于县城老旧小区改造资金的汇报", "presenter": "chen", "presenter_department": "finance", "materials": ["关于县城老旧小区改造资金的汇报.docx"]}');
INSERT INTO "timeline" VALUES('9c08c035-e7a8-4d5f-9666-10781798bb38','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-0f48e599dd1f',4,'2026-12-02 20:05:41.138621','shen',NULL,NULL,'{"person": "fang", "department": "gov", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('5da1eaa8-0729-466f-b129-f08a78a62e66','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-0f48e599dd1f',5,'2026-12-02 20:05:41.138621','shen',NULL,NULL,'{"person": "chen", "department": "finance", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('93de9073-091b-47b9-a581-f10ab8bbeef6','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-0f48e599dd1f',6,'2026-12-02 20:05:41.138621','shen',NULL,NULL,'{"person": "zhao", "department": "education", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('38b7538b-e6e9-47cd-ab6a-d59bbf60b9ea','meetings','meeting','shuniu.meetings.meeting.department_invited.v1','mtg-0f48e599dd1f',7,'2026-12-02 20:05:41.138621','shen',NULL,NULL,'{"department": "agriculture", "capacity": "列席"}');
INSERT INTO "timeline" VALUES('ba60019f-6964-41f0-8cc6-67adae68a3ee','meetings','meeting','shuniu.meetings.meeting.notice_issued.v1','mtg-0f48e599dd1f',8,'2026-12-02 20:05:41.202888','shen',NULL,NULL,'{"issued_by": "shen", "starts_at": "2026-12-02T07:00:00Z", "ends_at": "2026-12-02T09:00:00Z", "room_id": "room-changwu", "notified_people": ["chen", "fang", "luo", "zhao"], "notified_departments": ["agriculture"]}');
INSERT INTO "timeline" VALUES('a788e9d4-a6ee-452e-a187-cf75e296c341','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-0f48e599dd1f',9,'2026-12-02 20:05:41.222146','fang',NULL,NULL,'{"person": "fang", "department": "gov", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('36d7bc30-364c-40d6-984e-5c21ad840eca','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-0f48e599dd1f',10,'2026-12-02 20:05:41.230921','chen',NULL,NULL,'{"person": "chen", "department": "finance", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('98fa07c4-909c-4dfb-87c0-eb74779a4169','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-0f48e599dd1f',11,'2026-12-02 20:05:41.238924','zhao',NULL,NULL,'{"person": "zhao", "department": "education", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('00dd49a5-7567-4c00-af0d-bbbc99ede5cd','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-0f48e599dd1f',12,'2026-12-02 20:05:41.246387','luo',NULL,NULL,'{"person": "luo", "department": "gov", "capacity": "出席", "at": "2026-12-02T06:55:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('a03ebcb8-e16c-4f52-98a4-a6bda3fa0640','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-0f48e599dd1f',13,'2026-12-02 20:05:41.254042','fang',NULL,NULL,'{"person": "fang", "department": "gov", "capacity": "出席", "at": "2026-12-02T06:55:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('8539a0f4-9aae-4a29-bda1-450abc337d35','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-0f48e599dd1f',14,'2026-12-02 20:05:41.260999','chen',NULL,NULL,'{"person": "chen", "department": "finance", "capacity": "出席", "at": "2026-12-02T06:55:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('f4d535f2-7002-4554-b219-14f8821aa29b','meetings','meeting','shuniu.meetings.meeting.signed_in.v1','mtg-0f48e599dd1f',15,'2026-12-02 20:05:41.267427','zhao',NULL,NULL,'{"person": "zhao", "department": "education", "capacity": "出席", "at": "2026-12-02T06:55:00Z", "substitute_for": null}');
INSERT INTO "timeline" VALUES('24323f5d-cd9f-431f-9435-91272eb0149a','meetings','meeting','shuniu.meetings.meeting.held.v1','mtg-0f48e599dd1f',16,'2026-12-02 20:05:41.273922','shen',NULL,NULL,'{"recorded_by": "shen", "at": "2026-12-02T09:00:00Z"}');
INSERT INTO "timeline" VALUES('e199dc1f-f05a-47ab-bbab-df91900a6fc9','meetings','meeting','shuniu.meetings.meeting.minutes_drafted.v1','mtg-0f48e599dd1f',17,'2026-12-02 20:05:41.282060','li',NULL,NULL,'{"recorder": "li", "classification": "none", "summary": "县政府第12次常务会议研究了议程所列事项。"}');
INSERT INTO "timeline" VALUES('c0b8adf4-0c17-49f2-b02f-21ae0b739411','meetings','meeting','shuniu.meetings.meeting.resolution_drafted.v1','mtg-0f48e599dd1f',18,'2026-12-02 20:05:41.293766','li',NULL,NULL,'{"resolution_id": "r1", "title": "编制老旧小区改造资金使用计划", "lead_department": "finance", "co_departments": [], "deadline": "2026-12-17"}');
INSERT INTO "timeline" VALUES('6cc825db-39ef-4c94-b0ef-e4086b793819','meetings','meeting','shuniu.meetings.meeting.minutes_approved.v1','mtg-0f48e599dd1f',19,'2026-12-02 20:05:41.313577','luo',NULL,NULL,'{"approved_by": "luo"}');
INSERT INTO "timeline" VALUES('36996d61-3aef-4797-ac21-cbd11e258621','meetings','meeting','shuniu.meetings.meeting.resolution_adopted.v1','mtg-0f48e599dd1f',20,'2026-12-02 20:05:41.313577','luo',NULL,NULL,'{"meeting_id": "mtg-0f48e599dd1f", "meeting_title": "县政府第12次常务会议", "meeting_kind": "常务会", "resolution_id": "r1", "title": "编制老旧小区改造资金使用计划", "lead_department": "finance", "co_departments": [], "deadline": "2026-12-17", "decided_by": "luo", "classification": "none", "adopted_on": "2026-12-02"}');
INSERT INTO "timeline" VALUES('1beaf5a3-a8f3-4170-ae05-a042ae5f1a05','meetings','meeting','shuniu.meetings.meeting.minutes_issued.v1','mtg-0f48e599dd1f',21,'2026-12-02 20:05:41.322986','shen',NULL,NULL,'{"issued_by": "shen", "chair": "luo", "attended": [{"person": "luo", "department": "gov", "note": ""}, {"person": "fang", "department": "gov", "note": ""}, {"person": "chen", "department": "finance", "note": ""}, {"person": "zhao", "department": "education", "note": ""}], "on_leave": [], "observers": [], "absent": [], "recorder": "li"}');
INSERT INTO "timeline" VALUES('cbb28bbe-272e-434a-a596-cc5e0aa99b7c','meetings','meeting','shuniu.meetings.meeting.scheduled.v1','mtg-5946ef543d71',1,'2026-12-02 20:05:41.346271','shen',NULL,NULL,'{"title": "农业生产专题会", "kind": "专题会", "organiser": "shen", "organiser_department": "office", "chair": "fang", "chair_department": "gov", "starts_at": "2026-12-03T06:30:00Z", "ends_at": "2026-12-03T08:00:00Z", "classification": "none", "series_id": null}');
INSERT INTO "timeline" VALUES('94ed1094-75db-4958-aca7-848e69a66ba8','meetings','meeting','shuniu.meetings.meeting.room_booked.v1','mtg-5946ef543d71',2,'2026-12-02 20:05:41.348706','shen',NULL,NULL,'{"room_id": "room-second", "room_name": "第二会议室", "room_capacity": 20, "starts_at": "2026-12-03T06:30:00Z", "ends_at": "2026-12-03T08:00:00Z"}');
INSERT INTO "timeline" VALUES('0b369fb3-5b0b-4ef9-9e48-ffcf2e36e1dd','supervision','task','shuniu.supervision.task.opened.v1','instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture',1,'2026-12-02 20:05:40.349568','fang','57e1168b-d25a-4f7e-b36b-93037c337a92','57e1168b-d25a-4f7e-b36b-93037c337a92','{"task_id": "instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture", "source": {"kind": "document_instruction", "service": "documents", "id": "in-f5f968d0b6fa4179", "item": null}, "title": "关于切实做好春耕备耕工作的紧急通知", "lead_department": "agriculture", "co_departments": ["finance"], "deadline": "2026-12-10", "description": "批示：请牵头抓好落实，按时报告办理结果。（收文编号 县府办收〔2026〕6号）", "priority": "urgent", "reporting_cycle": "none", "classification": "none", "assigned_by": "fang", "opened_by": null, "opened_on": "2026-12-03", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('07870ce4-9721-4f91-b3ac-00794b105def','supervision','task','shuniu.supervision.task.opened.v1','instruction:in-78c5038a44134f7c:2026-12-03:finance',1,'2026-12-02 20:05:40.371735','luo','abe84a14-ae9a-4ebe-9f50-05cb7804b8f0','abe84a14-ae9a-4ebe-9f50-05cb7804b8f0','{"task_id": "instruction:in-78c5038a44134f7c:2026-12-03:finance", "source": {"kind": "document_instruction", "service": "documents", "id": "in-78c5038a44134f7c", "item": null}, "title": "关于下达2026年度财政专项资金的通知", "lead_department": "finance", "co_departments": [], "deadline": "2026-12-17", "description": "批示：请牵头抓好落实，按时报告办理结果。（收文编号 县府办收〔2026〕7号）", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "luo", "opened_by": null, "opened_on": "2026-12-03", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('2f30d407-6937-4e22-b6b4-2670b090e25a','supervision','task','shuniu.supervision.task.opened.v1','resolution:mtg-b07c39b9318f:r1',1,'2026-12-02 20:05:40.843024','luo','1e6d1f2b-c2c9-4ad5-9961-2b9e0b4383a9','1e6d1f2b-c2c9-4ad5-9961-2b9e0b4383a9','{"task_id": "resolution:mtg-b07c39b9318f:r1", "source": {"kind": "meeting_resolution", "service": "meetings", "id": "mtg-b07c39b9318f", "item": "r1"}, "title": "落实农业生产资金，按期拨付到位", "lead_department": "finance", "co_departments": ["agriculture"], "deadline": "2026-12-14", "description": "县政府第11次常务会议（常务会）议定事项", "priority": "high", "reporting_cycle": "none", "classification": "none", "assigned_by": "luo", "opened_by": null, "opened_on": "2026-11-24", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('bfc21193-c17e-41b4-b41d-a96db52ba0c0','supervision','task','shuniu.supervision.task.opened.v1','resolution:mtg-b07c39b9318f:r2',1,'2026-12-02 20:05:40.857220','luo','8130d4b8-2f78-4de9-ac0c-127acc76b61a','8130d4b8-2f78-4de9-ac0c-127acc76b61a','{"task_id": "resolution:mtg-b07c39b9318f:r2", "source": {"kind": "meeting_resolution", "service": "meetings", "id": "mtg-b07c39b9318f", "item": "r2"}, "title": "开展校园安全专项检查并报送结果", "lead_department": "education", "co_departments": ["office.supervision"], "deadline": "2026-12-24", "description": "县政府第11次常务会议（常务会）议定事项", "priority": "high", "reporting_cycle": "none", "classification": "none", "assigned_by": "luo", "opened_by": null, "opened_on": "2026-11-24", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('2d82a29b-e901-48bf-b3ca-57514ac4b81d','supervision','task','shuniu.supervision.task.opened.v1','resolution:mtg-0f48e599dd1f:r1',1,'2026-12-02 20:05:41.358475','luo','36996d61-3aef-4797-ac21-cbd11e258621','36996d61-3aef-4797-ac21-cbd11e258621','{"task_id": "resolution:mtg-0f48e599dd1f:r1", "source": {"kind": "meeting_resolution", "service": "meetings", "id": "mtg-0f48e599dd1f", "item": "r1"}, "title": "编制老旧小区改造资金使用计划", "lead_department": "finance", "co_departments": [], "deadline": "2026-12-17", "description": "县政府第12次常务会议（常务会）议定事项", "priority": "high", "reporting_cycle": "none", "classification": "none", "assigned_by": "luo", "opened_by": null, "opened_on": "2026-12-02", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('54360741-ae09-41eb-9421-a2b047d38467','supervision','task','shuniu.supervision.task.opened.v1','adhoc:54ea566a924b',1,'2026-12-02 20:05:41.590669','zhou',NULL,NULL,'{"task_id": "adhoc:54ea566a924b", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "落实工会会员服务阵地建设", "lead_department": "union", "co_departments": [], "deadline": "2027-01-02", "description": "", "priority": "normal", "reporting_cycle": "weekly", "classification": "none", "assigned_by": "zhou", "opened_by": "zhou", "opened_on": "2026-11-26", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('e5fd0687-1911-41b5-9a08-67ce6680021e','meetings','meeting','shuniu.meetings.meeting.agenda_item_added.v1','mtg-5946ef543d71',3,'2026-12-02 20:05:41.363695','shen',NULL,NULL,'{"item_id": "item-1", "title": "农业生产准备情况", "presenter": "chen", "presenter_department": "finance", "materials": ["农业生产准备情况.docx"]}');
INSERT INTO "timeline" VALUES('12cb5557-831e-42af-8307-21171b9e5987','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-5946ef543d71',4,'2026-12-02 20:05:41.379150','shen',NULL,NULL,'{"person": "zhang", "department": "union", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('638fb9b0-126b-40d3-acb6-fdd789b44d16','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-5946ef543d71',5,'2026-12-02 20:05:41.379150','shen',NULL,NULL,'{"person": "sun", "department": "union", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('f76cee9d-f6c0-47e1-9ab8-c23ebc1cdc1c','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-5946ef543d71',6,'2026-12-02 20:05:41.379150','shen',NULL,NULL,'{"person": "chen", "department": "finance", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('2621be02-5875-4fed-9dcf-d1cee6685566','meetings','meeting','shuniu.meetings.meeting.department_invited.v1','mtg-5946ef543d71',7,'2026-12-02 20:05:41.379150','shen',NULL,NULL,'{"department": "agriculture", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('867a0977-3f7b-49b3-8a6b-619b7fae833e','meetings','meeting','shuniu.meetings.meeting.notice_issued.v1','mtg-5946ef543d71',8,'2026-12-02 20:05:41.409757','shen',NULL,NULL,'{"issued_by": "shen", "starts_at": "2026-12-03T06:30:00Z", "ends_at": "2026-12-03T08:00:00Z", "room_id": "room-second", "notified_people": ["chen", "fang", "sun", "zhang"], "notified_departments": ["agriculture"]}');
INSERT INTO "timeline" VALUES('fd432825-0829-461f-bc64-06976968c212','meetings','meeting','shuniu.meetings.meeting.leave_requested.v1','mtg-5946ef543d71',9,'2026-12-02 20:05:41.426790','zhang',NULL,NULL,'{"person": "zhang", "department": "union", "reason": "小孙子住院，需在医院陪护", "substitute": null, "organiser": "shen", "organiser_department": "office", "chair": "fang", "meeting_title": "农业生产专题会", "starts_at": "2026-12-03T06:30:00Z"}');
INSERT INTO "timeline" VALUES('2c913f92-fdbb-4130-98f6-2b77720b4855','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-5946ef543d71',10,'2026-12-02 20:05:41.436750','chen',NULL,NULL,'{"person": "chen", "department": "finance", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('a76db4a1-513c-4198-a42a-636d277f7706','meetings','meeting','shuniu.meetings.meeting.scheduled.v1','mtg-bf42c20807bc',1,'2026-12-02 20:05:41.446800','feng',NULL,NULL,'{"title": "县政府党组会议", "kind": "党组会", "organiser": "feng", "organiser_department": "office", "chair": "luo", "chair_department": "gov", "starts_at": "2026-12-08T01:00:00Z", "ends_at": "2026-12-08T03:00:00Z", "classification": "机密", "series_id": null}');
INSERT INTO "timeline" VALUES('a2c7ba81-158e-48d7-ba13-33898b81dfc5','meetings','meeting','shuniu.meetings.meeting.room_booked.v1','mtg-bf42c20807bc',2,'2026-12-02 20:05:41.447967','feng',NULL,NULL,'{"room_id": "room-party", "room_name": "党组会议室", "room_capacity": 15, "starts_at": "2026-12-08T01:00:00Z", "ends_at": "2026-12-08T03:00:00Z"}');
INSERT INTO "timeline" VALUES('e200e584-93b3-4d93-a7ce-260806c92d43','meetings','meeting','shuniu.meetings.meeting.agenda_item_added.v1','mtg-bf42c20807bc',3,'2026-12-02 20:05:41.455273','feng',NULL,NULL,'{"item_id": "item-1", "title": "研究干部任免事项", "presenter": "fang", "presenter_department": "gov", "materials": ["研究干部任免事项.docx"]}');
INSERT INTO "timeline" VALUES('a0c1e9e2-aea5-4650-980a-af783f4816c8','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-bf42c20807bc',4,'2026-12-02 20:05:41.467618','feng',NULL,NULL,'{"person": "fang", "department": "gov", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('471a3cdb-f093-40d4-b88b-27199dbb78b7','meetings','meeting','shuniu.meetings.meeting.person_invited.v1','mtg-bf42c20807bc',5,'2026-12-02 20:05:41.467618','feng',NULL,NULL,'{"person": "feng", "department": "office", "capacity": "列席"}');
INSERT INTO "timeline" VALUES('73a706bc-0071-42ae-b38c-921d26884fe7','meetings','meeting','shuniu.meetings.meeting.resolution_supervised.v1','mtg-0f48e599dd1f',22,'2026-12-02 20:05:41.491296','luo','36996d61-3aef-4797-ac21-cbd11e258621','2d82a29b-e901-48bf-b3ca-57514ac4b81d','{"resolution_id": "r1", "task_id": "resolution:mtg-0f48e599dd1f:r1"}');
INSERT INTO "timeline" VALUES('0b26b5c4-7edc-4df1-a18a-ce50b0f41351','meetings','meeting','shuniu.meetings.meeting.notice_issued.v1','mtg-bf42c20807bc',6,'2026-12-02 20:05:41.512625','feng',NULL,NULL,'{"issued_by": "feng", "starts_at": "2026-12-08T01:00:00Z", "ends_at": "2026-12-08T03:00:00Z", "room_id": "room-party", "notified_people": ["fang", "feng", "luo"], "notified_departments": []}');
INSERT INTO "timeline" VALUES('10424a64-7eb8-4e4e-92d4-fd750f966998','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-bf42c20807bc',7,'2026-12-02 20:05:41.536822','fang',NULL,NULL,'{"person": "fang", "department": "gov", "response": "attend", "capacity": "出席"}');
INSERT INTO "timeline" VALUES('d661c2a3-4f12-4917-acb0-bc1f7528c773','meetings','meeting','shuniu.meetings.meeting.replied.v1','mtg-bf42c20807bc',8,'2026-12-02 20:05:41.579914','feng',NULL,NULL,'{"person": "feng", "department": "office", "response": "attend", "capacity": "列席"}');
INSERT INTO "timeline" VALUES('51669f79-b0db-494b-883a-27c60f933f93','supervision','task','shuniu.supervision.task.acknowledged.v1','adhoc:54ea566a924b',2,'2026-12-02 20:05:41.607915','sun',NULL,NULL,'{"by": "sun", "on": "2026-11-27"}');
INSERT INTO "timeline" VALUES('bf2bb664-b601-460c-8793-ffe503848719','supervision','task','shuniu.supervision.task.progress_reported.v1','adhoc:54ea566a924b',3,'2026-12-02 20:05:41.622310','sun',NULL,NULL,'{"by": "sun", "text": "三个乡镇服务站已挂牌", "percent": 40, "on": "2026-12-02"}');
INSERT INTO "timeline" VALUES('1f7f7fc4-7d3f-494c-9635-637c0117e692','supervision','task','shuniu.supervision.task.opened.v1','adhoc:ecc1e9fd4cc2',1,'2026-12-02 20:05:41.642852','feng',NULL,NULL,'{"task_id": "adhoc:ecc1e9fd4cc2", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "全县中小学食堂食品安全检查", "lead_department": "education", "co_departments": [], "deadline": "2026-12-07", "description": "", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "feng", "opened_by": "feng", "opened_on": "2026-11-23", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('91816c8a-6217-440b-b7c2-61eb991b6342','supervision','task','shuniu.supervision.task.acknowledged.v1','adhoc:ecc1e9fd4cc2',2,'2026-12-02 20:05:41.694130','zhao',NULL,NULL,'{"by": "zhao", "on": "2026-11-24"}');
INSERT INTO "timeline" VALUES('072f173a-ccc7-4b88-9fa5-b649fb535b70','supervision','task','shuniu.supervision.task.progress_reported.v1','adhoc:ecc1e9fd4cc2',3,'2026-12-02 20:05:41.857745','zhao',NULL,NULL,'{"by": "zhao", "text": "已检查十二所学校，余六所", "percent": 65, "on": "2026-12-02"}');
INSERT INTO "timeline" VALUES('50f7be82-8116-46ee-b125-18b455c5cf2a','supervision','task','shuniu.supervision.task.deadline_approaching.v1','adhoc:ecc1e9fd4cc2',4,'2026-12-02 20:05:41.972258','system:deadlines',NULL,NULL,'{"deadline": "2026-12-07", "on": "2026-12-03"}');
INSERT INTO "timeline" VALUES('55e1cea5-7714-4e4e-9474-161f3e66619f','supervision','task','shuniu.supervision.task.opened.v1','adhoc:9a061b230596',1,'2026-12-02 20:05:42.013427','zhou',NULL,NULL,'{"task_id": "adhoc:9a061b230596", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "困难职工帮扶资金拨付", "lead_department": "finance", "co_departments": ["union"], "deadline": "2026-11-28", "description": "", "priority": "high", "reporting_cycle": "none", "classification": "none", "assigned_by": "zhou", "opened_by": "zhou", "opened_on": "2026-11-08", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('568de394-6426-435a-a11d-8f1392c37b81','supervision','task','shuniu.supervision.task.acknowledged.v1','adhoc:9a061b230596',2,'2026-12-02 20:05:42.024601','chen',NULL,NULL,'{"by": "chen", "on": "2026-11-09"}');
INSERT INTO "timeline" VALUES('f32661a0-6480-4da4-9b3c-198a7d3c2fba','supervision','task','shuniu.supervision.task.urged.v1','adhoc:9a061b230596',3,'2026-12-02 20:05:42.039299','zhou',NULL,NULL,'{"by": "zhou", "message": "已逾期，请说明原因并于两日内办结", "on": "2026-12-01"}');
INSERT INTO "timeline" VALUES('7d7468a3-e3fd-425f-948a-9baf95bbe3c1','supervision','task','shuniu.supervision.task.opened.v1','adhoc:531645b36244',1,'2026-12-02 20:05:42.060553','yang',NULL,NULL,'{"task_id": "adhoc:531645b36244", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "报送上半年预算执行情况", "lead_department": "finance", "co_departments": [], "deadline": "2026-11-23", "description": "", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "yang", "opened_by": "yang", "opened_on": "2026-11-03", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('cce94767-485f-4190-a48f-5002bc8e8182','supervision','task','shuniu.supervision.task.acknowledged.v1','adhoc:531645b36244',2,'2026-12-02 20:05:42.087214','chen',NULL,NULL,'{"by": "chen", "on": "2026-11-04"}');
INSERT INTO "timeline" VALUES('07246a02-39a2-444c-b415-9642a153d0d2','supervision','task','shuniu.supervision.task.completion_reported.v1','adhoc:531645b36244',3,'2026-12-02 20:05:42.101753','chen',NULL,NULL,'{"by": "chen", "text": "已按时报送县人大常委会", "on": "2026-11-21"}');
INSERT INTO "timeline" VALUES('d312ae46-a8e2-492d-8dfb-882e0f70676d','supervision','task','shuniu.supervision.task.closed.v1','adhoc:531645b36244',4,'2026-12-02 20:05:42.126317','zhou',NULL,NULL,'{"task_id": "adhoc:531645b36244", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "报送上半年预算执行情况", "lead_department": "finance", "co_departments": [], "deadline": "2026-11-23", "result": "已按时报送县人大常委会", "closed_on": "2026-11-22", "closed_by": "zhou", "on_time": true}');
INSERT INTO "timeline" VALUES('37575180-5da5-4409-ac93-5749b119c52f','supervision','task','shuniu.supervision.task.opened.v1','adhoc:c07d7639215c',1,'2026-12-02 20:05:42.142482','zhou',NULL,NULL,'{"task_id": "adhoc:c07d7639215c", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "办公楼消防设施维修", "lead_department": "office.affairs", "co_departments": [], "deadline": "2026-11-13", "description": "", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "zhou", "opened_by": "zhou", "opened_on": "2026-10-24", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('953f8262-d971-476e-91b0-daf9dc07f7ca','supervision','task','shuniu.supervision.task.acknowledged.v1','adhoc:c07d7639215c',2,'2026-12-02 20:05:42.162881','wu',NULL,NULL,'{"by": "wu", "on": "2026-10-25"}');
INSERT INTO "timeline" VALUES('0e89ec3b-eda0-42f5-873a-d5bf3cc6585b','supervision','task','shuniu.supervision.task.completion_reported.v1','adhoc:c07d7639215c',3,'2026-12-02 20:05:42.180395','wu',NULL,NULL,'{"by": "wu", "text": "维修完毕，已通过消防验收", "on": "2026-11-18"}');
INSERT INTO "timeline" VALUES('953589ec-c2f8-44b4-8560-cc3f334ab875','supervision','task','shuniu.supervision.task.closed.v1','adhoc:c07d7639215c',4,'2026-12-02 20:05:42.204016','feng',NULL,NULL,'{"task_id": "adhoc:c07d7639215c", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "办公楼消防设施维修", "lead_department": "office.affairs", "co_departments": [], "deadline": "2026-11-13", "result": "维修完毕，已通过消防验收", "closed_on": "2026-11-19", "closed_by": "feng", "on_time": false}');
INSERT INTO "timeline" VALUES('743e637e-0a60-4521-9884-69eecf3ba684','supervision','task','shuniu.supervision.task.opened.v1','adhoc:4838b806954b',1,'2026-12-02 20:05:42.236645','zhou',NULL,NULL,'{"task_id": "adhoc:4838b806954b", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "春耕化肥储备情况摸底", "lead_department": "agriculture", "co_departments": [], "deadline": "2026-12-23", "description": "", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "zhou", "opened_by": "zhou", "opened_on": "2026-12-03", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('80b380e1-333c-4a9f-be65-66966e403798','supervision','task','shuniu.supervision.task.opened.v1','adhoc:269158eeb05d',1,'2026-12-02 20:05:42.262254','feng',NULL,NULL,'{"task_id": "adhoc:269158eeb05d", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "校车安全隐患排查整治", "lead_department": "education", "co_departments": ["office.affairs"], "deadline": "2026-12-09", "description": "", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "feng", "opened_by": "feng", "opened_on": "2026-11-28", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('085defff-77c7-4ab3-8592-193c9dbb0c4f','supervision','task','shuniu.supervision.task.acknowledged.v1','adhoc:269158eeb05d',2,'2026-12-02 20:05:42.293022','zhao',NULL,NULL,'{"by": "zhao", "on": "2026-11-29"}');
INSERT INTO "timeline" VALUES('746dea43-7a22-40bd-a965-a7797c29273a','supervision','task','shuniu.supervision.task.extension_requested.v1','adhoc:269158eeb05d',3,'2026-12-02 20:05:42.313189','zhao',NULL,NULL,'{"by": "zhao", "requested_deadline": "2026-12-23", "reason": "需等待交通部门联合检查", "on": "2026-12-02"}');
INSERT INTO "timeline" VALUES('67a40f98-abce-4e20-9df1-cee32faf72b2','supervision','task','shuniu.supervision.task.opened.v1','adhoc:af585dcc5886',1,'2026-12-02 20:05:42.331643','zhou',NULL,NULL,'{"task_id": "adhoc:af585dcc5886", "source": {"kind": "ad_hoc", "service": null, "id": null, "item": null}, "title": "职工疗休养基地改建", "lead_department": "union", "co_departments": [], "deadline": "2026-12-18", "description": "", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "zhou", "opened_by": "zhou", "opened_on": "2026-11-21", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('39f78dd5-96e4-4171-b1ee-bff49693b598','supervision','task','shuniu.supervision.task.acknowledged.v1','adhoc:af585dcc5886',2,'2026-12-02 20:05:42.377656','sun',NULL,NULL,'{"by": "sun", "on": "2026-11-22"}');
INSERT INTO "timeline" VALUES('c918b156-1c98-471f-b8d4-c0b78a3b34df','supervision','task','shuniu.supervision.task.infeasibility_reported.v1','adhoc:af585dcc5886',3,'2026-12-02 20:05:42.428365','sun',NULL,NULL,'{"by": "sun", "reason": "改建资金未列入年度预算", "on": "2026-11-30"}');
INSERT INTO "timeline" VALUES('be1b07b5-d975-45f2-aa41-61305f24288f','supervision','task','shuniu.supervision.task.deadline_approaching.v1','adhoc:9a061b230596',4,'2026-12-02 20:05:43.005581','system:deadlines',NULL,NULL,'{"deadline": "2026-11-28", "on": "2026-12-03"}');
INSERT INTO "timeline" VALUES('a3bb20b7-7eec-4d99-ad47-f199a9d17126','reception','person','shuniu.reception.person.recorded.v1','person-90124154572f4eb7a1d3ec6501efac0a',1,'2026-12-02 20:05:42.492846','zheng',NULL,NULL,'{"kind": "visitor", "name": "enc:v1:person-90124154572f4eb7a1d3ec6501efac0a:qINc1nN4wWsxoSrLatxPiQOS2llljO8cZXypXW2o3ygSHyYnHw==", "id_number": "enc:v1:person-90124154572f4eb7a1d3ec6501efac0a:zj7jfdy3Tiacwat0jzl7nue5OIe/z7mUKuPjSMCez07pHJ3ZnC9f0Az1a/OIFA==", "phone": "enc:v1:person-90124154572f4eb7a1d3ec6501efac0a:C/gGNKL8fGuD4PJbfrpDDsToJaDqsgioJKJdZP22FFyV/Us8is4x", "address": null}');
INSERT INTO "timeline" VALUES('0f77ed48-72dd-461f-baaf-df6bd3222884','reception','visit','shuniu.reception.visit.appointed.v1','visit-demo-1',1,'2026-12-02 20:05:42.516084','zheng',NULL,NULL,'{"person_id": "person-90124154572f4eb7a1d3ec6501efac0a", "organisation": "F县第一中学", "host_department": "education", "host_person": "zhao", "expected_at": "2026-12-03T01:00:00Z", "purpose": "商谈校舍维修", "booked_by": "zheng"}');
INSERT INTO "timeline" VALUES('6e979bc3-2239-4e0d-8de7-024dcb868412','reception','person','shuniu.reception.person.recorded.v1','person-0c0df248d1214abe9782df45e3983b35',1,'2026-12-02 20:05:42.550933','zheng',NULL,NULL,'{"kind": "visitor", "name": "enc:v1:person-0c0df248d1214abe9782df45e3983b35:0W8k3pDUo0KaHrTbWthSUrs17rM+s1lhi9nx6JeJ/jSzJDEXUw==", "id_number": null, "phone": "enc:v1:person-0c0df248d1214abe9782df45e3983b35:0CdGrnWl0e4/eEf2dsJcoJprIF5+g9Af0urstc6utjmlTl2D8zT2", "address": null}');
INSERT INTO "timeline" VALUES('bbb85ffe-5375-42c6-9c44-cd3ad976262a','reception','visit','shuniu.reception.visit.appointed.v1','visit-demo-2',1,'2026-12-02 20:05:42.568399','zheng',NULL,NULL,'{"person_id": "person-0c0df248d1214abe9782df45e3983b35", "organisation": "市财政局", "host_department": "finance", "host_person": "chen", "expected_at": "2026-12-03T02:00:00Z", "purpose": "专项资金对账", "booked_by": "zheng"}');
INSERT INTO "timeline" VALUES('417cfa86-6673-4cfd-9718-ad707db1bf4e','reception','person','shuniu.reception.person.recorded.v1','person-9fe0e0428814456ca064ff8488a7b831',1,'2026-12-02 20:05:42.613344','zheng',NULL,NULL,'{"kind": "visitor", "name": "enc:v1:person-9fe0e0428814456ca064ff8488a7b831:G2jQSqm/hMcwSkLOcVUCWnanfDXv6NiIRrsKFOpeboWTAQbDZw==", "id_number": null, "phone": "enc:v1:person-9fe0e0428814456ca064ff8488a7b831:/+b0xis3RJBLc5OH63vb8Wm7iqCSyv6Oj7dySi3lwWxDOG70vrM8", "address": null}');
INSERT INTO "timeline" VALUES('eb24ccbe-1713-48ba-9cc6-98fc0dd4ad71','reception','visit','shuniu.reception.visit.appointed.v1','visit-demo-3',1,'2026-12-02 20:05:42.624872','zheng',NULL,NULL,'{"person_id": "person-9fe0e0428814456ca064ff8488a7b831", "organisation": "县总工会", "host_department": "union", "host_person": "sun", "expected_at": "2026-12-03T07:00:00Z", "purpose": "困难职工慰问安排", "booked_by": "zheng"}');
INSERT INTO "timeline" VALUES('14348648-b26e-4748-86c0-b89340171b10','reception','visit','shuniu.reception.visit.arrived.v1','visit-demo-1',2,'2026-12-02 20:05:42.644092','zheng',NULL,NULL,'{"person_id": "person-90124154572f4eb7a1d3ec6501efac0a", "badge": "A-01", "arrived_at": "2026-12-02T20:05:42.644042Z", "walk_in": false, "host_department": "education", "host_person": "zhao", "organisation": "F县第一中学", "purpose": "商谈校舍维修"}');
INSERT INTO "timeline" VALUES('72c89489-0753-4566-bd0b-cf1306308a0a','reception','visit','shuniu.reception.visit.arrived.v1','visit-demo-2',2,'2026-12-02 20:05:42.678671','zheng',NULL,NULL,'{"person_id": "person-0c0df248d1214abe9782df45e3983b35", "badge": "A-02", "arrived_at": "2026-12-02T20:05:42.678632Z", "walk_in": false, "host_department": "finance", "host_person": "chen", "organisation": "市财政局", "purpose": "专项资金对账"}');
INSERT INTO "timeline" VALUES('c9acca9c-8995-448c-81a8-0e035a8490a9','reception','visit','shuniu.reception.visit.left.v1','visit-demo-2',3,'2026-12-02 20:05:42.694060','zheng',NULL,NULL,'{"badge": "A-02", "left_at": "2026-12-02T20:05:42.694039Z"}');
INSERT INTO "timeline" VALUES('252329e7-98e0-48fa-934e-9aa9016ecfcc','reception','person','shuniu.reception.person.recorded.v1','person-f0225704c13f4b738a4682f16eff7c9d',1,'2026-12-02 20:05:42.708924','zheng',NULL,NULL,'{"kind": "visitor", "name": "enc:v1:person-f0225704c13f4b738a4682f16eff7c9d:PaNJEE5kT98nUCo+/VaA3Nn40a07MOAvf/PCbPg8frhfMApI8g==", "id_number": null, "phone": "enc:v1:person-f0225704c13f4b738a4682f16eff7c9d:x+P/cRaGBhiIlBldh12giCgr2QNlAadmcKD2P0lq2mir8TVKWGTU", "address": null}');
INSERT INTO "timeline" VALUES('089a1bf6-846a-4708-a6a6-9d4186cb9437','reception','visit','shuniu.reception.visit.arrived.v1','visit-demo-4',1,'2026-12-02 20:05:42.716681','zheng',NULL,NULL,'{"person_id": "person-f0225704c13f4b738a4682f16eff7c9d", "badge": "B-01", "arrived_at": "2026-12-02T20:05:42.716605Z", "walk_in": true, "host_department": "office.affairs", "host_person": "wu", "organisation": "个人", "purpose": "咨询办事流程"}');
INSERT INTO "timeline" VALUES('3e1e5a01-e795-4084-8513-d5c4fa1f107d','reception','person','shuniu.reception.person.recorded.v1','person-4ac9578e0d1c4cd9ab2065878b5a77ae',1,'2026-12-02 20:05:42.728080','wang',NULL,NULL,'{"kind": "petitioner", "name": "enc:v1:person-4ac9578e0d1c4cd9ab2065878b5a77ae:roYqILNeX6r+Paj/NPYF5YHc03Wf8oM+2OZexqTtLITo5fuBJQ==", "id_number": null, "phone": "enc:v1:person-4ac9578e0d1c4cd9ab2065878b5a77ae:3V+k2Lrg1Zxy4DuWJNs4W2YmN+EabQKSE6GErCc9NeGbo4XYMCQu", "address": "enc:v1:person-4ac9578e0d1c4cd9ab2065878b5a77ae:aUGJ2XbpRos0H034cCJuUFNTV1TuuOOAThVd6SHzTDUuJkXeks9kTFo="}');
INSERT INTO "timeline" VALUES('472d7c03-45e9-48a3-a58a-20a938e2356c','reception','petition','shuniu.reception.petition.registered.v1','petition-demo-1',1,'2026-12-02 20:05:42.744108','wang',NULL,NULL,'{"case_number": "信访〔2026〕1号", "person_id": "person-4ac9578e0d1c4cd9ab2065878b5a77ae", "channel": "letter", "content": "enc:v1:person-4ac9578e0d1c4cd9ab2065878b5a77ae:hSjxupFuTfSvK7CcB3CsNRtmmcqoHxwJwiKCxEQX5wzbtUp1gALzs50B/uETjQ6BUxsZqIHDZ9VfloolQtJCwGbxqac+uzkYVofb3w==", "received_on": "2026-12-03", "registered_by": "wang", "routing_due_on": "2026-12-18"}');
INSERT INTO "timeline" VALUES('75631a91-63aa-4fc0-9926-b2f422654c96','reception','person','shuniu.reception.person.recorded.v1','person-b942459f65dd4ace94d1a3ae0ff71df0',1,'2026-12-02 20:05:42.773994','wang',NULL,NULL,'{"kind": "petitioner", "name": "enc:v1:person-b942459f65dd4ace94d1a3ae0ff71df0:DU5gSjKRstWOBclDYOueR0uHCD0X0Rn926363f40C7eMtVfyzg==", "id_number": null, "phone": "enc:v1:person-b942459f65dd4ace94d1a3ae0ff71df0:8icOQxkX5Tpzm0AMjuQm3UwWqpm261a+nCiToUeu4DB01vYfJK1y", "address": "enc:v1:person-b942459f65dd4ace94d1a3ae0ff71df0:VjrbR34zPqzgsxQ9pUwgZmApzvweAaknLUhlfrD30/2ejAiZT0SSv28="}');
INSERT INTO "timeline" VALUES('12d5c505-7593-4bd4-8053-461d6b2c896d','reception','petition','shuniu.reception.petition.registered.v1','petition-demo-2',1,'2026-12-02 20:05:42.798374','wang',NULL,NULL,'{"case_number": "信访〔2026〕2号", "person_id": "person-b942459f65dd4ace94d1a3ae0ff71df0", "channel": "letter", "content": "enc:v1:person-b942459f65dd4ace94d1a3ae0ff71df0:Cem8lUYHNFRn5deS/T/S9VUvUITV96I4ZjhiURrDTTOwu1CKeexAsTnqCintkiNXt+uDPZmmFstS7DUGr77C2g==", "received_on": "2026-11-08", "registered_by": "wang", "routing_due_on": "2026-11-23"}');
INSERT INTO "timeline" VALUES('794df6c3-975b-4aea-9196-d8156ed99397','reception','petition','shuniu.reception.petition.routed.v1','petition-demo-2',2,'2026-12-02 20:05:42.846482','wang',NULL,NULL,'{"to_department": "education", "routed_on": "2026-11-13", "routed_by": "wang", "acceptance_due_on": "2026-11-28", "objection_due_on": "2026-11-20"}');
INSERT INTO "timeline" VALUES('9e31b320-2d4e-4d9f-bb8b-04915d1933f2','supervision','task','shuniu.supervision.task.overdue.v1','adhoc:9a061b230596',5,'2026-12-02 20:05:43.030813','system:deadlines',NULL,NULL,'{"deadline": "2026-11-28", "on": "2026-12-03"}');
INSERT INTO "timeline" VALUES('3fae9b0b-d9f0-461c-bdf6-3e129d053088','reception','petition','shuniu.reception.petition.accepted.v1','petition-demo-2',3,'2026-12-02 20:05:42.901264','wang',NULL,NULL,'{"accepted_on": "2026-11-13", "notice": "受理告知书〔2026〕2号", "handling_due_on": "2027-01-12"}');
INSERT INTO "timeline" VALUES('d1c51f4c-afc7-4cd1-98c5-6e021c1f5240','reception','petition','shuniu.reception.petition.assigned.v1','petition-demo-2',4,'2026-12-02 20:05:42.979866','wang',NULL,NULL,'{"petition_id": "petition-demo-2", "case_number": "信访〔2026〕2号", "summary": "反映学校违规收取补课费，请核查处理", "department": "education", "due_on": "2027-01-12", "assigned_by": "wang"}');
INSERT INTO "timeline" VALUES('09974f6f-edb2-4f54-9652-cb3fb34c3b54','reception','person','shuniu.reception.person.recorded.v1','person-d58aceeb4c324313bbeffdadf0da1162',1,'2026-12-02 20:05:42.993201','wang',NULL,NULL,'{"kind": "petitioner", "name": "enc:v1:person-d58aceeb4c324313bbeffdadf0da1162:l9Ulje+xlsh8mxGR0oc4lpsesxOwK0Tu2zdKKX/G302c9ySo9A==", "id_number": null, "phone": "enc:v1:person-d58aceeb4c324313bbeffdadf0da1162:C/JSlvmwFUfBHimLx0dII8knP9yFMvNzrMtm7rZFbmjDWkKXKh3g", "address": "enc:v1:person-d58aceeb4c324313bbeffdadf0da1162:JcQ6RsXc7RF8VSbB89n/bLX7zRrV0J/FZb+QAWOmE/bhtv46c58jdIs="}');
INSERT INTO "timeline" VALUES('a58ed06a-e295-4598-832f-5f5e2a49a7c0','reception','petition','shuniu.reception.petition.registered.v1','petition-demo-3',1,'2026-12-02 20:05:43.005788','wang',NULL,NULL,'{"case_number": "信访〔2026〕3号", "person_id": "person-d58aceeb4c324313bbeffdadf0da1162", "channel": "letter", "content": "enc:v1:person-d58aceeb4c324313bbeffdadf0da1162:rgOebf/KuhMpgEK7gsa5+KuTM6fTH2UoUx4jNLykLHCYiYKxlDh886qrvrn+QGszp0aqPGpUDuBmPQ==", "received_on": "2026-10-04", "registered_by": "wang", "routing_due_on": "2026-10-19"}');
INSERT INTO "timeline" VALUES('e3524776-d135-4981-9bf3-3fb852f987e4','reception','petition','shuniu.reception.petition.routed.v1','petition-demo-3',2,'2026-12-02 20:05:43.020594','wang',NULL,NULL,'{"to_department": "agriculture", "routed_on": "2026-10-06", "routed_by": "wang", "acceptance_due_on": "2026-10-21", "objection_due_on": "2026-10-13"}');
INSERT INTO "timeline" VALUES('2c5c8f05-eaca-4214-87d1-59c30c2c21ce','reception','petition','shuniu.reception.petition.accepted.v1','petition-demo-3',3,'2026-12-02 20:05:43.064091','wang',NULL,NULL,'{"accepted_on": "2026-10-06", "notice": "受理告知书〔2026〕3号", "handling_due_on": "2026-12-05"}');
INSERT INTO "timeline" VALUES('1df67296-b84d-404e-8380-9e2037fc844f','reception','petition','shuniu.reception.petition.assigned.v1','petition-demo-3',4,'2026-12-02 20:05:43.122305','wang',NULL,NULL,'{"petition_id": "petition-demo-3", "case_number": "信访〔2026〕3号", "summary": "反映农田灌溉渠损毁，请组织修复", "department": "agriculture", "due_on": "2026-12-05", "assigned_by": "wang"}');
INSERT INTO "timeline" VALUES('da0e9aff-d98f-4970-8f7c-027e1c9d616d','reception','person','shuniu.reception.person.recorded.v1','person-97adae2d44b243e9bb8c409fc3c6ed0f',1,'2026-12-02 20:05:43.156232','wang',NULL,NULL,'{"kind": "petitioner", "name": "enc:v1:person-97adae2d44b243e9bb8c409fc3c6ed0f:X+NQhUleHe0QnIONo6oEphFleTYvuqA4TMs4qs1p2+DWF3qPsg==", "id_number": null, "phone": "enc:v1:person-97adae2d44b243e9bb8c409fc3c6ed0f:m+EUQtmcdhmVUnGCoUjP9M+uN7Qc1N8vo/J3nqRdPiwDYMgl4jmG", "address": "enc:v1:person-97adae2d44b243e9bb8c409fc3c6ed0f:70UviEo6PeFK6IaUwBSyKvsdNTY2j3xsjDg4OrEQm30mQi9V8ziXDOo="}');
INSERT INTO "timeline" VALUES('d6f1ac77-4aae-4fa2-be82-f05009ce5b41','reception','petition','shuniu.reception.petition.registered.v1','petition-demo-4',1,'2026-12-02 20:05:43.171121','wang',NULL,NULL,'{"case_number": "信访〔2026〕4号", "person_id": "person-97adae2d44b243e9bb8c409fc3c6ed0f", "channel": "letter", "content": "enc:v1:person-97adae2d44b243e9bb8c409fc3c6ed0f:Ss2+HzCXxyDl/84VYDypqypsh3/Ynv9i6G23naysgUYKwDWPObqo5Ciy9ce8+E2X64LutPITDY+jMONDwA==", "received_on": "2026-11-13", "registered_by": "wang", "routing_due_on": "2026-11-28"}');
INSERT INTO "timeline" VALUES('136d1b6d-1de1-4ece-ba8f-da07909b9cd1','reception','person','shuniu.reception.person.recorded.v1','person-a723185fee634fa5a05d89e0191b8215',1,'2026-12-02 20:05:43.196355','wang',NULL,NULL,'{"kind": "petitioner", "name": "enc:v1:person-a723185fee634fa5a05d89e0191b8215:HvhIW3fTe7fXgDAUZBbqBvObp9qPLjaKwO7AlzKapnGGUuCxSQ==", "id_number": null, "phone": "enc:v1:person-a723185fee634fa5a05d89e0191b8215:ZwmQ2c/Wgm6vR5hAmNokS0+AbS8Z9HohgnagUk9vjriqrvFp7P4F", "address": "enc:v1:person-a723185fee634fa5a05d89e0191b8215:MKCQUYb4LVXQRsQ1oaRbPS1v0jGdzRBsTqC78CK7WFa0WulCbFNFgiE="}');
INSERT INTO "timeline" VALUES('c7a2d9ff-4e6b-41d3-85ab-e75bf8abc894','reception','petition','shuniu.reception.petition.registered.v1','petition-demo-5',1,'2026-12-02 20:05:43.220856','wang',NULL,NULL,'{"case_number": "信访〔2026〕5号", "person_id": "person-a723185fee634fa5a05d89e0191b8215", "channel": "letter", "content": "enc:v1:person-a723185fee634fa5a05d89e0191b8215:ftTBAINCm4hr+xhs9UmDFq8Z0J6Y/5efgOzYiRFg93g2s6JNnyhPjdHgDaMEaS2RXq7cxqBk2g==", "received_on": "2026-10-14", "registered_by": "wang", "routing_due_on": "2026-10-29"}');
INSERT INTO "timeline" VALUES('f206b721-2b2f-4b3e-84bc-fb879d5f4aeb','reception','petition','shuniu.reception.petition.routed.v1','petition-demo-5',2,'2026-12-02 20:05:43.245620','wang',NULL,NULL,'{"to_department": "finance", "routed_on": "2026-10-19", "routed_by": "wang", "acceptance_due_on": "2026-11-03", "objection_due_on": "2026-10-26"}');
INSERT INTO "timeline" VALUES('4c5b47d9-2b05-4981-94d5-ed94166f99b3','reception','petition','shuniu.reception.petition.accepted.v1','petition-demo-5',3,'2026-12-02 20:05:43.277583','wang',NULL,NULL,'{"accepted_on": "2026-10-19", "notice": "受理告知书〔2026〕5号", "handling_due_on": "2026-12-18"}');
INSERT INTO "timeline" VALUES('c19ab437-11e9-4270-881b-fc5e401a487e','reception','petition','shuniu.reception.petition.assigned.v1','petition-demo-5',4,'2026-12-02 20:05:43.308142','wang',NULL,NULL,'{"petition_id": "petition-demo-5", "case_number": "信访〔2026〕5号", "summary": "反映道路施工扰民，请协调施工时间", "department": "finance", "due_on": "2026-12-18", "assigned_by": "wang"}');
INSERT INTO "timeline" VALUES('23f104bc-09b4-4153-920b-4a9580cb3514','reception','petition','shuniu.reception.petition.supervision_closed.v1','petition-demo-5',5,'2026-12-02 20:05:43.315807','system:supervision',NULL,NULL,'{"task_id": "task-of-petition-demo-5", "result": "已办结", "closed_on": "2026-11-28"}');
INSERT INTO "timeline" VALUES('9cf8a6a9-fff7-4cca-9146-5759bc8e49c8','reception','petition','shuniu.reception.petition.replied.v1','petition-demo-5',6,'2026-12-02 20:05:43.334834','wang',NULL,NULL,'{"replied_on": "2026-11-28", "reply": "enc:v1:person-a723185fee634fa5a05d89e0191b8215:WsZajxhCH/cWuBWgfNX1AcGtn8inBst4u+ipv5aPt102KpBapLlVW1E2NU739bfdZ6Qwtc/UXkquKPe71lGXfJUbam2qUw==", "review_request_due_on": "2026-12-28"}');
INSERT INTO "timeline" VALUES('af0071f2-20db-43ef-bc65-a23eeb92014b','reception','person','shuniu.reception.person.recorded.v1','person-be37f1ee75c14a3f86ed8f198acec845',1,'2026-12-02 20:05:43.355446','wang',NULL,NULL,'{"kind": "petitioner", "name": "enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:9htL2rL4ezK7w7+Pfgfh00mE7tD7hCdUmJ/EVjlUwCNul1ZDtA==", "id_number": null, "phone": "enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:5f/F4xjKtQMBjMJUPEZmuUFoWjfvf+EpvWxRkWl7SW+Dr9F7fvZZ", "address": "enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:C1ne+Pc9H8R9btuXv6PSLckulZjGlqJiW4fZiTLiaWCH/w0dorwwvXA="}');
INSERT INTO "timeline" VALUES('1fd0cfdf-b61e-49a9-9dd7-2c89a9c58a83','reception','petition','shuniu.reception.petition.registered.v1','petition-demo-6',1,'2026-12-02 20:05:43.368189','wang',NULL,NULL,'{"case_number": "信访〔2026〕6号", "person_id": "person-be37f1ee75c14a3f86ed8f198acec845", "channel": "letter", "content": "enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:bkSXs2U9bnBj+55S3xmKibHrT6ndQYnESGQZk0it7P+4/4jTUh3/dkY82U4hxyC3wh0/gCehBGuEgrn0h/Z/XQ==", "received_on": "2026-09-14", "registered_by": "wang", "routing_due_on": "2026-09-29"}');
INSERT INTO "timeline" VALUES('3ef386d7-f8c9-4760-9f07-217d742ccae3','reception','petition','shuniu.reception.petition.routed.v1','petition-demo-6',2,'2026-12-02 20:05:43.382632','wang',NULL,NULL,'{"to_department": "agriculture", "routed_on": "2026-09-19", "routed_by": "wang", "acceptance_due_on": "2026-10-04", "objection_due_on": "2026-09-24"}');
INSERT INTO "timeline" VALUES('15e014f2-8074-492f-b49f-a4095c6941a6','reception','petition','shuniu.reception.petition.accepted.v1','petition-demo-6',3,'2026-12-02 20:05:43.392931','wang',NULL,NULL,'{"accepted_on": "2026-09-19", "notice": "受理告知书〔2026〕6号", "handling_due_on": "2026-11-18"}');
INSERT INTO "timeline" VALUES('c9bfe8de-7b1a-44e9-9faa-1b73b580f555','reception','petition','shuniu.reception.petition.assigned.v1','petition-demo-6',4,'2026-12-02 20:05:43.404647','wang',NULL,NULL,'{"petition_id": "petition-demo-6", "case_number": "信访〔2026〕6号", "summary": "反映征地补偿标准不一致，请核实", "department": "agriculture", "due_on": "2026-11-18", "assigned_by": "wang"}');
INSERT INTO "timeline" VALUES('4361b054-6b07-45b3-87cd-45ecde8c5227','reception','petition','shuniu.reception.petition.supervision_closed.v1','petition-demo-6',5,'2026-12-02 20:05:43.410014','system:supervision',NULL,NULL,'{"task_id": "task-of-petition-demo-6", "result": "已办结", "closed_on": "2026-11-13"}');
INSERT INTO "timeline" VALUES('22026e28-5f72-47c3-b3c3-5646e70b4fec','reception','petition','shuniu.reception.petition.replied.v1','petition-demo-6',6,'2026-12-02 20:05:43.416066','wang',NULL,NULL,'{"replied_on": "2026-11-13", "reply": "enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:VXzsznZiIUrNbB/oplP5SqmbRAuxkPLyvIB8w148jLiRnw4pMhO0kp0mmyqvB2JM2MOwAOAgn4u1Ysc6kLBgWsJRJ4lKBA==", "review_request_due_on": "2026-12-13"}');
INSERT INTO "timeline" VALUES('deabb451-d1bc-45f2-95e5-ed75f4ce2e96','reception','petition','shuniu.reception.petition.review_requested.v1','petition-demo-6',7,'2026-12-02 20:05:43.420889','wang',NULL,NULL,'{"level": "复查", "requested_on": "2026-11-28", "grounds": "enc:v1:person-be37f1ee75c14a3f86ed8f198acec845:LQnBcZxuwjrYqDTNKpdcHcFF0GYXjlgn7+ndbpOZ+Z7F0pfIicjGLPVrKdu6Q43zQMZpPZnp8vcj0tUDs+YK1aVf8l0gc9YE0taNTw==", "decision_due_on": "2026-12-28"}');
INSERT INTO "timeline" VALUES('f2135e8c-51d3-4c51-bbd8-b0677f1101a1','reception','vehicle','shuniu.reception.vehicle.registered.v1','vehicle-demo-1',1,'2026-12-02 20:05:43.426930','wu',NULL,NULL,'{"plate": "F·00001", "model": "红旗H5", "seats": 5}');
INSERT INTO "timeline" VALUES('99a1a418-4ceb-43e8-8a12-5eff7acea6c4','reception','vehicle','shuniu.reception.vehicle.registered.v1','vehicle-demo-2',1,'2026-12-02 20:05:43.430018','wu',NULL,NULL,'{"plate": "F·00002", "model": "丰田凯美瑞", "seats": 5}');
INSERT INTO "timeline" VALUES('ae0fbe8d-23d7-4e0d-8d97-a58d40c19f93','reception','vehicle','shuniu.reception.vehicle.registered.v1','vehicle-demo-3',1,'2026-12-02 20:05:43.432609','wu',NULL,NULL,'{"plate": "F·00009", "model": "大众帕萨特", "seats": 5}');
INSERT INTO "timeline" VALUES('069db30a-d860-49bb-9354-d54e725c03ba','reception','trip','shuniu.reception.trip.requested.v1','trip-demo-1',1,'2026-12-02 20:05:43.434569','chen',NULL,NULL,'{"requested_by": "chen", "rider": "chen", "passengers": [], "destination": "市财政局", "purpose": "公务", "starts_at": "2026-12-04T00:00:00Z", "ends_at": "2026-12-04T04:00:00Z"}');
INSERT INTO "timeline" VALUES('9ddc57e7-4b29-49ff-bc66-bfac037b8a0d','reception','trip','shuniu.reception.trip.requested.v1','trip-demo-2',1,'2026-12-02 20:05:43.437398','fang',NULL,NULL,'{"requested_by": "fang", "rider": "fang", "passengers": [], "destination": "省城扶贫工作会", "purpose": "公务", "starts_at": "2026-12-02T23:00:00Z", "ends_at": "2026-12-03T11:00:00Z"}');
INSERT INTO "timeline" VALUES('3d2e9253-434b-4ca0-98e6-05d7058602df','reception','trip','shuniu.reception.trip.approved.v1','trip-demo-2',2,'2026-12-02 20:05:43.440301','feng',NULL,NULL,'{"approved_by": "feng"}');
INSERT INTO "timeline" VALUES('78bc7a86-b0a1-4b38-8a71-4750df75567a','reception','trip','shuniu.reception.trip.dispatched.v1','trip-demo-2',3,'2026-12-02 20:05:43.446883','wu',NULL,NULL,'{"vehicle_id": "vehicle-demo-2", "dispatched_by": "wu"}');
INSERT INTO "timeline" VALUES('4c0bac45-5dda-4d92-b76a-85b5cc59b44e','reception','trip','shuniu.reception.trip.requested.v1','trip-demo-3',1,'2026-12-02 20:05:43.449102','luo',NULL,NULL,'{"requested_by": "luo", "rider": "luo", "passengers": [], "destination": "行署会议", "purpose": "公务", "starts_at": "2026-12-02T00:00:00Z", "ends_at": "2026-12-02T09:00:00Z"}');
INSERT INTO "timeline" VALUES('5329c1ba-4fe3-4a6b-9029-c60d86e1934a','reception','trip','shuniu.reception.trip.approved.v1','trip-demo-3',2,'2026-12-02 20:05:43.452066','feng',NULL,NULL,'{"approved_by": "feng"}');
INSERT INTO "timeline" VALUES('aac2c1a6-4182-439f-a035-f9d5ccbb22a6','reception','trip','shuniu.reception.trip.dispatched.v1','trip-demo-3',3,'2026-12-02 20:05:43.456853','wu',NULL,NULL,'{"vehicle_id": "vehicle-demo-1", "dispatched_by": "wu"}');
INSERT INTO "timeline" VALUES('4ae09f54-8436-4913-bd4b-388491ba517a','reception','trip','shuniu.reception.trip.returned.v1','trip-demo-3',4,'2026-12-02 20:05:43.459766','wu',NULL,NULL,'{"vehicle_id": "vehicle-demo-1", "returned_at": "2026-12-02T20:05:43.459746Z", "mileage_km": 186.0}');
INSERT INTO "timeline" VALUES('5e86090e-8b93-4ba9-be65-635e05be2daf','reception','seal','shuniu.reception.seal.registered.v1','seal-demo-gov',1,'2026-12-02 20:05:43.463105','wu',NULL,NULL,'{"name": "F县人民政府印", "kind": "公章"}');
INSERT INTO "timeline" VALUES('a0c181e4-2277-4b5f-9636-a96a3ffaed3c','reception','seal','shuniu.reception.seal.registered.v1','seal-demo-office',1,'2026-12-02 20:05:43.465555','wu',NULL,NULL,'{"name": "F县人民政府办公室印", "kind": "办公室章"}');
INSERT INTO "timeline" VALUES('04abaad4-d5a0-4040-866e-0fbc9409a6b3','reception','seal_request','shuniu.reception.seal_request.requested.v1','sealreq-demo-1',1,'2026-12-02 20:05:43.468469','li',NULL,NULL,'{"seal_id": "seal-demo-office", "document": "F政办函〔2026〕21号", "reason": "报送年度工作总结", "impressions": 2, "requested_by": "li"}');
INSERT INTO "timeline" VALUES('28c3eb24-cc2c-40ff-bce8-4572b3bdbc4e','reception','seal_request','shuniu.reception.seal_request.requested.v1','sealreq-demo-2',1,'2026-12-02 20:05:43.472731','shen',NULL,NULL,'{"seal_id": "seal-demo-gov", "document": "F政发〔2026〕8号", "reason": "印发春耕生产工作方案", "impressions": 30, "requested_by": "shen"}');
INSERT INTO "timeline" VALUES('8c0081e1-d1ad-409b-90a4-f7c0fd8ba5bf','reception','seal_request','shuniu.reception.seal_request.requested.v1','sealreq-demo-3',1,'2026-12-02 20:05:43.478073','chen',NULL,NULL,'{"seal_id": "seal-demo-office", "document": "介绍信", "reason": "赴省财政厅汇报工作", "impressions": 1, "requested_by": "chen"}');
INSERT INTO "timeline" VALUES('93d05029-b10f-48c7-9d12-1776730f4544','reception','seal_request','shuniu.reception.seal_request.approved.v1','sealreq-demo-2',2,'2026-12-02 20:05:43.480901','feng',NULL,NULL,'{"approved_by": "feng"}');
INSERT INTO "timeline" VALUES('c4d09dd5-7722-41cf-91a7-fcfa74f53975','reception','seal_request','shuniu.reception.seal_request.approved.v1','sealreq-demo-3',2,'2026-12-02 20:05:43.484147','feng',NULL,NULL,'{"approved_by": "feng"}');
INSERT INTO "timeline" VALUES('48977612-6701-4935-a1d6-41b728bb932c','reception','seal_request','shuniu.reception.seal_request.used.v1','sealreq-demo-3',3,'2026-12-02 20:05:43.486934','wu',NULL,NULL,'{"seal_id": "seal-demo-office", "used_by": "wu", "used_at": "2026-12-02T20:05:43.486914Z", "impressions": 1}');
INSERT INTO "timeline" VALUES('8bac30c4-5c34-474d-9a5c-dc308f25bb05','reception','petition','shuniu.reception.petition.clock_approaching.v1','petition-demo-4',2,'2026-12-02 20:05:43.515951','system:deadlines',NULL,NULL,'{"clock": "routing", "due_on": "2026-11-28"}');
INSERT INTO "timeline" VALUES('d8fa2366-4a29-4218-abe9-71d5fa15e0c9','reception','petition','shuniu.reception.petition.clock_overdue.v1','petition-demo-4',3,'2026-12-02 20:05:43.548874','system:deadlines',NULL,NULL,'{"clock": "routing", "due_on": "2026-11-28"}');
INSERT INTO "timeline" VALUES('a0f29dad-2ac2-4c2d-b5c7-121fe46baf6d','reception','petition','shuniu.reception.petition.clock_approaching.v1','petition-demo-3',5,'2026-12-02 20:05:43.554013','system:deadlines',NULL,NULL,'{"clock": "handling", "due_on": "2026-12-05"}');
INSERT INTO "timeline" VALUES('329f81ac-2066-45e1-8d04-ab12b73a4e7a','supervision','task','shuniu.supervision.task.opened.v1','petition:petition-demo-2:education',1,'2026-12-02 20:05:44.606088','wang','d1c51f4c-afc7-4cd1-98c5-6e021c1f5240','d1c51f4c-afc7-4cd1-98c5-6e021c1f5240','{"task_id": "petition:petition-demo-2:education", "source": {"kind": "petition", "service": "reception", "id": "petition-demo-2", "item": null}, "title": "信访件 信访〔2026〕2号：反映学校违规收取补课费，请核查处理", "lead_department": "education", "co_departments": [], "deadline": "2027-01-12", "description": "反映学校违规收取补课费，请核查处理", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "wang", "opened_by": null, "opened_on": "2026-12-03", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('004054ed-b401-48d5-b76b-44a576821609','supervision','task','shuniu.supervision.task.opened.v1','petition:petition-demo-3:agriculture',1,'2026-12-02 20:05:44.610787','wang','1df67296-b84d-404e-8380-9e2037fc844f','1df67296-b84d-404e-8380-9e2037fc844f','{"task_id": "petition:petition-demo-3:agriculture", "source": {"kind": "petition", "service": "reception", "id": "petition-demo-3", "item": null}, "title": "信访件 信访〔2026〕3号：反映农田灌溉渠损毁，请组织修复", "lead_department": "agriculture", "co_departments": [], "deadline": "2026-12-05", "description": "反映农田灌溉渠损毁，请组织修复", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "wang", "opened_by": null, "opened_on": "2026-12-03", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('7460c3ae-0022-411b-91ca-8c179f076ce9','supervision','task','shuniu.supervision.task.opened.v1','petition:petition-demo-5:finance',1,'2026-12-02 20:05:44.615282','wang','c19ab437-11e9-4270-881b-fc5e401a487e','c19ab437-11e9-4270-881b-fc5e401a487e','{"task_id": "petition:petition-demo-5:finance", "source": {"kind": "petition", "service": "reception", "id": "petition-demo-5", "item": null}, "title": "信访件 信访〔2026〕5号：反映道路施工扰民，请协调施工时间", "lead_department": "finance", "co_departments": [], "deadline": "2026-12-18", "description": "反映道路施工扰民，请协调施工时间", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "wang", "opened_by": null, "opened_on": "2026-12-03", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('dafacb1f-49fe-4ee6-a2c1-e2bbc8fae84b','supervision','task','shuniu.supervision.task.opened.v1','petition:petition-demo-6:agriculture',1,'2026-12-02 20:05:44.619678','wang','c9bfe8de-7b1a-44e9-9faa-1b73b580f555','c9bfe8de-7b1a-44e9-9faa-1b73b580f555','{"task_id": "petition:petition-demo-6:agriculture", "source": {"kind": "petition", "service": "reception", "id": "petition-demo-6", "item": null}, "title": "信访件 信访〔2026〕6号：反映征地补偿标准不一致，请核实", "lead_department": "agriculture", "co_departments": [], "deadline": "2026-11-18", "description": "反映征地补偿标准不一致，请核实", "priority": "normal", "reporting_cycle": "none", "classification": "none", "assigned_by": "wang", "opened_by": null, "opened_on": "2026-12-03", "default_deadline_applied": false}');
INSERT INTO "timeline" VALUES('f6fa30a6-008a-4495-90ce-1e1b1ad7f7fe','reception','petition','shuniu.reception.petition.supervision_opened.v1','petition-demo-2',5,'2026-12-02 20:05:44.688449','wang','d1c51f4c-afc7-4cd1-98c5-6e021c1f5240','329f81ac-2066-45e1-8d04-ab12b73a4e7a','{"task_id": "petition:petition-demo-2:education"}');
INSERT INTO "timeline" VALUES('77bb5090-bc28-4c02-8882-89db2ee903ce','reception','petition','shuniu.reception.petition.supervision_opened.v1','petition-demo-3',6,'2026-12-02 20:05:44.699782','wang','1df67296-b84d-404e-8380-9e2037fc844f','004054ed-b401-48d5-b76b-44a576821609','{"task_id": "petition:petition-demo-3:agriculture"}');
INSERT INTO "timeline" VALUES('574cd7b6-6855-409e-b638-0dc060a5b8f6','supervision','task','shuniu.supervision.task.deadline_approaching.v1','petition:petition-demo-6:agriculture',2,'2026-12-02 20:05:45.105458','system:deadlines',NULL,NULL,'{"deadline": "2026-11-18", "on": "2026-12-03"}');
INSERT INTO "timeline" VALUES('cb1a844d-30bb-4f35-871a-c58718bdaf85','supervision','task','shuniu.supervision.task.overdue.v1','petition:petition-demo-6:agriculture',3,'2026-12-02 20:05:45.127384','system:deadlines',NULL,NULL,'{"deadline": "2026-11-18", "on": "2026-12-03"}');
INSERT INTO "timeline" VALUES('928ad5c0-492d-4cf1-b9f8-4488a8306179','supervision','task','shuniu.supervision.task.deadline_approaching.v1','petition:petition-demo-3:agriculture',2,'2026-12-02 20:05:45.152985','system:deadlines',NULL,NULL,'{"deadline": "2026-12-05", "on": "2026-12-03"}');
CREATE TABLE trips (
	stream_id VARCHAR(200) NOT NULL, 
	destination VARCHAR(300) NOT NULL, 
	rider VARCHAR(100) NOT NULL, 
	vehicle_id VARCHAR(200), 
	status VARCHAR(20) NOT NULL, 
	starts_at DATETIME NOT NULL, 
	ends_at DATETIME NOT NULL, 
	PRIMARY KEY (stream_id)
);
INSERT INTO "trips" VALUES('trip-demo-1','市财政局','chen',NULL,'requested','2026-12-04 00:00:00.000000','2026-12-04 04:00:00.000000');
INSERT INTO "trips" VALUES('trip-demo-2','省城扶贫工作会','fang','vehicle-demo-2','dispatched','2026-12-02 23:00:00.000000','2026-12-03 11:00:00.000000');
INSERT INTO "trips" VALUES('trip-demo-3','行署会议','luo','vehicle-demo-1','returned','2026-12-02 00:00:00.000000','2026-12-02 09:00:00.000000');
CREATE TABLE visits (
	stream_id VARCHAR(200) NOT NULL, 
	badge VARCHAR(50), 
	host_department VARCHAR(100) NOT NULL, 
	expected_at DATETIME, 
	arrived_at DATETIME, 
	left_at DATETIME, 
	PRIMARY KEY (stream_id)
);
INSERT INTO "visits" VALUES('visit-demo-1','A-01','education','2026-12-03 01:00:00.000000','2026-12-02 20:05:42.644042',NULL);
INSERT INTO "visits" VALUES('visit-demo-2','A-02','finance','2026-12-03 02:00:00.000000','2026-12-02 20:05:42.678632','2026-12-02 20:05:42.694039');
INSERT INTO "visits" VALUES('visit-demo-3',NULL,'union','2026-12-03 07:00:00.000000',NULL,NULL);
INSERT INTO "visits" VALUES('visit-demo-4','B-01','office.affairs',NULL,'2026-12-02 20:05:42.716605',NULL);
CREATE TABLE work_items (
	"key" VARCHAR(400) NOT NULL, 
	service VARCHAR(40) NOT NULL, 
	stream_id VARCHAR(200) NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	person VARCHAR(100), 
	department VARCHAR(100), 
	role VARCHAR(40), 
	title VARCHAR(500) NOT NULL, 
	detail VARCHAR(1000), 
	classification VARCHAR(10) NOT NULL, 
	due DATETIME, 
	opened_at DATETIME NOT NULL, 
	done_at DATETIME, 
	PRIMARY KEY ("key")
);
INSERT INTO "work_items" VALUES('documents:in-e582ed9766284770:review:clerk','documents','in-e582ed9766284770','review',NULL,NULL,'clerk','关于报送第一季度经济运行情况的函','初审 preliminary review','none',NULL,'2026-12-02 20:05:39.189582',NULL);
INSERT INTO "work_items" VALUES('documents:in-3c1ae19b965a414d:review:clerk','documents','in-3c1ae19b965a414d','review',NULL,NULL,'clerk','关于某企业用地审批事项的请示','初审 preliminary review','none',NULL,'2026-12-02 20:05:39.214954','2026-12-02 20:05:39.225858');
INSERT INTO "work_items" VALUES('documents:in-d4a3279445c7407f:review:clerk','documents','in-d4a3279445c7407f','review',NULL,NULL,'clerk','关于做好冬春季森林防火工作的通知','初审 preliminary review','none',NULL,'2026-12-02 20:05:39.238575','2026-12-02 20:05:39.250965');
INSERT INTO "work_items" VALUES('documents:in-d4a3279445c7407f:propose:office_director','documents','in-d4a3279445c7407f','propose',NULL,NULL,'office_director','关于做好冬春季森林防火工作的通知','拟办意见 proposed handling','none',NULL,'2026-12-02 20:05:39.250965',NULL);
INSERT INTO "work_items" VALUES('meetings:mtg-b07c39b9318f:reply:fang','meetings','mtg-b07c39b9318f','reply','fang',NULL,NULL,'县政府第11次常务会议','会议通知（出席）','none','2026-11-24 01:00:00.000000','2026-12-02 20:05:40.099465','2026-12-02 20:05:40.115679');
INSERT INTO "work_items" VALUES('meetings:mtg-b07c39b9318f:reply:chen','meetings','mtg-b07c39b9318f','reply','chen',NULL,NULL,'县政府第11次常务会议','会议通知（出席）','none','2026-11-24 01:00:00.000000','2026-12-02 20:05:40.099465','2026-12-02 20:05:40.138190');
INSERT INTO "work_items" VALUES('meetings:mtg-b07c39b9318f:reply:zhao','meetings','mtg-b07c39b9318f','reply','zhao',NULL,NULL,'县政府第11次常务会议','会议通知（出席）','none','2026-11-24 01:00:00.000000','2026-12-02 20:05:40.099465','2026-12-02 20:05:40.155719');
INSERT INTO "work_items" VALUES('meetings:mtg-b07c39b9318f:reply:wang','meetings','mtg-b07c39b9318f','reply','wang',NULL,NULL,'县政府第11次常务会议','会议通知（出席）','none','2026-11-24 01:00:00.000000','2026-12-02 20:05:40.099465','2026-12-02 20:05:40.188190');
INSERT INTO "work_items" VALUES('meetings:mtg-b07c39b9318f:reply:sun','meetings','mtg-b07c39b9318f','reply','sun',NULL,NULL,'县政府第11次常务会议','会议通知（列席）','none','2026-11-24 01:00:00.000000','2026-12-02 20:05:40.099465','2026-12-02 20:05:40.203297');
INSERT INTO "work_items" VALUES('meetings:mtg-b07c39b9318f:reply:feng','meetings','mtg-b07c39b9318f','reply','feng',NULL,NULL,'县政府第11次常务会议','会议通知（列席）','none','2026-11-24 01:00:00.000000','2026-12-02 20:05:40.099465','2026-12-02 20:05:40.231634');
INSERT INTO "work_items" VALUES('meetings:mtg-b07c39b9318f:leave-wang:luo','meetings','mtg-b07c39b9318f','leave-wang','luo',NULL,NULL,'县政府第11次常务会议','{p:wang} 请假：赴市信访局参加联席会议','none','2026-11-24 01:00:00.000000','2026-12-02 20:05:40.188190','2026-12-02 20:05:40.403733');
INSERT INTO "work_items" VALUES('meetings:mtg-b07c39b9318f:leave-wang:shen','meetings','mtg-b07c39b9318f','leave-wang','shen',NULL,NULL,'县政府第11次常务会议','{p:wang} 请假：赴市信访局参加联席会议','none','2026-11-24 01:00:00.000000','2026-12-02 20:05:40.188190','2026-12-02 20:05:40.403733');
INSERT INTO "work_items" VALUES('documents:in-bc3785d14bc64659:review:clerk','documents','in-bc3785d14bc64659','review',NULL,NULL,'clerk','市政府第12次常务会议纪要','初审 preliminary review','none',NULL,'2026-12-02 20:05:39.270185','2026-12-02 20:05:39.284999');
INSERT INTO "work_items" VALUES('documents:in-bc3785d14bc64659:read:luo','documents','in-bc3785d14bc64659','read','luo',NULL,NULL,'市政府第12次常务会议纪要','传阅 please read','none','2026-12-07 09:30:00.000000','2026-12-02 20:05:39.298874','2026-12-02 20:05:39.315231');
INSERT INTO "work_items" VALUES('documents:in-bc3785d14bc64659:read:fang','documents','in-bc3785d14bc64659','read','fang',NULL,NULL,'市政府第12次常务会议纪要','传阅 please read','none','2026-12-07 09:30:00.000000','2026-12-02 20:05:39.298874',NULL);
INSERT INTO "work_items" VALUES('documents:in-bc3785d14bc64659:read:chen','documents','in-bc3785d14bc64659','read','chen',NULL,NULL,'市政府第12次常务会议纪要','传阅 please read','none','2026-12-07 09:30:00.000000','2026-12-02 20:05:39.298874','2026-12-02 20:05:39.337034');
INSERT INTO "work_items" VALUES('documents:in-bc3785d14bc64659:read:sun','documents','in-bc3785d14bc64659','read','sun',NULL,NULL,'市政府第12次常务会议纪要','传阅 please read','none','2026-12-07 09:30:00.000000','2026-12-02 20:05:39.298874',NULL);
INSERT INTO "work_items" VALUES('documents:in-08cb035c61fc48e0:review:clerk','documents','in-08cb035c61fc48e0','review',NULL,NULL,'clerk','关于开展中小学校舍安全排查的通知','初审 preliminary review','none',NULL,'2026-12-02 20:05:39.357188','2026-12-02 20:05:39.362436');
INSERT INTO "work_items" VALUES('documents:in-08cb035c61fc48e0:propose:office_director','documents','in-08cb035c61fc48e0','propose',NULL,NULL,'office_director','关于开展中小学校舍安全排查的通知','拟办意见 proposed handling','none',NULL,'2026-12-02 20:05:39.362436','2026-12-02 20:05:39.369077');
INSERT INTO "work_items" VALUES('documents:in-08cb035c61fc48e0:instruct:leader','documents','in-08cb035c61fc48e0','instruct',NULL,NULL,'leader','关于开展中小学校舍安全排查的通知','拟办意见：拟请方副县长阅示，县教育局牵头办理','none',NULL,'2026-12-02 20:05:39.369077',NULL);
INSERT INTO "work_items" VALUES('documents:in-f5f968d0b6fa4179:review:clerk','documents','in-f5f968d0b6fa4179','review',NULL,NULL,'clerk','关于切实做好春耕备耕工作的紧急通知','初审 preliminary review','none',NULL,'2026-12-02 20:05:39.387075','2026-12-02 20:05:39.395683');
INSERT INTO "work_items" VALUES('documents:in-f5f968d0b6fa4179:propose:office_director','documents','in-f5f968d0b6fa4179','propose',NULL,NULL,'office_director','关于切实做好春耕备耕工作的紧急通知','拟办意见 proposed handling','none',NULL,'2026-12-02 20:05:39.395683','2026-12-02 20:05:39.416197');
INSERT INTO "work_items" VALUES('documents:in-f5f968d0b6fa4179:instruct:leader','documents','in-f5f968d0b6fa4179','instruct',NULL,NULL,'leader','关于切实做好春耕备耕工作的紧急通知','拟办意见：拟请领导阅示，由县农业农村局牵头办理','none',NULL,'2026-12-02 20:05:39.416197','2026-12-02 20:05:39.421652');
INSERT INTO "work_items" VALUES('documents:in-f5f968d0b6fa4179:handle:agriculture','documents','in-f5f968d0b6fa4179','handle',NULL,'agriculture',NULL,'关于切实做好春耕备耕工作的紧急通知','批示：请牵头抓好落实，按时报告办理结果。','none','2026-12-10 15:59:00.000000','2026-12-02 20:05:39.421652',NULL);
INSERT INTO "work_items" VALUES('documents:in-78c5038a44134f7c:review:clerk','documents','in-78c5038a44134f7c','review',NULL,NULL,'clerk','关于下达2026年度财政专项资金的通知','初审 preliminary review','none',NULL,'2026-12-02 20:05:39.483000','2026-12-02 20:05:39.497581');
INSERT INTO "work_items" VALUES('documents:in-78c5038a44134f7c:propose:office_director','documents','in-78c5038a44134f7c','propose',NULL,NULL,'office_director','关于下达2026年度财政专项资金的通知','拟办意见 proposed handling','none',NULL,'2026-12-02 20:05:39.497581','2026-12-02 20:05:39.503885');
INSERT INTO "work_items" VALUES('documents:in-78c5038a44134f7c:instruct:leader','documents','in-78c5038a44134f7c','instruct',NULL,NULL,'leader','关于下达2026年度财政专项资金的通知','拟办意见：拟请领导阅示，由县财政局牵头办理','none',NULL,'2026-12-02 20:05:39.503885','2026-12-02 20:05:39.515078');
INSERT INTO "work_items" VALUES('documents:in-78c5038a44134f7c:handle:finance','documents','in-78c5038a44134f7c','handle',NULL,'finance',NULL,'关于下达2026年度财政专项资金的通知','批示：请牵头抓好落实，按时报告办理结果。','none','2026-12-17 15:59:00.000000','2026-12-02 20:05:39.515078','2026-12-02 20:05:39.537211');
INSERT INTO "work_items" VALUES('documents:in-e8330eba6a1c4d15:review:clerk','documents','in-e8330eba6a1c4d15','review',NULL,NULL,'clerk','关于做好元旦春节期间值班工作的通知','初审 preliminary review','none',NULL,'2026-12-02 20:05:39.565890','2026-12-02 20:05:39.570337');
INSERT INTO "work_items" VALUES('documents:in-e8330eba6a1c4d15:read:fang','documents','in-e8330eba6a1c4d15','read','fang',NULL,NULL,'关于做好元旦春节期间值班工作的通知','传阅 please read','none','2026-12-07 09:30:00.000000','2026-12-02 20:05:39.573916','2026-12-02 20:05:39.579468');
INSERT INTO "work_items" VALUES('documents:in-e8330eba6a1c4d15:read:sun','documents','in-e8330eba6a1c4d15','read','sun',NULL,NULL,'关于做好元旦春节期间值班工作的通知','传阅 please read','none','2026-12-07 09:30:00.000000','2026-12-02 20:05:39.573916','2026-12-02 20:05:39.582766');
INSERT INTO "work_items" VALUES('documents:in-333ba71128204656:review:clerk','documents','in-333ba71128204656','review',NULL,NULL,'clerk','关于2025年度工作目标考核结果的通报','初审 preliminary review','none',NULL,'2026-12-02 20:05:39.619274','2026-12-02 20:05:39.623781');
INSERT INTO "work_items" VALUES('documents:in-333ba71128204656:read:fang','documents','in-333ba71128204656','read','fang',NULL,NULL,'关于2025年度工作目标考核结果的通报','传阅 please read','none','2026-12-07 09:30:00.000000','2026-12-02 20:05:39.628112','2026-12-02 20:05:39.634648');
INSERT INTO "work_items" VALUES('documents:in-333ba71128204656:read:sun','documents','in-333ba71128204656','read','sun',NULL,NULL,'关于2025年度工作目标考核结果的通报','传阅 please read','none','2026-12-07 09:30:00.000000','2026-12-02 20:05:39.628112','2026-12-02 20:05:39.640353');
INSERT INTO "work_items" VALUES('documents:out-57685bf74cb14030:review:office_director','documents','out-57685bf74cb14030','review',NULL,NULL,'office_director','关于加强县级财政资金监管的通知','审核 review the draft','none',NULL,'2026-12-02 20:05:39.662855',NULL);
INSERT INTO "work_items" VALUES('documents:out-878aa9224c6442a0:review:office_director','documents','out-878aa9224c6442a0','review',NULL,NULL,'office_director','关于调整机关食堂就餐补助的通知','审核 review the draft','none',NULL,'2026-12-02 20:05:39.666409','2026-12-02 20:05:39.670573');
INSERT INTO "work_items" VALUES('documents:out-878aa9224c6442a0:revise:finance','documents','out-878aa9224c6442a0','revise',NULL,'finance',NULL,'关于调整机关食堂就餐补助的通知','审核意见：补助标准请与总工会核对后再报','none',NULL,'2026-12-02 20:05:39.670573',NULL);
INSERT INTO "work_items" VALUES('documents:out-c01799d7a4dc421d:review:office_director','documents','out-c01799d7a4dc421d','review',NULL,NULL,'office_director','关于开展职工健康体检的联合通知','审核 review the draft','none',NULL,'2026-12-02 20:05:39.674553','2026-12-02 20:05:39.681959');
INSERT INTO "work_items" VALUES('documents:out-c01799d7a4dc421d:countersign:finance','documents','out-c01799d7a4dc421d','countersign',NULL,'finance',NULL,'关于开展职工健康体检的联合通知','会签 countersign','none',NULL,'2026-12-02 20:05:39.681959',NULL);
INSERT INTO "work_items" VALUES('documents:out-c01799d7a4dc421d:sign:leader','documents','out-c01799d7a4dc421d','sign',NULL,NULL,'leader','关于开展职工健康体检的联合通知','签发 sign','none',NULL,'2026-12-02 20:05:39.681959',NULL);
INSERT INTO "work_items" VALUES('documents:out-f4adcab98a814071:review:office_director','documents','out-f4adcab98a814071','review',NULL,NULL,'office_director','关于申请2026年防汛补助资金的请示','审核 review the draft','none',NULL,'2026-12-02 20:05:39.686090','2026-12-02 20:05:39.692079');
INSERT INTO "work_items" VALUES('documents:out-f4adcab98a814071:sign:leader','documents','out-f4adcab98a814071','sign',NULL,NULL,'leader','关于申请2026年防汛补助资金的请示','签发 sign','none',NULL,'2026-12-02 20:05:39.692079',NULL);
INSERT INTO "work_items" VALUES('documents:out-4e8e66174f9947b7:review:office_director','documents','out-4e8e66174f9947b7','review',NULL,NULL,'office_director','关于印发县政府2026年工作要点的通知','审核 review the draft','none',NULL,'2026-12-02 20:05:39.695693','2026-12-02 20:05:39.725533');
INSERT INTO "work_items" VALUES('documents:out-4e8e66174f9947b7:sign:leader','documents','out-4e8e66174f9947b7','sign',NULL,NULL,'leader','关于印发县政府2026年工作要点的通知','签发 sign','none',NULL,'2026-12-02 20:05:39.725533','2026-12-02 20:05:39.731504');
INSERT INTO "work_items" VALUES('documents:out-4e8e66174f9947b7:register:clerk','documents','out-4e8e66174f9947b7','register',NULL,NULL,'clerk','关于印发县政府2026年工作要点的通知','复核、登记发文字号 recheck and number','none',NULL,'2026-12-02 20:05:39.731504',NULL);
INSERT INTO "work_items" VALUES('documents:out-a5179ee33dd14bce:review:office_director','documents','out-a5179ee33dd14bce','review',NULL,NULL,'office_director','关于成立县乡村振兴工作领导小组的通知','审核 review the draft','none',NULL,'2026-12-02 20:05:39.734885','2026-12-02 20:05:39.740423');
INSERT INTO "work_items" VALUES('documents:out-a5179ee33dd14bce:sign:leader','documents','out-a5179ee33dd14bce','sign',NULL,NULL,'leader','关于成立县乡村振兴工作领导小组的通知','签发 sign','none',NULL,'2026-12-02 20:05:39.740423','2026-12-02 20:05:39.745297');
INSERT INTO "work_items" VALUES('documents:out-a5179ee33dd14bce:register:clerk','documents','out-a5179ee33dd14bce','register',NULL,NULL,'clerk','关于成立县乡村振兴工作领导小组的通知','复核、登记发文字号 recheck and number','none',NULL,'2026-12-02 20:05:39.745297',NULL);
INSERT INTO "work_items" VALUES('documents:out-ca7c705878214016:review:office_director','documents','out-ca7c705878214016','review',NULL,NULL,'office_director','关于表彰2025年度先进集体的决定','审核 review the draft','none',NULL,'2026-12-02 20:05:39.774105','2026-12-02 20:05:39.781041');
INSERT INTO "work_items" VALUES('documents:out-ca7c705878214016:sign:leader','documents','out-ca7c705878214016','sign',NULL,NULL,'leader','关于表彰2025年度先进集体的决定','签发 sign','none',NULL,'2026-12-02 20:05:39.781041','2026-12-02 20:05:39.786127');
INSERT INTO "work_items" VALUES('documents:out-ca7c705878214016:register:clerk','documents','out-ca7c705878214016','register',NULL,NULL,'clerk','关于表彰2025年度先进集体的决定','复核、登记发文字号 recheck and number','none',NULL,'2026-12-02 20:05:39.786127','2026-12-02 20:05:39.793727');
INSERT INTO "work_items" VALUES('documents:out-ca7c705878214016:dispatch:clerk','documents','out-ca7c705878214016','dispatch',NULL,NULL,'clerk','关于表彰2025年度先进集体的决定','县府发〔2026〕1号 印制、核发 print and dispatch','none',NULL,'2026-12-02 20:05:39.818068',NULL);
INSERT INTO "work_items" VALUES('documents:out-487e1d2fcb8645de:review:office_director','documents','out-487e1d2fcb8645de','review',NULL,NULL,'office_director','关于做好2026年度保密工作的通知','审核 review the draft','秘密',NULL,'2026-12-02 20:05:39.825410','2026-12-02 20:05:39.830908');
INSERT INTO "work_items" VALUES('documents:out-487e1d2fcb8645de:sign:leader','documents','out-487e1d2fcb8645de','sign',NULL,NULL,'leader','关于做好2026年度保密工作的通知','签发 sign','秘密',NULL,'2026-12-02 20:05:39.830908','2026-12-02 20:05:39.837770');
INSERT INTO "work_items" VALUES('documents:out-487e1d2fcb8645de:register:clerk','documents','out-487e1d2fcb8645de','register',NULL,NULL,'clerk','关于做好2026年度保密工作的通知','复核、登记发文字号 recheck and number','秘密',NULL,'2026-12-02 20:05:39.837770','2026-12-02 20:05:39.855210');
INSERT INTO "work_items" VALUES('documents:out-487e1d2fcb8645de:dispatch:clerk','documents','out-487e1d2fcb8645de','dispatch',NULL,NULL,'clerk','关于做好2026年度保密工作的通知','县府办发〔2026〕2号 印制、核发 print and dispatch','秘密',NULL,'2026-12-02 20:05:39.855210',NULL);
INSERT INTO "work_items" VALUES('documents:out-8b1dcd6ae3784183:review:office_director','documents','out-8b1dcd6ae3784183','review',NULL,NULL,'office_director','关于公布县政府部门权责清单的通知','审核 review the draft','none',NULL,'2026-12-02 20:05:39.862008','2026-12-02 20:05:39.869724');
INSERT INTO "work_items" VALUES('documents:out-8b1dcd6ae3784183:sign:leader','documents','out-8b1dcd6ae3784183','sign',NULL,NULL,'leader','关于公布县政府部门权责清单的通知','签发 sign','none',NULL,'2026-12-02 20:05:39.869724','2026-12-02 20:05:39.873474');
INSERT INTO "work_items" VALUES('documents:out-8b1dcd6ae3784183:register:clerk','documents','out-8b1dcd6ae3784183','register',NULL,NULL,'clerk','关于公布县政府部门权责清单的通知','复核、登记发文字号 recheck and number','none',NULL,'2026-12-02 20:05:39.873474','2026-12-02 20:05:39.884498');
INSERT INTO "work_items" VALUES('documents:out-8b1dcd6ae3784183:dispatch:clerk','documents','out-8b1dcd6ae3784183','dispatch',NULL,NULL,'clerk','关于公布县政府部门权责清单的通知','县府办发〔2026〕3号 印制、核发 print and dispatch','none',NULL,'2026-12-02 20:05:39.884498','2026-12-02 20:05:39.894604');
INSERT INTO "work_items" VALUES('documents:out-88cb429257294d49:review:office_director','documents','out-88cb429257294d49','review',NULL,NULL,'office_director','关于暂停部分审批事项的通知','审核 review the draft','none',NULL,'2026-12-02 20:05:39.898433','2026-12-02 20:05:39.902126');
INSERT INTO "work_items" VALUES('documents:out-88cb429257294d49:sign:leader','documents','out-88cb429257294d49','sign',NULL,NULL,'leader','关于暂停部分审批事项的通知','签发 sign','none',NULL,'2026-12-02 20:05:39.902126','2026-12-02 20:05:39.920790');
INSERT INTO "work_items" VALUES('documents:out-88cb429257294d49:register:clerk','documents','out-88cb429257294d49','register',NULL,NULL,'clerk','关于暂停部分审批事项的通知','复核、登记发文字号 recheck and number','none',NULL,'2026-12-02 20:05:39.920790','2026-12-02 20:05:39.929865');
INSERT INTO "work_items" VALUES('documents:out-88cb429257294d49:dispatch:clerk','documents','out-88cb429257294d49','dispatch',NULL,NULL,'clerk','关于暂停部分审批事项的通知','县府办发〔2026〕4号 印制、核发 print and dispatch','none',NULL,'2026-12-02 20:05:39.929865','2026-12-02 20:05:39.948731');
INSERT INTO "work_items" VALUES('documents:out-2d7a1b1e5959438e:review:office_director','documents','out-2d7a1b1e5959438e','review',NULL,NULL,'office_director','关于2025年度县政府工作报告的通报','审核 review the draft','none',NULL,'2026-12-02 20:05:39.968195','2026-12-02 20:05:39.972517');
INSERT INTO "work_items" VALUES('documents:out-2d7a1b1e5959438e:sign:leader','documents','out-2d7a1b1e5959438e','sign',NULL,NULL,'leader','关于2025年度县政府工作报告的通报','签发 sign','none',NULL,'2026-12-02 20:05:39.972517','2026-12-02 20:05:39.975650');
INSERT INTO "work_items" VALUES('documents:out-2d7a1b1e5959438e:register:clerk','documents','out-2d7a1b1e5959438e','register',NULL,NULL,'clerk','关于2025年度县政府工作报告的通报','复核、登记发文字号 recheck and number','none',NULL,'2026-12-02 20:05:39.975650','2026-12-02 20:05:39.989033');
INSERT INTO "work_items" VALUES('documents:out-2d7a1b1e5959438e:dispatch:clerk','documents','out-2d7a1b1e5959438e','dispatch',NULL,NULL,'clerk','关于2025年度县政府工作报告的通报','县府办发〔2026〕5号 印制、核发 print and dispatch','none',NULL,'2026-12-02 20:05:39.989033','2026-12-02 20:05:39.996615');
INSERT INTO "work_items" VALUES('meetings:mtg-af53480ea8c7:reply:yang','meetings','mtg-af53480ea8c7','reply','yang',NULL,NULL,'县政府办公室周例会','会议通知（出席）','none','2026-11-30 01:00:00.000000','2026-12-02 20:05:40.596409','2026-12-02 20:05:40.618266');
INSERT INTO "work_items" VALUES('meetings:mtg-af53480ea8c7:reply:shen','meetings','mtg-af53480ea8c7','reply','shen',NULL,NULL,'县政府办公室周例会','会议通知（出席）','none','2026-11-30 01:00:00.000000','2026-12-02 20:05:40.596409','2026-12-02 20:05:40.638076');
INSERT INTO "work_items" VALUES('meetings:mtg-af53480ea8c7:reply:zhou','meetings','mtg-af53480ea8c7','reply','zhou',NULL,NULL,'县政府办公室周例会','会议通知（出席）','none','2026-11-30 01:00:00.000000','2026-12-02 20:05:40.596409','2026-12-02 20:05:40.643453');
INSERT INTO "work_items" VALUES('meetings:mtg-af53480ea8c7:reply:office.affairs','meetings','mtg-af53480ea8c7','reply',NULL,'office.affairs',NULL,'县政府办公室周例会','会议通知：请派员参加','none','2026-11-30 01:00:00.000000','2026-12-02 20:05:40.596409','2026-12-02 20:05:40.696594');
INSERT INTO "work_items" VALUES('meetings:mtg-e2f40aba6298:reply:yang','meetings','mtg-e2f40aba6298','reply','yang',NULL,NULL,'县政府办公室周例会','会议通知（出席）','none','2026-12-07 01:00:00.000000','2026-12-02 20:05:40.737879','2026-12-02 20:05:40.799191');
INSERT INTO "work_items" VALUES('meetings:mtg-e2f40aba6298:reply:shen','meetings','mtg-e2f40aba6298','reply','shen',NULL,NULL,'县政府办公室周例会','会议通知（出席）','none','2026-12-07 01:00:00.000000','2026-12-02 20:05:40.737879','2026-12-02 20:05:40.819004');
INSERT INTO "work_items" VALUES('meetings:mtg-e2f40aba6298:reply:zhou','meetings','mtg-e2f40aba6298','reply','zhou',NULL,NULL,'县政府办公室周例会','会议通知（出席）','none','2026-12-07 01:00:00.000000','2026-12-02 20:05:40.737879','2026-12-02 20:05:40.841498');
INSERT INTO "work_items" VALUES('meetings:mtg-e2f40aba6298:reply:office.affairs','meetings','mtg-e2f40aba6298','reply',NULL,'office.affairs',NULL,'县政府办公室周例会','会议通知：请派员参加','none','2026-12-07 01:00:00.000000','2026-12-02 20:05:40.737879',NULL);
INSERT INTO "work_items" VALUES('meetings:mtg-882274504312:reply:yang','meetings','mtg-882274504312','reply','yang',NULL,NULL,'县政府办公室周例会','会议通知（出席）','none','2026-12-14 01:00:00.000000','2026-12-02 20:05:40.880987','2026-12-02 20:05:40.947673');
INSERT INTO "work_items" VALUES('meetings:mtg-882274504312:reply:shen','meetings','mtg-882274504312','reply','shen',NULL,NULL,'县政府办公室周例会','会议通知（出席）','none','2026-12-14 01:00:00.000000','2026-12-02 20:05:40.880987','2026-12-02 20:05:40.962389');
INSERT INTO "work_items" VALUES('meetings:mtg-882274504312:reply:zhou','meetings','mtg-882274504312','reply','zhou',NULL,NULL,'县政府办公室周例会','会议通知（出席）','none','2026-12-14 01:00:00.000000','2026-12-02 20:05:40.880987','2026-12-02 20:05:40.982903');
INSERT INTO "work_items" VALUES('meetings:mtg-882274504312:reply:office.affairs','meetings','mtg-882274504312','reply',NULL,'office.affairs',NULL,'县政府办公室周例会','会议通知：请派员参加','none','2026-12-14 01:00:00.000000','2026-12-02 20:05:40.880987',NULL);
INSERT INTO "work_items" VALUES('meetings:mtg-00bc49c04eed:reply:yang','meetings','mtg-00bc49c04eed','reply','yang',NULL,NULL,'县政府办公室周例会','会议通知（出席）','none','2026-12-21 01:00:00.000000','2026-12-02 20:05:41.000047','2026-12-02 20:05:41.030985');
INSERT INTO "work_items" VALUES('meetings:mtg-00bc49c04eed:reply:shen','meetings','mtg-00bc49c04eed','reply','shen',NULL,NULL,'县政府办公室周例会','会议通知（出席）','none','2026-12-21 01:00:00.000000','2026-12-02 20:05:41.000047','2026-12-02 20:05:41.046882');
INSERT INTO "work_items" VALUES('meetings:mtg-00bc49c04eed:reply:zhou','meetings','mtg-00bc49c04eed','reply','zhou',NULL,NULL,'县政府办公室周例会','会议通知（出席）','none','2026-12-21 01:00:00.000000','2026-12-02 20:05:41.000047','2026-12-02 20:05:41.056969');
INSERT INTO "work_items" VALUES('meetings:mtg-00bc49c04eed:reply:office.affairs','meetings','mtg-00bc49c04eed','reply',NULL,'office.affairs',NULL,'县政府办公室周例会','会议通知：请派员参加','none','2026-12-21 01:00:00.000000','2026-12-02 20:05:41.000047',NULL);
INSERT INTO "work_items" VALUES('meetings:mtg-0f48e599dd1f:reply:fang','meetings','mtg-0f48e599dd1f','reply','fang',NULL,NULL,'县政府第12次常务会议','会议通知（出席）','none','2026-12-02 07:00:00.000000','2026-12-02 20:05:41.138621','2026-12-02 20:05:41.222146');
INSERT INTO "work_items" VALUES('meetings:mtg-0f48e599dd1f:reply:chen','meetings','mtg-0f48e599dd1f','reply','chen',NULL,NULL,'县政府第12次常务会议','会议通知（出席）','none','2026-12-02 07:00:00.000000','2026-12-02 20:05:41.138621','2026-12-02 20:05:41.230921');
INSERT INTO "work_items" VALUES('meetings:mtg-0f48e599dd1f:reply:zhao','meetings','mtg-0f48e599dd1f','reply','zhao',NULL,NULL,'县政府第12次常务会议','会议通知（出席）','none','2026-12-02 07:00:00.000000','2026-12-02 20:05:41.138621','2026-12-02 20:05:41.238924');
INSERT INTO "work_items" VALUES('meetings:mtg-0f48e599dd1f:reply:agriculture','meetings','mtg-0f48e599dd1f','reply',NULL,'agriculture',NULL,'县政府第12次常务会议','会议通知：请派员参加','none','2026-12-02 07:00:00.000000','2026-12-02 20:05:41.138621','2026-12-02 20:05:41.273922');
INSERT INTO "work_items" VALUES('supervision:instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture:acknowledge:agriculture','supervision','instruction:in-f5f968d0b6fa4179:2026-12-03:agriculture','acknowledge',NULL,'agriculture',NULL,'关于切实做好春耕备耕工作的紧急通知','签收督办事项','none','2026-12-10 15:59:00.000000','2026-12-02 20:05:40.349568',NULL);
INSERT INTO "work_items" VALUES('supervision:instruction:in-78c5038a44134f7c:2026-12-03:finance:acknowledge:finance','supervision','instruction:in-78c5038a44134f7c:2026-12-03:finance','acknowledge',NULL,'finance',NULL,'关于下达2026年度财政专项资金的通知','签收督办事项','none','2026-12-17 15:59:00.000000','2026-12-02 20:05:40.371735',NULL);
INSERT INTO "work_items" VALUES('supervision:resolution:mtg-b07c39b9318f:r1:acknowledge:finance','supervision','resolution:mtg-b07c39b9318f:r1','acknowledge',NULL,'finance',NULL,'落实农业生产资金，按期拨付到位','签收督办事项','none','2026-12-14 15:59:00.000000','2026-12-02 20:05:40.843024',NULL);
INSERT INTO "work_items" VALUES('supervision:resolution:mtg-b07c39b9318f:r2:acknowledge:education','supervision','resolution:mtg-b07c39b9318f:r2','acknowledge',NULL,'education',NULL,'开展校园安全专项检查并报送结果','签收督办事项','none','2026-12-24 15:59:00.000000','2026-12-02 20:05:40.857220',NULL);
INSERT INTO "work_items" VALUES('supervision:resolution:mtg-0f48e599dd1f:r1:acknowledge:finance','supervision','resolution:mtg-0f48e599dd1f:r1','acknowledge',NULL,'finance',NULL,'编制老旧小区改造资金使用计划','签收督办事项','none','2026-12-17 15:59:00.000000','2026-12-02 20:05:41.358475',NULL);
INSERT INTO "work_items" VALUES('supervision:adhoc:54ea566a924b:acknowledge:union','supervision','adhoc:54ea566a924b','acknowledge',NULL,'union',NULL,'落实工会会员服务阵地建设','签收督办事项','none','2027-01-02 15:59:00.000000','2026-12-02 20:05:41.590669','2026-12-02 20:05:41.607915');
INSERT INTO "work_items" VALUES('meetings:mtg-5946ef543d71:reply:zhang','meetings','mtg-5946ef543d71','reply','zhang',NULL,NULL,'农业生产专题会','会议通知（出席）','none','2026-12-03 06:30:00.000000','2026-12-02 20:05:41.379150','2026-12-02 20:05:41.426790');
INSERT INTO "work_items" VALUES('meetings:mtg-5946ef543d71:reply:sun','meetings','mtg-5946ef543d71','reply','sun',NULL,NULL,'农业生产专题会','会议通知（出席）','none','2026-12-03 06:30:00.000000','2026-12-02 20:05:41.379150',NULL);
INSERT INTO "work_items" VALUES('meetings:mtg-5946ef543d71:reply:chen','meetings','mtg-5946ef543d71','reply','chen',NULL,NULL,'农业生产专题会','会议通知（出席）','none','2026-12-03 06:30:00.000000','2026-12-02 20:05:41.379150','2026-12-02 20:05:41.436750');
INSERT INTO "work_items" VALUES('meetings:mtg-5946ef543d71:reply:agriculture','meetings','mtg-5946ef543d71','reply',NULL,'agriculture',NULL,'农业生产专题会','会议通知：请派员参加','none','2026-12-03 06:30:00.000000','2026-12-02 20:05:41.379150',NULL);
INSERT INTO "work_items" VALUES('meetings:mtg-5946ef543d71:leave-zhang:fang','meetings','mtg-5946ef543d71','leave-zhang','fang',NULL,NULL,'农业生产专题会','{p:zhang} 请假：小孙子住院，需在医院陪护','none','2026-12-03 06:30:00.000000','2026-12-02 20:05:41.426790',NULL);
INSERT INTO "work_items" VALUES('meetings:mtg-5946ef543d71:leave-zhang:shen','meetings','mtg-5946ef543d71','leave-zhang','shen',NULL,NULL,'农业生产专题会','{p:zhang} 请假：小孙子住院，需在医院陪护','none','2026-12-03 06:30:00.000000','2026-12-02 20:05:41.426790',NULL);
INSERT INTO "work_items" VALUES('meetings:mtg-bf42c20807bc:reply:fang','meetings','mtg-bf42c20807bc','reply','fang',NULL,NULL,'县政府党组会议','会议通知（出席）','机密','2026-12-08 01:00:00.000000','2026-12-02 20:05:41.467618','2026-12-02 20:05:41.536822');
INSERT INTO "work_items" VALUES('meetings:mtg-bf42c20807bc:reply:feng','meetings','mtg-bf42c20807bc','reply','feng',NULL,NULL,'县政府党组会议','会议通知（列席）','机密','2026-12-08 01:00:00.000000','2026-12-02 20:05:41.467618','2026-12-02 20:05:41.579914');
INSERT INTO "work_items" VALUES('supervision:adhoc:54ea566a924b:report:union','supervision','adhoc:54ea566a924b','report',NULL,'union',NULL,'落实工会会员服务阵地建设','报送进展与办结报告','none','2027-01-02 15:59:00.000000','2026-12-02 20:05:41.607915',NULL);
INSERT INTO "work_items" VALUES('supervision:adhoc:ecc1e9fd4cc2:acknowledge:education','supervision','adhoc:ecc1e9fd4cc2','acknowledge',NULL,'education',NULL,'全县中小学食堂食品安全检查','签收督办事项','none','2026-12-07 15:59:00.000000','2026-12-02 20:05:41.642852','2026-12-02 20:05:41.694130');
INSERT INTO "work_items" VALUES('supervision:adhoc:ecc1e9fd4cc2:report:education','supervision','adhoc:ecc1e9fd4cc2','report',NULL,'education',NULL,'全县中小学食堂食品安全检查','报送进展与办结报告','none','2026-12-07 15:59:00.000000','2026-12-02 20:05:41.694130',NULL);
INSERT INTO "work_items" VALUES('supervision:adhoc:9a061b230596:acknowledge:finance','supervision','adhoc:9a061b230596','acknowledge',NULL,'finance',NULL,'困难职工帮扶资金拨付','签收督办事项','none','2026-11-28 15:59:00.000000','2026-12-02 20:05:42.013427','2026-12-02 20:05:42.024601');
INSERT INTO "work_items" VALUES('supervision:adhoc:9a061b230596:report:finance','supervision','adhoc:9a061b230596','report',NULL,'finance',NULL,'困难职工帮扶资金拨付','报送进展与办结报告','none','2026-11-28 15:59:00.000000','2026-12-02 20:05:42.024601',NULL);
INSERT INTO "work_items" VALUES('supervision:adhoc:531645b36244:acknowledge:finance','supervision','adhoc:531645b36244','acknowledge',NULL,'finance',NULL,'报送上半年预算执行情况','签收督办事项','none','2026-11-23 15:59:00.000000','2026-12-02 20:05:42.060553','2026-12-02 20:05:42.087214');
INSERT INTO "work_items" VALUES('supervision:adhoc:531645b36244:report:finance','supervision','adhoc:531645b36244','report',NULL,'finance',NULL,'报送上半年预算执行情况','报送进展与办结报告','none','2026-11-23 15:59:00.000000','2026-12-02 20:05:42.087214','2026-12-02 20:05:42.101753');
INSERT INTO "work_items" VALUES('supervision:adhoc:531645b36244:verify:supervisor','supervision','adhoc:531645b36244','verify',NULL,NULL,'supervisor','报送上半年预算执行情况','核实办结：已按时报送县人大常委会','none',NULL,'2026-12-02 20:05:42.101753','2026-12-02 20:05:42.126317');
INSERT INTO "work_items" VALUES('supervision:adhoc:c07d7639215c:acknowledge:office.affairs','supervision','adhoc:c07d7639215c','acknowledge',NULL,'office.affairs',NULL,'办公楼消防设施维修','签收督办事项','none','2026-11-13 15:59:00.000000','2026-12-02 20:05:42.142482','2026-12-02 20:05:42.162881');
INSERT INTO "work_items" VALUES('supervision:adhoc:c07d7639215c:report:office.affairs','supervision','adhoc:c07d7639215c','report',NULL,'office.affairs',NULL,'办公楼消防设施维修','报送进展与办结报告','none','2026-11-13 15:59:00.000000','2026-12-02 20:05:42.162881','2026-12-02 20:05:42.180395');
INSERT INTO "work_items" VALUES('supervision:adhoc:c07d7639215c:verify:supervisor','supervision','adhoc:c07d7639215c','verify',NULL,NULL,'supervisor','办公楼消防设施维修','核实办结：维修完毕，已通过消防验收','none',NULL,'2026-12-02 20:05:42.180395','2026-12-02 20:05:42.204016');
INSERT INTO "work_items" VALUES('supervision:adhoc:4838b806954b:acknowledge:agriculture','supervision','adhoc:4838b806954b','acknowledge',NULL,'agriculture',NULL,'春耕化肥储备情况摸底','签收督办事项','none','2026-12-23 15:59:00.000000','2026-12-02 20:05:42.236645',NULL);
INSERT INTO "work_items" VALUES('supervision:adhoc:269158eeb05d:acknowledge:education','supervision','adhoc:269158eeb05d','acknowledge',NULL,'education',NULL,'校车安全隐患排查整治','签收督办事项','none','2026-12-09 15:59:00.000000','2026-12-02 20:05:42.262254','2026-12-02 20:05:42.293022');
INSERT INTO "work_items" VALUES('supervision:adhoc:269158eeb05d:report:education','supervision','adhoc:269158eeb05d','report',NULL,'education',NULL,'校车安全隐患排查整治','报送进展与办结报告','none','2026-12-09 15:59:00.000000','2026-12-02 20:05:42.293022',NULL);
INSERT INTO "work_items" VALUES('supervision:adhoc:269158eeb05d:extension:feng','supervision','adhoc:269158eeb05d','extension','feng',NULL,NULL,'校车安全隐患排查整治','申请延期至 2026-12-23：需等待交通部门联合检查','none',NULL,'2026-12-02 20:05:42.313189',NULL);
INSERT INTO "work_items" VALUES('supervision:adhoc:af585dcc5886:acknowledge:union','supervision','adhoc:af585dcc5886','acknowledge',NULL,'union',NULL,'职工疗休养基地改建','签收督办事项','none','2026-12-18 15:59:00.000000','2026-12-02 20:05:42.331643','2026-12-02 20:05:42.377656');
INSERT INTO "work_items" VALUES('supervision:adhoc:af585dcc5886:report:union','supervision','adhoc:af585dcc5886','report',NULL,'union',NULL,'职工疗休养基地改建','报送进展与办结报告','none','2026-12-18 15:59:00.000000','2026-12-02 20:05:42.377656',NULL);
INSERT INTO "work_items" VALUES('supervision:adhoc:af585dcc5886:infeasible:zhou','supervision','adhoc:af585dcc5886','infeasible','zhou',NULL,NULL,'职工疗休养基地改建','报告无法落实：改建资金未列入年度预算','none',NULL,'2026-12-02 20:05:42.428365',NULL);
INSERT INTO "work_items" VALUES('reception:petition-demo-2:accept:education','reception','petition-demo-2','accept',NULL,'education',NULL,'信访〔2026〕2号','信访事项：告知是否受理','none','2026-11-28 15:59:00.000000','2026-12-02 20:05:42.846482','2026-12-02 20:05:42.901264');
INSERT INTO "work_items" VALUES('reception:petition-demo-3:accept:agriculture','reception','petition-demo-3','accept',NULL,'agriculture',NULL,'信访〔2026〕3号','信访事项：告知是否受理','none','2026-10-21 15:59:00.000000','2026-12-02 20:05:43.020594','2026-12-02 20:05:43.064091');
INSERT INTO "work_items" VALUES('reception:petition-demo-5:accept:finance','reception','petition-demo-5','accept',NULL,'finance',NULL,'信访〔2026〕5号','信访事项：告知是否受理','none','2026-11-03 15:59:00.000000','2026-12-02 20:05:43.245620','2026-12-02 20:05:43.277583');
INSERT INTO "work_items" VALUES('reception:petition-demo-6:accept:agriculture','reception','petition-demo-6','accept',NULL,'agriculture',NULL,'信访〔2026〕6号','信访事项：告知是否受理','none','2026-10-04 15:59:00.000000','2026-12-02 20:05:43.382632','2026-12-02 20:05:43.392931');
INSERT INTO "work_items" VALUES('reception:trip-demo-1:approve:office_director','reception','trip-demo-1','approve',NULL,NULL,'office_director','市财政局','用车审批：公务','none','2026-12-04 00:00:00.000000','2026-12-02 20:05:43.434569',NULL);
INSERT INTO "work_items" VALUES('reception:trip-demo-2:approve:office_director','reception','trip-demo-2','approve',NULL,NULL,'office_director','省城扶贫工作会','用车审批：公务','none','2026-12-02 23:00:00.000000','2026-12-02 20:05:43.437398','2026-12-02 20:05:43.440301');
INSERT INTO "work_items" VALUES('reception:trip-demo-2:dispatch:dispatcher','reception','trip-demo-2','dispatch',NULL,NULL,'dispatcher','省城扶贫工作会','派车 dispatch a car','none','2026-12-02 23:00:00.000000','2026-12-02 20:05:43.440301','2026-12-02 20:05:43.446883');
INSERT INTO "work_items" VALUES('reception:trip-demo-3:approve:office_director','reception','trip-demo-3','approve',NULL,NULL,'office_director','行署会议','用车审批：公务','none','2026-12-02 00:00:00.000000','2026-12-02 20:05:43.449102','2026-12-02 20:05:43.452066');
INSERT INTO "work_items" VALUES('reception:trip-demo-3:dispatch:dispatcher','reception','trip-demo-3','dispatch',NULL,NULL,'dispatcher','行署会议','派车 dispatch a car','none','2026-12-02 00:00:00.000000','2026-12-02 20:05:43.452066','2026-12-02 20:05:43.456853');
INSERT INTO "work_items" VALUES('reception:sealreq-demo-1:approve:office_director','reception','sealreq-demo-1','approve',NULL,NULL,'office_director','F政办函〔2026〕21号','用印审批：F政办函〔2026〕21号（报送年度工作总结）','none',NULL,'2026-12-02 20:05:43.468469',NULL);
INSERT INTO "work_items" VALUES('reception:sealreq-demo-2:approve:office_director','reception','sealreq-demo-2','approve',NULL,NULL,'office_director','F政发〔2026〕8号','用印审批：F政发〔2026〕8号（印发春耕生产工作方案）','none',NULL,'2026-12-02 20:05:43.472731','2026-12-02 20:05:43.480901');
INSERT INTO "work_items" VALUES('reception:sealreq-demo-3:approve:office_director','reception','sealreq-demo-3','approve',NULL,NULL,'office_director','介绍信','用印审批：介绍信（赴省财政厅汇报工作）','none',NULL,'2026-12-02 20:05:43.478073','2026-12-02 20:05:43.484147');
INSERT INTO "work_items" VALUES('reception:sealreq-demo-2:use_seal:seal_keeper','reception','sealreq-demo-2','use_seal',NULL,NULL,'seal_keeper','F政发〔2026〕8号','用印 apply the seal','none',NULL,'2026-12-02 20:05:43.480901',NULL);
INSERT INTO "work_items" VALUES('reception:sealreq-demo-3:use_seal:seal_keeper','reception','sealreq-demo-3','use_seal',NULL,NULL,'seal_keeper','介绍信','用印 apply the seal','none',NULL,'2026-12-02 20:05:43.484147','2026-12-02 20:05:43.486934');
INSERT INTO "work_items" VALUES('supervision:petition:petition-demo-2:education:acknowledge:education','supervision','petition:petition-demo-2:education','acknowledge',NULL,'education',NULL,'信访件 信访〔2026〕2号：反映学校违规收取补课费，请核查处理','签收督办事项','none','2027-01-12 15:59:00.000000','2026-12-02 20:05:44.606088',NULL);
INSERT INTO "work_items" VALUES('supervision:petition:petition-demo-3:agriculture:acknowledge:agriculture','supervision','petition:petition-demo-3:agriculture','acknowledge',NULL,'agriculture',NULL,'信访件 信访〔2026〕3号：反映农田灌溉渠损毁，请组织修复','签收督办事项','none','2026-12-05 15:59:00.000000','2026-12-02 20:05:44.610787',NULL);
INSERT INTO "work_items" VALUES('supervision:petition:petition-demo-5:finance:acknowledge:finance','supervision','petition:petition-demo-5:finance','acknowledge',NULL,'finance',NULL,'信访件 信访〔2026〕5号：反映道路施工扰民，请协调施工时间','签收督办事项','none','2026-12-18 15:59:00.000000','2026-12-02 20:05:44.615282',NULL);
INSERT INTO "work_items" VALUES('supervision:petition:petition-demo-6:agriculture:acknowledge:agriculture','supervision','petition:petition-demo-6:agriculture','acknowledge',NULL,'agriculture',NULL,'信访件 信访〔2026〕6号：反映征地补偿标准不一致，请核实','签收督办事项','none','2026-11-18 15:59:00.000000','2026-12-02 20:05:44.619678',NULL);
CREATE INDEX ix_deadlines_due ON deadlines (fired_at, due_at);
CREATE TRIGGER events_to_outbox AFTER INSERT ON events
           BEGIN INSERT INTO outbox (position) VALUES (NEW.position); END;
CREATE INDEX ix_timeline_time ON timeline (time);
CREATE INDEX ix_timeline_stream ON timeline (service, stream_id, version);
CREATE INDEX ix_timeline_causation ON timeline (causation_id);
CREATE INDEX ix_work_items_open ON work_items (done_at, person, department, role);
CREATE INDEX ix_chronicle_day ON chronicle (day);
DELETE FROM "sqlite_sequence";
COMMIT;
