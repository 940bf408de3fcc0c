package lab

import (
	"math"
	"testing"

	"gomlp.dev/data"
	"gomlp.dev/mlp"
)

func TestLineDistance(t *testing.T) {
	u := &mlp.ThresholdUnit{W: []float64{1, 2}, B: -2}
	cases := []struct {
		v    *mlp.ThresholdUnit
		want float64
	}{
		{&mlp.ThresholdUnit{W: []float64{3, 6}, B: -6}, 0},                // the same line, scaled
		{&mlp.ThresholdUnit{W: []float64{-1, -2}, B: 2}, 2},               // sides swapped
		{&mlp.ThresholdUnit{W: []float64{0, 0}, B: 3}, math.Sqrt(30) / 3}, // (1, 2, −2)/3 − (0, 0, 1)
	}
	for _, c := range cases {
		if got := LineDistance(u, c.v); math.Abs(got-c.want) > 1e-12 {
			t.Errorf("LineDistance(%v, %v) = %v; want %v", u, c.v, got, c.want)
		}
	}
	wantPanic(t, "LineDistance with w = 0, b = 0", func() { LineDistance(u, &mlp.ThresholdUnit{W: []float64{0, 0}}) }, "lab: ", "LineDistance of a unit with w = 0 and b = 0 (no line)")
	wantPanic(t, "LineDistance of units of different sizes", func() { LineDistance(u, &mlp.ThresholdUnit{W: []float64{1}}) }, "lab: ", "LineDistance of units with 2 and 1 weights")
}

func TestPerceptronStarts(t *testing.T) {
	and := data.TruthTable("and")
	opt := mlp.PerceptronOptions{}
	zero, runs := PerceptronStarts(and.X, and.Y, opt, 1, 5)
	ref := mlp.TrainPerceptron(and.X, and.Y, opt)
	if zero.Epochs() != ref.Epochs() || zero.B != ref.B {
		t.Errorf("zero start: %d epochs, b = %v; TrainPerceptron from zeros: %d epochs, b = %v",
			zero.Epochs(), zero.B, ref.Epochs(), ref.B)
	}
	if len(runs) != 5 {
		t.Fatalf("%d runs, want 5", len(runs))
	}
	for i, r := range runs {
		o := opt
		o.InitScale, o.Seed = 1, uint64(i+1)
		p := mlp.TrainPerceptron(and.X, and.Y, o)
		d := LineDistance(&p.ThresholdUnit, &zero.ThresholdUnit)
		if r.Seed != uint64(i+1) || r.Epochs != p.Epochs() || r.Converged != p.Converged || r.Distance != d {
			t.Errorf("run %d = %+v; want seed %d, %d epochs, converged %v, distance %v",
				i, r, i+1, p.Epochs(), p.Converged, d)
		}
		if r.Converged && r.Accuracy != 1 {
			t.Errorf("run %d converged on AND with accuracy %v", i, r.Accuracy)
		}
	}
	wantPanic(t, "scale 0", func() { PerceptronStarts(and.X, and.Y, opt, 0, 5) }, "lab: ", "PerceptronStarts with 5 seeds and scale 0")
	wantPanic(t, "0 seeds", func() { PerceptronStarts(and.X, and.Y, opt, 1, 0) }, "lab: ", "PerceptronStarts with 0 seeds")
}
