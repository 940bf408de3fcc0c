package main

import (
	"bytes"
	"context"
	"io"
	"os/exec"
	"sync"
	"time"
)

// limits bound one process the grader starts, measured and enforced from
// outside it.
type limits struct {
	Wall   time.Duration // wall time from start (init included); then SIGKILL
	MemMB  int           // address space of each process (RLIMIT_AS); 0: none
	FileMB int           // largest file it may write (RLIMIT_FSIZE); 0: none
	Procs  int           // processes and threads (RLIMIT_NPROC, sandbox only); 0: none
	Output int           // bytes of stdout+stderr kept; the rest is read and dropped
}

// proc is one process to run.
type proc struct {
	Argv    []string
	Env     []string // the whole environment ("K=V")
	Dir     string
	Stdin   []byte
	Answers bool // collect what it writes to the answer channel (fd 3)
	Lim     limits
	Jail    *jail // run it in the sandbox (nil: as a plain child process)
	// Bound: a trusted process that starts others (go build): in a PID
	// namespace of its own where bwrap works, so that the whole tree ends
	// with it and with the grader, even on SIGKILL.
	Bound bool
}

// jail is what a sandboxed process sees besides /proc and /dev/{null,zero,
// random,urandom}: read-only and writable folders, a private /tmp.
type jail struct {
	Ro, Rw []mount
	TmpMB  int    // a private /tmp of this size (tmpfs); 0: none
	Dir    string // working folder inside
}

// mount binds a host path at a path inside the jail.
type mount struct{ Src, Dst string }

// outcome is what became of a process.
type outcome struct {
	Output   string // stdout and stderr, capped
	Dropped  int64  // output bytes beyond the cap
	Answers  []byte // what it wrote to the answer channel (capped at answerCap)
	Overflow bool   // it wrote more than answerCap answers
	ExitCode int    // −1 when killed by a signal
	TimedOut bool
	Canceled bool  // the grader was interrupted
	Err      error // it could not be started
	Elapsed  time.Duration
}

// answerCap bounds one test's answers: a few thousand numbers.
const answerCap = 8 << 20

// cappedBuffer keeps the first cap bytes written to it and counts the rest.
type cappedBuffer struct {
	mu      sync.Mutex
	buf     bytes.Buffer
	cap     int
	dropped int64
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := min(max(b.cap-b.buf.Len(), 0), len(p))
	b.buf.Write(p[:n])
	b.dropped += int64(len(p) - n)
	return len(p), nil
}

func (b *cappedBuffer) String() (string, int64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String(), b.dropped
}

// run runs p to its end, its time limit or ctx's end, whichever comes
// first, and leaves nothing of it running: its process group (its sandbox)
// is killed when it ends.
func (g *grader) run(ctx context.Context, p proc) (o outcome) {
	argv, env := p.Argv, p.Env
	switch {
	case p.Jail != nil:
		argv, env = g.sandbox.wrap(p, g.launcher)
	case p.Bound && g.binder != nil:
		argv = g.binder.bind(launchArgs(g.launcher, p.Lim, false, argv))
	default:
		argv = launchArgs(g.launcher, p.Lim, false, argv)
	}
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir, cmd.Env = p.Dir, env
	if p.Jail != nil {
		cmd.Dir = ""
	}
	cmd.Stdin = bytes.NewReader(p.Stdin)
	out := &cappedBuffer{cap: max(p.Lim.Output, 1024)}
	cmd.Stdout, cmd.Stderr = out, out
	// Wait returns when the process ends even if something it started
	// holds its output open: WaitDelay closes the pipes.
	cmd.WaitDelay = 500 * time.Millisecond
	setProcAttr(cmd, p.Jail != nil && g.sandbox != nil && g.sandbox.asNobody)
	var answers *answerChannel
	if p.Answers {
		var err error
		if answers, err = openAnswers(cmd); err != nil {
			return outcome{Err: err, ExitCode: -1}
		}
		defer answers.close()
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return outcome{Err: err, ExitCode: -1}
	}
	if answers != nil {
		answers.started()
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	timer := time.NewTimer(p.Lim.Wall)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
		o.TimedOut = true
		killTree(cmd)
		<-done
	case <-ctx.Done():
		o.Canceled = true
		killTree(cmd)
		<-done
	}
	o.Elapsed = time.Since(start)
	killTree(cmd) // anything it left behind
	o.ExitCode = cmd.ProcessState.ExitCode()
	o.Output, o.Dropped = out.String()
	if answers != nil {
		o.Answers, o.Overflow = answers.collect()
	}
	return o
}

// readCapped reads r to its end, keeping at most n bytes.
func readCapped(r io.Reader, n int) ([]byte, bool) {
	var buf bytes.Buffer
	m, _ := io.Copy(&buf, io.LimitReader(r, int64(n)+1))
	if m > int64(n) {
		io.Copy(io.Discard, r)
		return buf.Bytes()[:n], true
	}
	return buf.Bytes(), false
}
