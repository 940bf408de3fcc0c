//go:build windows

package lab

import "syscall"

// cpuSeconds returns the CPU time the process has used so far, user and
// kernel, in seconds (GetProcessTimes counts in units of 100 ns).
func cpuSeconds() float64 {
	h, err := syscall.GetCurrentProcess()
	if err != nil {
		panicf("EpochCPUSeconds: GetCurrentProcess: %v", err)
	}
	var creation, exit, kernel, user syscall.Filetime
	if err := syscall.GetProcessTimes(h, &creation, &exit, &kernel, &user); err != nil {
		panicf("EpochCPUSeconds: GetProcessTimes: %v", err)
	}
	ticks := func(f syscall.Filetime) uint64 { return uint64(f.HighDateTime)<<32 | uint64(f.LowDateTime) }
	return float64(ticks(kernel)+ticks(user)) * 100e-9
}
