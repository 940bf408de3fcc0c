//go:build unix && !linux

package main

import (
	"os/exec"
	"syscall"
)

// setProcAttr puts the process in its own group (there is no sandbox here).
func setProcAttr(cmd *exec.Cmd, asNobody bool) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
}

// killTree kills the process's group.
func killTree(cmd *exec.Cmd) {
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
