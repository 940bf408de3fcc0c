package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// A notebook as Jupyter writes it, with what Go's JSON round trip changes:
// a lone surrogate (Go decodes it to U+FFFD), escapes Jupyter may keep
// (\u00e9), and course metadata (gomlp.cited).
const oddNotebook = `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {"slideshow": {"slide_type": "slide"}},
   "source": [
    "A lone surrogate \ud800, an escaped \u00e9 and <b>HTML</b>, 95.42\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "old\n"
     ]
    }
   ],
   "source": [
    "%%\n",
    "fmt.Println(\"new\") // \u00e9"
   ]
  }
 ],
 "metadata": {
  "gomlp": {
   "cited": [
    {
     "source": "Nielsen ch1",
     "value": "95.42"
    }
   ]
  },
  "kernelspec": {
   "display_name": "Go (gonb)",
   "language": "go",
   "name": "gonb"
  }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
`

// fakeExecutor writes a stand-in for Jupyter's executor: a script that runs
// before (a shell command, e.g. an autosave) and then prints the report of
// a run whose code cell printed "new".
func fakeExecutor(t *testing.T, before string) string {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("the stand-in executor is a shell script")
	}
	dir := t.TempDir()
	nb, err := decodeNotebook([]byte(oddNotebook))
	if err != nil {
		t.Fatal(err)
	}
	cell := nb.cells()[1]
	cell["outputs"] = []any{map[string]any{"name": "stdout", "output_type": "stream", "text": "new\n"}}
	cell["metadata"] = map[string]any{"execution": map[string]any{"iopub.status.busy": "2026-01-01"}}
	rep, _ := json.Marshal(map[string]any{
		"cells":    []any{map[string]any{"index": 0}, map[string]any{"index": 1, "seconds": 0.5}},
		"notebook": nb,
	})
	os.WriteFile(filepath.Join(dir, "report.json"), rep, 0o644)
	script := filepath.Join(dir, "python")
	os.WriteFile(script, []byte("#!/bin/sh\n"+before+"\ncat '"+filepath.Join(dir, "report.json")+"'\n"), 0o755)
	return script
}

// cellSpan is the text of cell i as the file has it (Jupyter's layout).
func cellSpan(t *testing.T, data []byte, i int) string {
	t.Helper()
	parts := strings.Split(string(data), "\n  {\n")
	if len(parts) <= i+1 {
		t.Fatalf("no cell %d in\n%s", i, data)
	}
	return strings.SplitN(parts[i+1], "\n  }", 2)[0]
}

// TestWriteKeepsWhatItDidNotRun: `nbrun write` changes the outputs of the
// cell it ran and nothing else: the markdown cell keeps its lone surrogate,
// its escape and its metadata byte for byte, the code cell its source, and
// the notebook its course metadata.
func TestWriteKeepsWhatItDidNotRun(t *testing.T) {
	path := filepath.Join(t.TempDir(), "odd.ipynb")
	os.WriteFile(path, []byte(oddNotebook), 0o644)
	o := options{mode: "write", python: fakeExecutor(t, ""), kernel: "gonb", cellTimeout: 60e9}
	r := runNotebook(path, o)
	if r.Fatal != "" || !r.Written {
		t.Fatalf("write: written=%v\n%s", r.Written, show(r, "write"))
	}
	got, _ := os.ReadFile(path)
	if a, b := cellSpan(t, got, 0), cellSpan(t, []byte(oddNotebook), 0); a != b {
		t.Errorf("the markdown cell it never ran changed:\n%s\nwas\n%s", a, b)
	}
	if !bytes.Contains(got, []byte(`"fmt.Println(\"new\") // \u00e9"`)) {
		t.Errorf("the code cell's source changed:\n%s", cellSpan(t, got, 1))
	}
	if !bytes.Contains(got, []byte(`"new\n"`)) || bytes.Contains(got, []byte(`"old\n"`)) ||
		bytes.Contains(got, []byte("iopub")) {
		t.Errorf("the code cell's outputs or metadata were not renewed:\n%s", cellSpan(t, got, 1))
	}
	if !bytes.Contains(got, []byte(`"value": "95.42"`)) {
		t.Errorf("the course metadata (gomlp.cited) was dropped:\n%s", got)
	}
	var v any
	if err := json.Unmarshal(got, &v); err != nil {
		t.Errorf("the written notebook is not JSON: %v", err)
	}
}

