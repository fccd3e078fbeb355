"""The domain's fixed words, importable without loading the database layer."""

FILE_SUFFIX = ".workshop"
PARTICIPANT_GROUPS = ("resident", "service user", "professional", "commissioner")
CITIZEN_ROLES = ("explorer", "ideator", "designer", "diffuser")
