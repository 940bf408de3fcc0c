//go:build unix

package main

import (
	"os"
	"os/exec"
	"os/signal"
	"strconv"
	"syscall"
	"time"
)

// guardCmd makes cmd start its program under a guard (ownedCommand uses
// it; startBrowser too, after setting Chromium's debugging pipes): the
// extra files cmd passes (ExtraFiles) are passed on at the same
// descriptors. A command whose program was not found
// is left as it is, so that Start reports that.
func guardCmd(cmd *exec.Cmd) {
	ownTree()
	self, err := os.Executable()
	if err != nil || cmd.Err != nil || !guardSupported {
		cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
		return
	}
	args := []string{self, guardArg, strconv.Itoa(len(cmd.ExtraFiles)), cmd.Path}
	cmd.Args = append(args, cmd.Args[1:]...)
	cmd.Path = self
	cmd.SysProcAttr = guardAttr()
}

// stopGuards sends SIGTERM to the commands the runner waits for (guards)
// and waits, up to limit, until they have ended.
func stopGuards(limit time.Duration) {
	pids := trackedPids()
	for _, p := range pids {
		syscall.Kill(p, syscall.SIGTERM)
	}
	for deadline := time.Now().Add(limit); time.Now().Before(deadline); {
		alive := false
		for _, p := range pids {
			if processAlive(p) {
				alive = true
			}
		}
		if !alive {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// guardMode says how the guards bind the tree here (for -v).
func guardMode() string {
	switch namespaceMode() {
	case "pid":
		return "a PID namespace per command (guard.go)"
	case "user+pid":
		return "a PID namespace in a user namespace per command (guard.go)"
	}
	if runtimeHasSubreaper {
		return "process groups under a subreaper guard, without namespaces (guard.go)"
	}
	return "process groups under a guard, without namespaces or subreaper (guard.go)"
}

// exitBySignal ends the process by the signal s with its default action, as
// if nbrun had not caught it: a shell then reports 128+N, and a shell script
// that ran nbrun when Ctrl-C was pressed stops as well (it only does when
// its child died of SIGINT). SIGQUIT gives exit code 131 instead: Go's own
// default for it prints every goroutine.
func exitBySignal(s os.Signal) {
	sig, ok := s.(syscall.Signal)
	if !ok {
		os.Exit(1)
	}
	if sig != syscall.SIGQUIT {
		signal.Reset(sig)
		syscall.Kill(os.Getpid(), sig)
		time.Sleep(time.Second) // the signal ends the process meanwhile
	}
	os.Exit(128 + int(sig))
}
