// Package softmax holds the graded tests of exercises/softmax.
package softmax

import (
	"fmt"
	"math"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	Softmax func(z []float64) []float64
	ECC     func(P, Y [][]float64) float64
	GradZ   func(Z, Y [][]float64) [][]float64
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "softmax", Tests(impl)) }

// eccOfZ is the test's own ECC of softmax(Z) by log-sum-exp.
func eccOfZ(Z, Y [][]float64) float64 {
	s := 0.0
	for i, z := range Z {
		m := math.Inf(-1)
		for _, v := range z {
			m = math.Max(m, v)
		}
		lse := 0.0
		for _, v := range z {
			lse += math.Exp(v - m)
		}
		lse = m + math.Log(lse)
		for k := range z {
			s += Y[i][k] * (z[k] - lse)
		}
	}
	return -s / float64(len(Z))
}

func vec(c *grading.C, what string, got, want []float64, tol float64) {
	if len(got) != len(want) {
		c.Fatalf("%s has %d components, want %d", what, len(got), len(want))
	}
	for j := range want {
		c.Close(fmt.Sprintf("%s[%d]", what, j), got[j], want[j], tol)
	}
}

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	return []grading.Test{
		{Name: "Softmax_hand", Run: func(c *grading.C) {
			s := 1 + math.E + math.E*math.E
			vec(c, "Softmax(0,1,2)", impl.Softmax([]float64{0, 1, 2}), []float64{1 / s, math.E / s, math.E * math.E / s}, 1e-14)
			vec(c, "Softmax(ln 1, ln 3)", impl.Softmax([]float64{0, math.Log(3)}), []float64{0.25, 0.75}, 1e-14)
		}},
		{Name: "Softmax_stable", Run: func(c *grading.C) {
			want := impl.Softmax([]float64{0, 1, 2})
			vec(c, "Softmax(1000,1001,1002) (= Softmax(0,1,2))", impl.Softmax([]float64{1000, 1001, 1002}), want, 1e-12)
			vec(c, "Softmax(−1000,−999,−998)", impl.Softmax([]float64{-1000, -999, -998}), want, 1e-12)
		}},
		{Name: "ECC_hand", Run: func(c *grading.C) {
			P := [][]float64{{0.7, 0.2, 0.1}, {0.1, 0.5, 0.4}}
			Y := [][]float64{{1, 0, 0}, {0, 0, 1}}
			c.Close("ECC", impl.ECC(P, Y), -(math.Log(0.7)+math.Log(0.4))/2, 1e-12)
		}},
		{Name: "GradZ_central_differences", Run: func(c *grading.C) {
			Z := [][]float64{{0.5, -1, 2}, {3, 0.2, -0.4}, {0, 0, 0}}
			Y := [][]float64{{0, 0, 1}, {0, 1, 0}, {1, 0, 0}}
			g := impl.GradZ(Z, Y)
			if len(g) != len(Z) {
				c.Fatalf("GradZ returned %d rows, want %d", len(g), len(Z))
			}
			h := 1e-5
			for i := range Z {
				if len(g[i]) != 3 {
					c.Fatalf("GradZ row %d has %d components, want 3", i, len(g[i]))
				}
				for k := range Z[i] {
					old := Z[i][k]
					Z[i][k] = old + h
					fp := eccOfZ(Z, Y)
					Z[i][k] = old - h
					fm := eccOfZ(Z, Y)
					Z[i][k] = old
					c.Close(fmt.Sprintf("∂ECC/∂z[%d][%d] against central differences", i, k), g[i][k], (fp-fm)/(2*h), 1e-7)
				}
			}
		}},
	}
}
