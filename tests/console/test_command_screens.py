"""The steps off the daily path, each on its object's screen and offered only to whom may take it
(issue 22 item 3): a 发文字号 voided and the 发文字号登记簿 showing it void; an issued document
废止 and then archived; the 联合发文机关 chosen in the draft and their 会签; a 传阅 recalled; a
meeting's 议程, invited departments, 改期 and 取消; a room registered and a weekly meeting booked
around a week whose room is taken; a request for more time refused and then granted by whoever assigned
the task, and a task that cannot be done 修改, 改派 or 撤销. What only brings an object to the step a
test is about is sent as the console's api() sends it; the step itself is taken on the screen, and
the service's own answer is checked after it."""

from __future__ import annotations

from datetime import datetime, timedelta

from shuniu_shared.calendar import WorkingCalendar

from tests.console.conftest import Desk, office_today


def _outgoing_rechecked(drafter: Desk, director: Desk, leader: Desk, clerk: Desk, title: str) -> str:
    """A 下行文 drafted, approved, signed and rechecked: the clerk's to number."""
    made = drafter.call(
        "POST",
        "/api/documents/outgoing",
        {
            "title": title,
            "doc_type": "通知",
            "direction": "下行文",
            "main_recipients": ["education"],
            "body": "各乡镇人民政府：\n一、做好冬季供暖保障",
        },
    )["id"]
    director.call("POST", f"/api/documents/outgoing/{made}/review", {"approve": True})
    leader.call("POST", f"/api/documents/outgoing/{made}/sign", {"opinion": "同意"})
    clerk.call("POST", f"/api/documents/outgoing/{made}/recheck", {"note": "格式无误"})
    return made


