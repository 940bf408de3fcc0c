package lab

import (
	"errors"
	"slices"
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

func TestRunsMeanAtTail(t *testing.T) {
	runs, err := Runs(3, func(seed uint64) ([]float64, error) {
		s := float64(seed)
		return []float64{s, 2 * s, 10 * s}, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if want := [][]float64{{1, 2, 10}, {2, 4, 20}, {3, 6, 30}}; !slices.EqualFunc(runs, want, slices.Equal) {
		t.Fatalf("Runs = %v, want %v", runs, want)
	}
	if mean := MeanCurve(runs); !slices.Equal(mean, []float64{2, 4, 20}) {
		t.Errorf("MeanCurve = %v; want [2 4 20]", mean)
	}
	if at := At(runs, 1); !slices.Equal(at, []float64{2, 4, 6}) {
		t.Errorf("At(1) = %v; want [2 4 6]", at)
	}
	if tail := TailMeans(runs, 1); !slices.Equal(tail, []float64{6, 12, 18}) { // (2+10)/2, (4+20)/2, (6+30)/2
		t.Errorf("TailMeans(1) = %v; want [6 12 18]", tail)
	}
}

func TestRunsErrors(t *testing.T) {
	wantPanic(t, "Runs(0)", func() { Runs(0, nil) }, "lab: ", "Runs over 0 seeds")
	boom := errors.New("boom")
	_, err := Runs(3, func(seed uint64) ([]float64, error) {
		if seed == 2 {
			return nil, boom
		}
		return []float64{1}, nil
	})
	if !errors.Is(err, boom) {
		t.Errorf("Runs with a failing seed 2: got %v, want it wrapped", err)
	}
	wantPanic(t, "MeanCurve of unequal runs", func() { MeanCurve([][]float64{{1, 2}, {1}}) }, "lab: ", "MeanCurve: run 2 has 1 values, run 1 has 2")
	wantPanic(t, "MeanCurve of no runs", func() { MeanCurve(nil) }, "lab: ", "MeanCurve of no runs")
	wantPanic(t, "At past the end", func() { At([][]float64{{1}}, 1) }, "lab: ", "At position 1 of a run of 1 values (run 1)")
	wantPanic(t, "TailMeans past the end", func() { TailMeans([][]float64{{1}}, 1) }, "lab: ", "TailMeans from position 1 of a run of 1 values (run 1)")
}

// line returns a linear neuron at θ = (0, 0) and N = 8 points of y = 2x − 1.
func line(t *testing.T) (*mlp.Network, *mlp.Dataset) {
	t.Helper()
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{1, 1}, Output: mlp.Identity})
	net.SetParams([]float64{0, 0})
	x := []float64{-1, -0.75, -0.5, -0.25, 0.25, 0.5, 0.75, 1}
	y := make([]float64, len(x))
	for i, v := range x {
		y[i] = 2*v - 1
	}
	return net, &mlp.Dataset{X: mat.NewDense(8, 1, x), Y: mat.NewDense(8, 1, y)}
}

// TestEpochLosses: the losses are those of a network trained epoch by epoch
// by Train itself, and net is left as it was.
func TestEpochLosses(t *testing.T) {
	net, d := line(t)
	s := mlp.Settings{Epochs: 4, BatchSize: 3, LearningRate: 0.3, Seed: 5}
	calls := 0
	s.OnEpoch = func(mlp.EpochInfo) error { calls++; return nil }
	got, err := EpochLosses(net, d, s)
	if err != nil {
		t.Fatal(err)
	}
	if calls != 4 {
		t.Errorf("the caller's OnEpoch ran %d times, want 4", calls)
	}
	if p := net.Params(); p[0] != 0 || p[1] != 0 {
		t.Errorf("net changed to θ = %v", p)
	}
	for e := 1; e <= 4; e++ { // train e epochs from scratch: the same shuffles, so the same weights
		c := net.Clone()
		s := mlp.Settings{Epochs: e, BatchSize: 3, LearningRate: 0.3, Seed: 5}
		if _, err := c.Train(d, s); err != nil {
			t.Fatal(err)
		}
		want := c.Cost(d.X, d.Y)
		if got[e-1] != want {
			t.Errorf("epoch %d: loss %v, want %v", e, got[e-1], want)
		}
	}
}
