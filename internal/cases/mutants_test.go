// Package cases_test shows that the graded tests can fail: each wrong
// implementation below (a typical mistake) must fail the tests named.
package cases_test

import (
	"math"
	"testing"

	"gomlp.dev/internal/cases/gates"
	"gomlp.dev/internal/cases/gradcheck"
	"gomlp.dev/internal/cases/mse"
	"gomlp.dev/internal/cases/sigmoid"
	"gomlp.dev/internal/cases/softmax"
	"gomlp.dev/internal/grading"
)

func mustFail(t *testing.T, what string, tests []grading.Test, names ...string) {
	t.Helper()
	for _, name := range names {
		found := false
		for _, tc := range tests {
			if tc.Name != name {
				continue
			}
			found = true
			if ok, _ := grading.Try(tc); ok {
				t.Errorf("%s: test %s passes a wrong implementation", what, name)
			}
		}
		if !found {
			t.Errorf("%s: no test %s", what, name)
		}
	}
}

func TestMutantsFail(t *testing.T) {
	or := func() ([]float64, float64) { return []float64{1, 1}, -0.5 }
	mustFail(t, "AND with OR's weights", gates.Tests(gates.Impl{AND: or}), "AND")

	sum := func(yhat, y []float64) float64 { // ½Σ without 1/N (the slide's form)
		s := 0.0
		for i := range y {
			s += (yhat[i] - y[i]) * (yhat[i] - y[i])
		}
		return s / 2
	}
	mustFail(t, "ECM without 1/N", mse.Tests(mse.Impl{ECM: sum}), "ECM_is_a_mean")

	sig := func(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
	noMean := func(z, y []float64) []float64 {
		g := make([]float64, len(z))
		for i := range z {
			g[i] = sig(z[i]) - y[i]
		}
		return g
	}
	mustFail(t, "∂ECB/∂z without 1/N", sigmoid.Tests(sigmoid.Impl{GradZ: noMean}), "GradZ_central_differences")

	naive := func(z []float64) []float64 {
		s, out := 0.0, make([]float64, len(z))
		for j, v := range z {
			out[j] = math.Exp(v)
			s += out[j]
		}
		for j := range out {
			out[j] /= s
		}
		return out
	}
	mustFail(t, "softmax without max subtraction", softmax.Tests(softmax.Impl{Softmax: naive}), "Softmax_stable")

	forward := func(f func([]float64) float64, w []float64, h float64) []float64 {
		g := make([]float64, len(w))
		f0 := f(w)
		for j := range w {
			old := w[j]
			w[j] = old + h
			g[j] = (f(w) - f0) / h
			w[j] = old
		}
		return g
	}
	mustFail(t, "forward differences", gradcheck.Tests(gradcheck.Impl{CentralDiff: forward}), "CentralDiff_order_h2", "CentralDiff_quadratic")
}
