// Package threshold holds the graded tests of exercises/threshold.
package threshold

import (
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	Z          func(w []float64, b float64, x []float64) float64
	Unit       func(w []float64, b float64, x []float64) float64
	BoundaryX2 func(w []float64, b, x1 float64) (float64, error)
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "threshold", Tests(impl)) }

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	return []grading.Test{
		{Name: "Z_hand", Run: func(c *grading.C) {
			// notebook 01's example: −0.5 + 0.5·2 − 1·0.5 + 2·1 = 2
			c.Close("Z((0.5,−1,2), −0.5, (2,0.5,1))", impl.Z([]float64{0.5, -1, 2}, -0.5, []float64{2, 0.5, 1}), 2, 1e-12)
			c.Close("Z((3), 1, (−2))", impl.Z([]float64{3}, 1, []float64{-2}), -5, 1e-12)
			c.Close("Z with no inputs", impl.Z(nil, 0.25, nil), 0.25, 1e-12)
		}},
		{Name: "Unit_hand", Run: func(c *grading.C) {
			c.Close("Unit((0.5,−1,2), −0.5, (2,0.5,1))", impl.Unit([]float64{0.5, -1, 2}, -0.5, []float64{2, 0.5, 1}), 1, 0)
			c.Close("Unit((1,1), −1.5, (1,0))", impl.Unit([]float64{1, 1}, -1.5, []float64{1, 0}), 0, 0)
			c.Close("Unit((1,1), −1.5, (1,1))", impl.Unit([]float64{1, 1}, -1.5, []float64{1, 1}), 1, 0)
		}},
		{Name: "Unit_at_zero", Run: func(c *grading.C) {
			// φ(0) = 1: the slide's step fires at z = 0 exactly
			c.Close("Unit((1,1), −1, (0.5,0.5)) (z = 0)", impl.Unit([]float64{1, 1}, -1, []float64{0.5, 0.5}), 1, 0)
			c.Close("Unit((2), 0, (0)) (z = 0)", impl.Unit([]float64{2}, 0, []float64{0}), 1, 0)
			c.Close("Unit((2), 0, (−1e-9))", impl.Unit([]float64{2}, 0, []float64{-1e-9}), 0, 0)
		}},
		{Name: "Boundary_line", Run: func(c *grading.C) {
			w, b := []float64{2, -4}, 1.0
			for _, x1 := range []float64{-3, 0, 0.5, 7} {
				x2, err := impl.BoundaryX2(w, b, x1)
				if err != nil {
					c.Fatalf("BoundaryX2((2,−4), 1, %g): unexpected error %v", x1, err)
				}
				// the point lies on the line: b + w·x = 0, whatever the order of operations
				c.Close("b + w₁x₁ + w₂x₂ on the boundary", b+w[0]*x1+w[1]*x2, 0, 1e-12)
			}
			x2, _ := impl.BoundaryX2([]float64{1, 1}, -1.5, 0)
			c.Close("BoundaryX2((1,1), −1.5, 0)", x2, 1.5, 1e-12)
		}},
		{Name: "Boundary_vertical", Run: func(c *grading.C) {
			if _, err := impl.BoundaryX2([]float64{1, 0}, 2, 0); err == nil {
				c.Errorf("BoundaryX2((1,0), 2, 0) returned no error: with w₂ = 0 there is no x₂ (vertical line)")
			}
		}},
	}
}
