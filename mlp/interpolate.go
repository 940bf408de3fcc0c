package mlp

import "fmt"

// Interpolate returns the network whose parameters lie at t on the straight
// line from a's to b's,
//
//	θ(t) = (1 − t) θ_a + t θ_b,
//
// so t = 0 gives a copy of a and t = 1 a copy of b. For a convex loss,
// L(θ(t)) ≤ max(L(θ_a), L(θ_b)) on the whole segment; a loss that rises
// above both ends somewhere in between is not convex. It is an error if the
// two networks do not have the same sizes.
func Interpolate(a, b *Network, t float64) (*Network, error) {
	if err := a.check(); err != nil {
		return nil, err
	}
	if err := b.check(); err != nil {
		return nil, err
	}
	if fmt.Sprint(a.Sizes) != fmt.Sprint(b.Sizes) {
		return nil, fmt.Errorf("mlp: Interpolate between networks of sizes %v and %v, want the same", a.Sizes, b.Sizes)
	}
	ta, tb := a.Params(), b.Params()
	for i := range ta {
		ta[i] = (1-t)*ta[i] + t*tb[i]
	}
	c := a.Clone()
	if err := c.SetParams(ta); err != nil {
		return nil, err
	}
	return c, nil
}
