// Package mse holds the graded tests of exercises/mse.
package mse

import (
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	ECM      func(yhat, y []float64) float64
	Gradient func(w []float64, b float64, X [][]float64, y []float64) ([]float64, float64)
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "mse", Tests(impl)) }

var (
	dataX = [][]float64{{1, 2}, {0, -1}, {3, 0.5}, {-2, 1}}
	dataY = []float64{1, -0.5, 2, 0}
)

// loss is the test's own ECM of the linear neuron, for central differences.
func loss(w []float64, b float64) float64 {
	s := 0.0
	for i, x := range dataX {
		d := b + w[0]*x[0] + w[1]*x[1] - dataY[i]
		s += d * d
	}
	return s / (2 * float64(len(dataX)))
}

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	return []grading.Test{
		{Name: "ECM_hand", Run: func(c *grading.C) {
			// (1/(2·2))·((3−1)² + (0−1)²) = 5/4
			c.Close("ECM((3,0), (1,1))", impl.ECM([]float64{3, 0}, []float64{1, 1}), 1.25, 1e-12)
			c.Close("ECM of a perfect fit", impl.ECM([]float64{0.5, -2}, []float64{0.5, -2}), 0, 1e-15)
		}},
		{Name: "ECM_is_a_mean", Run: func(c *grading.C) {
			one := impl.ECM([]float64{3}, []float64{1})
			four := impl.ECM([]float64{3, 3, 3, 3}, []float64{1, 1, 1, 1})
			c.Close("ECM((3),(1)) (= (1/2)·2²)", one, 2, 1e-12)
			c.Close("ECM of the same error four times (a mean, ERRATA 1)", four, 2, 1e-12)
		}},
		{Name: "Gradient_hand", Run: func(c *grading.C) {
			// w = (1), b = 0, X = (1),(2), y = (0),(0): ŷ − y = (1, 2);
			// ∂w = (1·1 + 2·2)/2 = 2.5, ∂b = (1 + 2)/2 = 1.5
			gw, gb := impl.Gradient([]float64{1}, 0, [][]float64{{1}, {2}}, []float64{0, 0})
			if len(gw) != 1 {
				c.Fatalf("Gradient returned %d weight components, want 1", len(gw))
			}
			c.Close("∂ECM/∂w", gw[0], 2.5, 1e-12)
			c.Close("∂ECM/∂b", gb, 1.5, 1e-12)
		}},
		{Name: "Gradient_central_differences", Run: func(c *grading.C) {
			w, b, h := []float64{0.3, -0.8}, 0.2, 1e-5
			gw, gb := impl.Gradient(w, b, dataX, dataY)
			if len(gw) != 2 {
				c.Fatalf("Gradient returned %d weight components, want 2", len(gw))
			}
			for j := range w {
				wp := append([]float64(nil), w...)
				wm := append([]float64(nil), w...)
				wp[j] += h
				wm[j] -= h
				c.Close("∂ECM/∂w["+string(rune('0'+j))+"] against central differences", gw[j], (loss(wp, b)-loss(wm, b))/(2*h), 1e-6)
			}
			c.Close("∂ECM/∂b against central differences", gb, (loss(w, b+h)-loss(w, b-h))/(2*h), 1e-6)
		}},
	}
}
