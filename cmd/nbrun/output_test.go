package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// droppedNote is the line execute.py writes where it cut a cell's output.
var droppedNote = regexp.MustCompile(`\[nbrun: [0-9.]+ MiB of this cell's output dropped here \(([0-9,]+) bytes\); ` +
	`its first and last 1 MiB are kept\]\n`)

// TestHugeCellOutputIsCut runs a cell that prints 24 240 000 bytes (240 000
// numbered lines) through a real kernel: the notebook keeps its first MiB
// and its last, with the line that says how much was dropped between them.
// The runner used to keep it all (a cell printing 60 MB took it to 555 MiB).
// Under load part of such an output may be lost before the executor sees
// it (measured: 11.2 MB of 24.2 MB arrived at load 16; probably the
// kernel's PUB socket dropping messages past its high-water mark), so the
// exact accounting is TestCellOutputCap's.
func TestHugeCellOutputIsCut(t *testing.T) {
	o := testOptions(t, "write")
	path := filepath.Join(t.TempDir(), "big.ipynb")
	data, _ := os.ReadFile(fixture("big_output.ipynb"))
	os.WriteFile(path, data, 0o644)
	r := runNotebook(path, o)
	if r.failed() || !r.Written {
		t.Fatalf("written=%v\n%s", r.Written, show(r, "write"))
	}
	nb, err := readNotebook(path)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, o := range outputs(nb.cells()[0]) {
		out.WriteString(text(o["text"]))
	}
	s := out.String()
	m := droppedNote.FindStringSubmatchIndex(s)
	if m == nil {
		t.Fatalf("no line saying what was dropped in %d bytes of output:\n%.300s", len(s), s)
	}
	dropped, _ := strconv.Atoi(strings.ReplaceAll(s[m[2]:m[3]], ",", ""))
	head, tail := s[:m[0]], s[m[1]:]
	const printed = 240000 * 101
	received := len(head) + len(tail) + dropped
	if len(head) != 1<<20 || len(tail) != 1<<20 || received > printed || !strings.HasPrefix(head, "line 000000 xxx") {
		t.Errorf("head %d + tail %d + dropped %d bytes, want 1 MiB + 1 MiB + at most the rest of %d, "+
			"the head starting with line 0", len(head), len(tail), dropped, printed)
	}
	if received < printed {
		t.Logf("the kernel delivered %d of the %d bytes printed", received, printed)
	}
}

// TestCellOutputCap drives execute.py's CappedClient as a kernel would, with
// 24 240 000 bytes of numbered lines in 4 000-byte messages and an error
// output: the first MiB is kept, then the line with the number of bytes
// dropped, then the last of the text and the error; dropped and kept add up
// to what was sent. A clear_output starts the count again, and an image
// larger than half the cap is dropped whole, and counted.
func TestCellOutputCap(t *testing.T) {
	o := testOptions(t, "run")
	src := filepath.Join(t.TempDir(), "execute.py")
	os.WriteFile(src, []byte(executePy), 0o644)
	const harness = `
import json, sys
g = {"__name__": "execute"}
exec(compile(open(sys.argv[1]).read(), "execute.py", "exec"), g)
from nbformat.v4 import new_notebook
cap = int(sys.argv[2])
def msg(kind, **content):
    return {"msg_type": kind, "header": {"msg_type": kind}, "parent_header": {"msg_id": "run"},
            "content": content, "metadata": {}}
client = g["CappedClient"](new_notebook(), kernel_name="gonb", output_cap=cap)
client.reset_execution_trackers()  # as setup_kernel does
client.clear_before_next_output = False  # as execute_cell does
stream = "".join(f"line {i:06d} {'x' * 88}\n" for i in range(240000))
long = []
for k in range(0, len(stream), 4000):
    client.output(long, msg("stream", name="stdout", text=stream[k:k + 4000]), None, 0)
client.output(long, msg("error", ename="ERROR", evalue="exit status 1", traceback=["exit status 1"]), None, 0)
client.flush_cap(0, long)
cleared = []
for k in range(0, 3 << 20, 4096):
    client.output(cleared, msg("stream", name="stdout", text="y" * 4096), None, 1)
client.clear_output(cleared, msg("clear_output", wait=False), 1)
client.output(cleared, msg("stream", name="stdout", text="after clear\n"), None, 1)
client.flush_cap(1, cleared)
image = []
client.output(image, msg("display_data", data={"image/png": "A" * cap}, metadata={}), None, 2)
client.output(image, msg("stream", name="stdout", text="small\n"), None, 2)
client.flush_cap(2, image)
json.dump({"long": long, "cleared": cleared, "image": image}, sys.stdout)
`
	cmd := exec.Command(o.python, "-c", harness, src, strconv.Itoa(maxCellOutputBytes))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("harness: %v\n%s", err, stderr.String())
	}
	var res map[string][]map[string]any
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	var stream strings.Builder
	for i := 0; i < 240000; i++ {
		fmt.Fprintf(&stream, "line %06d %s\n", i, strings.Repeat("x", 88))
	}
	sent := stream.String()

	long := res["long"]
	if n := len(long); n < 3 || long[n-1]["output_type"] != "error" {
		t.Fatalf("the error output is not kept last: %d outputs", n)
	}
	var kept strings.Builder
	for _, o := range long[:len(long)-1] {
		kept.WriteString(text(o["text"]))
	}
	s := kept.String()
	m := droppedNote.FindStringSubmatchIndex(s)
	if m == nil {
		t.Fatalf("no dropped-bytes line")
	}
	dropped, _ := strconv.Atoi(strings.ReplaceAll(s[m[2]:m[3]], ",", ""))
	head, tail := s[:m[0]], s[m[1]:]
	if head != sent[:1<<20] || !strings.HasSuffix(sent, tail) || len(tail) > 1<<20 || len(tail) < 1<<20-1<<10 ||
		len(head)+dropped+len(tail) != len(sent) {
		t.Errorf("head %d + dropped %d + tail %d bytes, want the first 1 MiB + the rest + about the last MiB of %d",
			len(head), dropped, len(tail), len(sent))
	}

	if c := res["cleared"]; len(c) != 1 || text(c[0]["text"]) != "after clear\n" {
		t.Errorf("after clear_output: got %d outputs, want only \"after clear\"", len(c))
	}

	img := res["image"]
	if len(img) != 2 || !droppedNote.MatchString(text(img[0]["text"])) || text(img[1]["text"]) != "small\n" {
		t.Errorf("an image over half the cap: got %d outputs, want the dropped-bytes line and \"small\"", len(img))
	}
}

// TestOversizedReportIsRefused: an executor whose report is over
// maxReportBytes (a stand-in printing 129 MiB) gets one clear line, and
// the runner keeps no more than the cap of it.
func TestOversizedReportIsRefused(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the stand-in executor is a shell script")
	}
	dir := t.TempDir()
	script := filepath.Join(dir, "python")
	os.WriteFile(script, []byte("#!/bin/sh\nhead -c 135266304 /dev/zero\n"), 0o755)
	path := filepath.Join(dir, "nb.ipynb")
	os.WriteFile(path, []byte(oddNotebook), 0o644)
	r := runNotebook(path, options{mode: "run", python: script, kernel: "gonb", cellTimeout: 60e9})
	want := "the executed notebook is over 128 MiB: its outputs are too large to keep " +
		"(each cell's are cut to 2 MiB; this notebook has too many such cells)"
	if r.Fatal != want {
		t.Errorf("got %q\nwant %q", r.Fatal, want)
	}
}
