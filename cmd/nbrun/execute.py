# execute.py runs one notebook with Debian's nbclient and prints a JSON
# report on stdout: the executed notebook and, for each cell, its time and
# whether it was skipped or failed to finish. nbrun (Go) does the judging.
#
# usage: python3 execute.py NOTEBOOK KERNEL CELL_TIMEOUT_SECONDS SKIP_TAG CELL_OUTPUT_CAP
#
# A cell's outputs are kept up to CELL_OUTPUT_CAP bytes: the first half and
# the last half, with a line between them saying how much was dropped, so
# that a cell printing without end cannot exhaust memory here or in nbrun.
import collections
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbformat.v4 import new_output, output_from_msg

def size_of(out):
    """Bytes an output takes: its text, or its data as JSON."""
    if out.get("output_type") == "stream":
        return len(out.get("text", "").encode("utf-8", "surrogatepass"))
    return len(json.dumps(out, ensure_ascii=False).encode("utf-8", "surrogatepass"))


def cut_text(text, keep, from_end):
    """The first (or last) keep bytes of text, on a character boundary."""
    b = text.encode("utf-8", "surrogatepass")
    part = b[len(b) - keep:] if from_end else b[:keep]
    return part.decode("utf-8", "ignore")


class Cap:
    """One cell's outputs: a head kept as it comes, then a tail of the last
    outputs, trimmed from its front to half the cap."""

    def __init__(self, half):
        self.half = half
        self.head = 0
        self.full = False
        self.tail = collections.deque()
        self.tail_bytes = 0
        self.dropped = 0
        self.dropped_outputs = 0

    def add_tail(self, out):
        n = size_of(out)
        self.tail.append(out)
        self.tail_bytes += n
        while self.tail_bytes > self.half:
            first = self.tail[0]
            excess = self.tail_bytes - self.half
            n0 = size_of(first)
            if first.get("output_type") == "stream" and n0 > excess:
                first["text"] = cut_text(first["text"], n0 - excess, from_end=True)
                cut = n0 - size_of(first)
            else:
                self.tail.popleft()
                self.dropped_outputs += 1
                cut = n0
            self.tail_bytes -= cut
            self.dropped += cut

    def flush(self, outs):
        """Appends the marker and the tail to the cell's outputs."""
        if not self.full:
            return
        mib = self.half / (1 << 20)
        note = (f"[nbrun: {self.dropped / (1 << 20):.1f} MiB of this cell's output dropped here "
                f"({self.dropped:,} bytes); its first and last {mib:g} MiB are kept]\n")
        outs.append(new_output("stream", name="stdout", text=note))
        outs.extend(self.tail)


class CappedClient(NotebookClient):
    """A NotebookClient that keeps each cell's outputs to output_cap bytes."""

    def __init__(self, *args, output_cap, **kwargs):
        super().__init__(*args, **kwargs)
        self.output_cap = output_cap
        self.caps = {}

    def cap(self, cell_index):
        return self.caps.setdefault(cell_index, Cap(self.output_cap // 2))

    def flush_cap(self, cell_index, outs):
        """Adds the dropped-bytes line and the tail once the cell is done."""
        if cell_index in self.caps:
            self.caps.pop(cell_index).flush(outs)

    def clear_output(self, outs, msg, cell_index):
        if not msg["content"].get("wait"):
            self.caps.pop(cell_index, None)
        super().clear_output(outs, msg, cell_index)

    def output(self, outs, msg, display_id, cell_index):
        if self.clear_before_next_output:
            self.caps.pop(cell_index, None)
        c = self.cap(cell_index)
        if not c.full:
            try:
                n = size_of(output_from_msg(msg))
            except ValueError:
                n = 0
            if c.head + n <= c.half:
                c.head += n
                return super().output(outs, msg, display_id, cell_index)
            c.full = True
            if msg["msg_type"] == "stream" and c.head < c.half:
                # Fill the head to the byte with the start of this text.
                text = msg["content"]["text"]
                first = dict(msg, content=dict(msg["content"], text=cut_text(text, c.half - c.head, False)))
                super().output(outs, first, display_id, cell_index)
                rest = text[len(first["content"]["text"]):]
                c.head = c.half
                msg = dict(msg, content=dict(msg["content"], text=rest))
        try:
            out = output_from_msg(msg)
        except ValueError:
            return None
        c.add_tail(out)
        return out


def main():
    path, kernel, timeout, skip_tag = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    cap = int(sys.argv[5])
    nb = nbformat.read(path, as_version=4)
    client = CappedClient(
        nb,
        kernel_name=kernel,
        timeout=timeout,
        startup_timeout=120,
        allow_errors=True,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
        output_cap=cap,
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
            finally:
                client.flush_cap(index, nb.cells[index].outputs)
            entry["seconds"] = time.monotonic() - t0
    report["notebook"] = nb
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main()
