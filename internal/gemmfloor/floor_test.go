package gemmfloor

import (
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"
)

// TestRun: the floor's products are the step's products, as mat.Dense.Mul
// computes them, for a result of more than 64 rows (the 784×30 gradient).
func TestRun(t *testing.T) {
	sizes := []int{100, 70, 3}
	X := mat.NewDense(5, 100, nil)
	for i := range 5 {
		X.Set(i, 7*i, float64(i+1)) // a sparse batch
	}
	s := NewStep(sizes, X)
	s.Run()
	for l := range s.wt {
		var z, g mat.Dense
		z.Mul(s.a[l], s.wt[l])
		g.Mul(s.a[l].T(), s.d[l])
		if !mat.EqualApprox(&z, s.z[l], 1e-12) || !mat.EqualApprox(&g, s.gt[l], 1e-12) {
			t.Errorf("layer %d: Z or Aᵀ Δ differs from Mul", l+1)
		}
		if l > 0 {
			var d mat.Dense
			d.Mul(s.d[l], s.wt[l].T())
			if !mat.EqualApprox(&d, s.dp[l], 1e-12) {
				t.Errorf("layer %d: Δ W differs from Mul", l+1)
			}
		}
	}
}

// TestRatio: the ratio of a function that takes about twice as long as
// another is about 2 (within a factor 1.5 each way, for a busy machine).
func TestRatio(t *testing.T) {
	spin := func(d time.Duration) func() {
		return func() {
			for start := time.Now(); time.Since(start) < d; {
			}
		}
	}
	r, w, f := Ratio(spin(200*time.Microsecond), spin(100*time.Microsecond), 20)
	if r < 2/1.5 || r > 2*1.5 || w < 200*time.Microsecond || f < 100*time.Microsecond {
		t.Errorf("ratio %.2f of %v and %v, want about 2", r, w, f)
	}
}
