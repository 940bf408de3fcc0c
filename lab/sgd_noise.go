package lab

import (
	"fmt"

	"gomlp.dev/mlp"
)

// Runs calls run once for each seed 1, 2, …, seeds and returns what each
// call returns (a curve: one value per epoch, say), in the order of the
// seeds. It is an error if seeds < 1 or a run fails (the error names the
// seed).
func Runs(seeds int, run func(seed uint64) ([]float64, error)) ([][]float64, error) {
	if seeds < 1 {
		return nil, fmt.Errorf("lab: Runs over %d seeds, want at least 1", seeds)
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
// the curve of the average run. It is an error if there are no runs or
// they differ in length.
func MeanCurve(runs [][]float64) ([]float64, error) {
	if err := sameLength(runs); err != nil {
		return nil, err
	}
	mean := make([]float64, len(runs[0]))
	for _, r := range runs {
		for t, v := range r {
			mean[t] += v / float64(len(runs))
		}
	}
	return mean, nil
}

// At returns runs[s][t] for every run s: the values at one position (an
// epoch) over the seeds, for Summarize. It is an error if a run has no
// position t.
func At(runs [][]float64, t int) ([]float64, error) {
	if len(runs) == 0 {
		return nil, fmt.Errorf("lab: At of no runs")
	}
	out := make([]float64, len(runs))
	for s, r := range runs {
		if t < 0 || t >= len(r) {
			return nil, fmt.Errorf("lab: At position %d of a run of %d values (run %d)", t, len(r), s+1)
		}
		out[s] = r[t]
	}
	return out, nil
}

// TailMeans returns, for every run, the mean of its values from position
// from to its end: with a loss gap per epoch, the level a run hovers at once
// it has stopped improving (SGD's noise floor). It is an error if a run
// has no values from there on.
func TailMeans(runs [][]float64, from int) ([]float64, error) {
	if len(runs) == 0 {
		return nil, fmt.Errorf("lab: TailMeans of no runs")
	}
	out := make([]float64, len(runs))
	for s, r := range runs {
		if from < 0 || from >= len(r) {
			return nil, fmt.Errorf("lab: TailMeans from position %d of a run of %d values (run %d)", from, len(r), s+1)
		}
		for _, v := range r[from:] {
			out[s] += v / float64(len(r)-from)
		}
	}
	return out, nil
}

// EpochLosses trains a copy of net on d with the settings s (net is not
// changed) and returns the loss L on all of d after every epoch: the
// weights' loss, not History.TrainLoss's mean of the batch losses measured
// during the epoch. s.OnEpoch, if set, is called after the measurement.
// Errors are Train's and Cost's.
func EpochLosses(net *mlp.Network, d *mlp.Dataset, s mlp.Settings) ([]float64, error) {
	var losses []float64
	user := s.OnEpoch
	s.OnEpoch = func(e mlp.EpochInfo) error {
		l, err := e.Net.Cost(d.X, d.Y)
		if err != nil {
			return err
		}
		losses = append(losses, l)
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

func sameLength(runs [][]float64) error {
	if len(runs) == 0 {
		return fmt.Errorf("lab: no runs")
	}
	for s, r := range runs {
		if len(r) != len(runs[0]) {
			return fmt.Errorf("lab: run %d has %d values, run 1 has %d", s+1, len(r), len(runs[0]))
		}
	}
	if len(runs[0]) == 0 {
		return fmt.Errorf("lab: runs of no values")
	}
	return nil
}
