//go:build unix

package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// A guard is nbrun started again as `nbrun -nbrun-guard N PROGRAM ARGS...`
// by ownedCommand: it starts PROGRAM (passing on stdin, stdout, stderr and
// the N descriptors after them), waits for it, and stops whatever PROGRAM
// left behind. It exits with PROGRAM's exit code (128+N if a signal N ended
// PROGRAM).
//
//   - SIGTERM, SIGINT, SIGHUP, SIGQUIT to the guard send SIGTERM to
//     PROGRAM; if it has not ended after childGrace, it is killed.
//   - When PROGRAM has ended, the rest of the tree gets SIGTERM, and
//     SIGKILL after restGrace.
//   - When the runner dies (SIGKILL included), the guard learns it at once
//     (Linux: PR_SET_PDEATHSIG; elsewhere it polls its parent) and kills the
//     whole tree with SIGKILL.
//   - Then it removes its scratch folder (TMPDIR of the tree).
//
// On Linux the guard is the first process (PID 1) of a PID namespace: every
// process of the tree is in it, orphans are re-parented to the guard, and
// kill(-1) reaches all of them. When the guard ends, however it ends, the
// kernel kills what is left in the namespace. Without a namespace (not
// allowed here, or NBRUN_NO_NAMESPACE=1) the guard is a child subreaper and
// stops its descendants as it finds them in /proc. On macOS it finds them
// with ps; a process that left the tree before (its parent ended first, as
// Jupyter's kernel when its executor is killed) is missed there.
const guardArg = "-nbrun-guard"

const guardSupported = true

const (
	childGrace = 3 * time.Second
	restGrace  = time.Second
)

// scratchPrefix names the scratch folders of runners and guards in the
// system's temporary folder (TMPDIR, side by side: Unix sockets made in
// them, GoNB's gopls socket and Chromium's, must have paths under 108
// bytes); each holds scratchLock, locked while its owner lives.
const (
	scratchPrefix = "nbrun-"
	scratchLock   = ".lock"
	// baseTmpVar is the TMPDIR the runner was started with, where its
	// guards make their scratch folders.
	baseTmpVar = "NBRUN_TMPDIR"
)

// guardMain is the guard; args are what follows guardArg.
func guardMain(args []string) int {
	if len(args) == 1 && args[0] == "-probe" {
		return 0
	}
	if len(args) < 2 {
		fmt.Fprintln(os.Stderr, "nbrun: usage: nbrun -nbrun-guard N PROGRAM [ARGS...] (started by nbrun itself)")
		return 2
	}
	nfd, err := strconv.Atoi(args[0])
	if err != nil || nfd < 0 {
		fmt.Fprintln(os.Stderr, "nbrun: usage: nbrun -nbrun-guard N PROGRAM [ARGS...] (started by nbrun itself)")
		return 2
	}
	ns := os.Getpid() == 1
	if !ns {
		becomeSubreaper()
	}
	parent := os.Getppid()
	sigs := make(chan os.Signal, 32)
	signal.Notify(sigs, syscall.SIGCHLD, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP, syscall.SIGQUIT, runnerDied)

	env := os.Environ()
	base := os.Getenv(baseTmpVar)
	if base == "" {
		base = scratchBase()
	}
	scratch, release, err := makeScratch(base)
	if err == nil {
		env = setEnv(env, "TMPDIR", scratch)
		if os.Getenv("JUPYTER_RUNTIME_DIR") == "" {
			env = setEnv(env, "JUPYTER_RUNTIME_DIR", filepath.Join(scratch, "jupyter-runtime"))
		}
		defer release()
	}
	path, err := exec.LookPath(args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "nbrun:", err)
		return 127
	}
	files := []uintptr{0, 1, 2}
	for i := 0; i < nfd; i++ {
		files = append(files, uintptr(3+i))
	}
	child, err := syscall.ForkExec(path, args[1:], &syscall.ProcAttr{
		Env: env, Files: files, Sys: &syscall.SysProcAttr{Setpgid: true},
	})
	for i := 0; i < nfd; i++ {
		syscall.Close(3 + i) // the program has them; a pipe must see its end when it ends
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "nbrun: starting %s: %v\n", path, err)
		return 127
	}

	g := &guard{ns: ns, child: child}
	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	var stopDeadline <-chan time.Time
	for !g.childDone {
		select {
		case s := <-sigs:
			switch s {
			case syscall.SIGCHLD:
				g.reap()
			case runnerDied:
				if ns || os.Getppid() != parent {
					return g.runnerGone()
				}
			default:
				// SIGTERM whatever came: it ends the executor and the
				// Notebook server cleanly, where SIGINT makes the server ask
				// a question and SIGQUIT may dump a core.
				g.snapshot()
				syscall.Kill(child, syscall.SIGTERM)
				if stopDeadline == nil {
					stopDeadline = time.After(childGrace)
				}
			}
		case <-stopDeadline:
			syscall.Kill(-child, syscall.SIGKILL)
			syscall.Kill(child, syscall.SIGKILL)
		case <-tick.C:
			g.reap()
			if !ns && os.Getppid() != parent { // macOS has no death signal
				return g.runnerGone()
			}
		}
	}
	g.stopRest()
	switch ws := g.status; {
	case ws.Exited():
		return ws.ExitStatus()
	case ws.Signaled():
		return 128 + int(ws.Signal())
	}
	return 1
}

