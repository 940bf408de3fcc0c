package main

import (
	"os"
	"os/exec"
)

// browserNice is the niceness the browser check runs the Notebook server
// (and so its kernels) and Chromium at, where it may (as root).
const browserNice = "-5"

// ahead returns the program and arguments that run name with args ahead of
// other work on the machine: through `nice -n -5` when the runner may raise
// a priority (root) and nice exists, unchanged otherwise.
//
// Why: GoNB's widget handshake has a fixed half-second deadline of its own
// (comm_open_ack, in GoNB's JavaScript). With both cores kept busy by other
// processes, the kernel and the page missed it on the first try and on the
// retry (browser.go), and a notebook with a slider failed though nothing
// in it was wrong. Everything else the check waits for follows the page's
// and the kernel's state, so only this deadline needs the priority. The
// processes started through nice keep it for all their children (nice sets
// it before exec), and are owned and stopped like any other (proc.go).
func ahead(name string, args ...string) (string, []string) {
	if os.Geteuid() != 0 {
		return name, args
	}
	nice, err := exec.LookPath("nice")
	if err != nil {
		return name, args
	}
	return nice, append([]string{"-n", browserNice, name}, args...)
}
