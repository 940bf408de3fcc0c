//go:build unix && !linux

package main

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// On macOS and the BSDs there is no subreaper and no /proc: the runner
// finds its tree with ps, by parentage only. A process whose parent ended
// is re-parented to launchd (init) and is found no more; the guards stop
// their trees before that happens (see guard.go).

func becomeSubreaper() {}

// psTable is ps's view: pid → parent, zombies left out.
func psTable() map[int]int {
	out, err := exec.Command("ps", "-axo", "pid=,ppid=,stat=").Output()
	if err != nil {
		return nil
	}
	parent := map[int]int{}
	for _, line := range strings.Split(string(out), "\n") {
		f := strings.Fields(line)
		if len(f) < 3 || strings.HasPrefix(f[2], "Z") {
			continue
		}
		pid, err1 := strconv.Atoi(f[0])
		ppid, err2 := strconv.Atoi(f[1])
		if err1 == nil && err2 == nil {
			parent[pid] = ppid
		}
	}
	return parent
}

func descendants(root int) []int { return descendantsIn(psTable(), root) }

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

func treeProcesses() []int { return descendants(os.Getpid()) }

func processAlive(pid int) bool {
	_, ok := psTable()[pid]
	return ok
}

// killTree stops the runner's descendants: SIGTERM, then SIGKILL for those
// still alive after grace.
func killTree(grace time.Duration, skip ...int) {
	sig := syscall.SIGTERM
	deadline := time.Now().Add(grace)
	for round := 0; round < 200; round++ {
		procs := treeProcesses()
		if len(procs) == 0 {
			return
		}
		if time.Now().After(deadline) {
			sig = syscall.SIGKILL
		}
		for _, p := range procs {
			syscall.Kill(p, sig)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
