//go:build unix

package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// bigNotebook is a notebook of about 200 KB whose single code cell has fresh
// outputs that differ from the committed ones.
func bigNotebook() (committed, fresh notebook) {
	mk := func(out string) notebook {
		return notebook{"nbformat": 4, "metadata": map[string]any{}, "cells": []any{
			mdCell(strings.Repeat("Markdown a reader wrote. ", 4000)),
			codeCell("%%\nfmt.Println(x)", out),
		}}
	}
	return mk(strings.Repeat("old line\n", 12000)), mk(strings.Repeat("new line\n", 12000))
}

// TestWriteUnderFileSizeLimitKeepsTheOldFile writes a 200 KB notebook from a
// child process whose file-size limit is 64 KiB (as `prlimit --fsize=65536`):
// the write fails, the old notebook stays byte for byte, no temporary file
// is left, and the report says that nothing was written.
func TestWriteUnderFileSizeLimitKeepsTheOldFile(t *testing.T) {
	if path := os.Getenv("NBRUN_TEST_FSIZE_WRITE"); path != "" {
		signal.Ignore(syscall.SIGXFSZ) // get EFBIG instead of being killed
		lim := syscall.Rlimit{Cur: 64 << 10, Max: 64 << 10}
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
			fmt.Println("setrlimit:", err)
			os.Exit(3)
		}
		orig, _ := os.ReadFile(path)
		committed, _ := decodeNotebook(orig)
		_, fresh := bigNotebook()
		var rep report
		json.Unmarshal([]byte(`{"cells": [{"index": 1}]}`), &rep) // the code cell ran
		written, msg := storeOutputs(path, orig, committed, fresh, rep, "")
		fmt.Printf("written=%v\n%s\n", written, msg)
		os.Exit(0)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "big.ipynb")
	committed, _ := bigNotebook()
	old, _ := committed.encode()
	if len(old) < 100<<10 {
		t.Fatalf("fixture is only %d bytes", len(old))
	}
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestWriteUnderFileSizeLimitKeepsTheOldFile$")
	cmd.Env = append(os.Environ(), "NBRUN_TEST_FSIZE_WRITE="+path)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "written=false\nnothing was written, the notebook is as it was: ") ||
		!strings.Contains(string(out), "file too large") {
		t.Errorf("report:\n%s\nwant written=false and \"nothing was written … file too large\"", out)
	}
	now, _ := os.ReadFile(path)
	if !bytes.Equal(now, old) {
		t.Errorf("the notebook changed: %d bytes, was %d", len(now), len(old))
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left: %v", entries)
	}
}

