package lab

import (
	"fmt"
	"time"

	"gomlp.dev/mlp"
)

// EpochSeconds measures how long one epoch of Train takes for each batch
// size B of batchSizes: it trains a fresh copy of net on d for one epoch
// with s.BatchSize = B (s.Epochs is ignored), repeats times, and returns the
// wall-clock seconds of each, secs[b][r] for batch size b and repeat r.
// The batch sizes take turns within each repeat, so that a change in the
// machine's load falls on all of them alike, after one unmeasured round to
// warm the caches. A timing is a measurement on a shared machine: report
// its spread (Summarize), and compare batch sizes by ratios.
//
// The error is a Train's that failed; it panics if net is nil, or there
// are no batch sizes or repeats < 1.
func EpochSeconds(net *mlp.Network, d *mlp.Dataset, s mlp.Settings, batchSizes []int, repeats int) ([][]float64, error) {
	if net == nil {
		panicf("EpochSeconds of a nil network")
	}
	if repeats < 1 || len(batchSizes) == 0 {
		panicf("EpochSeconds with %d batch sizes and %d repeats, want at least 1 of each", len(batchSizes), repeats)
	}
	s.Epochs = 1
	secs := make([][]float64, len(batchSizes))
	for r := -1; r < repeats; r++ { // r = −1: the warm-up round
		for b, B := range batchSizes {
			s.BatchSize = B
			c := net.Clone()
			start := time.Now()
			if _, err := c.Train(d, s); err != nil {
				return nil, fmt.Errorf("lab: EpochSeconds with B = %d: %w", B, err)
			}
			if r >= 0 {
				secs[b] = append(secs[b], time.Since(start).Seconds())
			}
		}
	}
	return secs, nil
}
