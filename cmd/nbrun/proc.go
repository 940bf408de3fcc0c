package main

import (
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

// The runner owns every process it starts, and every process those start:
// Jupyter's executor, the kernel (which Jupyter puts in a session of its
// own), gopls, the cell's program, the Notebook server and Chromium. They
// end with the runner whatever ends it, SIGKILL included:
//
//   - Each is started under a guard (guard.go): nbrun itself, run again as
//     a small supervisor that starts the command and outlives it only to
//     stop what it left. On Linux the guard is the first process of a PID
//     namespace of its own (with a user namespace for a user who is not
//     root), so that when it ends the kernel ends every process of the
//     tree, and it gets a signal when the runner dies (PR_SET_PDEATHSIG).
//     Where namespaces are not allowed, and on macOS, it stops its
//     descendants itself (see guard.go for what that misses).
//   - The guard gives the tree a scratch folder of its own as TMPDIR (where
//     GoNB makes its named pipes and its Go module) and removes it after
//     the tree. The runner has one too (useScratch), beside them, for its
//     own temporary folders; the guards remove it when the runner is
//     killed. A scratch folder whose owner is gone (a guard
//     killed with SIGKILL, or the runner killed between two notebooks) is
//     removed by the next run.
//   - Each process also gets treeVar=treeToken in its environment, and the
//     runner is a child subreaper (Linux), so killTree finds and stops any
//     process of the tree still running on every exit path: after each
//     notebook, on a signal, at the end.
const treeVar = "NBRUN_TREE"

// Exit codes (see usage): a run stopped by signal N ends with 128+N as a
// shell reports it: 129 SIGHUP, 130 SIGINT (Ctrl-C), 131 SIGQUIT (Ctrl-\),
// 143 SIGTERM. After stopping its tree, nbrun ends by the signal itself
// (exitBySignal), so that a script that ran it stops too; SIGQUIT, whose
// default in Go prints every goroutine, gives exit code 131. SIGKILL cannot
// be caught; a shell reports 137.
var stopSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

var (
	treeToken = fmt.Sprintf("%d-%d", os.Getpid(), time.Now().UnixNano())
	treeOnce  sync.Once
	// stopping is set when a signal arrived: the handler owns the exit.
	stopping atomic.Bool
)

// ownTree marks this process's environment (so every child inherits the
// token), makes it the subreaper of its descendants, and removes the
// scratch folders of runs whose guard was killed.
func ownTree() {
	treeOnce.Do(func() {
		os.Setenv(treeVar, treeToken)
		becomeSubreaper()
		if base := os.Getenv(baseTmpVar); base != "" {
			removeStaleScratch(base)
		} else {
			removeStaleScratch(scratchBase())
		}
	})
}

// ownedCommand is exec.Command for a process of the runner's tree: marked,
// and started under a guard in a process group of its own (so that a
// terminal's Ctrl-C reaches the runner only, which then stops the tree in
// order).
func ownedCommand(name string, args ...string) *exec.Cmd {
	ownTree()
	cmd := exec.Command(name, args...)
	cmd.Env = append(os.Environ(), treeVar+"="+treeToken)
	guardCmd(cmd)
	return cmd
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

func trackedPids() []int {
	cmdMu.Lock()
	defer cmdMu.Unlock()
	var out []int
	for p := range cmdPids {
		out = append(out, p)
	}
	return out
}

// runOwned runs cmd to its end as part of the tree: it is tracked while the
// runner waits for it, and whatever it left running is stopped after.
func runOwned(cmd *exec.Cmd) error {
	if err := cmd.Start(); err != nil {
		return err
	}
	trackCmd(cmd.Process.Pid, true)
	err := cmd.Wait()
	trackCmd(cmd.Process.Pid, false)
	if stopping.Load() {
		select {} // the signal handler stops the tree and exits
	}
	killTree(2 * time.Second)
	return err
}

// handleSignals stops the whole tree and exits when SIGINT, SIGTERM, SIGHUP
// or SIGQUIT arrives, with exit code 128 + the signal's number. The guards
// are asked first (SIGTERM): each stops its command, then the rest of its
// tree, and removes its scratch folder. The returned function stops
// listening and stops the tree: defer it.
func handleSignals() func() {
	ownTree()
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, stopSignals...)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-ch:
			stopping.Store(true)
			fmt.Fprintf(os.Stderr, "nbrun: %v: stopping the kernel and everything it started\n", s)
			runCleanups()
			stopGuards(8 * time.Second)
			killTree(time.Second, trackedPids()...)
			releaseRunnerScratch()
			exitBySignal(s)
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
