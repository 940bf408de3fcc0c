// Package bump holds the graded tests of exercises/bump.
package bump

import (
	"fmt"
	"math"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	Bump   func(x, left, right, height, k float64) float64
	Approx func(f func(float64) float64, lo, hi float64, n int, k float64) func(float64) float64
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "bump", Tests(impl)) }

func sigma(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	return []grading.Test{
		{Name: "Bump_hand", Run: func(c *grading.C) {
			// 2·(σ(3·(0.5−0)) − σ(3·(0.5−1))) = 2·(σ(1.5) − σ(−1.5))
			c.Close("Bump(0.5, 0, 1, 2, 3)", impl.Bump(0.5, 0, 1, 2, 3), 2*(sigma(1.5)-sigma(-1.5)), 1e-14)
			c.Close("Bump(2, 0, 1, 1, 1)", impl.Bump(2, 0, 1, 1, 1), sigma(2)-sigma(1), 1e-14)
		}},
		{Name: "Bump_shape", Run: func(c *grading.C) {
			c.Close("Bump(0.5, 0, 1, 3, 200) (inside)", impl.Bump(0.5, 0, 1, 3, 200), 3, 1e-9)
			c.Close("Bump(−0.5, 0, 1, 3, 200) (left of it)", impl.Bump(-0.5, 0, 1, 3, 200), 0, 1e-9)
			c.Close("Bump(1.5, 0, 1, 3, 200) (right of it)", impl.Bump(1.5, 0, 1, 3, 200), 0, 1e-9)
			c.Close("Bump(1000, 0, 1, 3, 200) (far right)", impl.Bump(1000, 0, 1, 3, 200), 0, 1e-9)
			c.Close("Bump(−1000, 0, 1, 3, 200) (far left)", impl.Bump(-1000, 0, 1, 3, 200), 0, 1e-9)
		}},
		{Name: "Approx_constant", Run: func(c *grading.C) {
			g := impl.Approx(func(float64) float64 { return 2 }, 0, 1, 10, 500)
			for _, x := range []float64{0.13, 0.5, 0.77} {
				c.Close(fmt.Sprintf("Approx(2, [0,1], 10 bumps)(%g)", x), g(x), 2, 1e-6)
			}
		}},
		{Name: "Approx_sine", Run: func(c *grading.C) {
			g := impl.Approx(math.Sin, 0, 2*math.Pi, 100, 2000)
			worst, at := 0.0, 0.0
			for x := 0.1; x < 2*math.Pi-0.1; x += 0.01 {
				if e := math.Abs(g(x) - math.Sin(x)); !(e <= worst) {
					worst, at = e, x
				}
			}
			if worst > 0.1 {
				c.Errorf("100 bumps approximate sin on [0, 2π] with error %.3g at x = %.2f, want < 0.1", worst, at)
			}
		}},
	}
}
