"""Dates, instants and months as the office's requests carry them, bounded to years it works in.

Python's `date` holds the years 1 to 9999 and PostgreSQL's holds more, but the office's arithmetic
on a date does not: the week around 9999-12-31, the last day of month 0000-01, a deadline some
working days after a date, an instant in Beijing turned into UTC for the database — each steps
outside Python's range and raised OverflowError, a 500 (issue 17, finding 3). So every date, instant
and month a request names — query parameter or body field — is of one of these types, and a year
outside 1900–2999 is a 422 naming the field, before anything computes with it. The range holds
every record an office keeps (archives back to 1900) and every plan it makes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, TypeVar

from pydantic import AfterValidator, AwareDatetime, Field
from pydantic_core import PydanticCustomError

FIRST_YEAR, LAST_YEAR = 1900, 2999

D = TypeVar("D", date, datetime)


def _within_office_years(value: D) -> D:
    _check_year(value.year)
    return value


def _month_within_office_years(value: str) -> str:
    _check_year(int(value[:4]))  # year 0000 is no date at all
    return value


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PydanticCustomError(
            "office_year",
            "the year should be between {first} and {last}",
            {"first": FIRST_YEAR, "last": LAST_YEAR},
        )


OfficeDate = Annotated[date, AfterValidator(_within_office_years)]
"""A civil date (Asia/Shanghai), e.g. 2026-03-09."""

OfficeInstant = Annotated[AwareDatetime, AfterValidator(_within_office_years)]
"""An instant with its zone, e.g. 2026-03-09T09:00:00+08:00."""

OfficeMoment = Annotated[datetime, AfterValidator(_within_office_years)]
"""An instant whose zone may be left out (the endpoint says which zone it then means)."""

OfficeMonth = Annotated[
    str,
    Field(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="YYYY-MM"),
    AfterValidator(_month_within_office_years),
]
"""A calendar month, e.g. 2026-03."""
