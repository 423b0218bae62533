// One dictionary per language. Chinese first; English by the switch in the header (remembered in
// localStorage). A key missing in English falls back to the Chinese text, never to the key.
const zh = {
  "app.title": "办公平台", "auth.login": "登录", "auth.logout": "退出", "auth.user": "用户名",
  "auth.password": "密码", "auth.hint": "演示账号：shen（秘书）、fang（副县长）、chen（财政局）、feng（办公室主任）；密码 shuniu-demo",
  "auth.failed": "登录失败",
  "nav.overview": "看板", "nav.desk": "我的待办", "nav.incoming": "收文", "nav.outgoing": "发文", "nav.meetings": "会议",
  "nav.supervision": "督办", "nav.reception": "接待与事务", "nav.stats": "统计", "nav.chronicle": "大事记",
  "common.submit": "提交", "common.open": "办理", "common.history": "办理经过", "common.actions": "办理",
  "common.none": "暂无", "common.done": "已完成", "common.title": "标题", "common.stage": "状态", "common.deadline": "期限",
  "common.department": "部门", "common.reason": "理由", "common.opinion": "意见", "common.note": "说明", "common.date": "日期",
  "common.list": "列表", "common.new": "新建", "common.refresh": "刷新", "common.due": "到期", "common.id": "编号",
  "common.back": "返回", "common.loading": "加载中…", "common.saved": "已办理", "common.person": "人员", "common.time": "时间",
  "common.count": "数量", "common.kind": "类别", "common.search": "搜索",
  "overview.title": "办公室总览", "overview.lights": "督办事项亮灯", "overview.waiting": "待办公文（按环节）",
  "overview.petitions": "信访件剩余天数", "overview.week": "本周会议", "overview.today": "今日会议",
  "overview.visitors": "在楼访客", "overview.vehicles": "出车中", "overview.badge": "胸卡",
  "light.red": "红灯", "light.yellow": "黄灯", "light.green": "绿灯",
  "desk.title": "我的待办", "desk.empty": "没有等您办理的事项", "desk.overdue": "已逾期",
  "desk.on.person": "本人", "desk.on.department": "本部门", "desk.on.role": "本岗位",
  "in.title": "收文", "in.signfor": "签收来文", "in.sender": "来文机关", "in.sender_number": "来文字号",
  "in.doc_type": "文种", "in.classification": "密级", "in.secrecy": "保密期限", "in.urgency": "紧急程度", "in.copies": "份数",
  "in.register": "登记", "in.review": "初审", "in.accept": "初审通过", "in.return": "退回", "in.handling": "办理方式",
  "in.propose": "拟办意见", "in.instruct": "批示", "in.instruction": "批示内容", "in.lead": "主办部门", "in.co": "协办部门",
  "in.circulate": "传阅", "in.readers": "传阅人", "in.read": "阅毕", "in.reply": "答复", "in.close": "办结",
  "in.archive": "归档", "in.retention": "保管期限", "in.urge": "催办", "in.receipt": "收文编号", "in.supervised": "督办中",
  "in.circulation": "传阅情况", "in.unread": "未阅", "in.hasread": "已阅",
  "out.title": "发文", "out.draft": "起草", "out.direction": "行文方向", "out.main": "主送", "out.copied": "抄送",
  "out.co_issuers": "联合发文机关", "out.body": "正文", "out.edit": "修改正文", "out.redline": "修改痕迹", "out.review": "审核", "out.approve": "审核通过", "out.return": "退回修改",
  "out.revise": "修改后重新送审", "out.countersign": "会签", "out.sign": "签发", "out.recheck": "复核",
  "out.substantive": "实质性修改（如有）", "out.register": "登记编号", "out.code": "机关代字", "out.copies": "印制份数",
  "out.print": "印制", "out.dispatch": "核发", "out.archive": "归档", "out.revoke": "撤销", "out.number": "发文字号",
  "out.preview": "版头预览（GB/T 9704）", "out.signer": "签发人", "out.copy_no": "份号", "out.organ": "F县人民政府文件",
  "out.recipients": "核发对象（留空为全部）",
  "out.others": "主送外单位（逗号分隔）",
  "mtg.title": "会议", "mtg.schedule": "预订会议室并安排会议", "mtg.kind": "会议类型", "mtg.organiser": "主办部门",
  "mtg.chair": "主持人", "mtg.day": "日期", "mtg.start": "开始", "mtg.end": "结束", "mtg.room": "会议室",
  "mtg.invitees": "参会人员", "mtg.attend": "参加", "mtg.decline": "不参加", "mtg.leave": "请假", "mtg.substitute": "代会人",
  "mtg.signin": "签到", "mtg.held": "已召开", "mtg.minutes": "会议纪要", "mtg.summary": "纪要内容", "mtg.resolution": "议定事项",
  "mtg.approve": "审定纪要", "mtg.issue": "印发纪要", "mtg.todo": "会议待办", "mtg.leave_request": "请假申请",
  "mtg.replies": "回复与签到", "mtg.todo_done": "知道了",
  "mtg.todo.meeting_notice": "会议通知", "mtg.todo.meeting_rescheduled": "会议改期", "mtg.todo.meeting_cancelled": "会议取消",
  "mtg.todo.leave_request": "请假申请", "mtg.todo.substitute": "代会", "mtg.upcoming": "近期会议", "mtg.notice_sent": "已发会议通知",
  "sup.title": "督办", "sup.board": "督办看板", "sup.rate": "按时办结率", "sup.overdue": "逾期事项",
  "sup.escalations": "升级督办", "sup.by_dept": "各部门亮灯", "sup.tasks": "督办事项", "sup.acknowledge": "签收",
  "sup.progress": "报告进展", "sup.percent": "完成百分比", "sup.completion": "办结报告", "sup.extension": "申请延期",
  "sup.urge": "催办", "sup.close": "核实办结", "sup.reopen": "退回重办", "sup.new": "立项督办", "sup.lead": "牵头部门",
  "sup.light": "亮灯", "sup.infeasible": "报告无法落实", "sup.source": "来源", "sup.priority": "紧急程度",
  "rec.title": "接待与事务", "rec.visitors": "来访登记", "rec.visitor": "来访人", "rec.org": "单位", "rec.host_dept": "接待部门",
  "rec.host": "接待人", "rec.expected": "预约时间", "rec.purpose": "事由", "rec.arrive": "到访", "rec.leave": "离开",
  "rec.petitions": "信访", "rec.petition_new": "登记信访件", "rec.petitioner": "信访人", "rec.channel": "渠道",
  "rec.content": "内容", "rec.received_on": "收到日期", "rec.clocks": "法定时限", "rec.days_left": "剩余天数",
  "rec.route": "转送", "rec.accept": "受理告知", "rec.notice": "告知内容", "rec.trips": "用车", "rec.trip_new": "申请用车",
  "rec.destination": "目的地", "rec.from": "出发", "rec.until": "返回", "rec.approve": "审批", "rec.dispatch": "派车",
  "rec.vehicle": "车辆", "rec.return": "还车", "rec.mileage": "里程（公里）", "rec.seals": "用印", "rec.seal_new": "申请用印",
  "rec.seal": "印章", "rec.document": "文件", "rec.impressions": "用印次数", "rec.use": "用印", "rec.phone": "电话",
  "rec.extension": "延期", "rec.extension_ask": "申请延期（一次，不超过30日）", "rec.extension_days": "延长日数",
  "rec.extension_approve": "批准延期", "rec.extension_refuse": "不批准延期", "rec.extension_tell": "告知信访人延期及理由",
  "rec.extension.requested": "待负责人批准", "rec.extension.approved": "已批准", "rec.extension.refused": "不批准",
  "rec.extension_told": "已告知信访人",
  "stats.title": "统计", "stats.volume": "公文数量（按月、文种）", "stats.hours": "各环节用时（小时）",
  "stats.read_rate": "传阅阅读率", "stats.rooms": "会议室使用（分钟，按星期与时段）", "stats.attendance": "出席率",
  "stats.leave": "请假率", "stats.late": "迟到率", "stats.average": "平均", "stats.p90": "P90",
  "chron.title": "大事记", "chron.month": "月份", "chron.markdown": "导出 Markdown", "chron.docx": "导出 Word",
  "weekday.1": "周一", "weekday.2": "周二", "weekday.3": "周三", "weekday.4": "周四", "weekday.5": "周五", "weekday.6": "周六", "weekday.7": "周日",
  "yes": "是", "no": "否",
  "nav.notices": "通知", "notices.title": "我的通知", "notices.empty": "没有通知", "notices.read": "标为已读",
  "actor.system": "系统", "actor.system:deadlines": "系统（期限提醒）",
  "channel.letter": "来信", "channel.visit": "来访", "channel.phone": "来电", "channel.online": "网上",
  "notices.unread": "未读", "live.changed": "此页内容已有更新", "live.offline": "实时更新已断开，正在重连…",
};
const en = {
  "app.title": "Office console", "auth.login": "Sign in", "auth.logout": "Sign out", "auth.user": "User name",
  "auth.password": "Password", "auth.hint": "Demo users: shen (secretary), fang (deputy head), chen (finance), feng (office director); password shuniu-demo",
  "auth.failed": "Sign-in failed",
  "nav.overview": "Dashboards", "nav.desk": "My desk", "nav.incoming": "Incoming", "nav.outgoing": "Outgoing", "nav.meetings": "Meetings",
  "nav.supervision": "Supervision", "nav.reception": "Reception & affairs", "nav.stats": "Statistics", "nav.chronicle": "Chronicle",
  "common.submit": "Submit", "common.open": "Act", "common.history": "History", "common.actions": "Actions",
  "common.none": "Nothing yet", "common.done": "Done", "common.title": "Title", "common.stage": "Stage", "common.deadline": "Deadline",
  "common.department": "Department", "common.reason": "Reason", "common.opinion": "Opinion", "common.note": "Note", "common.date": "Date",
  "common.list": "List", "common.new": "New", "common.refresh": "Refresh", "common.due": "Due", "common.id": "Id",
  "common.back": "Back", "common.loading": "Loading…", "common.saved": "Done", "common.person": "Person", "common.time": "Time",
  "common.count": "Count", "common.kind": "Kind", "common.search": "Search",
  "overview.title": "Office overview", "overview.lights": "Supervision tasks by light", "overview.waiting": "Documents waiting, by step",
  "overview.petitions": "Petitions by days left", "overview.week": "This week's meetings", "overview.today": "Today's meetings",
  "overview.visitors": "Visitors in the building", "overview.vehicles": "Vehicles out", "overview.badge": "Badge",
  "light.red": "Red", "light.yellow": "Yellow", "light.green": "Green",
  "desk.title": "My desk", "desk.empty": "Nothing is waiting on you", "desk.overdue": "overdue",
  "desk.on.person": "me", "desk.on.department": "my department", "desk.on.role": "my role",
  "in.title": "Incoming documents", "in.signfor": "Sign for a document", "in.sender": "Sender", "in.sender_number": "Sender's number",
  "in.doc_type": "Type", "in.classification": "Classification", "in.secrecy": "Secrecy period", "in.urgency": "Urgency", "in.copies": "Copies",
  "in.register": "Register", "in.review": "Preliminary review", "in.accept": "Accept", "in.return": "Return", "in.handling": "Handling",
  "in.propose": "Proposed handling", "in.instruct": "Instruction (批示)", "in.instruction": "Instruction", "in.lead": "Lead department", "in.co": "Co-departments",
  "in.circulate": "Circulate", "in.readers": "Readers", "in.read": "Mark as read", "in.reply": "Reply", "in.close": "Close",
  "in.archive": "Archive", "in.retention": "Retention", "in.urge": "Urge", "in.receipt": "Receipt number", "in.supervised": "under supervision",
  "in.circulation": "Circulation", "in.unread": "not read", "in.hasread": "read",
  "out.title": "Outgoing documents", "out.draft": "Draft", "out.direction": "Direction", "out.main": "Main recipients", "out.copied": "Copied to",
  "out.co_issuers": "Co-issuers", "out.body": "Body", "out.edit": "Edit the body", "out.redline": "Changes", "out.review": "Review", "out.approve": "Approve", "out.return": "Return for revision",
  "out.revise": "Revise and resubmit", "out.countersign": "Countersign", "out.sign": "Sign", "out.recheck": "Recheck",
  "out.substantive": "Substantive change (if any)", "out.register": "Register a number", "out.code": "Issuing code", "out.copies": "Copies to print",
  "out.print": "Print", "out.dispatch": "Dispatch", "out.archive": "Archive", "out.revoke": "Revoke", "out.number": "Document number",
  "out.preview": "Header block preview (GB/T 9704)", "out.signer": "Signed by", "out.copy_no": "Copy no.", "out.organ": "F县人民政府文件",
  "out.recipients": "Recipients (empty: all)",
  "out.others": "Other main recipients outside the directory (comma-separated)",
  "mtg.title": "Meetings", "mtg.schedule": "Book a room and schedule a meeting", "mtg.kind": "Kind", "mtg.organiser": "Organising department",
  "mtg.chair": "Chair", "mtg.day": "Day", "mtg.start": "Starts", "mtg.end": "Ends", "mtg.room": "Room",
  "mtg.invitees": "Invitees", "mtg.attend": "Attend", "mtg.decline": "Decline", "mtg.leave": "Ask for leave", "mtg.substitute": "Substitute",
  "mtg.signin": "Sign in", "mtg.held": "Mark as held", "mtg.minutes": "Minutes", "mtg.summary": "Summary", "mtg.resolution": "Resolution",
  "mtg.approve": "Approve minutes", "mtg.issue": "Issue minutes", "mtg.todo": "Meeting to-dos", "mtg.leave_request": "Leave request",
  "mtg.replies": "Replies and sign-ins", "mtg.todo_done": "Noted",
  "mtg.todo.meeting_notice": "meeting notice", "mtg.todo.meeting_rescheduled": "rescheduled", "mtg.todo.meeting_cancelled": "cancelled",
  "mtg.todo.leave_request": "leave request", "mtg.todo.substitute": "substitute", "mtg.upcoming": "Meetings", "mtg.notice_sent": "Notice issued",
  "sup.title": "Supervision", "sup.board": "Supervision board", "sup.rate": "On-time completion rate", "sup.overdue": "Overdue",
  "sup.escalations": "Escalations", "sup.by_dept": "Lights by department", "sup.tasks": "Tasks", "sup.acknowledge": "Acknowledge",
  "sup.progress": "Report progress", "sup.percent": "Percent done", "sup.completion": "Completion report", "sup.extension": "Ask for an extension",
  "sup.urge": "Urge", "sup.close": "Verify and close", "sup.reopen": "Reopen", "sup.new": "Open a task", "sup.lead": "Lead department",
  "sup.light": "Light", "sup.infeasible": "Report infeasible", "sup.source": "Source", "sup.priority": "Priority",
  "rec.title": "Reception & affairs", "rec.visitors": "Visitors", "rec.visitor": "Visitor", "rec.org": "Organisation", "rec.host_dept": "Host department",
  "rec.host": "Host", "rec.expected": "Expected at", "rec.purpose": "Purpose", "rec.arrive": "Arrived", "rec.leave": "Left",
  "rec.petitions": "Petitions", "rec.petition_new": "Register a petition", "rec.petitioner": "Petitioner", "rec.channel": "Channel",
  "rec.content": "Content", "rec.received_on": "Received on", "rec.clocks": "Statutory clocks", "rec.days_left": "Days left",
  "rec.route": "Route", "rec.accept": "Accept", "rec.notice": "Notice", "rec.trips": "Cars", "rec.trip_new": "Request a car",
  "rec.destination": "Destination", "rec.from": "From", "rec.until": "Until", "rec.approve": "Approve", "rec.dispatch": "Dispatch",
  "rec.vehicle": "Vehicle", "rec.return": "Return", "rec.mileage": "Mileage (km)", "rec.seals": "Seals", "rec.seal_new": "Request a seal",
  "rec.seal": "Seal", "rec.document": "Document", "rec.impressions": "Impressions", "rec.use": "Apply the seal", "rec.phone": "Phone",
  "rec.extension": "Extension", "rec.extension_ask": "Ask for an extension (once, at most 30 days)", "rec.extension_days": "Days",
  "rec.extension_approve": "Approve the extension", "rec.extension_refuse": "Refuse the extension", "rec.extension_tell": "Tell the petitioner",
  "rec.extension.requested": "awaiting a responsible official", "rec.extension.approved": "approved", "rec.extension.refused": "refused",
  "rec.extension_told": "petitioner told",
  "stats.title": "Statistics", "stats.volume": "Documents by month and type", "stats.hours": "Hours per step",
  "stats.read_rate": "Circulation read rate", "stats.rooms": "Room use (minutes, by weekday and hour)", "stats.attendance": "Attendance",
  "stats.leave": "Leave rate", "stats.late": "Late rate", "stats.average": "Average", "stats.p90": "P90",
  "chron.title": "Chronicle (大事记)", "chron.month": "Month", "chron.markdown": "Export Markdown", "chron.docx": "Export Word",
  "weekday.1": "Mon", "weekday.2": "Tue", "weekday.3": "Wed", "weekday.4": "Thu", "weekday.5": "Fri", "weekday.6": "Sat", "weekday.7": "Sun",
  "yes": "yes", "no": "no",
  "nav.notices": "Notices", "notices.title": "My notices", "notices.empty": "No notices", "notices.read": "Mark read",
  "actor.system": "the system", "actor.system:deadlines": "the system (deadline reminder)",
  "channel.letter": "letter", "channel.visit": "visit", "channel.phone": "phone call", "channel.online": "online",
  "notices.unread": "unread", "live.changed": "This page has changed", "live.offline": "Live updates lost, reconnecting…",
};

