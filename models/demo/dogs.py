"""The demo town's dogs: a few residents keep dogs registered for the dog tax, with their tax tags (deterministic).

Written straight into the register (as a migration of an old register would be), not through cases: the demo's
dog-registration cases are left for the clerk to approve.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from models.db import Database
from models.german_format import today as german_today
from models.registers.dogs.breeds import classify_dog
from models.registers.dogs.keeping import issue_tag
from models.registers.dogs.register import Dog, DogSex
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress

#: name, breed, cross, colour, height (cm), permit reference for a listed breed
_DOGS = (
    ("Bello", "Labrador Retriever", False, "schwarz", 56, None),
    ("Luna", "Mischling (Schäferhund)", True, "schwarz-braun", 60, None),
    ("Krümel", "Dackel", False, "rotbraun", 22, None),
    ("Nala", "Golden Retriever", False, "blond", 55, None),
    ("Rocky", "Rottweiler", False, "schwarz-braun", 62, "32.1-04/2024"),
    ("Emma", "Jack Russell Terrier", False, "weiß-braun", 30, None),
    ("Balu", "Berner Sennenhund", False, "dreifarbig", 66, None),
    ("Mia", "Malteser", False, "weiß", 22, None),
)
DEMO_DOGS = 10


def seed_dogs(db: Database, count: int = DEMO_DOGS, *, seed: int = 2026, as_of: dt.date | None = None) -> int:
    """``count`` dogs of adult residents living in the town (the second dog of some keepers); how many were
    written (fewer when the town has fewer residents)."""
    rng = random.Random(seed)
    today = as_of or german_today()
    with db.write() as session:
        keepers = session.scalars(
            select(Resident.id)
            .join(ResidentAddress, ResidentAddress.resident_id == Resident.id)
            .where(
                ResidentAddress.kind == AddressKind.MAIN,
                ResidentAddress.moved_out.is_(None),
                Resident.died_on.is_(None),
                Resident.born <= today - dt.timedelta(days=18 * 366),
            )
            .order_by(Resident.id)
            .limit(max(1, count * 3))
        ).all()
        written = 0
        for number in range(min(count, len(keepers))):
            keeper = keepers[(number - 1 if number % 4 == 3 else number) % len(keepers)]  # some keep two dogs
            name, breed, cross, colour, height, permit = _DOGS[number % len(_DOGS)]
            acquired = today - dt.timedelta(days=rng.randint(60, 2500))
            dog = Dog(
                keeper_id=keeper,
                name=name,
                breed=breed,
                cross=cross,
                sex=DogSex.FEMALE if number % 2 else DogSex.MALE,
                colour=colour,
                born=acquired - dt.timedelta(days=rng.randint(56, 700)),
                acquired_on=acquired,
                chip=f"276098{rng.randrange(10**9):09d}",
                insurer="Lindenbrücker Versicherung VVaG",
                policy_number=f"HH-{rng.randrange(10**6):06d}",
                category=classify_dog(breed, height).category.value,
                permit_reference=permit or ("Anzeige § 11 LHundG NRW" if height >= 40 else None),
                permit_date=acquired if permit or height >= 40 else None,
            )
            session.add(dog)
            session.flush()
            issue_tag(session, dog, number + 1, acquired)
            written += 1
    return written
