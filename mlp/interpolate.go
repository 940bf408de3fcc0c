package mlp

import (
	"fmt"
	"math"
	"slices"
)

// Interpolate returns the network whose parameters lie at t on the straight
// line from a's to b's,
//
//	θ(t) = (1 − t) θ_a + t θ_b,
//
// so t = 0 gives a copy of a and t = 1 a copy of b. For a convex loss,
// L(θ(t)) ≤ max(L(θ_a), L(θ_b)) on the whole segment; a loss that rises
// above both ends somewhere in between is not convex. It is an error if the
// two networks do not have the same sizes, t is NaN or ±Inf, or a parameter
// of θ(t) is not a finite number (a NaN weight at an end, or an overflow).
func Interpolate(a, b *Network, t float64) (*Network, error) {
	if math.IsNaN(t) || math.IsInf(t, 0) {
		return nil, fmt.Errorf("mlp: Interpolate at t = %v, want a finite t (0 gives a, 1 gives b)", t)
	}
	if err := a.check(); err != nil {
		return nil, err
	}
	if err := b.check(); err != nil {
		return nil, err
	}
	if !slices.Equal(a.Sizes, b.Sizes) {
		return nil, fmt.Errorf("mlp: Interpolate between networks of sizes %s and %s, want the same", shortSizes(a.Sizes), shortSizes(b.Sizes))
	}
	ta, tb := a.Params(), b.Params()
	for i := range ta {
		ta[i] = (1-t)*ta[i] + t*tb[i]
	}
	c := a.Clone()
	if err := c.SetParams(ta); err != nil {
		return nil, err
	}
	if err := c.checkFinite(); err != nil {
		return nil, fmt.Errorf("mlp: Interpolate at t = %v: the %v, want a finite number", t, err)
	}
	return c, nil
}
