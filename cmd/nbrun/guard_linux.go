package main

import (
	"os"
	"os/exec"
	"sync"
	"syscall"
)

// runtimeHasSubreaper: Linux re-parents the orphans of a guard's tree to
// the guard (see becomeSubreaper), so no child means no tree.
const runtimeHasSubreaper = true

// runnerDied is the signal a guard gets when the runner dies
// (PR_SET_PDEATHSIG), whatever killed it.
const runnerDied = syscall.SIGUSR2

var (
	nsOnce sync.Once
	nsMode string
)

// namespaceMode says how guards are started here, found once by starting
// a guard that exits at once: "pid" (a PID namespace: root), "user+pid"
// (a PID namespace in a user namespace that maps only the user to itself:
// a user who is not root), or "" (neither is allowed, or
// NBRUN_NO_NAMESPACE=1).
func namespaceMode() string {
	nsOnce.Do(func() {
		if os.Getenv("NBRUN_NO_NAMESPACE") == "1" {
			return
		}
		self, err := os.Executable()
		if err != nil {
			return
		}
		for _, mode := range []string{"pid", "user+pid"} {
			if mode == "pid" && os.Geteuid() != 0 {
				continue
			}
			cmd := exec.Command(self, guardArg, "-probe")
			cmd.SysProcAttr = namespaceAttr(mode)
			if cmd.Run() == nil {
				nsMode = mode
				return
			}
		}
	})
	return nsMode
}

func namespaceAttr(mode string) *syscall.SysProcAttr {
	a := &syscall.SysProcAttr{Setpgid: true, Pdeathsig: runnerDied}
	switch mode {
	case "pid":
		a.Cloneflags = syscall.CLONE_NEWPID
	case "user+pid":
		a.Cloneflags = syscall.CLONE_NEWUSER | syscall.CLONE_NEWPID
		a.UidMappings = []syscall.SysProcIDMap{{ContainerID: os.Getuid(), HostID: os.Getuid(), Size: 1}}
		a.GidMappings = []syscall.SysProcIDMap{{ContainerID: os.Getgid(), HostID: os.Getgid(), Size: 1}}
		a.GidMappingsEnableSetgroups = false
	}
	return a
}

// guardAttr starts a guard in its namespace, with the runner's death
// signalled to it.
func guardAttr() *syscall.SysProcAttr { return namespaceAttr(namespaceMode()) }
