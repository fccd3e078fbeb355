"""Steps 3 and 4 of one workshop in one place for its callers (`Workshop.synthesis`): its
themes (`themes`), insights and links (`insights`) and solutions (`solutions`), each
written through the workshop's units of work. The names callers import from here are
defined in those modules and in `core.analysis.suggestion`."""

from __future__ import annotations

from facilitator.core.analysis.quotes import representative_quotes
from facilitator.core.analysis.suggestion import (
    SuggestedTheme,
    SuggestionInput,
    ThemeSuggestion,
    near_duplicate_pairs,
    suggest,
)
from facilitator.core.domain.insights import (
    INSIGHT_PREFIX,
    Insights,
    evidence_among,
    theme_insight_start,
)
from facilitator.core.domain.links import LINK_KINDS, NODE_KINDS
from facilitator.core.domain.records import (
    Evidence,
    InsightData,
    LinkData,
    SolutionData,
    ThemeChange,
    ThemeData,
    ThemeState,
)
from facilitator.core.domain.solutions import SOLUTION_STATUSES, Solutions
from facilitator.core.domain.themes import Themes
from facilitator.core.domain.unit_of_work import Writer


class Synthesis(Themes, Insights, Solutions):
    """Themes, insights and solutions of one workshop."""

    def __init__(self, workshop: Writer):
        self.workshop = workshop


__all__ = [
    "INSIGHT_PREFIX",
    "LINK_KINDS",
    "NODE_KINDS",
    "SOLUTION_STATUSES",
    "Evidence",
    "InsightData",
    "LinkData",
    "SolutionData",
    "SuggestedTheme",
    "SuggestionInput",
    "Synthesis",
    "ThemeChange",
    "ThemeData",
    "ThemeState",
    "ThemeSuggestion",
    "evidence_among",
    "near_duplicate_pairs",
    "representative_quotes",
    "suggest",
    "theme_insight_start",
]
