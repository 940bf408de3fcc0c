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
		got, err := LineDistance(u, c.v)
		if err != nil || math.Abs(got-c.want) > 1e-12 {
			t.Errorf("LineDistance(%v, %v) = %v, %v; want %v", u, c.v, got, err, c.want)
		}
	}
	if _, err := LineDistance(u, &mlp.ThresholdUnit{W: []float64{0, 0}}); err == nil {
		t.Error("LineDistance with w = 0, b = 0: no error")
	}
	if _, err := LineDistance(u, &mlp.ThresholdUnit{W: []float64{1}}); err == nil {
		t.Error("LineDistance of units of different sizes: no error")
	}
}

func TestPerceptronStarts(t *testing.T) {
	and := data.TruthTable("and")
	opt := mlp.DefaultPerceptronOptions()
	zero, runs, err := PerceptronStarts(and.X, and.Y, opt, 1, 5)
	if err != nil {
		t.Fatal(err)
	}
	ref, _ := mlp.TrainPerceptron(and.X, and.Y, opt)
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
		p, _ := mlp.TrainPerceptron(and.X, and.Y, o)
		d, _ := LineDistance(&p.ThresholdUnit, &zero.ThresholdUnit)
		if r.Seed != uint64(i+1) || r.Epochs != p.Epochs() || r.Converged != p.Converged || r.Distance != d {
			t.Errorf("run %d = %+v; want seed %d, %d epochs, converged %v, distance %v",
				i, r, i+1, p.Epochs(), p.Converged, d)
		}
		if r.Converged && r.Accuracy != 1 {
			t.Errorf("run %d converged on AND with accuracy %v", i, r.Accuracy)
		}
	}
	if _, _, err := PerceptronStarts(and.X, and.Y, opt, 0, 5); err == nil {
		t.Error("scale 0: no error")
	}
	if _, _, err := PerceptronStarts(and.X, and.Y, opt, 1, 0); err == nil {
		t.Error("0 seeds: no error")
	}
}
