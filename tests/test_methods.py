"""The method library: shipped methods, a facilitator's own, bad files, the fit helper."""

from __future__ import annotations

from dataclasses import replace

import pytest

from facilitator.core.domain.steps import Step
from facilitator.methods import (
    Context,
    MethodError,
    key_for,
    load_library,
    method_from,
    rank_methods,
    read_method,
    save_own_method,
)

GOOD = """
name = "Speed dating"
steps = [1]
purpose = "Short one-to-one chats."
minutes = [10, 20]
group_size = [6, 40]
mode = "individual"
roles = ["explorer"]
engagement = "short"
preparation = "none"
splits_problem = false
instructions = ["Pair up.", "Swap every three minutes."]
"""


def test_at_least_fifteen_valid_methods_cover_all_four_steps():
    library = load_library()
    assert library.problems == []
    assert len(library.methods) >= 15
    for step in Step:
        assert len(library.for_step(step)) >= 3, step
    names = {m.name for m in library.methods}
    for expected in ("1-2-4-All", "Silent brainstorm", "World café", "Dot voting",
                     "Impact/effort matrix", "Affinity clustering", "Pre-mortem"):
        assert expected in names
    assert all(m.instructions and m.purpose and m.roles for m in library.methods)


def test_a_facilitators_own_method_loads_and_replaces_a_shipped_one(tmp_path):
    (tmp_path / "speed-dating.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "dot-voting.toml").write_text(GOOD.replace("Speed dating", "Our dot voting"),
                                              encoding="utf-8")
    library = load_library(tmp_path)
    own = library.by_key("speed-dating")
    assert own is not None and own.own and own.minutes == (10, 20)
    assert library.by_key("dot-voting").name == "Our dot voting"
    assert len(library.methods) == len(load_library().methods) + 1


@pytest.mark.parametrize("content, message", [
    ("name = ", "not valid TOML"),
    (GOOD.replace('name = "Speed dating"', ""), "'name' must be some text"),
    (GOOD.replace("steps = [1]", "steps = [5]"), "numbers 1 to 4"),
    (GOOD.replace("minutes = [10, 20]", "minutes = [20, 10]"), "'minutes' must be [from, to]"),
    (GOOD.replace('mode = "individual"', 'mode = "solo"'), "'mode' must be one of"),
    (GOOD.replace('roles = ["explorer"]', 'roles = ["wizard"]'), "unknown role(s) wizard"),
    (GOOD + 'colour = "red"\n', "unknown field(s): colour"),
    (GOOD.replace('instructions = ["Pair up.", "Swap every three minutes."]',
                  "instructions = []"), "'instructions' needs at least one entry"),
])
def test_a_bad_method_file_is_named_and_the_rest_still_load(tmp_path, content, message):
    (tmp_path / "broken.toml").write_text(content, encoding="utf-8")
    (tmp_path / "speed-dating.toml").write_text(GOOD, encoding="utf-8")
    library = load_library(tmp_path)
    assert [p.path.name for p in library.problems] == ["broken.toml"]
    assert message in str(library.problems[0])
    assert library.by_key("speed-dating") is not None
    assert len(library.methods) == len(load_library().methods) + 1


def test_binary_or_huge_files_are_refused_not_crashed_on(tmp_path):
    (tmp_path / "binary.toml").write_bytes(b"\xff\xfe\x00garbage")
    (tmp_path / "huge.toml").write_text("# " + "x" * 70_000, encoding="utf-8")
    problems = {p.path.name: p.message for p in load_library(tmp_path).problems}
    assert "UTF-8" in problems["binary.toml"]
    assert "too large" in problems["huge.toml"]


def test_an_own_method_is_saved_and_read_back_the_same(tmp_path):
    shipped = load_library().by_key("silent-brainstorm")
    mine = replace(shipped, key=key_for("Silent brainstorm (our way) \"quoted\""),
                   name='Silent brainstorm (our way) "quoted"', minutes=(5, 12))
    path = save_own_method(mine, tmp_path / "methods")
    assert path.name == "silent-brainstorm-our-way-quoted.toml"
    back = read_method(path, own=True)
    assert back.name == mine.name and back.minutes == (5, 12)
    assert back.instructions == shipped.instructions
    with pytest.raises(MethodError):
        save_own_method(replace(mine, roles=("nobody",)), tmp_path / "methods")


def test_the_fit_helper_ranks_by_context_and_says_why():
    methods = load_library().methods
    fits = rank_methods(methods, Context(step=Step.POSTPONE, engagement="short",
                                         collective=False, minutes=15, people=30))
    top = [f.method.name for f in fits[:2]]
    assert set(top) == {"1-2-4-All", "Silent brainstorm"}
    assert "serves step 2" in fits[0].reasons and not fits[0].concerns
    world_cafe = next(f for f in fits if f.method.name == "World café")
    assert "needs at least 45 minutes" in world_cafe.concerns
    # Step 4 methods come first when developing solutions with a group working together.
    develop = rank_methods(methods, Context(step=Step.DEVELOP, collective=True))
    assert all(Step.DEVELOP in f.method.steps for f in develop[:5])
    # No preference: every method, alphabetical among equals.
    assert len(rank_methods(methods, Context())) == len(methods)


def test_method_from_accepts_a_minimal_method():
    from facilitator.methods import tomllib

    method = method_from(tomllib.loads(GOOD), key="speed-dating")
    assert method.steps == (Step.INVOLVE,) and method.materials == () and method.prompts == ()
    assert method.fits_group(6) and not method.fits_group(41)



# --- hostile method files: each is named and skipped, the library still loads ------------


def _hostile(folder, kind: str):
    import os

    path = folder / f"{kind}.toml"
    if kind == "deep-nesting":
        path.write_text("x = " + "[" * 20_000 + "]" * 20_000 + "\n", encoding="utf-8")
    elif kind == "deep-tables":
        path.write_text("x = " + "{a = " * 8_000 + "1" + "}" * 8_000 + "\n",
                        encoding="utf-8")
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "not-utf8":
        path.write_bytes(b'name = "Caf\xe9"\n')
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 40)
    elif kind == "huge":
        path.write_text("# " + "x" * 200_000 + "\n", encoding="utf-8")
    elif kind == "broken-symlink":
        path.symlink_to(folder / "nowhere.toml")
    return path


HOSTILE = ["deep-nesting", "deep-tables", "dev-zero", "fifo", "folder", "not-utf8", "binary",
           "huge", "broken-symlink"]


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_hostile_method_file_is_named_and_skipped(tmp_path, kind):
    import threading

    _hostile(tmp_path, kind)
    result = {}
    worker = threading.Thread(target=lambda: result.update(library=load_library(tmp_path)),
                              daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), f"loading the library hung on {kind}"
    library = result["library"]
    assert len(library.methods) >= 15  # the shipped ones still load
    assert [p.path.name for p in library.problems] == [f"{kind}.toml"]
    assert str(library.problems[0]).startswith(f"{kind}.toml: ")