type guard struct {
	ns        bool
	child     int
	childDone bool
	status    syscall.WaitStatus
	seen      []int // descendants seen when a stop began (no namespace)
}

// reap waits for every exited child of the guard (its program, and orphans
// re-parented to it) and notes when its program ended.
func (g *guard) reap() {
	for {
		var ws syscall.WaitStatus
		pid, err := syscall.Wait4(-1, &ws, syscall.WNOHANG, nil)
		if pid <= 0 || err != nil {
			return
		}
		if pid == g.child {
			g.childDone, g.status = true, ws
		}
	}
}

// snapshot remembers the tree before a stop begins: without a namespace or
// a subreaper (macOS) a process whose parent is stopped first would no
// longer be found.
func (g *guard) snapshot() {
	if !g.ns && g.seen == nil {
		g.seen = descendants(os.Getpid())
	}
}

// signalRest sends sig to every process of the tree but the guard.
func (g *guard) signalRest(sig syscall.Signal) {
	if g.ns {
		syscall.Kill(-1, sig) // PID 1 of the namespace: all the others
		return
	}
	syscall.Kill(-g.child, sig)
	for _, p := range append(descendants(os.Getpid()), g.seen...) {
		syscall.Kill(p, sig)
	}
}

// treeLeft says whether any process of the tree but the guard is left.
func (g *guard) treeLeft() bool {
	g.reap()
	if g.ns || runtimeHasSubreaper {
		// Every process left is a child of the guard, or a descendant of
		// one: no child means no tree.
		var ws syscall.WaitStatus
		_, err := syscall.Wait4(-1, &ws, syscall.WNOHANG, nil)
		return !errors.Is(err, syscall.ECHILD)
	}
	if len(descendants(os.Getpid())) > 0 {
		return true
	}
	for _, p := range g.seen {
		if processAlive(p) {
			return true
		}
	}
	return false
}

