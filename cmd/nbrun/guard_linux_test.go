package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// escaper is a tree that tries to outlive its runner: a process in a
// session of its own, one that ignores SIGTERM, and a named pipe in TMPDIR
// (as GoNB makes).
const escaper = `setsid sleep 3000 & (trap '' TERM; exec sleep 3001) & ` +
	`mkfifo "$TMPDIR/gonb_pipe_test" && echo started; wait`

// TestGuardBindsTreeToRunner starts a runner (this test binary) that starts
// escaper under a guard, kills the runner with SIGKILL, and checks that no
// process of the tree is left and its TMPDIR is empty: with the PID
// namespace, and without (NBRUN_NO_NAMESPACE=1, the guard stops its
// descendants itself).
func TestGuardBindsTreeToRunner(t *testing.T) {
	if os.Getenv("NBRUN_TEST_RUNNER") == "1" {
		cmd := ownedCommand("sh", "-c", escaper)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Start(); err != nil {
			fmt.Println("start:", err)
			os.Exit(3)
		}
		fmt.Printf("mode %q\n", namespaceMode())
		select {}
	}
	modes := []string{"namespace", "no namespace"}
	for _, mode := range modes {
		t.Run(mode, func(t *testing.T) {
			mark := fmt.Sprintf("NBRUN_TEST_MARK=%d-%d", os.Getpid(), time.Now().UnixNano())
			tmp := shortTempDir(t)
			cmd := exec.Command(os.Args[0], "-test.run=^TestGuardBindsTreeToRunner$")
			cmd.Env = append(os.Environ(), "NBRUN_TEST_RUNNER=1", mark, "TMPDIR="+tmp)
			if mode == "no namespace" {
				cmd.Env = append(cmd.Env, "NBRUN_NO_NAMESPACE=1")
			}
			out, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			lines := readLines(out, 2, time.Minute)
			if len(lines) < 2 || lines[0] != "started" && lines[1] != "started" {
				cmd.Process.Kill()
				waitGone(mark)
				t.Fatalf("the runner said %q", lines)
			}
			t.Logf("runner: %q", lines)
			before := markedProcesses(mark)
			if len(before) < 5 { // runner, guard, sh, two sleeps
				t.Errorf("only %v in the tree", before)
			}
			cmd.Process.Kill()
			cmd.Wait()
			if left := waitGone(mark); len(left) > 0 {
				t.Errorf("left running after SIGKILL to the runner: %v (of %v)", left, before)
			}
			if l := leftovers(tmp); len(l) > 0 {
				t.Errorf("left in TMPDIR: %v", l)
			}
		})
	}
}

// readLines reads up to n lines from r, waiting at most limit.
func readLines(r io.Reader, n int, limit time.Duration) []string {
	ch := make(chan string)
	go func() {
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			ch <- sc.Text()
		}
		close(ch)
	}()
	var lines []string
	timeout := time.After(limit)
	for len(lines) < n {
		select {
		case l, ok := <-ch:
			if !ok {
				return lines
			}
			lines = append(lines, l)
		case <-timeout:
			return lines
		}
	}
	return lines
}

// TestGuardStopsWhatTheProgramLeft: a program that ends and leaves
// processes behind (one ignoring SIGTERM) has them stopped by its guard
// before the runner's wait returns, and its exit code comes through.
func TestGuardStopsWhatTheProgramLeft(t *testing.T) {
	mark := fmt.Sprintf("NBRUN_TEST_MARK=%d-%d", os.Getpid(), time.Now().UnixNano())
	cmd := ownedCommand("sh", "-c", `setsid sleep 3000 & (trap '' TERM; exec sleep 3001) & sleep 0.2; exit 7`)
	cmd.Env = append(cmd.Env, mark)
	err := cmd.Run()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 7 {
		t.Errorf("got %v, want exit status 7", err)
	}
	if left := markedProcesses(mark); len(left) > 0 {
		t.Errorf("left running after the guard ended: %v", left)
		waitGone(mark)
	}
}

// TestGuardAsPlainUser runs TestGuardBindsTreeToRunner as the user nobody
// (setpriv), where the guard's PID namespace needs a user namespace.
func TestGuardAsPlainUser(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("not root: TestGuardBindsTreeToRunner already runs as a plain user")
	}
	setpriv, err := exec.LookPath("setpriv")
	if err != nil {
		t.Skip("no setpriv")
	}
	dir, err := os.MkdirTemp("", "nbrun-plain-user-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(dir)
	os.Chmod(dir, 0o777)
	bin := filepath.Join(dir, "nbrun.test")
	data, err := os.ReadFile(os.Args[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin, data, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(setpriv, "--reuid=65534", "--regid=65534", "--clear-groups",
		bin, "-test.run=^TestGuardBindsTreeToRunner$", "-test.v")
	cmd.Env = append(os.Environ(), "TMPDIR="+dir, "HOME="+dir)
	out, err := cmd.CombinedOutput()
	t.Logf("as nobody:\n%s", out)
	if err != nil || !strings.Contains(string(out), `mode \"user+pid\"`) ||
		!strings.Contains(string(out), "--- PASS: TestGuardBindsTreeToRunner/namespace") ||
		!strings.Contains(string(out), "--- PASS: TestGuardBindsTreeToRunner/no_namespace") {
		t.Errorf("as nobody: %v; want both modes to pass, the first in a user+pid namespace", err)
	}
}

// TestGuardUsage: the guard started by hand without a program says what it
// is, and does not panic.
func TestGuardUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"0"}, {"x", "sh"}, {"-1", "sh"}} {
		if code := guardMain(args); code != 2 {
			t.Errorf("guardMain(%q) = %d, want 2", args, code)
		}
	}
}