def test_a_number_given_in_error_is_voided_and_the_register_shows_it_void(sign_in):
    drafter, director, leader, clerk = sign_in("chen"), sign_in("feng"), sign_in("luo"), sign_in("shen")
    document = _outgoing_rechecked(
        drafter, director, leader, clerk, "关于做好冬季供暖保障工作的通知（作废文号）"
    )
    clerk.go(f"outgoing/{document}")
    clerk.act("register", code="县府办发", copies="2")
    number = clerk.page.locator("[data-preview=gbt9704] [data-field=number]").inner_text()
    drafter.go(f"outgoing/{document}")
    assert not drafter.page.locator("form[data-form=void-number]").count(), "作废文号 is the clerk's"

    clerk.act("void-number", reason="登记时误用代字，应为县府发")
    clerk.page.wait_for_selector(f"[data-screen=outgoing] dd:has-text('{number}')")
    assert clerk.page.locator("[data-preview=gbt9704] [data-field=number]").inner_text() == "〔　　〕"
    assert clerk.page.locator("form[data-form=register]").count() == 1, "to be numbered again"
    assert "文号作废" in clerk.page.locator("[data-history]").inner_text()
    state = clerk.call("GET", f"/api/documents/outgoing/{document}")
    assert state["stage"] == "rechecked" and state["number"] is None
    assert state["voided_numbers"] == [number]

    clerk.act("register", code="县府办发", copies="2")
    again = clerk.page.locator("[data-preview=gbt9704] [data-field=number]").inner_text()
    assert again != number, "a voided number is never given out again"

    clerk.go("outgoing")
    clerk.page.click("a[href='#/numbers']")
    clerk.page.wait_for_selector("[data-screen=numbers] [data-register]")
    rows = clerk.page.locator("[data-register] tbody tr")
    void = rows.filter(has_text=number)
    assert void.locator("[data-status=void]").inner_text() == "已作废"
    assert "登记时误用代字，应为县府发" in void.inner_text()
    assert rows.filter(has_text=again).locator("[data-status=used]").inner_text() == "已使用"
    clerk.shot("30-number-register")
    clerk.page.click("#lang")
    clerk.page.wait_for_selector("[data-screen=numbers] h1:has-text('Register of document numbers')")
    assert void.locator("[data-status=void]").inner_text() == "void"
    drafter.go("outgoing")
    assert not drafter.page.locator("a[href='#/numbers']").count(), "the register is the office's"
    for desk in (drafter, director, leader, clerk):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def test_a_leader_abolishes_an_issued_document_and_the_clerk_then_archives_it(sign_in):
    drafter, director, leader, clerk = sign_in("chen"), sign_in("feng"), sign_in("fang"), sign_in("shen")
    document = _outgoing_rechecked(drafter, director, leader, clerk, "关于冬季供暖收费标准的通知（废止）")
    for step, body in (("register", {"code": "县府办发", "copies": 1}), ("print", {}), ("dispatch", {})):
        clerk.call("POST", f"/api/documents/outgoing/{document}/{step}", body)
    clerk.go(f"outgoing/{document}")
    clerk.page.wait_for_selector("[data-screen=outgoing] h1 .tag:has-text('已核发')")
    assert not clerk.page.locator("form[data-form=abolish]").count(), "废止 is a leader's decision"

    leader.go(f"outgoing/{document}")
    leader.act("abolish", reason="收费标准已由新文件调整")
    leader.page.wait_for_selector("[data-screen=outgoing] h1 .tag:has-text('已废止')")
    assert not leader.page.locator("form[data-form=abolish], form[data-form=revoke]").count()
    assert "废止" in leader.page.locator("[data-history]").inner_text()
    assert clerk.call("GET", f"/api/documents/outgoing/{document}")["stage"] == "abolished"

    clerk.page.reload()
    clerk.act("archive", retention="定期30年")
    clerk.page.wait_for_selector("[data-screen=outgoing] h1 .tag:has-text('已归档')")
    assert not clerk.page.locator("form[data-form=archive]").count(), "archived once"
    assert clerk.call("GET", f"/api/documents/outgoing/{document}")["retention"] == "定期30年"
    for desk in (drafter, director, leader, clerk):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def test_the_draft_names_its_co_issuers_and_only_their_head_countersigns(sign_in):
    title = "关于联合开展冬季安全检查的通知（联合发文）"
    drafter = sign_in("chen")
    drafter.go("outgoing")
    drafter.act(
        "draft",
        title=title,
        doc_type="通知",
        direction="下行文",
        main_recipients=["education"],
        co_issuers=["office.affairs"],
        body="各学校：\n一、开展冬季安全检查",
    )
    drafter.page.wait_for_selector(f"[data-screen=outgoing] h1:has-text('{title}')")
    assert "行政事务科（未会签）" in drafter.page.locator("[data-screen=outgoing] dl").inner_text()
    document = drafter.page.url.rsplit("/", 1)[1]
    sign_in("feng").call("POST", f"/api/documents/outgoing/{document}/review", {"approve": True})

    drafter.page.reload()
    drafter.page.wait_for_selector("[data-screen=outgoing] h1 .tag:has-text('会签中')")
    assert not drafter.page.locator("form[data-form=countersign]").count(), "县财政局's head is no co-issuer"
    co_issuer = sign_in("wu")
    co_issuer.go(f"outgoing/{document}")
    co_issuer.act("countersign", opinion="同意联合发文")
    co_issuer.page.wait_for_selector("[data-screen=outgoing] dd:has-text('行政事务科（已会签）')")
    assert not co_issuer.page.locator("form[data-form=countersign]").count(), "会签 once"
    state = co_issuer.call("GET", f"/api/documents/outgoing/{document}")
    assert state["co_issuers"] == ["office.affairs"]
    assert state["countersigned"]["office.affairs"]["opinion"] == "同意联合发文"
    assert state["stage"] == "awaiting_signature"
    for desk in (drafter, co_issuer):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def test_the_clerk_recalls_a_circulation_sent_wrongly(sign_in):
    clerk, reader = sign_in("shen"), sign_in("feng")
    document = clerk.call(
        "POST",
        "/api/documents/incoming",
        {
            "title": "关于冬季森林防火的通报（收回传阅）",
            "sender": "市林业局",
            "sender_number": "市林发〔2026〕3号",
            "doc_type": "通报",
        },
    )["id"]
    clerk.call("POST", f"/api/documents/incoming/{document}/register", {})
    clerk.call("POST", f"/api/documents/incoming/{document}/review", {"accept": True, "handling": "阅知件"})
    clerk.call("POST", f"/api/documents/incoming/{document}/circulation", {"readers": ["feng", "yang"]})

    reader.go(f"incoming/{document}")
    reader.page.wait_for_selector("form[data-form=read]")
    assert not reader.page.locator("form[data-form=recall]").count(), "收回传阅 is the clerk's"

    clerk.go(f"incoming/{document}")
    clerk.act("recall", reason="误传，改为分送有关科室")
    clerk.page.wait_for_selector("[data-screen=incoming] h2:has-text('传阅情况（已收回）')")
    assert not clerk.page.locator("form[data-form=recall]").count(), "nothing left to recall"
    assert "收回传阅" in clerk.page.locator("[data-history]").inner_text()
    assert clerk.call("GET", f"/api/documents/incoming/{document}")["circulation_status"]["recalled"] is True

    reader.page.reload()
    reader.page.wait_for_selector("[data-screen=incoming] h2:has-text('传阅情况（已收回）')")
    assert not reader.page.locator("form[data-form=read]").count(), "a recalled circulation is not read"
    for desk in (clerk, reader):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def test_the_organiser_adds_an_agenda_item_reschedules_and_cancels_a_meeting(sign_in):
    organiser, invitee = sign_in("shen"), sign_in("chen")
    soon = office_today() + timedelta(days=20)
    meeting = organiser.call(
        "POST",
        "/api/meetings/meetings",
        {
            "title": "冬季供暖保障专题会（改期与取消）",
            "kind": "专题会",
            "organiser_department": "office",
            "chair": "fang",
            "starts_at": f"{soon}T09:00:00+08:00",
            "ends_at": f"{soon}T10:00:00+08:00",
        },
    )["id"]
    organiser.call("POST", f"/api/meetings/meetings/{meeting}/invitations", {"people": [{"person": "chen"}]})
    organiser.call("POST", f"/api/meetings/meetings/{meeting}/notice", {})

    invitee.go(f"meeting/{meeting}")
    invitee.page.wait_for_selector("form[data-form=attend]")
    for step in ("agenda", "reschedule", "cancel"):
        assert not invitee.page.locator(f"form[data-form={step}]").count(), f"{step} is the organiser's"

    organiser.go(f"meeting/{meeting}")
    organiser.act(
        "agenda", title="汇报冬季供暖保障方案", presenter="chen", materials="供暖保障方案\n资金测算表"
    )
    item = organiser.page.locator("[data-agenda] tbody tr")
    assert item.count() == 1
    assert "陈局长（县财政局）" in item.inner_text() and "供暖保障方案、资金测算表" in item.inner_text()

    organiser.act("invite", departments=["education"])
    organiser.page.wait_for_selector("[data-screen=meeting] dd:has-text('县教育局')")
    member = sign_in("zhao")  # a member of an invited department is invited with it
    member.go(f"meeting/{meeting}")
    member.page.wait_for_selector("form[data-form=attend]")

    yesterday = (office_today() - timedelta(days=1)).isoformat()
    organiser.act(
        "reschedule", redraw=False, day=yesterday, start="15:00", end="16:00", reason="与县委会议冲突"
    )
    refusal = organiser.page.locator("form[data-form=reschedule] + .status .problem")
    refusal.wait_for()
    assert "会议须改到将来的时间" in refusal.inner_text() and "in_the_past" not in refusal.inner_text()

    later = office_today() + timedelta(days=30)
    room = organiser.call("GET", "/api/meetings/rooms")["items"][0]
    organiser.act(
        "reschedule",
        day=later.isoformat(),
        start="15:00",
        end="16:30",
        room_id=room["id"],
        reason="与县委会议冲突",
    )
    organiser.page.wait_for_selector(f"[data-screen=meeting] dd:has-text('{room['name']}')")
    assert "改期" in organiser.page.locator("[data-history]").inner_text()
    state = organiser.call("GET", f"/api/meetings/meetings/{meeting}")
    assert datetime.fromisoformat(state["starts_at"]) == datetime.fromisoformat(f"{later}T15:00:00+08:00")
    assert datetime.fromisoformat(state["ends_at"]) == datetime.fromisoformat(f"{later}T16:30:00+08:00")
    assert state["room"]["id"] == room["id"]
    assert [entry["title"] for entry in state["agenda"]] == ["汇报冬季供暖保障方案"]
    assert state["invited_departments"] == [{"department": "education", "capacity": "出席"}]

    organiser.act("cancel", reason="供暖方案已由常务会议定")
    organiser.page.wait_for_selector("[data-screen=meeting] h1 .tag:has-text('已取消')")
    assert not organiser.page.locator("form[data-form=reschedule], form[data-form=agenda]").count()
    organiser.shot("31-meeting-cancelled")
    assert organiser.call("GET", f"/api/meetings/meetings/{meeting}")["stage"] == "cancelled"
    for desk in (organiser, invitee, member):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def test_a_room_is_registered_and_a_weekly_meeting_booked_week_by_week_around_one_taken(sign_in):
    keeper, staff = sign_in("shen"), sign_in("chen")
    keeper.go("meetings")
    keeper.act(
        "room",
        redraw=False,
        name="第三会议室（浏览器测试）",
        building="县政府大楼",
        capacity="30",
        equipment="投影仪、视频会议",
    )
    keeper.page.wait_for_selector("[data-rooms] td:has-text('第三会议室（浏览器测试）')")
    room = next(
        r
        for r in keeper.call("GET", "/api/meetings/rooms")["items"]
        if r["name"] == "第三会议室（浏览器测试）"
    )
    assert (room["building"], room["capacity"], room["equipment"]) == (
        "县政府大楼",
        30,
        ["投影仪", "视频会议"],
    )
    staff.go("meetings")
    assert not staff.page.locator("form[data-form=room]").count(), "rooms are registered by their keepers"

    # the first of three weeks, where that week and the next are working days
    calendar = WorkingCalendar.china()
    first = office_today() + timedelta(days=14)
    while not (calendar.is_working_day(first) and calendar.is_working_day(first + timedelta(days=7))):
        first += timedelta(days=1)
    weeks = [first + timedelta(days=7 * n) for n in range(3)]
    taken = keeper.call(
        "POST",
        "/api/meetings/meetings",
        {
            "title": "县财政局预算协调会（占用会议室）",
            "kind": "协调会",
            "organiser_department": "office",
            "chair": "fang",
            "room_id": room["id"],
            "starts_at": f"{weeks[1]}T09:30:00+08:00",
            "ends_at": f"{weeks[1]}T10:30:00+08:00",
        },
    )["id"]
    keeper.page.reload()
    keeper.act(
        "series",
        redraw=False,
        title="县政府办公室周例会（浏览器测试）",
        kind="办公会",
        chair="feng",
        room_id=room["id"],
        day=first.isoformat(),
        start="09:00",
        end="10:00",
        weeks="3",
    )
    keeper.page.wait_for_selector("[data-series] li")
    told = keeper.page.locator("[data-series] li")
    assert told.count() == 3 and "县财政局预算协调会（占用会议室）" in told.nth(1).inner_text(), (
        "week by week"
    )
    booked = keeper.page.locator("[data-series] [data-booked] a")
    conflict = keeper.page.locator("[data-series] [data-conflict]")
    expected = [week for week in weeks if week != weeks[1] and calendar.is_working_day(week)]
    assert booked.count() == len(expected)
    assert conflict.count() == 1 and "县财政局预算协调会（占用会议室）" in conflict.inner_text()
    assert conflict.locator("a").get_attribute("href") == f"#/meeting/{taken}"
    assert keeper.page.locator("[data-series] [data-day-off]").count() == sum(
        not calendar.is_working_day(week) for week in weeks
    )
    meetings = [
        keeper.call("GET", f"/api/meetings/meetings/{href.split('/')[-1]}")
        for href in (link.get_attribute("href") for link in booked.all())
    ]
    assert [datetime.fromisoformat(m["starts_at"]).date() for m in meetings] == expected
    assert {m["series_id"] for m in meetings} != {None} and len({m["series_id"] for m in meetings}) == 1
    assert all(
        m["room"]["id"] == room["id"] and m["title"] == "县政府办公室周例会（浏览器测试）" for m in meetings
    )
    keeper.shot("32-weekly-meeting-booked")
    for desk in (keeper, staff):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def test_whoever_assigned_a_task_refuses_then_grants_more_time(sign_in):
    office, lead = sign_in("zhou"), sign_in("zhao")
    deadline, asked = office_today() + timedelta(days=10), office_today() + timedelta(days=25)
    task = office.call(
        "POST",
        "/api/supervision/tasks",
        {
            "title": "全县校舍冬季安全排查（延期）",
            "lead_department": "education",
            "deadline": deadline.isoformat(),
        },
    )["id"]
    lead.call("POST", f"/api/supervision/tasks/{task}/acknowledge", {})
    ask = {"deadline": asked.isoformat(), "reason": "需等待住建部门联合鉴定"}
    lead.call("POST", f"/api/supervision/tasks/{task}/extension", ask)

    lead.go(f"task/{task}")
    lead.page.wait_for_selector("[data-screen=task] dd:has-text('需等待住建部门联合鉴定')")
    assert not lead.page.locator(
        "form[data-form=extension-grant], form[data-form=extension-refuse]"
    ).count(), "the lead department asks, it does not answer"

    office.go(f"task/{task}")
    office.act("extension-refuse", reason="排查须在寒假前完成")
    assert not office.page.locator("form[data-form=extension-grant]").count(), "nothing left to answer"
    assert "不同意延期" in office.page.locator("[data-history]").inner_text()
    refused = office.call("GET", f"/api/supervision/tasks/{task}")
    assert refused["pending_extension"] is None and refused["deadline"] == deadline.isoformat()

    lead.call("POST", f"/api/supervision/tasks/{task}/extension", ask)
    office.page.reload()
    office.act("extension-grant")
    office.page.wait_for_selector(f"[data-screen=task] dd:has-text('{asked.isoformat()}')")
    assert "同意延期" in office.page.locator("[data-history]").inner_text()
    granted = office.call("GET", f"/api/supervision/tasks/{task}")
    assert granted["pending_extension"] is None and granted["deadline"] == asked.isoformat()
    for desk in (office, lead):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def _reported_infeasible(office: Desk, lead: Desk, title: str, department: str, reason: str) -> str:
    """An ad-hoc task the lead department signed for and then reported it cannot carry out."""
    task = office.call(
        "POST",
        "/api/supervision/tasks",
        {
            "title": title,
            "lead_department": department,
            "deadline": (office_today() + timedelta(days=10)).isoformat(),
        },
    )["id"]
    lead.call("POST", f"/api/supervision/tasks/{task}/acknowledge", {})
    lead.call("POST", f"/api/supervision/tasks/{task}/infeasibility", {"reason": reason})
    return task


