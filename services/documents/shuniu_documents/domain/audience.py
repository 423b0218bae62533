"""Who may see a document (知悉范围): the one rule of this service's GET, its lists, and every reader
of its events (shuniu_shared.audience).

A person sees a 收文 or 发文 when their clearance reaches its 密级 and either they work in the office
(办公室, the department and the sections within it: it handles every document), or their own
department takes part in it (the receiving or issuing body, the drafter, co-issuers, internal
recipients, the lead and co-departments of a 批示, the departments of circulation readers). Taking
part is by the department itself (`members_of`), not by what lies under it: the county government
(`gov`) takes part in every document, which lets its leaders see what comes to it and goes out in its
name, and must not open every document to every bureau under it.

A document carries no personal data: its parties are bodies of the directory or outside it, and the
people it names (signers, readers, handlers) are directory ids of office staff.
"""

from __future__ import annotations

from collections.abc import Iterable

from shuniu_shared.audience import Audience

OFFICE = "office"  # 办公室: its people handle every document (within their clearance)

# The grants every document names alike. The list query relies on this being all that is common
# (the rest, its 密级 and the departments taking part, is stored per document): see
# adapters/read_model.py, and tests/documents/test_audience.py, which checks the two agree.
EVERY_DOCUMENT = Audience.of(departments=[OFFICE])


def document_audience(classification: str, taking_part: Iterable[str]) -> Audience:
    """The audience of a document of that 密级 in which those departments take part."""
    return Audience.of(
        classification=classification, departments=EVERY_DOCUMENT.departments, members_of=taking_part
    )
