//go:build unix && !linux

package main

import "syscall"

// No subreaper here: orphans go to launchd (init).
const runtimeHasSubreaper = false

// runnerDied is not sent here (no PR_SET_PDEATHSIG): a guard polls its
// parent instead.
const runnerDied = syscall.SIGUSR2

// namespaceMode: no namespaces here.
func namespaceMode() string { return "" }

func guardAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Setpgid: true} }
