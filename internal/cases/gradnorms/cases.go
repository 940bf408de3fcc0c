// Package gradnorms holds the graded tests of exercises/gradnorms.
package gradnorms

import (
	"fmt"
	"math"
	"testing"

	"gomlp.dev/internal/grading"
	"gonum.org/v1/gonum/mat"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	Norms  func(gs []*mat.Dense) []float64
	Speeds func(deltas []*mat.Dense) []float64
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "gradnorms", Tests(impl)) }

func vec(c *grading.C, what string, got, want []float64) {
	if len(got) != len(want) {
		c.Fatalf("%s has %d entries, want %d (one per layer)", what, len(got), len(want))
	}
	for l := range want {
		c.Close(fmt.Sprintf("%s[%d]", what, l), got[l], want[l], 1e-12)
	}
}

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	gs := []*mat.Dense{
		mat.NewDense(2, 2, []float64{3, 0, 0, 4}), // 5
		mat.NewDense(1, 3, []float64{1, 2, 2}),    // 3
		mat.NewDense(2, 1, []float64{-0.6, 0.8}),  // 1
	}
	return []grading.Test{
		{Name: "Norms_hand", Run: func(c *grading.C) {
			vec(c, "Norms", impl.Norms(gs), []float64{5, 3, 1})
		}},
		{Name: "Norms_scale", Run: func(c *grading.C) {
			var s mat.Dense
			s.Scale(-2.5, gs[1])
			vec(c, "Norms(−2.5·G)", impl.Norms([]*mat.Dense{&s}), []float64{7.5})
		}},
		{Name: "Speeds_hand", Run: func(c *grading.C) {
			// rows (1,2), (3,−2): mean (2, 0) → 2; rows (0.5), (−1.5), (4): mean 1 → 1
			d := []*mat.Dense{mat.NewDense(2, 2, []float64{1, 2, 3, -2}), mat.NewDense(3, 1, []float64{0.5, -1.5, 4})}
			vec(c, "Speeds", impl.Speeds(d), []float64{2, 1})
		}},
		{Name: "Speeds_are_bias_gradients", Run: func(c *grading.C) {
			// the speed of one example is ‖δ‖ itself; of a batch, the norm of the mean
			d := mat.NewDense(1, 4, []float64{1, -1, 1, -1})
			vec(c, "Speeds of one example", impl.Speeds([]*mat.Dense{d}), []float64{2})
			opp := mat.NewDense(2, 2, []float64{1, 5, -1, -5})
			vec(c, "Speeds of δ rows that cancel", impl.Speeds([]*mat.Dense{opp}), []float64{0})
			if got := impl.Speeds([]*mat.Dense{opp}); len(got) == 1 && math.IsNaN(got[0]) {
				c.Errorf("Speeds is NaN")
			}
		}},
	}
}
