// Package perceptron holds the graded tests of exercises/perceptron.
package perceptron

import (
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	Update func(w []float64, b float64, x []float64, y, alpha float64) ([]float64, float64)
	Epoch  func(w []float64, b float64, X [][]float64, Y []float64, alpha float64) ([]float64, float64, int)
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "perceptron", Tests(impl)) }

// rule is the test's own perceptron rule, written independently.
func rule(w []float64, b float64, x []float64, y, alpha float64) ([]float64, float64, bool) {
	z := b
	for i := range w {
		z += w[i] * x[i]
	}
	yhat := 0.0
	if z >= 0 {
		yhat = 1
	}
	nw := append([]float64(nil), w...)
	for i := range nw {
		nw[i] += alpha * (y - yhat) * x[i]
	}
	return nw, b + alpha*(y-yhat), yhat != y
}

func closeVec(c *grading.C, what string, got, want []float64) {
	if len(got) != len(want) {
		c.Fatalf("%s has %d weights, want %d", what, len(got), len(want))
	}
	for i := range want {
		c.Close(what+"["+string(rune('0'+i))+"]", got[i], want[i], 1e-12)
	}
}

var andX = [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
var andY = []float64{0, 0, 0, 1}

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	return []grading.Test{
		{Name: "Update_hand", Run: func(c *grading.C) {
			// z = 0 → ŷ = 1, y = 0: w ← (0,0) + 0.5·(−1)·(1,2) = (−0.5,−1), b ← −0.5
			w, b := impl.Update([]float64{0, 0}, 0, []float64{1, 2}, 0, 0.5)
			closeVec(c, "w after Update((0,0), 0, (1,2), y=0, α=0.5)", w, []float64{-0.5, -1})
			c.Close("b after Update((0,0), 0, (1,2), y=0, α=0.5)", b, -0.5, 1e-12)
			// z = −1 + 0.2·3 = −0.4 → ŷ = 0, y = 1: w ← 0.2 + 0.1·3 = 0.5, b ← −0.9
			w, b = impl.Update([]float64{0.2}, -1, []float64{3}, 1, 0.1)
			closeVec(c, "w after Update((0.2), −1, (3), y=1, α=0.1)", w, []float64{0.5})
			c.Close("b after Update((0.2), −1, (3), y=1, α=0.1)", b, -0.9, 1e-12)
		}},
		{Name: "Update_when_right", Run: func(c *grading.C) {
			w, b := impl.Update([]float64{1, -2}, 0.5, []float64{3, 1}, 1, 0.7)
			closeVec(c, "w after a right answer", w, []float64{1, -2})
			c.Close("b after a right answer", b, 0.5, 0)
		}},
		{Name: "Update_keeps_inputs", Run: func(c *grading.C) {
			w, x := []float64{0, 0}, []float64{1, 2}
			impl.Update(w, 0, x, 0, 1)
			if w[0] != 0 || w[1] != 0 || x[0] != 1 || x[1] != 2 {
				c.Errorf("Update changed its inputs: w = %v, x = %v (return new weights instead)", w, x)
			}
		}},
		{Name: "Epoch_matches_rule", Run: func(c *grading.C) {
			X := [][]float64{{1, 0.5}, {-1, 2}, {0.3, -0.7}, {2, 2}, {-0.5, -1}}
			Y := []float64{1, 0, 1, 0, 1}
			w, b, errs := []float64{0.1, -0.2}, 0.05, 0
			for i := range X {
				var wrong bool
				w, b, wrong = rule(w, b, X[i], Y[i], 0.3)
				if wrong {
					errs++
				}
			}
			gw, gb, gerrs := impl.Epoch([]float64{0.1, -0.2}, 0.05, X, Y, 0.3)
			closeVec(c, "w after one epoch", gw, w)
			c.Close("b after one epoch", gb, b, 1e-12)
			if gerrs != errs {
				c.Errorf("Epoch counted %d errors, want %d", gerrs, errs)
			}
		}},
		{Name: "Epoch_learns_AND", Run: func(c *grading.C) {
			w, b := []float64{0, 0}, 0.0
			for epoch := 1; epoch <= 50; epoch++ {
				var errs int
				w, b, errs = impl.Epoch(w, b, andX, andY, 1)
				if errs == 0 {
					for i, x := range andX {
						if _, _, wrong := rule(w, b, x, andY[i], 1); wrong {
							c.Fatalf("Epoch reported 0 errors but w = %v, b = %g gets AND%v wrong", w, b, x)
						}
					}
					return
				}
			}
			c.Errorf("50 epochs from w = 0, b = 0, α = 1 did not learn AND (the rule converges in a few)")
		}},
	}
}
