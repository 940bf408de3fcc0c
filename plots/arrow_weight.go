package plots

import (
	"math"

	"gomlp.dev/internal/validate"
)

// NewWeightArrow returns the arrow of a two-input unit's weight vector w,
// labelled "w", drawn from its boundary line w·x + b = 0: it starts at
// x* = −b·w/‖w‖², the point of the line closest to the origin, and has
// length 1 in the direction of w, which points into the side where the
// unit answers 1 (z = w·x + b grows by ‖w‖ along it).
//
// It panics if w does not have two finite entries, w = 0 (no line), or b
// is not finite.
func NewWeightArrow(w []float64, b float64) *Arrow {
	const fn = "NewWeightArrow"
	if len(w) != 2 {
		fail(fn, nil, "%d weights, want 2", len(w))
	}
	if validate.NonFinite([]float64{w[0], w[1], b}) >= 0 {
		fail(fn, ErrNonFinite, "w = %v, b = %v is not finite", w, b)
	}
	norm := math.Hypot(w[0], w[1])
	if norm == 0 {
		fail(fn, nil, "w = %v: no line when w = 0", w)
	}
	x0, y0 := -b*w[0]/(norm*norm), -b*w[1]/(norm*norm)
	a := newArrow(fn, x0, y0, x0+w[0]/norm, y0+w[1]/norm)
	a.Label = "w"
	return a
}