// stopRest ends what the program left: SIGTERM, then SIGKILL after
// restGrace.
func (g *guard) stopRest() {
	g.snapshot()
	if !g.treeLeft() {
		return
	}
	g.signalRest(syscall.SIGTERM)
	for deadline := time.Now().Add(restGrace); time.Now().Before(deadline); {
		if !g.treeLeft() {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	g.killAll()
}

// runnerGone ends the tree of a runner that was killed, and the runner's
// scratch folder, which no one else will remove; it gives the exit code.
func (g *guard) runnerGone() int {
	g.killAll()
	if dir := os.Getenv(runnerScratchVar); dir != "" {
		removeAbandonedScratch(dir)
	}
	return 128 + int(syscall.SIGKILL)
}

// killAll kills the whole tree with SIGKILL and reaps it.
func (g *guard) killAll() {
	g.snapshot()
	for i := 0; i < 50 && g.treeLeft(); i++ {
		g.signalRest(syscall.SIGKILL)
		time.Sleep(20 * time.Millisecond)
	}
}

func setEnv(env []string, key, value string) []string {
	out := env[:0:0]
	for _, kv := range env {
		if !strings.HasPrefix(kv, key+"=") {
			out = append(out, kv)
		}
	}
	return append(out, key+"="+value)
}

// makeScratch creates a scratch folder and locks it for the guard's life;
// release removes it. Right after creation the folder is unlocked for an
// instant, in which another run's removeStaleScratch could remove it; so
// after locking, makeScratch checks that it is still there.
func makeScratch(base string) (dir string, release func(), err error) {
	for try := 0; try < 5; try++ {
		dir, err = os.MkdirTemp(base, scratchPrefix)
		if err != nil {
			return "", nil, err
		}
		lock, err := os.OpenFile(filepath.Join(dir, scratchLock), os.O_CREATE|os.O_RDWR, 0o600)
		if err != nil {
			os.RemoveAll(dir)
			return "", nil, err
		}
		if err := syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
			lock.Close()
			continue
		}
		mine, err1 := lock.Stat()
		named, err2 := os.Stat(filepath.Join(dir, scratchLock))
		if err1 == nil && err2 == nil && os.SameFile(mine, named) {
			return dir, func() {
				os.RemoveAll(dir)
				lock.Close()
			}, nil
		}
		lock.Close()
	}
	return "", nil, errors.New("could not keep a scratch folder")
}

// removeStaleScratch removes the scratch folders in base whose owner is
// gone (their lock is free): left by a runner or a guard that was itself
// killed with SIGKILL.
func removeStaleScratch(base string) {
	dirs, _ := filepath.Glob(filepath.Join(base, scratchPrefix+"*"))
	for _, dir := range dirs {
		removeAbandonedScratch(dir)
	}
}

// removeAbandonedScratch removes the scratch folder dir if its lock is
// free. A folder without a lock file is left alone: it is not one of
// ours, or its owner is between MkdirTemp and its lock.
func removeAbandonedScratch(dir string) {
	if fi, err := os.Lstat(dir); err != nil || !fi.IsDir() {
		return
	}
	lock, err := os.OpenFile(filepath.Join(dir, scratchLock), os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if err != nil {
		return
	}
	defer lock.Close()
	if syscall.Flock(int(lock.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil {
		os.RemoveAll(dir)
	}
}

// maxScratchBase is the longest TMPDIR under which scratch folders are
// made. A Unix socket's path must be under 108 bytes (104 on macOS), and
// Chromium makes one 45 bytes below its TMPDIR, a scratch folder adds 17
// (TMPDIR/nbrun-4294967295): a longer TMPDIR (macOS's is about 49 bytes)
// gets its scratch folders in /tmp instead.
const maxScratchBase = 40

func scratchBase() string {
	base := os.TempDir()
	if len(base) <= maxScratchBase {
		return base
	}
	if fi, err := os.Stat("/tmp"); err == nil && fi.IsDir() && syscall.Access("/tmp", 2 /* W_OK */) == nil {
		return "/tmp"
	}
	return base
}

// runnerScratchVar names the runner's scratch folder in its tree's
// environment, so that the guards remove it when the runner is killed.
const runnerScratchVar = "NBRUN_SCRATCH"

var releaseRunnerScratch = func() {}

// useScratch gives the runner a scratch folder as its TMPDIR, for what it
// makes itself (Chromium's profile, the Notebook server's runtime folder);
// its guards make theirs beside it. It is removed at the end, on a signal
// (handleSignals), and when the runner is killed with SIGKILL by the guards
// then running; if none was, by the next run (removeStaleScratch).
func useScratch() {
	base := scratchBase()
	removeStaleScratch(base)
	dir, release, err := makeScratch(base)
	if err != nil {
		return // the system's temporary folder, as before
	}
	os.Setenv(baseTmpVar, base)
	os.Setenv("TMPDIR", dir)
	os.Setenv(runnerScratchVar, dir)
	releaseRunnerScratch = release
}
