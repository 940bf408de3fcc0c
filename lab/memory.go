package lab

import "runtime"

// BytesAllocated runs f and returns the bytes it allocated on the heap, as
// the Go runtime counts them (the growth of runtime.MemStats.TotalAlloc):
// every allocation made while f runs, kept or not, rounded up to the
// runtime's size classes (pages of 8 KiB for large blocks). Allocations by
// other goroutines running at the same time count too.
func BytesAllocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
