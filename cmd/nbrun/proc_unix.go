//go:build unix

package main

import (
	"os"
	"os/exec"
	"strconv"
	"syscall"
	"time"
)

// guardCmd makes cmd start its program under a guard. It is also the hook
// for commands others build (chromedp.ModifyCmdFunc for Chromium): the
// extra files cmd passes (ExtraFiles, e.g. Chromium's debugging pipes) are
// passed on at the same descriptors. A command whose program was not found
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
