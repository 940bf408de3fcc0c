package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// testOptions runs the fixtures with the same kernel as the course. Without
// Jupyter and the GoNB kernel the tests are skipped, unless NBRUN_REQUIRE is
// set (./course test sets it, so CI cannot skip them).
func testOptions(t *testing.T, mode string) options {
	t.Helper()
	o := options{mode: mode, kernel: "gonb", python: envOr("JUPYTER_PYTHON", "/usr/bin/python3"),
		cellTimeout: 2 * time.Minute, skipTag: "skip-headless"}
	probe := exec.Command(o.python, "-c", "import nbclient; from jupyter_client.kernelspec import KernelSpecManager as K; K().get_kernel_spec('gonb')")
	if out, err := probe.CombinedOutput(); err != nil {
		msg := "Jupyter with the gonb kernel is not set up (run ./course setup): " + lastLines(string(out), 3)
		if os.Getenv("NBRUN_REQUIRE") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	if err := checkKernel(o.python, o.kernel); err != nil {
		if os.Getenv("NBRUN_REQUIRE") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	repo, err := repoRoot()
	if err != nil {
		t.Fatal(err)
	}
	o.repo = repo
	return o
}

func fixture(name string) string { return filepath.Join("testdata", name) }

// show is what a user sees for a result.
func show(r result, mode string) string {
	var b bytes.Buffer
	printResult(&b, r, mode)
	return b.String()
}

func TestCleanNotebookPassesCheck(t *testing.T) {
	o := testOptions(t, "check")
	r := runNotebook(fixture("clean.ipynb"), o)
	if r.failed() {
		t.Fatalf("clean notebook failed:\n%s", show(r, o.mode))
	}
	if len(r.Cells) != 3 {
		t.Errorf("got %d code cells in the result, want 3", len(r.Cells))
	}
}

// TestFailuresNameNotebookAndCell runs each broken fixture and checks that the
// report names the notebook, the failing cell and the cause.
func TestFailuresNameNotebookAndCell(t *testing.T) {
	cases := []struct {
		notebook, mode string
		cell           int
		want           string
	}{
		{"compile_error.ipynb", "run", 2, "undefined: undefinedName"},
		{"panic.ipynb", "run", 2, "panic: assignment to entry in nil map"},
		{"shell_fail.ipynb", "run", 2, "exit status 2"},
		{"changed_output.ipynb", "check", 1, `line 1 is "the answer is 42", want "the answer is 41"`},
		{"changed_image.ipynb", "check", 2, "image differs"},
	}
	for _, c := range cases {
		t.Run(c.notebook, func(t *testing.T) {
			o := testOptions(t, c.mode)
			r := runNotebook(fixture(c.notebook), o)
			out := show(r, o.mode)
			if !r.failed() {
				t.Fatalf("%s passed, want a failure:\n%s", c.notebook, out)
			}
			var failing []int
			for _, cr := range r.Cells {
				if cr.Failure != "" || cr.Drift != "" {
					failing = append(failing, cr.Index)
				}
			}
			if len(failing) != 1 || failing[0] != c.cell {
				t.Errorf("failing cells %v, want [%d]:\n%s", failing, c.cell, out)
			}
			line := "FAIL " + fixture(c.notebook) + " cell " + itoa(c.cell)
			if !strings.Contains(out, line) || !strings.Contains(out, c.want) {
				t.Errorf("report does not contain %q and %q:\n%s", line, c.want, out)
			}
		})
	}
}

func TestSkipHeadlessCellIsNotRun(t *testing.T) {
	o := testOptions(t, "check")
	r := runNotebook(fixture("skip_headless.ipynb"), o)
	if r.failed() {
		t.Fatalf("failed:\n%s", show(r, o.mode))
	}
	if len(r.Cells) != 3 || !r.Cells[1].Skipped || r.Cells[0].Skipped || r.Cells[2].Skipped {
		t.Errorf("want only cell 2 skipped:\n%s", show(r, o.mode))
	}
}

// TestWriteTwiceChangesNoByte writes a notebook without outputs, then writes
// it again: the second write must leave every byte as it was. The first
// drops the run metadata of the cells that ran.
func TestWriteTwiceChangesNoByte(t *testing.T) {
	o := testOptions(t, "write")
	path := filepath.Join(t.TempDir(), "fresh.ipynb")
	src, err := os.ReadFile(fixture("skip_headless.ipynb"))
	if err != nil {
		t.Fatal(err)
	}
	nb, err := decodeNotebook(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range nb.cells() {
		c["outputs"] = []any{}
		c["execution_count"] = nil
		c["metadata"].(map[string]any)["execution"] = map[string]any{"volatile": "timing"}
	}
	data, _ := nb.encode()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runNotebook(path, o); r.failed() || !r.Written {
		t.Fatalf("first write: written=%v\n%s", r.Written, show(r, o.mode))
	}
	first, _ := os.ReadFile(path)
	// The skip-headless cell did not run: it keeps its bytes, metadata too.
	if bytes.Count(first, []byte("volatile")) != 1 || !bytes.Contains(first, []byte(`"runs too\n"`)) {
		t.Errorf("first write kept the run metadata of the cells that ran, or lost outputs:\n%s", first)
	}
	if r := runNotebook(path, o); r.failed() || r.Written {
		t.Fatalf("second write: written=%v\n%s", r.Written, show(r, o.mode))
	}
	second, _ := os.ReadFile(path)
	if !bytes.Equal(first, second) {
		t.Errorf("second write changed the notebook")
	}
}

func itoa(i int) string { return strconv.Itoa(i) }