def test_a_task_that_cannot_be_done_is_reassigned_to_another_lead_department(sign_in):
    office, lead = sign_in("zhou"), sign_in("sun")
    task = _reported_infeasible(
        office, lead, "职工冬季送温暖慰问资金落实（改派）", "union", "慰问资金须由财政安排"
    )

    lead.go(f"task/{task}")
    lead.page.wait_for_selector("[data-screen=task] h1 .tag:has-text('待领导决定')")
    assert not lead.page.locator("form[data-form=reassign]").count(), "改派 is whoever assigned it"

    office.go(f"task/{task}")
    new_deadline = (office_today() + timedelta(days=15)).isoformat()
    office.act("reassign", lead_department="finance", co_departments=["union"], deadline=new_deadline)
    office.page.wait_for_selector("[data-screen=task] h1 .tag:has-text('待签收')")
    facts = office.page.locator("[data-screen=task] dl").inner_text()
    assert "县财政局" in facts and "县总工会" in facts and new_deadline in facts
    assert "改派" in office.page.locator("[data-history]").inner_text()
    state = office.call("GET", f"/api/supervision/tasks/{task}")
    assert state["lead_department"] == "finance" and state["co_departments"] == ["union"]
    assert state["stage"] == "assigned" and state["deadline"] == new_deadline

    chen = sign_in("chen")  # the new lead department signs for it afresh
    chen.go(f"task/{task}")
    chen.page.wait_for_selector("form[data-form=acknowledge]")
    for desk in (office, lead, chen):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def test_whoever_assigned_a_task_that_cannot_be_done_revises_one_and_withdraws_another(sign_in):
    office, lead = sign_in("zhou"), sign_in("sun")
    revised = _reported_infeasible(
        office, lead, "职工疗休养基地全面改建（修改）", "union", "改建资金未列入预算"
    )
    dropped = _reported_infeasible(office, lead, "职工书屋扩建（撤销）", "union", "场地已另作他用")
    lead.go(f"task/{revised}")
    lead.page.wait_for_selector("[data-screen=task] h1 .tag:has-text('待领导决定')")
    assert not lead.page.locator("form[data-form=revise], form[data-form=withdraw]").count()

    office.go(f"task/{revised}")
    new_deadline = (office_today() + timedelta(days=40)).isoformat()
    office.act(
        "revise",
        title="职工疗休养基地维修（修改）",
        description="先行维修，改建列入明年预算",
        deadline=new_deadline,
    )
    office.page.wait_for_selector(
        "[data-screen=task] h1:has-text('职工疗休养基地维修（修改）') .tag:has-text('办理中')"
    )
    state = office.call("GET", f"/api/supervision/tasks/{revised}")
    assert (state["stage"], state["deadline"], state["lead_department"]) == (
        "in_progress",
        new_deadline,
        "union",
    )

    office.go(f"task/{dropped}")
    office.act("withdraw", reason="场地已另作他用，不再督办")
    office.page.wait_for_selector("[data-screen=task] h1 .tag:has-text('已撤销')")
    assert not office.page.locator("form[data-form=reassign], form[data-form=urge]").count()
    assert "撤销" in office.page.locator("[data-history]").inner_text()
    assert office.call("GET", f"/api/supervision/tasks/{dropped}")["stage"] == "withdrawn"
    for desk in (office, lead):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def test_the_office_sets_an_organs_letterhead_and_the_service_words_what_a_format_forbids(sign_in):
    office, staff = sign_in("feng"), sign_in("chen")
    office.go("outgoing")
    office.page.click("a[href='#/letterheads']")
    office.page.wait_for_selector("[data-screen=letterheads] [data-letterhead=document]")
    office.page.select_option("form[data-form=organ] [name=organ]", "office")
    office.page.click("form[data-form=organ] button[type=submit]")
    office.page.wait_for_selector("[data-letterhead=document] [data-mark]:has-text('县政府办公室文件')")

    office.act("letterhead-document", name="F县人民政府办公室", suffix="文件", mark_size="42")
    office.page.wait_for_selector("[data-letterhead=document] [data-mark]:has-text('F县人民政府办公室文件')")
    state = office.call("GET", "/api/documents/letterheads/office/document")
    assert (state["mark"], state["mark_size"], state["mark_color"].lower()) == (
        "F县人民政府办公室文件",
        42,
        "#e60012",
    )

    office.act("letterhead-document", redraw=False, suffix="通知")
    refusal = office.page.locator("form[data-form=letterhead-document] + .status .problem")
    refusal.wait_for()
    assert "文件格式的标志在机关名称后" in refusal.inner_text(), refusal.inner_text()
    assert office.call("GET", "/api/documents/letterheads/office/document")["suffix"] == "文件", (
        "nothing kept"
    )

    office.page.click("[data-letterhead=document] [data-show=preview]")
    src = office.page.locator("[data-letterhead=document] iframe[data-viewer=pdf]").get_attribute("src")
    assert src == "/api/documents/letterheads/office/document/preview.pdf"
    pdf = office.page.request.get(f"{office.base}{src}")
    assert pdf.ok and pdf.body().startswith(b"%PDF")
    office.shot("33-letterhead-set")

    staff.go("letterheads?organ=office")
    staff.page.wait_for_selector("[data-letterhead=document] [data-mark]:has-text('F县人民政府办公室文件')")
    assert not staff.page.locator("form[data-form^=letterhead-]").count(), (
        "the stationery is the office's to set"
    )
    for desk in (office, staff):
        assert not desk.requests.outside() and not desk.errors, desk.errors


