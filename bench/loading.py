"""How long the window's thread is held while the sentence models load behind it.

From step 3 the app loads its two sentence models on a background thread. Python runs one
thread at a time, and a library that holds the interpreter while it loads (a C extension's
start-up) stops the window's thread with it: typing and painting wait. This starts a fresh
Python for each run, loads the models on a thread there as the app does, and meanwhile
wakes a thread every millisecond, as the window's event loop would; it prints the longest
pause that thread saw and the load's wall time.

Two ways, alternated, in fresh processes: as the app loads (the int8 rewrite of the model
worked out in a process of its own) and, as a peer, the rewrite done in the app's process
(importing onnx there, which holds the interpreter for over a second). What is left as the
app loads is mostly the tokenizers library reading WordLlama's tokenizer file (about a tenth
of a second, in one call that holds the interpreter).

    python bench/loading.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

CHILD = """
import json, sys, threading, time
from facilitator.core.analysis import meaning
if sys.argv[1] == "in-process":
    meaning._in_int8_apart = meaning._in_int8
loaded = threading.Event()
def load():
    meaning.described()
    loaded.set()
start = time.perf_counter()
threading.Thread(target=load).start()
longest, last = 0.0, time.perf_counter()
while not loaded.is_set():
    time.sleep(0.001)
    now = time.perf_counter()
    longest, last = max(longest, now - last), now
print(json.dumps({"pause": longest, "load": time.perf_counter() - start,
                  "models": meaning.described(), "onnx": "onnx" in sys.modules}))
"""


def run(mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    results: dict[str, list[dict]] = {"as the app": [], "in-process": []}
    for _ in range(args.runs):
        for mode, found in results.items():
            found.append(run("apart" if mode == "as the app" else mode))
    print(f"models: {results['as the app'][0]['models']}; {args.runs} runs each, alternated")
    for mode, found in results.items():
        pauses = [1000 * r["pause"] for r in found]
        loads = [r["load"] for r in found]
        print(f"{mode:>11}: longest pause median {statistics.median(pauses):.0f} ms "
              f"(max {max(pauses):.0f}), load {statistics.median(loads):.2f} s, "
              f"onnx imported in the app's process: {found[0]['onnx']}")
    ratio = (statistics.median(1000 * r["pause"] for r in results["as the app"])
             / statistics.median(1000 * r["pause"] for r in results["in-process"]))
    print(f"longest pause, as the app / in-process: {ratio:.2f}")


if __name__ == "__main__":
    main()
