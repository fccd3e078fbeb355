"""The four co-design steps, the spine of a workshop."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from facilitator.core.locale import N_, _, available_languages, use


class Step(IntEnum):
    INVOLVE = 1
    POSTPONE = 2
    SYNTHESISE = 3
    DEVELOP = 4

    @property
    def info(self) -> StepInfo:
        return STEP_INFO[self]

    @property
    def title(self) -> str:
        return STEP_INFO[self].title


@dataclass(frozen=True)
class StepInfo:
    """A step's words, kept in English and given in the language spoken here."""

    english_title: str
    short: str
    english_explanation: str

    @property
    def title(self) -> str:
        return _(self.english_title)

    @property
    def explanation(self) -> str:
        return _(self.english_explanation)


STEP_INFO: dict[Step, StepInfo] = {
    Step.INVOLVE: StepInfo(
        N_("Involve users"),
        "involve",
        N_("Bring the people who use the service into the room and hear them first. "
           "Check who is here, who is missing and whose voice dominates."),
    ),
    Step.POSTPONE: StepInfo(
        N_("Postpone decisions"),
        "postpone",
        N_("Gather widely before deciding anything. Capture every idea and concern; "
           "no voting and no solutions yet."),
    ),
    Step.SYNTHESISE: StepInfo(
        N_("Synthesise insights"),
        "synthesise",
        N_("Group what was heard into themes and turn the themes into insight statements, "
           "keeping the notes behind each one as evidence."),
    ),
    Step.DEVELOP: StepInfo(
        N_("Develop solutions"),
        "develop",
        N_("Develop solutions from the insights, prioritise them together and agree who "
           "does what next."),
    ),
}


def parse_step(value: str | int | None) -> Step | None:
    """Read a step from a number (1-4), its title (in any language the app speaks) or its
    short name; None if blank.

    Raises ValueError naming the accepted forms when the value is not a step.
    """
    if value is None:
        return None
    if isinstance(value, int):
        return Step(value)
    text = value.strip().casefold()
    if not text:
        return None
    if text.isdigit() and 1 <= int(text) <= 4:
        return Step(int(text))
    for step, info in STEP_INFO.items():
        if text in (info.english_title.casefold(), info.short, step.name.casefold()):
            return step
        for code in available_languages():
            with use(code):
                if text == info.title.casefold():
                    return step
    names = ", ".join(f"{s.value} ({s.title})" for s in Step)
    raise ValueError(_("'{value}' is not a step; use one of {names}").format(value=value,
                                                                            names=names))
