package lab

import (
	"math"

	"gomlp.dev/internal/validate"
)

// SpreadEstimate is a spread measured from count random gradient estimates,
// with its standard error.
type SpreadEstimate struct {
	Spread, SE float64
}

// SpreadSE returns the spread of the gradient estimates gs around the full
// gradient (as mlp.GradientSpread) and the standard error of that
// measurement. With D_c² = ‖g_c − ∇L‖² for each of the count estimates,
//
//	spread = √( mean_c D_c² ),   SE ≈ sd_c(D_c²) / (2 · spread · √count),
//
// the second to first order (the delta method): a spread measured from
// count batches is uncertain by about SE, so a law it should follow is met
// when |spread − law| is a few SE. It panics if gs has fewer than two
// estimates, a length differs from full's, a value is NaN or ±Inf, or the
// spread is 0.
func SpreadSE(gs [][]float64, full []float64) SpreadEstimate {
	n := len(gs)
	if n < 2 {
		panicf("SpreadSE of %d gradients, want at least 2", n)
	}
	if j := validate.NonFinite(full); j >= 0 {
		panicf("SpreadSE: the full gradient's value %d is %v, want a finite number", j, full[j])
	}
	d2 := make([]float64, n)
	mean := 0.0
	for c, g := range gs {
		if len(g) != len(full) {
			panicf("SpreadSE: gradient %d has %d values, the full gradient %d", c, len(g), len(full))
		}
		if j := validate.NonFinite(g); j >= 0 {
			panicf("SpreadSE: gradient %d's value %d is %v, want a finite number", c, j, g[j])
		}
		for j := range g {
			d2[c] += (g[j] - full[j]) * (g[j] - full[j])
		}
		mean += d2[c] / float64(n)
	}
	if mean == 0 {
		panicf("SpreadSE: every estimate equals the full gradient (spread 0)")
	}
	ss := 0.0
	for _, v := range d2 {
		ss += (v - mean) * (v - mean)
	}
	sd := math.Sqrt(ss / float64(n-1))
	spread := math.Sqrt(mean)
	return SpreadEstimate{Spread: spread, SE: sd / (2 * spread * math.Sqrt(float64(n)))}
}
