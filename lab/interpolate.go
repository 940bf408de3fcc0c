package lab

import (
	"slices"

	"gomlp.dev/internal/validate"
	"gomlp.dev/mlp"
)

// Interpolate returns the network whose parameters lie at t on the straight
// line from a's to b's,
//
//	θ(t) = (1 − t) θ_a + t θ_b,
//
// so t = 0 gives a copy of a and t = 1 a copy of b. For a convex loss,
// L(θ(t)) ≤ max(L(θ_a), L(θ_b)) on the whole segment; a loss that rises
// above both ends somewhere in between is not convex. It panics if a or b
// is nil or malformed, the two networks do not have the same sizes, t is
// NaN or ±Inf, or a parameter of θ(t) overflows float64.
func Interpolate(a, b *mlp.Network, t float64) *mlp.Network {
	if a == nil || b == nil {
		panicf("Interpolate of a nil network")
	}
	if !validate.Finite(t) {
		panicf("Interpolate at t = %v, want a finite t (0 gives a, 1 gives b)", t)
	}
	if !slices.Equal(a.Sizes, b.Sizes) {
		panicf("Interpolate between networks of sizes %s and %s, want the same", validate.Short(a.Sizes, "sizes"), validate.Short(b.Sizes, "sizes"))
	}
	ta, tb := a.Params(), b.Params()
	for i := range ta {
		ta[i] = (1-t)*ta[i] + t*tb[i]
		if !validate.Finite(ta[i]) {
			panicf("Interpolate at t = %v: parameter θ[%d] is %v: it overflows float64", t, i, ta[i])
		}
	}
	c := a.Clone()
	c.SetParams(ta)
	return c
}
