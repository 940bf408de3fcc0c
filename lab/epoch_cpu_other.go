//go:build !unix && !windows

package lab

import "time"

// processStart is when the package was initialised: the origin of the wall
// clock that stands in for CPU time where the system gives none.
var processStart = time.Now()

// cpuSeconds returns the wall-clock seconds since processStart: there is no
// CPU time to read on this system (see EpochCPUSeconds).
func cpuSeconds() float64 { return time.Since(processStart).Seconds() }
