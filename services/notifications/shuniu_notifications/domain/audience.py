"""Who may be told of an object (知悉范围): exactly whom its owner would show it to, never more.

A notice about another service's object says that the object exists, and usually its title; so it
goes only where the owner's own GET would answer. The owner names the object's audience on every
event (`Envelope.audience`, shuniu_shared.audience), and the decision here is that audience's own
rule, `Actor.sees`, against the directory:

- **A person** (console, email) is told only if the audience admits them. An event that names no
  audience (or a malformed one) tells nobody: fail closed, as every reader does.
- **A department's group chat** (its DingTalk/WeCom robots) is read by whoever is in the chat, and
  the service cannot know who that is today: people join chats, the chat may hold the department's
  sections, nobody in it is cleared for anything. So a robot message goes out only when the audience
  admits *the department as a whole*: someone with no clearance, no role and no personal grant, in
  the department or in any department under it, would be admitted. That is: the classification is
  "none" (非密), and the department and each of its sections is in ``members_of`` or lies within one
  of ``departments``. A grant to some of its people (``people``, ``roles``) never opens the chat.
- **Personal data.** An object whose audience lists personal-data categories (a petitioner's name,
  ID number, phone) may still concern the whole department, but its robot message names no person:
  it says only that the department has something to act on, and links to the screen, where sign-in
  and the owner decide the rest.

The service's own objects: a notice is seen by its recipient alone, and no wider than the object it
is about (its 密级), so a person whose clearance is lowered no longer reads the notice of a secret
task in their inbox. A delivery's state (GET /deliveries) is about the object, so it is shown to
those the object's audience admits.
"""

from __future__ import annotations

from collections.abc import Iterable

from shuniu_shared.audience import Audience
from shuniu_shared.commands import Actor
from shuniu_shared.directory import Directory

# A robot message about an object that carries personal data: nothing of the object but the link.
NAMELESS = (
    "贵单位有一项事项待办理 / Your department has an item to act on",
    "请登录枢纽查看。/ Sign in to Shuniu to see it.",
)


def told(audience: Audience | None, people: Iterable[str], directory: Directory) -> list[str]:
    """Those of `people` the object's audience admits, in their order; nobody without an audience."""
    if audience is None:
        return []
    return [p for p in people if Actor.of(directory.person(p)).sees(audience, directory)]


def admits_whole_department(audience: Audience | None, department: str, directory: Directory) -> bool:
    """Whether everyone who may be in the department's group chat may see the object: a member of it
    or of a section under it, with no clearance and nothing granted to them personally."""
    if audience is None or department not in directory.departments:
        return False
    chat = [code for code in directory.departments if directory.is_within(code, department)]
    return all(
        audience.admits(
            person=f"department:{department}",
            department=code,
            roles=(),
            clearance="none",
            directory=directory,
        )
        for code in chat
    )


def of_notice(recipient: str | None, about: Audience | None) -> Audience | None:
    """A notice's own audience: its recipient, at the 密级 of the object it tells of."""
    if about is None or recipient is None:
        return None
    return Audience.of(people=[recipient], classification=about.classification)
