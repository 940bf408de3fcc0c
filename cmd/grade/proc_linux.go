package main

import (
	"os/exec"
	"syscall"
)

// setProcAttr puts the process in its own group, kills it when the grader
// dies, even by SIGKILL (and a sandbox with it: bwrap --die-with-parent),
// and, for a sandbox started by root, runs it as nobody (uid 65534), whose
// process count RLIMIT_NPROC can limit.
func setProcAttr(cmd *exec.Cmd, asNobody bool) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if asNobody {
		cmd.SysProcAttr.Credential = &syscall.Credential{Uid: nobody, Gid: nobody}
	}
}

// killTree kills the process's group.
func killTree(cmd *exec.Cmd) {
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}
