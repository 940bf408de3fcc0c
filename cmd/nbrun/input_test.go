package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOversizedNotebookIsRefused: a file over the cap is refused by its size
// before it is read (a sparse file: no disk is used).
func TestOversizedNotebookIsRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.ipynb")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(maxNotebookBytes + 1)
	f.Close()
	_, err = readNotebook(path)
	want := path + " is 64.0 MiB and 1 byte; a notebook may be at most 64 MiB " +
		"(clear its outputs in Jupyter: Cell > All Output > Clear)"
	if err == nil || err.Error() != want {
		t.Errorf("got %v\nwant %q", err, want)
	}
}

// TestNonUTF8NotebookIsOneLine: a notebook with a byte that is not UTF-8 is
// named with the byte's line and column; Jupyter's reader used to fail on
// it with a 15-line Python traceback, and lint passed it.
func TestNonUTF8NotebookIsOneLine(t *testing.T) {
	data, err := os.ReadFile(fixture("clean.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	// The byte goes inside the first line of the first cell's source: valid
	// JSON for a decoder that does not check UTF-8 (Go's does not).
	s := string(data)
	i := strings.Index(s, `"source": [`)
	i += strings.Index(s[i+len(`"source": [`):], `"`) + len(`"source": [`) + 1
	line := strings.Count(s[:i], "\n") + 1
	col := i - strings.LastIndex(s[:i], "\n")
	bad := append(append(append([]byte{}, data[:i]...), 0xe9), data[i:]...) // é in Latin-1
	path := filepath.Join(t.TempDir(), "latin1.ipynb")
	os.WriteFile(path, bad, 0o644)
	want := path + " is not UTF-8 text: byte 0xe9 at line " + itoa(line) + ", column " + itoa(col) +
		" (a notebook is JSON in UTF-8: save it again as UTF-8)"
	_, err = readNotebook(path)
	if err == nil || err.Error() != want {
		t.Errorf("read: got %v\nwant %q", err, want)
	}
	if rep := lintNotebook(path); len(rep.Problems) != 1 || rep.Problems[0] != want {
		t.Errorf("lint: got %q, want [%q]", rep.Problems, want)
	}
	r := runNotebook(path, options{mode: "run", python: "/nonexistent/python3", kernel: "gonb", cellTimeout: 60e9})
	if r.Fatal != want {
		t.Errorf("run: got %q\nwant %q", r.Fatal, want)
	}
}
