package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// markedProcesses lists the live processes whose environment holds
// mark=value, with their command names.
func markedProcesses(mark string) map[int]string {
	found := map[int]string{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if _, state, ok := procStat(pid); !ok || state == 'Z' {
			continue
		}
		env, err := os.ReadFile(filepath.Join("/proc", e.Name(), "environ"))
		if err != nil || !bytes.Contains(env, []byte(mark+"\x00")) {
			continue
		}
		comm, _ := os.ReadFile(filepath.Join("/proc", e.Name(), "comm"))
		found[pid] = strings.TrimSpace(string(comm))
	}
	return found
}

// leftovers lists what is in dir, recursively, with each entry's type: a
// run must leave its TMPDIR as it found it (empty).
func leftovers(dir string) []string {
	var out []string
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && p != dir {
			r, _ := filepath.Rel(dir, p)
			out = append(out, fmt.Sprintf("%s (%v)", r, d.Type()))
		}
		return nil
	})
	return out
}

// waitGone waits up to a minute for the marked processes to end (they
// should within a second) and returns those still running, killing them.
func waitGone(mark string) map[int]string {
	left := markedProcesses(mark)
	for deadline := time.Now().Add(time.Minute); len(left) > 0 && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
		left = markedProcesses(mark)
	}
	for p := range left {
		syscall.Kill(p, syscall.SIGKILL)
	}
	return left
}

// nbrunBinary builds the runner for tests that signal it.
func nbrunBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "nbrun")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// startEndless starts nbrun on a cell that never ends, with its own TMPDIR,
// and waits until the cell's program spins.
func startEndless(t *testing.T, bin, mark, tmp string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(bin, "-timeout", "10m", "run", fixture("endless.ipynb"))
	cmd.Env = append(os.Environ(), mark, "TMPDIR="+tmp)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	spinning := false
	for deadline := time.Now().Add(3 * time.Minute); !spinning && time.Now().Before(deadline); {
		time.Sleep(100 * time.Millisecond)
		for _, comm := range markedProcesses(mark) {
			if strings.HasPrefix(comm, "gonb_") {
				spinning = true
			}
		}
	}
	before := markedProcesses(mark)
	if !spinning {
		cmd.Process.Kill()
		waitGone(mark)
		t.Fatalf("the endless cell never started; processes %v\n%s", before, out.String())
	}
	t.Logf("%d processes in the tree after %.1fs: %v", len(before), time.Since(start).Seconds(), before)
	return cmd, &out
}

// TestSignalStopsTheWholeTree runs a real nbrun on a cell that never ends,
// waits until the cell's program spins, signals the runner, and checks that
// it ends with 128+N as a shell reports it (SIGQUIT used to give 2, the
// usage error), by the signal itself but for SIGQUIT, that no
// process of its tree (kernel, gopls, the cell's program, Jupyter's
// executor) is left, and that its TMPDIR is empty (GoNB used to leave its
// two named pipes there).
func TestSignalStopsTheWholeTree(t *testing.T) {
	testOptions(t, "run")
	bin := nbrunBinary(t)
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP, syscall.SIGQUIT} {
		t.Run(sig.String(), func(t *testing.T) {
			mark := fmt.Sprintf("NBRUN_TEST_MARK=%d-%d", os.Getpid(), time.Now().UnixNano())
			tmp := shortTempDir(t)
			cmd, out := startEndless(t, bin, mark, tmp)
			signalled := time.Now()
			cmd.Process.Signal(sig)
			err := cmd.Wait()
			stopped := time.Since(signalled)
			// As a shell reports it: 128+N for a process a signal ended.
			code := -1
			ws, _ := cmd.ProcessState.Sys().(syscall.WaitStatus)
			switch {
			case ws.Signaled():
				code = 128 + int(ws.Signal())
			case ws.Exited():
				code = ws.ExitStatus()
			}
			if code != 128+int(sig) {
				t.Errorf("nbrun ended with %d (%v), want %d\n%s", code, err, 128+int(sig), out.String())
			}
			// Ended by the signal itself (so a calling script stops too),
			// but for SIGQUIT, whose Go default prints every goroutine.
			if byItself := ws.Signaled(); byItself != (sig != syscall.SIGQUIT) {
				t.Errorf("nbrun ended by the signal: %v, want %v", byItself, sig != syscall.SIGQUIT)
			}
			if left := waitGone(mark); len(left) > 0 {
				t.Errorf("left running after nbrun ended: %v\n%s", left, out.String())
			}
			if l := leftovers(tmp); len(l) > 0 {
				t.Errorf("left in TMPDIR: %v", l)
			}
			t.Logf("nbrun ended %.2fs after %v", stopped.Seconds(), sig)
		})
	}
}

