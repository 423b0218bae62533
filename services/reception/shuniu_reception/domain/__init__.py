"""The reception service's domain: visitors, petitions and their statutory clocks, vehicles, seals,
and the people whose personal data the service holds. Pure: no I/O, no clock reads."""
