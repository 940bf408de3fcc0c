//go:build linux

package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterruptedRun stops a grader in the middle of a class with each
// signal a user or a system sends. On SIGINT, SIGTERM, SIGQUIT and SIGHUP
// it writes nothing (the old results.json and grades.csv stay), says so,
// exits 128 + the signal's number, removes its scratch folder and leaves no
// process. On SIGKILL its processes die with it (bwrap --die-with-parent,
// PR_SET_PDEATHSIG), and the next run removes the scratch folder it left.
func TestInterruptedRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the grader five times")
	}
	if findBinder() == nil {
		t.Skip("no bwrap")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "grade")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v: %s", err, out)
	}
	subs := filepath.Join(dir, "subs")
	copyFixture(t, filepath.Join("testdata", "hostile", "deleted_tests"), subs)
	copyFixture(t, filepath.Join("testdata", "hostile", "infinite_loop"), filepath.Join(subs, "zz_busy"))
	os.Rename(filepath.Join(subs, "deleted_tests"), filepath.Join(subs, "aa_ok"))
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGQUIT, syscall.SIGHUP, syscall.SIGKILL} {
		t.Run(sig.String(), func(t *testing.T) {
			// a temporary folder of its own, open to the sandbox's user
			tmp, err := os.MkdirTemp("", "gomlp-grade-test-")
			if err != nil {
				t.Fatal(err)
			}
			defer os.RemoveAll(tmp)
			os.Chmod(tmp, 0o755)
			out := filepath.Join(dir, "out-"+strings.ReplaceAll(sig.String(), " ", "_"))
			os.MkdirAll(out, 0o755)
			for _, f := range []string{"results.json", "grades.csv"} {
				os.WriteFile(filepath.Join(out, f), []byte("the last gradebook\n"), 0o644)
			}
			cmd := exec.Command(bin, "-j", "1", "-test-timeout", "30s", "-exercises", "threshold", "-out", out, "-feedback", filepath.Join(out, "fb"), subs)
			cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			// wait until the busy submission is being tested: the grader then
			// has its scratch folder, a build cache copy, sandboxes running
			var scratchDir string
			deadline := time.Now().Add(3 * time.Minute)
			for time.Now().Before(deadline) {
				m, _ := filepath.Glob(filepath.Join(tmp, scratchPrefix+"*", "s001", "out", "main"))
				if len(m) > 0 {
					scratchDir = filepath.Dir(filepath.Dir(filepath.Dir(m[0])))
					break
				}
				time.Sleep(50 * time.Millisecond)
			}
			if scratchDir == "" {
				cmd.Process.Kill()
				cmd.Wait()
				t.Fatalf("the grader never reached the second submission: %s", stderr.String())
			}
			time.Sleep(500 * time.Millisecond) // a test of zz_busy is running
			cmd.Process.Signal(sig)
			err = cmd.Wait()
			code := cmd.ProcessState.ExitCode()
			if sig == syscall.SIGKILL {
				if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
					t.Errorf("not killed: %v", err)
				}
			} else {
				if code != 128+int(sig) {
					t.Errorf("exit status %d, want %d", code, 128+int(sig))
				}
				if !strings.Contains(stderr.String(), "interrupted by "+sig.String()+": nothing was written") {
					t.Errorf("stderr does not say it was interrupted:\n%s", stderr.String())
				}
			}
			for _, f := range []string{"results.json", "grades.csv"} {
				if b, _ := os.ReadFile(filepath.Join(out, f)); string(b) != "the last gradebook\n" {
					t.Errorf("%s was replaced: %q", f, b)
				}
			}
			for _, f := range []string{"grades-moodle.csv", "fb"} {
				if exists(filepath.Join(out, f)) {
					t.Errorf("%s was written", f)
				}
			}
			// no process of the run outlives it (bwrap needs a moment to
			// notice its parent is gone)
			var left []byte
			for range 40 {
				a, _ := exec.Command("pgrep", "-a", "-f", scratchDir).Output()
				b, _ := exec.Command("pgrep", "-a", "-f", "^/answer/").Output()
				if left = append(a, b...); len(left) == 0 {
					break
				}
				time.Sleep(100 * time.Millisecond)
			}
			if len(left) > 0 {
				t.Errorf("processes of the run are still running:\n%s", left)
			}
			if sig == syscall.SIGKILL {
				if !exists(scratchDir) {
					t.Fatalf("SIGKILL: the scratch folder is gone already?")
				}
				removeStale(tmp) // what the next run does first
			}
			if exists(scratchDir) {
				t.Errorf("the scratch folder %s is still there", scratchDir)
			}
		})
	}
}

// TestWithoutSandbox: a class is not graded without bwrap unless the teacher
// says so; then it is graded (the path macOS and Windows take for a
// student's own checkout), and -student grades one student again into the
// class's results.
func TestWithoutSandbox(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the grader three times")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "grade")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v: %s", err, out)
	}
	subs, out := filepath.Join(dir, "subs"), filepath.Join(dir, "out")
	os.MkdirAll(subs, 0o755)
	copyFixture(t, filepath.Join("testdata", "hostile", "deleted_tests"), filepath.Join(subs, "ann"))
	copyFixture(t, filepath.Join("testdata", "hostile", "wrong_answers"), filepath.Join(subs, "bob"))
	goDir := filepath.Dir(goCommand(t))
	run := func(args ...string) (int, string) {
		cmd := exec.Command(bin, append([]string{"-exercises", "threshold", "-out", out}, args...)...)
		cmd.Env = append(os.Environ(), "PATH="+goDir) // no bwrap on this PATH
		b, _ := cmd.CombinedOutput()
		return cmd.ProcessState.ExitCode(), string(b)
	}
	if code, msg := run(subs); code != exitFault || !strings.Contains(msg, "bwrap (Debian's bubblewrap) is not installed; grading a class without the sandbox needs -unsafe-no-sandbox") {
		t.Errorf("without bwrap: exit %d:\n%s", code, msg)
	}
	if exists(filepath.Join(out, "results.json")) {
		t.Errorf("a refused run wrote results.json")
	}
	code, msg := run("-unsafe-no-sandbox", subs)
	if code != 0 || !strings.Contains(msg, "WARNING: -unsafe-no-sandbox: each submission's code runs as you") {
		t.Fatalf("-unsafe-no-sandbox: exit %d:\n%s", code, msg)
	}
	if !regexp.MustCompile(`(?m)^bob +4/10 `).MatchString(msg) {
		t.Errorf("bob's first grade:\n%s", msg)
	}
	// bob fixes Unit and BoundaryX2, and is graded again alone
	src, _ := os.ReadFile(filepath.Join("testdata", "hostile", "deleted_tests", "exercises", "threshold", "threshold.go"))
	os.WriteFile(filepath.Join(subs, "bob", "exercises", "threshold", "threshold.go"), src, 0o644)
	if code, msg := run("-unsafe-no-sandbox", "-student", "bob", subs); code != 0 {
		t.Fatalf("-student: exit %d:\n%s", code, msg)
	}
	var res Results
	b, _ := os.ReadFile(filepath.Join(out, "results.json"))
	if err := json.Unmarshal(b, &res); err != nil || len(res.Students) != 2 {
		t.Fatalf("results.json: %v, %d students", err, len(res.Students))
	}
	if res.Sandboxed || res.Students[0].Total != 10 || res.Students[1].Total != 10 {
		t.Errorf("sandboxed %v, ann %d, bob %d: want unsandboxed, 10 and 10", res.Sandboxed, res.Students[0].Total, res.Students[1].Total)
	}
}

func goCommand(t *testing.T) string {
	p, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	return p
}
