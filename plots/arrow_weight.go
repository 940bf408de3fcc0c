package plots

import (
	"math"
)

// NewWeightArrow returns the arrow of a two-input unit's weight vector w,
// labelled "w", drawn from its boundary line w·x + b = 0: it starts at
// x* = −b·w/‖w‖², the point of the line closest to the origin, and has
// length 1 in the direction of w, which points into the side where the
// unit answers 1 (z = w·x + b grows by ‖w‖ along it).
//
// It returns an error if w does not have two finite entries, w = 0 (no
// line), or b is not finite.
func NewWeightArrow(w []float64, b float64) (*Arrow, error) {
	if len(w) != 2 {
		return nil, errorf("weight arrow needs 2 weights, got %d", len(w))
	}
	if !finite(w[0]) || !finite(w[1]) || !finite(b) {
		return nil, errorf("weight arrow of w = %v, b = %v is not finite", w, b)
	}
	norm := math.Hypot(w[0], w[1])
	if norm == 0 {
		return nil, errorf("weight arrow of w = %v: no line when w = 0", w)
	}
	x0, y0 := -b*w[0]/(norm*norm), -b*w[1]/(norm*norm)
	a, err := NewArrow(x0, y0, x0+w[0]/norm, y0+w[1]/norm)
	if err != nil {
		return nil, err
	}
	a.Label = "w"
	return a, nil
}
