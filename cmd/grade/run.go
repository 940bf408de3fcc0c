package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"sync"
	"syscall"
	"time"
)

// limits bound one child process.
type limits struct {
	Timeout   time.Duration
	MemMB     int // address space (ulimit -v); 0: none
	FileMB    int // largest file it may write (ulimit -f); 0: none
	OutputCap int // bytes of stdout+stderr kept; the rest is read and dropped
}

// outcome is what happened to a child process.
type outcome struct {
	Output   string // capped
	Dropped  int64  // output bytes beyond the cap
	ExitCode int    // -1 when killed by a signal
	TimedOut bool
	Err      error // could not start
	Elapsed  time.Duration
}

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
	room := b.cap - b.buf.Len()
	if room > 0 {
		n := min(room, len(p))
		b.buf.Write(p[:n])
		b.dropped += int64(len(p) - n)
	} else {
		b.dropped += int64(len(p))
	}
	return len(p), nil
}

// runLimited runs name args in dir with env, in its own process group, under
// ulimit -v/-f (through sh, so no root feature is needed), and kills the
// whole group when it times out or ends (so nothing it started lives on).
func runLimited(ctx context.Context, lim limits, dir string, env []string, name string, args ...string) outcome {
	script := ""
	if lim.MemMB > 0 {
		script += fmt.Sprintf("ulimit -v %d 2>/dev/null; ", lim.MemMB*1024)
	}
	if lim.FileMB > 0 {
		script += fmt.Sprintf("ulimit -f %d 2>/dev/null; ", lim.FileMB*2048) // 512-byte blocks in POSIX sh
	}
	script += `exec "$0" "$@"`
	cmd := exec.Command("/bin/sh", append([]string{"-c", script, name}, args...)...)
	cmd.Dir = dir
	cmd.Env = env
	cmd.Stdin = nil
	out := &cappedBuffer{cap: max(lim.OutputCap, 1024)}
	cmd.Stdout, cmd.Stderr = out, out
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	// cmd.Wait returns when the process ends, even if a grandchild keeps the
	// pipes open: WaitDelay closes them.
	cmd.WaitDelay = 500 * time.Millisecond
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return outcome{Err: err, ExitCode: -1}
	}
	pgid := cmd.Process.Pid
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var o outcome
	timer := time.NewTimer(lim.Timeout)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
		o.TimedOut = true
		syscall.Kill(-pgid, syscall.SIGKILL)
		<-done
	case <-ctx.Done():
		syscall.Kill(-pgid, syscall.SIGKILL)
		<-done
		o.Err = ctx.Err()
	}
	syscall.Kill(-pgid, syscall.SIGKILL) // anything it left behind in its group
	o.Elapsed = time.Since(start)
	o.ExitCode = cmd.ProcessState.ExitCode()
	out.mu.Lock()
	o.Output, o.Dropped = out.buf.String(), out.dropped
	out.mu.Unlock()
	return o
}

var _ io.Writer = (*cappedBuffer)(nil)

// fileExists reports whether path is a regular file (not a symlink).
func fileExists(path string) bool {
	st, err := os.Lstat(path)
	return err == nil && st.Mode().IsRegular()
}
