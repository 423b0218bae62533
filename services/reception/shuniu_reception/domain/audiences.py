"""What reception's objects tell every reader about themselves besides their events: who may see
them (知悉范围, `shuniu_shared.audience`) and which personal data they carry.

Each aggregate names its own audience (`Petition.audience()`, `Visit.audience()`, …) from the rule
its module states; this module holds only the words those rules share. The service's own GETs and
lists decide with the very audience the events carry, so a dashboard that enforces it shows what
reception shows and nothing wider (docs/services/reception.md, "谁能看到 / Who may see it").
"""

from __future__ import annotations

from shuniu_shared.audience import Audience
from shuniu_shared.directory import ROLES

# The categories of personal data, as `Audience.personal_data` names them.
PERSON_DETAILS = ("name", "id_number", "phone", "address")  # a visitor's or petitioner's, sealed
PETITION_CONTENT = "petition_content"  # what the petitioner wrote and was answered: content, grounds, reply
WHEREABOUTS = "whereabouts"  # where a named person is or goes, and when (a visit's arrival, a trip)

# The vehicle pool and the seals are the office's reference data: everyone who works here in some
# role may look them up (a person with no role in the directory has no business with them).
EVERYONE_WITH_A_ROLE = Audience.of(roles=sorted(ROLES))
