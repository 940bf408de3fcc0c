# execute.py runs one notebook with Debian's nbclient and prints a JSON
# report on stdout: the executed notebook and, for each cell, its time and
# whether it was skipped or failed to finish. nbrun (Go) does the judging.
#
# usage: python3 execute.py NOTEBOOK KERNEL CELL_TIMEOUT_SECONDS SKIP_TAG
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient

path, kernel, timeout, skip_tag = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
nb = nbformat.read(path, as_version=4)
client = NotebookClient(
    nb,
    kernel_name=kernel,
    timeout=timeout,
    startup_timeout=120,
    allow_errors=True,
    resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
)
report = {"cells": [], "startup_seconds": 0.0, "fatal": ""}
start = time.monotonic()
with client.setup_kernel():
    report["startup_seconds"] = time.monotonic() - start
    for index, cell in enumerate(nb.cells):
        entry = {"index": index, "seconds": 0.0, "skipped": False, "failure": ""}
        report["cells"].append(entry)
        if cell.cell_type != "code":
            continue
        if skip_tag in cell.get("metadata", {}).get("tags", []):
            entry["skipped"] = True
            continue
        t0 = time.monotonic()
        try:
            client.execute_cell(cell, index)
        except Exception as e:  # a timeout or a dead kernel ends the run
            entry["failure"] = f"{type(e).__name__}: {e}".strip()
            entry["seconds"] = time.monotonic() - t0
            report["fatal"] = entry["failure"]
            break
        entry["seconds"] = time.monotonic() - t0
report["notebook"] = nb
json.dump(report, sys.stdout)
