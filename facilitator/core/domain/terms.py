"""The domain's fixed words, importable without loading the database layer."""

FILE_SUFFIX = ".workshop"
PARTICIPANT_GROUPS = ("resident", "service user", "professional", "commissioner")
CITIZEN_ROLES = ("explorer", "ideator", "designer", "diffuser")
# The languages a workshop can run in (grouping notes and labelling themes), with their names.
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
LANGUAGES = tuple(LANGUAGE_NAMES)