def _switch_to_english(desk: Desk) -> None:
    desk.page.click("#lang")
    desk.page.wait_for_selector("[data-nav=desk]:has-text('My desk')")


def _step_titles(desk: Desk) -> list[str]:
    return desk.page.locator(".actions .action h3").all_inner_texts()


def test_the_new_steps_are_named_in_english_when_english_is_chosen(sign_in):
    organiser = sign_in("shen")
    upcoming = next(
        m
        for m in organiser.call("GET", "/api/meetings/meetings?limit=50")["items"]
        if m["stage"] in ("scheduled", "notified") and m["title"] == "县政府第12次常务会议"
    )
    _switch_to_english(organiser)
    organiser.go(f"meeting/{upcoming['id']}")
    organiser.page.wait_for_selector("form[data-form=reschedule]")
    assert {"Add an agenda item", "Reschedule", "Cancel the meeting"} <= set(_step_titles(organiser))
    assert organiser.page.locator("[data-agenda]").count() == 1
    organiser.go("meetings")
    assert organiser.page.locator("form[data-form=series] button").inner_text() == "Schedule a weekly meeting"
    assert organiser.page.locator("form[data-form=room] button").inner_text() == "Register a room"

    office = sign_in("zhou")
    waiting = next(
        task
        for task in office.call("GET", "/api/supervision/tasks?limit=100")["items"]
        if task["extension_pending"]
    )
    _switch_to_english(office)
    office.go(f"task/{waiting['id']}")
    office.page.wait_for_selector("form[data-form=extension-grant]")
    assert {"Grant the extension", "Refuse the extension"} <= set(_step_titles(office))
    for desk in (organiser, office):
        assert not desk.errors, desk.errors


