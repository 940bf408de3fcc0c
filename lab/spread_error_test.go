package lab

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestSpreadSE: a hand computation, and the standard error against the
// scatter of the spread over many independent measurements.
func TestSpreadSE(t *testing.T) {
	// D² = 1, 1, 4, 4: mean 2.5, sample variance 3.
	gs := [][]float64{{1, 0}, {-1, 0}, {0, 2}, {0, -2}}
	got := SpreadSE(gs, []float64{0, 0})
	want := SpreadEstimate{Spread: math.Sqrt(2.5), SE: math.Sqrt(3) / (2 * math.Sqrt(2.5) * 2)}
	if math.Abs(got.Spread-want.Spread) > 1e-15 || math.Abs(got.SE-want.SE) > 1e-15 {
		t.Errorf("SpreadSE = %+v, want %+v", got, want)
	}

	// 400 measurements of 500 normal 2-vectors each: the spreads scatter
	// by about the SE that each measurement reports.
	rng := rand.New(rand.NewPCG(1, 2))
	var spreads, ses []float64
	for range 400 {
		gs := make([][]float64, 500)
		for c := range gs {
			gs[c] = []float64{rng.NormFloat64(), 3 * rng.NormFloat64()}
		}
		e := SpreadSE(gs, []float64{0, 0})
		spreads, ses = append(spreads, e.Spread), append(ses, e.SE)
	}
	m, sd := meanSD(spreads)
	mse, _ := meanSD(ses)
	if math.Abs(sd/mse-1) > 0.15 { // sd of 400 values: about 4 % uncertain
		t.Errorf("spreads scatter by %.4f (mean %.4f), the reported SE is %.4f", sd, m, mse)
	}

	wantPanic(t, "one gradient", func() { SpreadSE(gs[:1], []float64{0, 0}) }, "lab: ", "SpreadSE of 1 gradients, want at least 2")
	wantPanic(t, "a short gradient", func() { SpreadSE([][]float64{{1}, {2, 3}}, []float64{0, 0}) }, "lab: ", "SpreadSE: gradient 0 has 1 values, the full gradient 2")
	wantPanic(t, "spread 0", func() { SpreadSE([][]float64{{1, 1}, {1, 1}}, []float64{1, 1}) }, "lab: ", "SpreadSE: every estimate equals the full gradient (spread 0)")
}

func meanSD(xs []float64) (mean, sd float64) {
	for _, x := range xs {
		mean += x / float64(len(xs))
	}
	for _, x := range xs {
		sd += (x - mean) * (x - mean)
	}
	return mean, math.Sqrt(sd / float64(len(xs)-1))
}