func TestWriteFileAtomicKeepsMode(t *testing.T) {
	path := filepath.Join(t.TempDir(), "nb.ipynb")
	os.WriteFile(path, []byte("old"), 0o600)
	if err := writeFileAtomic(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(path)
	data, _ := os.ReadFile(path)
	if string(data) != "new" || fi.Mode().Perm() != 0o600 {
		t.Errorf("got %q mode %v, want \"new\" mode 0600", data, fi.Mode().Perm())
	}
}

func TestTimeoutUnderOneSecondIsRejected(t *testing.T) {
	for _, arg := range []string{"500ms", "0", "0s", "-1s", "999ms"} {
		code := nbrun([]string{"-timeout", arg, "run", "x.ipynb"})
		if code != 2 {
			t.Errorf("-timeout %s: exit %d, want 2 (usage error)", arg, code)
		}
	}
	for _, d := range []time.Duration{0, -time.Second, 500 * time.Millisecond} {
		if err := validTimeout(d); err == nil || !strings.Contains(err.Error(), "time limit must") {
			t.Errorf("validTimeout(%v) = %v", d, err)
		}
	}
	if err := validTimeout(time.Second); err != nil {
		t.Errorf("validTimeout(1s) = %v", err)
	}
}

func TestNbformat3IsNamed(t *testing.T) {
	v3 := `{"metadata": {}, "nbformat": 3, "nbformat_minor": 0, "worksheets": [{"cells": []}]}`
	_, err := decodeNotebook([]byte(v3))
	want := "nbformat 3 is not supported, upgrade it with `jupyter nbconvert --to notebook`"
	if err == nil || err.Error() != want {
		t.Errorf("got %v, want %q", err, want)
	}
}

// TestPanicIsJudgedByTrace: a stderr line that starts with "panic:" is not
// a panic; a real one is named by its message.
func TestPanicIsJudgedByTrace(t *testing.T) {
	stream := func(s string) any {
		return map[string]any{"output_type": "stream", "name": "stderr", "text": s}
	}
	exit := func(n int) any {
		s := "exit status " + strconv.Itoa(n)
		return map[string]any{"output_type": "error", "ename": "ERROR", "evalue": s, "traceback": []any{s}}
	}
	cell := func(outs ...any) map[string]any { return map[string]any{"outputs": outs} }
	cases := []struct {
		cell map[string]any
		want string
	}{
		{cell(stream("panic: only logged\n")), ""},
		{cell(stream("panic: "), stream("boom"), stream("\n\ngoroutine 1 [running]:\nmain.main()\n"),
			stream("exit status 2\n"), exit(2)), "panic: boom"},
		{cell(stream("panic: logged first\nthen log.Fatal\n"), stream("exit status 1\n"), exit(1)),
			"error output: exit status 1\nlast lines of stderr:\npanic: logged first\nthen log.Fatal"},
		{cell(stream("2026/01/01 00:00:00 no data\n"), stream("exit status 1\n"), exit(1)),
			"error output: exit status 1\nlast lines of stderr:\n2026/01/01 00:00:00 no data"},
	}
	for i, c := range cases {
		if got := cellFailure(c.cell); got != c.want {
			t.Errorf("case %d: got %q, want %q", i, got, c.want)
		}
	}
}

// TestCellOutcomesWithKernel runs the judge's cases through a real kernel.
func TestCellOutcomesWithKernel(t *testing.T) {
	o := testOptions(t, "run")
	r := runNotebook(fixture("fake_panic.ipynb"), o)
	if r.failed() {
		t.Errorf("a cell that logs \"panic: …\" failed:\n%s", show(r, "run"))
	}
	r = runNotebook(fixture("log_fatal.ipynb"), o)
	if out := show(r, "run"); !r.failed() || !strings.Contains(out, "the data file is missing") {
		t.Errorf("log.Fatal cell: want a failure showing its message:\n%s", out)
	}
}

// TestSharedFirstCellInsideAndOutside runs the shared first cell with a real
// kernel: inside the repository the course's packages import; copied
// elsewhere the first cell says in one line that the notebook must stay in
// the course folder.
func TestSharedFirstCellInsideAndOutside(t *testing.T) {
	o := testOptions(t, "check")
	r := runNotebook(fixture("firstcell.ipynb"), o)
	if r.failed() {
		t.Fatalf("inside the repository:\n%s", show(r, "check"))
	}
	dir := t.TempDir()
	if _, err := os.Stat(filepath.Join(filepath.Dir(dir), "go.mod")); err == nil {
		t.Skip("the temporary folder is inside a Go module")
	}
	data, _ := os.ReadFile(fixture("firstcell.ipynb"))
	path := filepath.Join(dir, "copied.ipynb")
	os.WriteFile(path, data, 0o644)
	o.mode = "run"
	r = runNotebook(path, o)
	out := show(r, "run")
	want := "This notebook must stay inside the course folder: it uses its packages."
	if !r.failed() || len(r.Cells) == 0 || !strings.Contains(r.Cells[0].Failure, want) {
		t.Errorf("outside the repository, want cell 2 to fail saying %q:\n%s", want, out)
	}
	if strings.Contains(out, "cannot stat") {
		t.Errorf("the old error is still there:\n%s", out)
	}
}