// Stages and event names the services use, in words.
const stagesZh = {
  received: "已签收", registered: "已登记", returned: "已退回", accepted: "初审通过", distributed: "传阅中",
  proposed: "已拟办", instructed: "已批示", replied: "已答复", closed: "已办结", archived: "已归档",
  drafted: "待审核", countersigning: "会签中", awaiting_signature: "待签发", signed: "已签发", rechecked: "已复核",
  printed: "已印制", issued: "已核发", revoked: "已撤销", abolished: "已废止", numbered: "已编号", reviewed: "已审核", returned_for_revision: "退回修改", dispatching: "核发中",
  signed_for: "已签收", circulating: "传阅中", handling: "承办中",
  scheduled: "已安排", notified: "已通知", held: "已召开", cancelled: "已取消",
  open: "待签收", acknowledged: "已签收", in_progress: "办理中", reported: "已报办结", infeasible: "无法办理",
  withdrawn: "已撤回", assigned: "已交办", under_review: "复查中", routed: "已转送",
  "task.assigned": "待签收", "task.in_progress": "办理中", "task.completion_reported": "待核实", "task.infeasible": "待领导决定",
  "task.closed": "已办结", "task.withdrawn": "已撤销",
  // the dashboards name a task's status after the event that reached it (docs/services/projection.md)
  "task.opened": "待签收", "task.acknowledged": "办理中", "task.reopened": "退回重办", "task.infeasibility_reported": "待领导决定",
  "task.reassigned": "已改派，待签收",
  running: "计时中", met: "已按时", missed: "已超期",
  "priority.normal": "一般", "priority.high": "重要", "priority.urgent": "紧急",
  "source.document_instruction": "领导批示", "source.meeting_resolution": "会议议定事项", "source.petition": "信访件", "source.ad_hoc": "临时交办",
  "petition.accepted": "已受理", "petition.objected": "已提出异议", "petition.extended": "已延期",
  "petition.review_requested": "复查（复核）中", "petition.hearing_held": "已听证", "petition.review_decided": "已作复查（复核）意见",
  "petition.under_review": "复查中", "petition.reviewed": "已复查", "petition.under_second_review": "复核中", "petition.final": "已复核，终结",
  "petition.returned": "已退回",
  "clock.running": "计时中", "clock.approaching": "临近期限", "clock.met": "按期办结", "clock.met_late": "逾期办结", "clock.overdue": "已逾期",
  "trip.returned": "已归还", "trip.dispatched": "已派车", "trip.reassigned": "已改派",
  // the dashboards name a document's step after the event that reached it (docs/services/projection.md)
  "incoming.circulation_started": "传阅中", "outgoing.revised": "已修改", "outgoing.countersigned": "已会签",
  "outgoing.changed_after_signing": "签发后修改，待复签", "outgoing.dispatched": "核发中",
  appointed: "已预约", requested: "待审批", approved: "已批准", dispatched: "已派车", used: "已用印", expected: "预约", in_building: "在楼", left: "已离开",
};
const stagesEn = {
  received: "signed for", registered: "registered", returned: "returned", accepted: "accepted", distributed: "circulating",
  proposed: "proposed", instructed: "instructed", replied: "replied", closed: "closed", archived: "archived",
  drafted: "awaiting review", countersigning: "countersigning", awaiting_signature: "awaiting signature", signed: "signed",
  rechecked: "rechecked", printed: "printed", issued: "issued", revoked: "revoked", abolished: "abolished", numbered: "numbered", reviewed: "reviewed", returned_for_revision: "returned for revision", dispatching: "dispatching",
  signed_for: "signed for", circulating: "circulating", handling: "being handled",
  scheduled: "scheduled", notified: "notified", held: "held", cancelled: "cancelled",
  open: "open", acknowledged: "acknowledged", in_progress: "in progress", reported: "completion reported", infeasible: "infeasible",
  withdrawn: "withdrawn", assigned: "assigned", under_review: "under review", routed: "routed",
  "task.assigned": "awaiting acknowledgement", "task.in_progress": "in progress", "task.completion_reported": "to verify",
  "task.infeasible": "awaiting the leader", "task.closed": "closed", "task.withdrawn": "withdrawn",
  "task.opened": "awaiting acknowledgement", "task.acknowledged": "in progress", "task.reopened": "reopened, in progress again",
  "task.infeasibility_reported": "awaiting the leader", "task.reassigned": "reassigned, awaiting acknowledgement",
  running: "running", met: "met", missed: "missed",
  "priority.normal": "normal", "priority.high": "high", "priority.urgent": "urgent",
  "source.document_instruction": "leader's instruction", "source.meeting_resolution": "meeting resolution", "source.petition": "petition", "source.ad_hoc": "ad hoc",
  "petition.accepted": "accepted", "petition.objected": "objected to", "petition.extended": "extended",
  "petition.review_requested": "under review", "petition.hearing_held": "hearing held", "petition.review_decided": "review decided",
  "petition.under_review": "under review", "petition.reviewed": "reviewed", "petition.under_second_review": "under second review",
  "petition.final": "final (second review decided)", "petition.returned": "returned",
  "clock.running": "running", "clock.approaching": "approaching", "clock.met": "met", "clock.met_late": "met late", "clock.overdue": "overdue",
  "trip.returned": "returned", "trip.dispatched": "dispatched", "trip.reassigned": "reassigned",
  "incoming.circulation_started": "circulating", "outgoing.revised": "revised", "outgoing.countersigned": "countersigned",
  "outgoing.changed_after_signing": "changed after signing, to sign again", "outgoing.dispatched": "dispatching",
  appointed: "appointed", requested: "requested", approved: "approved", dispatched: "dispatched", used: "used", expected: "expected", in_building: "in the building", left: "left",
};

