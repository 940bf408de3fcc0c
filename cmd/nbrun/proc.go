package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// The runner owns every process it starts, and every process those start:
// Jupyter's executor, the kernel (which Jupyter puts in a session of its
// own), gopls, the cell's program, the Notebook server and Chromium.
//
//   - Each gets treeVar=treeToken in its environment (children inherit it),
//     so the runner finds them even after their parent died.
//   - The runner is a child subreaper: orphans of its tree are re-parented to
//     it, not to PID 1, so it finds them as descendants too and reaps them.
//   - killTree stops them all (SIGTERM, then SIGKILL after a grace period) on
//     every exit path: after each notebook, on SIGINT/SIGTERM, at the end.
const treeVar = "NBRUN_TREE"

var (
	treeToken = fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano())
	treeOnce  sync.Once
	// stopping is set when a signal arrived: the handler owns the exit.
	stopping atomic.Bool
)

// ownTree marks this process's environment (so every child inherits the
// token) and makes it the subreaper of its descendants.
func ownTree() {
	treeOnce.Do(func() {
		os.Setenv(treeVar, treeToken)
		const prSetChildSubreaper = 36
		syscall.RawSyscall(syscall.SYS_PRCTL, prSetChildSubreaper, 1, 0)
	})
}

// ownedCommand is exec.Command for a process of the runner's tree: marked,
// and in a process group of its own so that a terminal's Ctrl-C reaches the
// runner only, which then stops the tree in order.
func ownedCommand(name string, args ...string) *exec.Cmd {
	ownTree()
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), treeVar+"="+treeToken)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	return cmd
}

// treeProcesses lists the live processes of the runner's tree, itself left
// out: its descendants and every process that carries its token.
func treeProcesses() []int {
	self := os.Getpid()
	parent := map[int]int{}
	var marked []int
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == self {
			continue
		}
		ppid, state, ok := procStat(pid)
		if !ok || state == 'Z' {
			continue
		}
		parent[pid] = ppid
		if env, err := os.ReadFile(filepath.Join("/proc", e.Name(), "environ")); err == nil &&
			bytes.Contains(env, []byte("\x00"+treeVar+"="+treeToken+"\x00")) ||
			bytes.HasPrefix(env, []byte(treeVar+"="+treeToken+"\x00")) {
			marked = append(marked, pid)
		}
	}
	found := map[int]bool{}
	for _, p := range marked {
		found[p] = true
	}
	for pid := range parent {
		for p, n := parent[pid], 0; p > 1 && n < 64; p, n = parent[p], n+1 {
			if p == self {
				found[pid] = true
				break
			}
		}
	}
	out := make([]int, 0, len(found))
	for p := range found {
		out = append(out, p)
	}
	return out
}

// procStat reads a process's parent and state from /proc/PID/stat.
func procStat(pid int) (ppid int, state byte, ok bool) {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, 0, false
	}
	// "pid (comm) state ppid …"; comm may hold spaces and parentheses.
	i := bytes.LastIndexByte(data, ')')
	if i < 0 || i+2 >= len(data) {
		return 0, 0, false
	}
	f := strings.Fields(string(data[i+2:]))
	if len(f) < 2 {
		return 0, 0, false
	}
	ppid, err = strconv.Atoi(f[1])
	return ppid, f[0][0], err == nil
}

// killTree stops every process of the runner's tree: SIGTERM, then SIGKILL
// for those still alive after grace. Processes that exec.Cmd values still
// wait for (skip) are signalled but not reaped here; orphans re-parented to
// the runner are.
func killTree(grace time.Duration, skip ...int) {
	waited := map[int]bool{}
	for _, p := range skip {
		waited[p] = true
	}
	sig := syscall.SIGTERM
	deadline := time.Now().Add(grace)
	for round := 0; round < 200; round++ {
		procs := treeProcesses()
		if len(procs) == 0 {
			break
		}
		if time.Now().After(deadline) {
			sig = syscall.SIGKILL
		}
		for _, p := range procs {
			syscall.Kill(p, sig)
		}
		time.Sleep(50 * time.Millisecond)
		reapOrphans(waited)
	}
	reapOrphans(waited)
}

// reapOrphans waits for the runner's exited children that no exec.Cmd waits
// for: orphans of its tree re-parented to it.
func reapOrphans(waited map[int]bool) {
	self := os.Getpid()
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || waited[pid] {
			continue
		}
		if ppid, state, ok := procStat(pid); ok && ppid == self && state == 'Z' && !cmdChild(pid) {
			var ws syscall.WaitStatus
			syscall.Wait4(pid, &ws, syscall.WNOHANG, nil)
		}
	}
}

// children the runner started through exec.Cmd and still waits for.
var (
	cmdMu   sync.Mutex
	cmdPids = map[int]bool{}
)

func trackCmd(pid int, on bool) {
	cmdMu.Lock()
	defer cmdMu.Unlock()
	if on {
		cmdPids[pid] = true
	} else {
		delete(cmdPids, pid)
	}
}

func cmdChild(pid int) bool {
	cmdMu.Lock()
	defer cmdMu.Unlock()
	return cmdPids[pid]
}

// runOwned runs cmd to its end as part of the tree: it is tracked while the
// runner waits for it, and whatever it left running is stopped after.
func runOwned(cmd *exec.Cmd) error {
	if err := cmd.Start(); err != nil {
		return err
	}
	trackCmd(cmd.Process.Pid, true)
	err := cmd.Wait()
	if stopping.Load() {
		select {} // the signal handler stops the tree and exits
	}
	trackCmd(cmd.Process.Pid, false)
	killTree(2 * time.Second)
	return err
}

// handleSignals stops the whole tree and exits when SIGINT or SIGTERM
// arrives (exit code 128 + the signal's number, as a shell reports it). The
// returned function stops listening and stops the tree: defer it.
func handleSignals() func() {
	ownTree()
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			stopping.Store(true)
			fmt.Fprintf(os.Stderr, "nbrun: %v: stopping the kernel and everything it started\n", s)
			runCleanups()
			killTree(2*time.Second, trackedPids()...)
			n := 1
			if ss, ok := s.(syscall.Signal); ok {
				n = int(ss)
			}
			os.Exit(128 + n)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
		runCleanups()
		killTree(2 * time.Second)
	}
}

func trackedPids() []int {
	cmdMu.Lock()
	defer cmdMu.Unlock()
	var out []int
	for p := range cmdPids {
		out = append(out, p)
	}
	return out
}

// cleanups are what must run before the tree is killed on a signal (a
// temporary folder, a browser context).
var (
	cleanupMu sync.Mutex
	cleanups  []func()
)

func onCleanup(f func()) (remove func()) {
	cleanupMu.Lock()
	defer cleanupMu.Unlock()
	cleanups = append(cleanups, f)
	i := len(cleanups) - 1
	return func() {
		cleanupMu.Lock()
		defer cleanupMu.Unlock()
		cleanups[i] = nil
	}
}

func runCleanups() {
	cleanupMu.Lock()
	fs := cleanups
	cleanups = nil
	cleanupMu.Unlock()
	for i := len(fs) - 1; i >= 0; i-- {
		if fs[i] != nil {
			fs[i]()
		}
	}
}
