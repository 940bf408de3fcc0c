package lab

import (
	"fmt"

	"gomlp.dev/mlp"
)

// EpochCPUSeconds measures what one epoch of Train costs the processor for
// each batch size B of batchSizes, as EpochSeconds does but in CPU seconds
// (user + system time of the process, all its threads) instead of
// wall-clock seconds: it trains a fresh copy of net on d for one epoch with
// s.BatchSize = B (s.Epochs is ignored), repeats times, and returns
// secs[b][r] for batch size b and repeat r, the batch sizes taking turns
// after one unmeasured round.
//
// On a machine shared with other work, a wall-clock time also counts the
// moments the process waited for a core, and under load that waiting swamps
// the differences between batch sizes: on a shared 2-core machine at load
// average 20, notebook 09's B = 64 and B = 1 swapped places in 4 of 20
// trials when compared by the fastest of 11 wall-clock epochs. CPU time
// counts only the work done: by the median of 5 CPU-time epochs, in none of
// 20 trials at the same load (B = 1 took 1.33–1.45 times as long). It still
// includes what sharing the processor costs (caches refilled after another
// program ran): compare by ratios, and report the spread (Summarize). Where
// the operating system gives no CPU time (neither Unix nor Windows), it falls
// back to the wall clock.
//
// The error is a Train's that failed; it panics if net is nil, or there
// are no batch sizes or repeats < 1.
func EpochCPUSeconds(net *mlp.Network, d *mlp.Dataset, s mlp.Settings, batchSizes []int, repeats int) ([][]float64, error) {
	if net == nil {
		panicf("EpochCPUSeconds of a nil network")
	}
	if repeats < 1 || len(batchSizes) == 0 {
		panicf("EpochCPUSeconds with %d batch sizes and %d repeats, want at least 1 of each", len(batchSizes), repeats)
	}
	s.Epochs = 1
	secs := make([][]float64, len(batchSizes))
	for r := -1; r < repeats; r++ { // r = −1: the warm-up round
		for b, B := range batchSizes {
			s.BatchSize = B
			c := net.Clone()
			start := cpuSeconds()
			if _, err := c.Train(d, s); err != nil {
				return nil, fmt.Errorf("lab: EpochCPUSeconds with B = %d: %w", B, err)
			}
			if r >= 0 {
				secs[b] = append(secs[b], cpuSeconds()-start)
			}
		}
	}
	return secs, nil
}
