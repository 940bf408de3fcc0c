package main

import (
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// TestHugeCellOutputIsCut runs a cell that prints 24 240 000 bytes (240 000
// numbered lines): the notebook keeps its first and last MiB, and a line
// between them says how many bytes were dropped, which with the kept ones
// add up to what the cell printed. The runner used to keep it all (a cell
// printing 60 MB took it to 1 GB).
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
	note := regexp.MustCompile(`\[nbrun: [0-9.]+ MiB of this cell's output dropped here \(([0-9,]+) bytes\); ` +
		`its first and last 1 MiB are kept\]\n`)
	m := note.FindStringSubmatchIndex(s)
	if m == nil {
		t.Fatalf("no line saying what was dropped in %d bytes of output:\n%.300s", len(s), s)
	}
	dropped, _ := strconv.Atoi(strings.ReplaceAll(s[m[2]:m[3]], ",", ""))
	head, tail := s[:m[0]], s[m[1]:]
	const printed = 240000 * 101
	if len(head) != 1<<20 || len(tail) != 1<<20 || len(head)+len(tail)+dropped != printed {
		t.Errorf("head %d + tail %d + dropped %d bytes, want 1 MiB + 1 MiB + the rest of %d",
			len(head), len(tail), dropped, printed)
	}
	if !strings.HasPrefix(head, "line 000000 xxx") || !strings.HasSuffix(tail, "line 239999 "+strings.Repeat("x", 88)+"\n") {
		t.Errorf("head or tail is not the start or end of what was printed:\n%.40s … %s", head, tail[len(tail)-40:])
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
