"""A few weeks of believable sessions, for screenshots, benchmarks and tests of the history window.

Deterministic for a given seed and `now`: most evenings one session, a few missed days, tension that
eases over the weeks, some skipped ratings, one session stopped because it hurt, one interrupted.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

from desktop.model.history import History, Outcome

_ROUTINES = (
    # the built-in routines (id, title, steps per foot, seconds per foot)
    ("standard", "Standard ankle massage", 6, 7 * 60),
    ("tension-relief", "Tension relief", 7, 6 * 60 + 30),
    ("quick-break", "Quick break", 3, 2 * 60 + 20),
    ("full-session", "Full session", 11, 12 * 60 + 15),
)
_TIGHT = (  # zone id, how likely it is marked tight in one session
    ("achilles_insertion", 0.45),
    ("calf_belly", 0.5),
    ("inner_ankle_concavity", 0.3),
    ("lateral_ligaments", 0.2),
    ("sole_heel_transition", 0.15),
    ("tibialis_anterior_path", 0.1),
    ("medial_malleolus", 0.08),
)
_PAIN_NOTE = "Sharp twinge near the inner ankle bone, stopped."
_NOTES = (
    "Stiff after a long walk.",
    "Calf felt much looser afterwards.",
    "Did it after running; heel sore.",
    "Slept better.",
)


def sample_sessions(store: History, days: int = 28, seed: int = 1, now: datetime | None = None) -> list[int]:
    """Add about `days` days of sessions ending before `now` (default: the current time); returns ids."""
    rng = random.Random(seed)
    now = (now or datetime.now(UTC)).astimezone()
    ids: list[int] = []
    pain_day = rng.randrange(days // 3, days - 2) if days > 4 else -1
    interrupted_day = rng.randrange(2, days // 3) if days > 6 else -1
    for back in range(days, -1, -1):
        day = now.date() - timedelta(days=back)
        progress = 1 - back / max(days, 1)  # 0 at the start, 1 today
        if rng.random() < 0.18 and back not in (pain_day, interrupted_day):
            continue  # a missed day
        sessions_today = 2 if rng.random() < 0.12 else 1
        for n in range(sessions_today):
            hour = time(7, 30) if n == 0 and sessions_today == 2 else time(19, rng.randrange(0, 60))
            start = datetime.combine(day, hour, tzinfo=now.tzinfo) + timedelta(minutes=rng.randrange(0, 90))
            if start >= now - timedelta(minutes=20):
                continue
            rid, title, steps, seconds = rng.choice(_ROUTINES)
            sides = rng.choice(("right", "right", "both", "left"))
            if sides == "both":  # as a real session records it: every step on each foot
                steps, seconds = steps * 2, seconds * 2
            sid = store.begin_session(rid, title, sides, steps, start.astimezone(UTC))
            ids.append(sid)
            before = max(1, min(10, round(6.8 - 2.2 * progress + rng.gauss(0, 1.0))))
            if back == interrupted_day and n == 0:
                store.set_ratings(sid, before=before)
                store.record_progress(sid, 3, start + timedelta(seconds=200))
                continue
            outcome, done, active = Outcome.FINISHED, steps, seconds + rng.randrange(-30, 60)
            if back == pain_day and n == 0:
                outcome, done, active = Outcome.STOPPED_PAIN, steps // 2, seconds // 2
            elif rng.random() < 0.08:
                outcome, done, active = Outcome.STOPPED, steps - 2, seconds - 120
            ended = start + timedelta(seconds=active + rng.choice((0, 0, 0, 45, 120)))  # some pauses
            store.finish_session(sid, outcome, done, ended, active_s=active)
            eased = max(0, round(rng.gauss(2.4 if outcome is Outcome.FINISHED else 0.5, 1.0)))
            after = max(0, before - eased)
            if outcome is Outcome.STOPPED_PAIN:
                after = min(10, before + 1)
            skipped = rng.random() if outcome is not Outcome.STOPPED_PAIN else 0.5
            store.set_ratings(
                sid, before=None if skipped < 0.06 else before, after=None if skipped > 0.93 else after
            )
            store.set_tight_zones(sid, [zone for zone, p in _TIGHT if rng.random() < p])
            if rng.random() < 0.15 or outcome is Outcome.STOPPED_PAIN:
                note = _PAIN_NOTE if outcome is Outcome.STOPPED_PAIN else rng.choice(_NOTES)
                store.set_note(sid, note)
    return ids
