"""公文检索 at the console: the clerk finds a document by words of its title, the words marked where
they were found, and opens it from the result; a person outside its audience finds nothing.

Stands on the documents service's GET /search (services/documents/api/search.py)."""

from __future__ import annotations


def test_the_clerk_finds_a_document_by_its_title_and_someone_outside_its_audience_does_not(sign_in):
    title = "关于推进秸秆综合利用试点工作的通知（检索测试）"
    clerk = sign_in("shen")
    clerk.go("incoming")
    clerk.act("sign-for", title=title, sender="市农业农村局", sender_number="市农发〔2026〕15号", copies="1")
    clerk.page.wait_for_selector("[data-screen=incoming] form[data-form=register]")
    document_url = clerk.page.url

    clerk.go("search")
    clerk.page.fill("form[data-form=search] [name=q]", "秸秆综合利用")
    clerk.page.click("form[data-form=search] button[type=submit]")
    clerk.wait_for_after_refresh(f"search/{'秸秆综合利用'}", f"[data-results] a:text-is('{title}')")
    found = clerk.page.locator("[data-result]", has=clerk.page.locator(f"a:text-is('{title}')"))
    assert found.locator(".tag").inner_text() == "收文"
    hit = found.locator("[data-where=title]")
    assert hit.locator("mark").all_inner_texts() == ["秸秆综合利用"]
    assert hit.locator("[data-snippet]").inner_text() == title
    clerk.shot("31-search-found")
    found.locator(f"a:text-is('{title}')").click()
    clerk.page.wait_for_selector(f"[data-screen=incoming] h1:has-text('{title}')")
    assert clerk.page.url == document_url

    outsider = sign_in("chen")  # finance: no part in a document only signed for
    outsider.go("search/秸秆综合利用")
    assert outsider.page.locator("[data-results]").inner_text() == "没有找到"
    for desk in (clerk, outsider):
        assert not desk.requests.outside() and not desk.errors
