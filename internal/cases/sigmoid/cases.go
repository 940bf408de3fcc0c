// Package sigmoid holds the graded tests of exercises/sigmoid.
package sigmoid

import (
	"fmt"
	"math"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	Sigmoid func(z float64) float64
	ECB     func(p, y []float64) float64
	GradZ   func(z, y []float64) []float64
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "sigmoid", Tests(impl)) }

// ecbOfZ is the test's own ECB of σ(z), for central differences.
func ecbOfZ(z, y []float64) float64 {
	s := 0.0
	for i := range z {
		p := 1 / (1 + math.Exp(-z[i]))
		s += y[i]*math.Log(p) + (1-y[i])*math.Log(1-p)
	}
	return -s / float64(len(z))
}

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	return []grading.Test{
		{Name: "Sigmoid_values", Run: func(c *grading.C) {
			c.Close("σ(0)", impl.Sigmoid(0), 0.5, 1e-15)
			c.Close("σ(ln 3) (= 3/4)", impl.Sigmoid(math.Log(3)), 0.75, 1e-14)
			for _, z := range []float64{-3, -0.5, 1, 4} {
				c.Close(fmt.Sprintf("σ(%g) + σ(%g) (= 1)", z, -z), impl.Sigmoid(z)+impl.Sigmoid(-z), 1, 1e-14)
			}
		}},
		{Name: "Sigmoid_extremes", Run: func(c *grading.C) {
			c.Close("σ(1000)", impl.Sigmoid(1000), 1, 0)
			c.Close("σ(−1000)", impl.Sigmoid(-1000), 0, 0)
			c.Close("σ(−40) (relative)", impl.Sigmoid(-40)/math.Exp(-40), 1, 1e-12)
		}},
		{Name: "ECB_hand", Run: func(c *grading.C) {
			// −(1/2)(log 0.8 + log(1 − 0.4))
			c.Close("ECB((0.8, 0.4), (1, 0))", impl.ECB([]float64{0.8, 0.4}, []float64{1, 0}), -(math.Log(0.8)+math.Log(0.6))/2, 1e-12)
			c.Close("ECB((0.5), (1)) (= ln 2)", impl.ECB([]float64{0.5}, []float64{1}), math.Ln2, 1e-12)
		}},
		{Name: "GradZ_central_differences", Run: func(c *grading.C) {
			z, y, h := []float64{0.3, -1.2, 2.5, 0}, []float64{1, 0, 0, 1}, 1e-5
			g := impl.GradZ(z, y)
			if len(g) != len(z) {
				c.Fatalf("GradZ returned %d components, want %d", len(g), len(z))
			}
			for i := range z {
				zp := append([]float64(nil), z...)
				zm := append([]float64(nil), z...)
				zp[i] += h
				zm[i] -= h
				c.Close(fmt.Sprintf("∂ECB/∂z[%d] against central differences", i), g[i], (ecbOfZ(zp, y)-ecbOfZ(zm, y))/(2*h), 1e-7)
			}
		}},
	}
}