export const dictionaries = { zh: { ...zh, stage: stagesZh }, en: { ...en, stage: stagesEn } };
let current = localStorage.getItem("shuniu.lang") === "en" ? "en" : "zh";

export const lang = () => current;
export const acceptLanguage = () => (current === "en" ? "en" : "zh-CN");
export function setLang(value) {
  current = value === "en" ? "en" : "zh";
  localStorage.setItem("shuniu.lang", current);
  document.documentElement.lang = current === "en" ? "en" : "zh-CN";
}
export function t(key) {
  return dictionaries[current][key] ?? zh[key] ?? key;
}
export function stage(value, scope) {
  if (value == null) return "";
  const scoped = scope ? `${scope}.${value}` : null;
  return dictionaries[current].stage[scoped] ?? dictionaries[current].stage[value] ?? stagesZh[value] ?? value;
}

// The desk's detail lines are the projection's words: Chinese, some followed by their English
// ("会签 countersign"), with the object's own data after a "：". The console shows one language: the
// Chinese or the English half of a pair, and in English the fixed phrases of the rest in English.
const DESK_PAIR = /^(.*?)([\u4e00-\u9fff、，]+)\s+([A-Za-z][A-Za-z ,'-]*)$/;
export const DESK_PHRASES_EN = [
  ["信访事项申请延长办理期限 ", "A petition asks to extend its handling period by "], [" 日，请审批", " days: please approve"],
  ["签发后实质性修改", "Substantive change after signing"], ["报送进展与办结报告", "Report progress and completion"],
  ["告知信访人延期及理由", "tell the petitioner of the extension and why"], ["原派车辆已改派", "The car you were given went elsewhere"],
  ["签收督办事项", "Acknowledge the supervision task"], ["告知是否受理", "tell the petitioner whether it is accepted"],
  ["申请延期至 ", "Asks for an extension to "], ["报告无法落实", "Reported infeasible"], ["请派员参加", "please send someone"],
  ["拟办意见", "Proposed handling"], ["审核意见", "Review comments"], ["会议通知", "Meeting notice"], ["核实办结", "Verify the completion"],
  ["用印审批", "Approve a seal's use"], ["用车审批", "Approve a car"], ["可选车辆", "cars free"], ["延期已批准", "Extension approved"],
  ["信访事项", "Petition"], ["代会人 ", "substitute "], [" 请假", " asks for leave"], ["批示", "Instruction"], ["暂无", "none"],
];
export function deskDetail(text) {
  const value = text ?? "";
  const pair = DESK_PAIR.exec(value);
  if (pair) return current === "en" ? pair[1] + pair[3][0].toUpperCase() + pair[3].slice(1) : pair[1] + pair[2];
  if (current !== "en") return value;
  let words = value;
  for (const [zh, en] of DESK_PHRASES_EN) words = words.replaceAll(zh, en);
  return words.replaceAll("：", ": ").replaceAll("；", "; ").replaceAll("，", ", ").replaceAll("（", " (").replaceAll("）", ")");
}
