package lab

import "runtime"

// BytesAllocated runs f three times and returns the fewest bytes one run
// allocated on the heap, as the Go runtime counts them (the growth of
// runtime.MemStats.TotalAlloc): every allocation made while f runs, kept or
// not, rounded up to the runtime's size classes (whole pages of 8 KiB for
// large blocks). Allocations that other goroutines make at the same time
// count too, and so do those of the goroutines f starts: gonum's BLAS splits
// a large product over several goroutines, whose bookkeeping varies from run
// to run. The fewest of three runs leaves out occasional allocations of
// other goroutines; for f's own goroutines it cannot.
func BytesAllocated(f func()) uint64 {
	var least uint64
	for i := range 3 {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		f()
		runtime.ReadMemStats(&after)
		if n := after.TotalAlloc - before.TotalAlloc; i == 0 || n < least {
			least = n
		}
	}
	return least
}
