package lab

import (
	"math"
	"testing"

	"gomlp.dev/mlp"
)

// TestLossesAfter: on a quadratic, GD's loss after a few steps falls as α
// grows below 1/λ_max and rises past α_c = 2/λ_max; a run that overflows
// is +Inf, and FirstRise finds the first α past α_c.
func TestLossesAfter(t *testing.T) {
	net, d := line(t)
	alphaC, _ := DivergenceThreshold(d.X) // 2/λ_max
	s := mlp.Settings{Epochs: 5, BatchSize: mlp.FullBatch}
	alphas := []float64{0.1 * alphaC, 0.3 * alphaC, 1.5 * alphaC, 3 * alphaC, 1e200}
	got, err := LossesAfter(net, d, s, alphas)
	if err != nil {
		t.Fatal(err)
	}
	if !(got[0] > got[1]) || !(got[3] > got[2]) || !math.IsInf(got[4], 1) {
		t.Errorf("losses %v for α = %v: want a fall, then a rise past α_c = %v, then +Inf", got, alphas, alphaC)
	}
	if k := FirstRise(got); k != 2 {
		t.Errorf("FirstRise(%v) = %d, want 2", got, k)
	}
	for _, c := range []struct {
		l    []float64
		want int
	}{{[]float64{3, 2, 1}, -1}, {[]float64{1, 2}, 1}, {[]float64{2, 1, 1, 3}, 3}, {nil, -1}} {
		if k := FirstRise(c.l); k != c.want {
			t.Errorf("FirstRise(%v) = %d, want %d", c.l, k, c.want)
		}
	}
}
