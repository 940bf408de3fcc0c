package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// becomeSubreaper makes orphans of this process's descendants its children
// (PR_SET_CHILD_SUBREAPER) instead of PID 1's, so they stay findable.
func becomeSubreaper() {
	const prSetChildSubreaper = 36
	syscall.RawSyscall(syscall.SYS_PRCTL, prSetChildSubreaper, 1, 0)
}

// treeProcesses lists the live processes of the runner's tree, itself left
// out: its descendants and every process that carries its token.
func treeProcesses() []int {
	self := os.Getpid()
	parent := map[int]int{}
	var marked []int
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid == self {
			continue
		}
		ppid, state, ok := procStat(pid)
		if !ok || state == 'Z' {
			continue
		}
		parent[pid] = ppid
		if env, err := os.ReadFile(filepath.Join("/proc", e.Name(), "environ")); err == nil &&
			bytes.Contains(env, []byte("\x00"+treeVar+"="+treeToken+"\x00")) ||
			bytes.HasPrefix(env, []byte(treeVar+"="+treeToken+"\x00")) {
			marked = append(marked, pid)
		}
	}
	found := map[int]bool{}
	for _, p := range marked {
		found[p] = true
	}
	for _, p := range descendantsIn(parent, self) {
		found[p] = true
	}
	out := make([]int, 0, len(found))
	for p := range found {
		out = append(out, p)
	}
	return out
}

// descendants lists the live descendants of root.
func descendants(root int) []int {
	parent := map[int]int{}
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if ppid, state, ok := procStat(pid); ok && state != 'Z' {
			parent[pid] = ppid
		}
	}
	return descendantsIn(parent, root)
}

// descendantsIn walks a pid → parent map up from every process.
func descendantsIn(parent map[int]int, root int) []int {
	var out []int
	for pid := range parent {
		for p, n := parent[pid], 0; p > 1 && n < 64; p, n = parent[p], n+1 {
			if p == root {
				out = append(out, pid)
				break
			}
		}
	}
	return out
}

// procStat reads a process's parent and state from /proc/PID/stat.
func procStat(pid int) (ppid int, state byte, ok bool) {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, 0, false
	}
	// "pid (comm) state ppid …"; comm may hold spaces and parentheses.
	i := bytes.LastIndexByte(data, ')')
	if i < 0 || i+2 >= len(data) {
		return 0, 0, false
	}
	f := strings.Fields(string(data[i+2:]))
	if len(f) < 2 {
		return 0, 0, false
	}
	ppid, err = strconv.Atoi(f[1])
	return ppid, f[0][0], err == nil
}

// processAlive says whether pid runs (a zombie does not).
func processAlive(pid int) bool {
	_, state, ok := procStat(pid)
	return ok && state != 'Z'
}

// killTree stops every process of the runner's tree: SIGTERM, then SIGKILL
// for those still alive after grace. Processes that exec.Cmd values still
// wait for (skip) are signalled but not reaped here; orphans re-parented to
// the runner are.
func killTree(grace time.Duration, skip ...int) {
	waited := map[int]bool{}
	for _, p := range skip {
		waited[p] = true
	}
	sig := syscall.SIGTERM
	deadline := time.Now().Add(grace)
	for round := 0; round < 200; round++ {
		procs := treeProcesses()
		if len(procs) == 0 {
			break
		}
		if time.Now().After(deadline) {
			sig = syscall.SIGKILL
		}
		for _, p := range procs {
			syscall.Kill(p, sig)
		}
		time.Sleep(50 * time.Millisecond)
		reapOrphans(waited)
	}
	reapOrphans(waited)
}

// reapOrphans waits for the runner's exited children that no exec.Cmd waits
// for: orphans of its tree re-parented to it.
func reapOrphans(waited map[int]bool) {
	self := os.Getpid()
	entries, _ := os.ReadDir("/proc")
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || waited[pid] {
			continue
		}
		if ppid, state, ok := procStat(pid); ok && ppid == self && state == 'Z' && !cmdChild(pid) {
			var ws syscall.WaitStatus
			syscall.Wait4(pid, &ws, syscall.WNOHANG, nil)
		}
	}
}
