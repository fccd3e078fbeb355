"""The domain's fixed words as people read them: participant groups, citizen roles and
solution statuses are stored by their English key ("service user", "explorer", "agreed"),
so a workshop file reads the same in any language, and shown in the language spoken here
("usager", "explorateur", "adoptée"). A group a facilitator typed is their own word and is
shown as typed.
"""

from __future__ import annotations

from facilitator.core.locale import NC_, N_, _, available_languages, pgettext, use

# Translators: participant groups, as a short label in a list (singular).
GROUP_NAMES = {"resident": N_("resident"), "service user": N_("service user"),
               "professional": N_("professional"), "commissioner": N_("commissioner"),
               "no group": N_("no group")}
# Citizen roles (who explores problems, who ideates, designs, diffuses solutions).
ROLE_NAMES = {"explorer": N_("explorer"), "ideator": N_("ideator"),
              "designer": N_("designer"), "diffuser": N_("diffuser")}
_STATUS_CONTEXT = "solution status"
# Context "solution status": "done" as a status is not the "done" of a button.
STATUS_NAMES = {"proposed": NC_("solution status", "proposed"),
                "agreed": NC_("solution status", "agreed"),
                "in progress": NC_("solution status", "in progress"),
                "done": NC_("solution status", "done"),
                "dropped": NC_("solution status", "dropped")}


def group_name(key: str | None) -> str:
    """A participant group as shown: a known group in the language spoken, any other as
    it was typed."""
    if not key:
        return ""
    return _(GROUP_NAMES[key]) if key in GROUP_NAMES else key


def role_name(key: str | None) -> str:
    if not key:
        return ""
    return _(ROLE_NAMES[key]) if key in ROLE_NAMES else key


def status_name(key: str) -> str:
    """A solution's status ('proposed', 'in progress'...) as shown."""
    return pgettext(_STATUS_CONTEXT, key) if key else ""


def _key(text: str | None, names: dict[str, str]) -> str:
    """The stored key for a word shown or typed in any language the app speaks (case and
    spaces aside); other text is kept as it is, trimmed."""
    text = " ".join((text or "").split())
    wanted = text.casefold()
    for key, source in names.items():
        if wanted == key.casefold():
            return key
        for code in available_languages():
            with use(code):
                if wanted == _(source).casefold():
                    return key
    return text


def group_key(text: str | None) -> str:
    """'Usager' or 'service user' -> 'service user'; 'Jeunes' -> 'Jeunes'."""
    return _key(text, {k: v for k, v in GROUP_NAMES.items() if k != "no group"})


def role_key(text: str | None) -> str:
    return _key(text, ROLE_NAMES)

