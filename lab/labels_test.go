package lab

import (
	"math"
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

func TestRandomLabels(t *testing.T) {
	const n, k = 5000, 10
	d := &mlp.Dataset{X: mat.NewDense(n, 2, nil)}
	r := RandomLabels(d, k, 3)
	if r.X != d.X {
		t.Error("the inputs were copied or changed")
	}
	counts := make([]float64, k)
	for i, l := range r.Labels {
		if l < 0 || l >= k || r.Y.At(i, l) != 1 {
			t.Fatalf("example %d: label %d, one-hot row %v", i, l, mat.Row(nil, i, r.Y))
		}
		counts[l]++
	}
	// Uniform: each class about n/k = 500 times; 5 standard deviations ≈ 106.
	for c, m := range counts {
		if math.Abs(m-n/k) > 5*math.Sqrt(n*0.1*0.9) {
			t.Errorf("class %d drawn %v times of %d, want about %d", c, m, n, n/k)
		}
	}
	again := RandomLabels(d, k, 3)
	other := RandomLabels(d, k, 4)
	same, diff := true, false
	for i := range n {
		same = same && again.Labels[i] == r.Labels[i]
		diff = diff || other.Labels[i] != r.Labels[i]
	}
	if !same || !diff {
		t.Errorf("seeded: same seed same labels %v, another seed other labels %v", same, diff)
	}
	wantPanic(t, "RandomLabels with 1 class", func() { RandomLabels(d, 1, 1) }, "lab: ", "RandomLabels with 1 classes, want at least 2")
}
