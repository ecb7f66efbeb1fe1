"""A small both-sides routine with phases, and an event tracer, shared by the session tests."""

from __future__ import annotations

from desktop.model.clock import FakeClock
from desktop.model.routine import (
    Direction,
    MotionCue,
    MotionPattern,
    Phase,
    Pressure,
    Routine,
    SidePlan,
    Step,
    Technique,
)
from desktop.model.session import Session
from desktop.model.session_events import (
    Countdown,
    Finished,
    Halfway,
    ItemStarted,
    Paused,
    PhaseChanged,
    Resumed,
    SessionEvent,
    SidesSwitched,
    Started,
    Stopped,
    TimeAdded,
)

T0 = 1000.0


def make_step(step_id: str, seconds: float, phases: tuple[Phase, ...] = ()) -> Step:
    return Step(
        id=step_id,
        title=step_id.title(),
        technique=Technique.KNEADING,
        zones=("heel",),
        duration_s=seconds,
        pressure=Pressure.LIGHT,
        motion=MotionCue(MotionPattern.GLIDE, Direction.UP),
        cue=f"{step_id} cue",
        instructions="",
        phases=phases,
    )


def make_routine(sides: SidePlan = SidePlan.BOTH) -> Routine:
    """warm 8 s; circles 10 s (clockwise 5 + counter 5); press 6 s (hold 4 + release 2).

    As `both` with a 10 s switch the plan is 7 items and 58 s: items start at 0, 8, 18, 24 (switch),
    34, 42, 52, and it ends at 58.
    """
    return Routine(
        id="test",
        title="Test",
        summary="",
        sides=sides,
        steps=(
            make_step("warm", 8),
            make_step(
                "circles", 10, (Phase("clockwise", 5, "Circle clockwise"), Phase("counter", 5, "Reverse"))
            ),
            make_step("press", 6, (Phase("hold", 4, "Hold"), Phase("release", 2, "Let go"))),
        ),
    )


def new_session(**kwargs: object) -> tuple[Session, FakeClock]:
    clock = FakeClock(T0)
    routine = kwargs.pop("routine", None) or make_routine()
    return Session(routine, clock=clock, **kwargs), clock  # type: ignore[arg-type]


def label(event: SessionEvent) -> str:
    """A short readable name for an event, so an expected sequence reads like a script."""
    match event:
        case Started():
            return "start"
        case ItemStarted(index=i):
            return f"item{i}"
        case PhaseChanged(index=i, phase_name=name):
            return f"phase{i}:{name}"
        case Halfway(index=i):
            return f"half{i}"
        case Countdown(index=i, seconds_left=n):
            return f"count{i}:{n}"
        case SidesSwitched(to_side=side):
            return f"switch:{side.value}"
        case Paused(reason=reason):
            return f"paused:{reason.value}"
        case Resumed():
            return "resumed"
        case TimeAdded(index=i, seconds=s):
            return f"added{i}:{s:g}"
        case Finished():
            return "finished"
        case Stopped(reason=reason):
            return f"stopped:{reason.value}"
    raise AssertionError(event)


def expected_script() -> list[tuple[float, str]]:
    """Every event of a full uninterrupted run of make_routine(), with its exact time from the start."""

    def warm(i: int, t: float) -> list[tuple[float, str]]:
        return [(t, f"item{i}"), (t + 4, f"half{i}"), *countdown(i, t + 8)]

    def circles(i: int, t: float) -> list[tuple[float, str]]:
        return [
            (t, f"item{i}"),
            (t, f"phase{i}:clockwise"),
            (t + 5, f"phase{i}:counter"),
            (t + 5, f"half{i}"),
            *countdown(i, t + 10),
        ]

    def press(i: int, t: float) -> list[tuple[float, str]]:
        # 6 s: halfway and "3 left" coincide at 3 s; "release" and "2 left" at 4 s. Phase, halfway, count.
        return [
            (t, f"item{i}"),
            (t, f"phase{i}:hold"),
            (t + 3, f"half{i}"),
            (t + 3, f"count{i}:3"),
            (t + 4, f"phase{i}:release"),
            (t + 4, f"count{i}:2"),
            (t + 5, f"count{i}:1"),
        ]

    def countdown(i: int, end: float) -> list[tuple[float, str]]:
        return [(end - 3, f"count{i}:3"), (end - 2, f"count{i}:2"), (end - 1, f"count{i}:1")]

    return [
        (0, "start"),
        *warm(0, 0),
        *circles(1, 8),
        *press(2, 18),
        (24, "item3"),
        (24, "switch:left"),
        *countdown(3, 34),
        *warm(4, 34),
        *circles(5, 42),
        *press(6, 52),
        (58, "finished"),
    ]


def run(
    session: Session, clock: FakeClock, steps: list[float], limit: int = 100_000
) -> list[tuple[float, str]]:
    """Advance by `steps` (cycled) and tick until the session stops running; (time since T0, label) list."""
    trace: list[tuple[float, str]] = []
    n = 0
    while session.state == "running":
        clock.advance(steps[n % len(steps)])
        trace += [(clock.now() - T0, label(e)) for e in session.tick()]
        n += 1
        assert n < limit, "session never ended"
    return trace


def go(session: Session, clock: FakeClock, seconds: float, step: float = 1.0) -> list[str]:
    """Let `seconds` pass as a driver would (ticking at least every `step`); the labels of what fired."""
    names: list[str] = []
    while seconds > 1e-12:
        dt = min(step, seconds)
        clock.advance(dt)
        seconds -= dt
        names += [label(e) for e in session.tick()]
    return names
