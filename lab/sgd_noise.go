package lab

import (
	"fmt"

	"gomlp.dev/mlp"
)

// Runs calls run once for each seed 1, 2, …, seeds and returns what each
// call returns (a curve: one value per epoch, say), in the order of the
// seeds. It returns the error of the first run that fails, naming the
// seed; it panics if seeds < 1 or run is nil.
func Runs(seeds int, run func(seed uint64) ([]float64, error)) ([][]float64, error) {
	if seeds < 1 || run == nil {
		panicf("Runs over %d seeds of a function (nil: %v): want at least 1 seed and a function", seeds, run == nil)
	}
	out := make([][]float64, seeds)
	for s := range out {
		c, err := run(uint64(s + 1))
		if err != nil {
			return nil, fmt.Errorf("lab: run with seed %d: %w", s+1, err)
		}
		out[s] = c
	}
	return out, nil
}

// MeanCurve returns the mean over the runs at every position t,
//
//	mean[t] = (1/S) Σₛ runs[s][t],
//
// the curve of the average run. It panics if there are no runs or they
// differ in length.
func MeanCurve(runs [][]float64) []float64 {
	mustSameLength("MeanCurve", runs)
	mean := make([]float64, len(runs[0]))
	for _, r := range runs {
		for t, v := range r {
			mean[t] += v / float64(len(runs))
		}
	}
	return mean
}

// At returns runs[s][t] for every run s: the values at one position (an
// epoch) over the seeds, for Summarize. It panics if there are no runs or
// a run has no position t.
func At(runs [][]float64, t int) []float64 {
	if len(runs) == 0 {
		panicf("At of no runs")
	}
	out := make([]float64, len(runs))
	for s, r := range runs {
		if t < 0 || t >= len(r) {
			panicf("At position %d of a run of %d values (run %d)", t, len(r), s+1)
		}
		out[s] = r[t]
	}
	return out
}

// TailMeans returns, for every run, the mean of its values from position
// from to its end: with a loss gap per epoch, the level a run hovers at once
// it has stopped improving (SGD's noise floor). It panics if there are no
// runs or a run has no values from there on.
func TailMeans(runs [][]float64, from int) []float64 {
	if len(runs) == 0 {
		panicf("TailMeans of no runs")
	}
	out := make([]float64, len(runs))
	for s, r := range runs {
		if from < 0 || from >= len(r) {
			panicf("TailMeans from position %d of a run of %d values (run %d)", from, len(r), s+1)
		}
		for _, v := range r[from:] {
			out[s] += v / float64(len(r)-from)
		}
	}
	return out
}

// EpochLosses trains a copy of net on d with the settings s (net is not
// changed) and returns the loss L on all of d after every epoch: the
// weights' loss, not History.TrainLoss's mean of the batch losses measured
// during the epoch. s.OnEpoch, if set, is called after the measurement.
// The error is Train's; it panics if net or d is nil.
func EpochLosses(net *mlp.Network, d *mlp.Dataset, s mlp.Settings) ([]float64, error) {
	if net == nil || d == nil {
		panicf("EpochLosses needs a network and a data set (got nil)")
	}
	var losses []float64
	user := s.OnEpoch
	s.OnEpoch = func(e mlp.EpochInfo) error {
		losses = append(losses, e.Net.Cost(d.X, d.Y))
		if user != nil {
			return user(e)
		}
		return nil
	}
	if _, err := net.Clone().Train(d, s); err != nil {
		return nil, err
	}
	return losses, nil
}

// mustSameLength panics unless there is at least one run, every run has
// the same length, and that length is not 0; fn names the function called.
func mustSameLength(fn string, runs [][]float64) {
	if len(runs) == 0 {
		panicf("%s of no runs", fn)
	}
	for s, r := range runs {
		if len(r) != len(runs[0]) {
			panicf("%s: run %d has %d values, run 1 has %d", fn, s+1, len(r), len(runs[0]))
		}
	}
	if len(runs[0]) == 0 {
		panicf("%s of runs of no values", fn)
	}
}
