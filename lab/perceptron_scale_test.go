package lab

import (
	"math"
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

func TestScaleGap(t *testing.T) {
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	Y := mat.NewDense(4, 1, []float64{0, 0, 0, 1})
	train := func(alpha float64) *mlp.Perceptron {
		return mlp.TrainPerceptron(X, Y, mlp.PerceptronOptions{LearningRate: alpha})
	}
	one, quarter := train(1), train(0.25)
	// From zeros, α = 0.25 is the α = 1 run times 0.25, exactly.
	if gap := ScaleGap(quarter, one, 0.25); gap != 0 {
		t.Errorf("ScaleGap(α = 0.25, α = 1, 0.25) = %v; want 0", gap)
	}
	// With the wrong factor the gap is the largest |w − c·w1|: at the end
	// w = (0.5, 0.25), b = −0.75 against (2, 1), −3 times 1.
	if gap := ScaleGap(quarter, one, 1); math.Abs(gap-2.25) > 1e-15 {
		t.Errorf("ScaleGap with c = 1 = %v; want 2.25", gap)
	}
	short := *one
	short.History = short.History[:3]
	for _, tt := range []struct {
		p, ref *mlp.Perceptron
		c      float64
		want   string
	}{
		{nil, one, 1, "got nil"},
		{one, &short, 1, "runs of 6 and 2 epochs"},
		{one, one, math.NaN(), "factor NaN"},
	} {
		wantPanic(t, "ScaleGap", func() { ScaleGap(tt.p, tt.ref, tt.c) }, "lab: ScaleGap", tt.want)
	}
}