// TestSIGKILLLeavesNoProcess kills the runner with SIGKILL in the middle of
// a cell: the tree used to run on (five processes, past -timeout); now
// every process of it ends, and its TMPDIR is left empty.
func TestSIGKILLLeavesNoProcess(t *testing.T) {
	testOptions(t, "run")
	bin := nbrunBinary(t)
	mark := fmt.Sprintf("NBRUN_TEST_MARK=%d-%d", os.Getpid(), time.Now().UnixNano())
	tmp := shortTempDir(t)
	cmd, out := startEndless(t, bin, mark, tmp)
	killed := time.Now()
	cmd.Process.Kill()
	cmd.Wait()
	if left := waitGone(mark); len(left) > 0 {
		t.Errorf("left running after SIGKILL to nbrun: %v\n%s", left, out.String())
	} else {
		t.Logf("the tree was gone %.2fs after SIGKILL", time.Since(killed).Seconds())
	}
	if l := leftovers(tmp); len(l) > 0 {
		t.Errorf("left in TMPDIR: %v", l)
	}
}

// TestUsageNamesEachInterruptedCode: every signal the runner handles has
// its exit code, 128+N, and its name in `nbrun -h`.
func TestUsageNamesEachInterruptedCode(t *testing.T) {
	names := map[syscall.Signal]string{syscall.SIGHUP: "SIGHUP", syscall.SIGINT: "SIGINT",
		syscall.SIGQUIT: "SIGQUIT", syscall.SIGTERM: "SIGTERM"}
	for _, s := range stopSignals {
		sig := s.(syscall.Signal)
		line := fmt.Sprintf("  %d  interrupted by %s", 128+int(sig), names[sig])
		if names[sig] == "" || !strings.Contains(usage, line) {
			t.Errorf("usage lacks %q", line)
		}
	}
	if code := nbrun([]string{"-h"}); code != 0 {
		t.Errorf("nbrun -h exited %d, want 0", code)
	}
}

// TestSIGKILLInBrowserModeLeavesNoProcess kills `nbrun browser` with
// SIGKILL once Chromium and a kernel started by the Notebook server run:
// nothing of the tree is left, and its TMPDIR (Chromium's profile, the
// server's runtime folder, GoNB's files) is empty.
func TestSIGKILLInBrowserModeLeavesNoProcess(t *testing.T) {
	testOptions(t, "run")
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skip("no Chromium")
	}
	bin := nbrunBinary(t)
	mark := fmt.Sprintf("NBRUN_TEST_MARK=%d-%d", os.Getpid(), time.Now().UnixNano())
	tmp := shortTempDir(t)
	cmd := exec.Command(bin, "browser", fixture("browser_ok.ipynb"))
	cmd.Env = append(os.Environ(), mark, "TMPDIR="+tmp)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"chromium": false, "gonb": false, "python3": false}
	for deadline := time.Now().Add(3 * time.Minute); time.Now().Before(deadline); {
		for _, comm := range markedProcesses(mark) {
			if _, ok := want[comm]; ok {
				want[comm] = true
			}
		}
		if want["chromium"] && want["gonb"] && want["python3"] {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	before := markedProcesses(mark)
	cmd.Process.Kill()
	cmd.Wait()
	if !want["chromium"] || !want["gonb"] || !want["python3"] {
		waitGone(mark)
		t.Fatalf("Chromium, the server and a kernel never all ran: %v\n%s", before, out.String())
	}
	t.Logf("%d processes before SIGKILL", len(before))
	if left := waitGone(mark); len(left) > 0 {
		t.Errorf("left running after SIGKILL to nbrun browser: %v", left)
	}
	if l := leftovers(tmp); len(l) > 0 {
		t.Errorf("left in TMPDIR: %.20v", l)
	}
}

// shortTempDir is a temporary folder with a short path (/tmp/nbtNNN), so
// that a run makes its scratch folders in it (see maxScratchBase) and a
// test can see that they are gone.
func shortTempDir(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("/tmp", "nbt")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// TestBrowserUnderALongTMPDIR: under a TMPDIR of 62 bytes, a scratch folder
// in it would make Chromium's socket path too long ("Socket path too long"
// and no browser); the runner makes its scratch folders in /tmp then.
func TestBrowserUnderALongTMPDIR(t *testing.T) {
	testOptions(t, "run")
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skip("no Chromium")
	}
	bin := nbrunBinary(t)
	long := filepath.Join(shortTempDir(t), strings.Repeat("d", 62-len("/tmp/nbt1234567890/")))
	os.Mkdir(long, 0o700)
	cmd := exec.Command(bin, "browser", fixture("browser_ok.ipynb"))
	cmd.Env = append(os.Environ(), "TMPDIR="+long)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "browser check: 1 passed, 0 failed") {
		t.Errorf("TMPDIR of %d bytes: %v\n%s", len(long), err, out)
	}
}
