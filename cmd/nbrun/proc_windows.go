//go:build !unix

package main

import (
	"os"
	"os/exec"
	"time"
)

// Jupyter's Go kernel (GoNB) runs on Linux and macOS only, so nbrun runs,
// checks, writes and browses notebooks there; lint and firstcell, which
// only read and write files, work here too. These stand-ins let it build.

const guardSupported = false

func becomeSubreaper()               {}
func removeStaleScratch(string)      {}
func guardCmd(*exec.Cmd)             {}
func stopGuards(time.Duration)       {}
func killTree(time.Duration, ...int) {}
func treeProcesses() []int           { return nil }
func processAlive(int) bool          { return false }

const guardArg = "-nbrun-guard"

func guardMain([]string) int { return 2 }

func useScratch()           {}
func releaseRunnerScratch() {}

func guardMode() string { return "" }

// exitBySignal: Windows has no signals to end by; the code says it.
func exitBySignal(os.Signal) { os.Exit(130) }

const baseTmpVar = "NBRUN_TMPDIR"

func scratchBase() string { return "" }