def test_a_task_is_opened_with_its_reporting_cycle_and_a_meeting_with_its_classification(sign_in):
    office = sign_in("zhou")
    office.go("supervision")
    office.act(
        "open-task",
        redraw=False,
        title="冬季供暖保障资金拨付（每周报告）",
        lead_department="finance",
        deadline=(office_today() + timedelta(days=20)).isoformat(),
        reporting_cycle="weekly",
        classification="秘密",
    )
    office.page.wait_for_selector("[data-screen=task] h1:has-text('冬季供暖保障资金拨付（每周报告）')")
    facts = office.page.locator("[data-screen=task] dl").inner_text()
    assert "每周" in facts and "秘密" in facts, facts
    task = office.page.url.rsplit("/", 1)[1]
    state = office.call("GET", f"/api/supervision/tasks/{task}")
    assert (state["reporting_cycle"], state["classification"]) == ("weekly", "秘密")

    organiser = sign_in("shen")
    organiser.go("meetings")
    organiser.act(
        "schedule",
        redraw=False,
        title="冬季供暖保障资金调度会（秘密）",
        chair="fang",
        day=(office_today() + timedelta(days=25)).isoformat(),
        classification="秘密",
    )
    organiser.page.wait_for_selector("[data-screen=meeting] h1:has-text('冬季供暖保障资金调度会（秘密）')")
    assert "秘密" in organiser.page.locator("[data-screen=meeting] dl").inner_text()
    meeting = organiser.page.url.rsplit("/", 1)[1]
    assert organiser.call("GET", f"/api/meetings/meetings/{meeting}")["classification"] == "秘密"
    for desk in (office, organiser):
        assert not desk.requests.outside() and not desk.errors, desk.errors