// TestWriteRefusesANotebookChangedDuringTheRun: the executor's stand-in
// saves the notebook while it runs, as Jupyter's autosave does; `nbrun
// write` must not replace that file with the run's copy.
func TestWriteRefusesANotebookChangedDuringTheRun(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "odd.ipynb")
	os.WriteFile(path, []byte(oddNotebook), 0o644)
	edited := strings.Replace(oddNotebook, "A lone surrogate", "Edited in Jupyter: a lone surrogate", 1)
	os.WriteFile(filepath.Join(dir, "edited"), []byte(edited), 0o644)
	o := options{mode: "write", kernel: "gonb", cellTimeout: 60e9,
		python: fakeExecutor(t, "cp '"+filepath.Join(dir, "edited")+"' '"+path+"'")}
	r := runNotebook(path, o)
	want := path + " changed on disk while it ran (saved from Jupyter?): nothing was written; " +
		"save it there, close it, and run nbrun write again"
	if r.Written || r.Fatal != want {
		t.Errorf("written=%v, fatal %q\nwant %q", r.Written, r.Fatal, want)
	}
	if got, _ := os.ReadFile(path); string(got) != edited {
		t.Errorf("the edit saved during the run was lost:\n%s", got)
	}
}

// TestSpliceLaysOutAsJupyter: for every course notebook laid out as the
// runner writes it, a splice that clears every code cell's outputs, counts
// and metadata gives byte for byte what encoding the whole notebook gives,
// and a splice that changes nothing gives the file itself.
func TestSpliceLaysOutAsJupyter(t *testing.T) {
	repo, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join(repo, "notebooks", "*.ipynb"))
	canonical := 0
	for _, p := range paths {
		orig, err := readNotebookFile(p)
		if err != nil {
			t.Fatal(err)
		}
		nb, _ := decodeNotebook(orig)
		if same, _ := spliceNotebook(orig, nb); !bytes.Equal(same, orig) {
			t.Errorf("%s: a splice without changes changed the file", filepath.Base(p))
		}
		if enc, _ := nb.encode(); !bytes.Equal(enc, orig) {
			continue // not in the runner's layout (e.g. saved by Jupyter since)
		}
		canonical++
		for _, c := range nb.cells() {
			if cellType(c) == "code" {
				c["outputs"], c["execution_count"], c["metadata"] = []any{}, nil, map[string]any{}
			}
		}
		want, _ := nb.encode()
		got, err := spliceNotebook(orig, nb)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: the splice differs from the full encoding (%v)", filepath.Base(p), err)
		}
	}
	if canonical < len(paths)/2 {
		t.Errorf("only %d of %d notebooks are in the runner's layout", canonical, len(paths))
	}
}

// TestWriteThroughSymlinkKeepsTheLink: `nbrun write` on a notebook reached
// through a symbolic link writes the file the link points to; the link
// stays (it used to be replaced by a regular file).
func TestWriteThroughSymlinkKeepsTheLink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links")
	}
	dir := t.TempDir()
	os.Mkdir(filepath.Join(dir, "real"), 0o755)
	real := filepath.Join(dir, "real", "odd.ipynb")
	os.WriteFile(real, []byte(oddNotebook), 0o644)
	link := filepath.Join(dir, "odd.ipynb")
	if err := os.Symlink(filepath.Join("real", "odd.ipynb"), link); err != nil {
		t.Fatal(err)
	}
	r := runNotebook(link, options{mode: "write", python: fakeExecutor(t, ""), kernel: "gonb", cellTimeout: 60e9})
	if r.Fatal != "" || !r.Written {
		t.Fatalf("write: written=%v\n%s", r.Written, show(r, "write"))
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode().Type() != os.ModeSymlink {
		t.Errorf("the link was replaced")
	}
	if got, _ := os.ReadFile(real); !bytes.Contains(got, []byte(`"new\n"`)) {
		t.Errorf("the linked notebook did not get the fresh outputs:\n%s", got)
	}
}
