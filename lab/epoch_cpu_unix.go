//go:build unix

package lab

import "syscall"

// cpuSeconds returns the CPU time the process has used so far, user and
// system, in seconds (getrusage).
func cpuSeconds() float64 {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		panicf("EpochCPUSeconds: getrusage: %v", err)
	}
	return float64(u.Utime.Nano()+u.Stime.Nano()) / 1e9
}
