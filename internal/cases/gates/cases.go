// Package gates holds the graded tests of exercises/gates: the weights are
// graded on behaviour (any weights computing the gate pass), through the
// test's own threshold unit.
package gates

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the functions a student writes.
type Impl struct {
	AND, OR, NAND, NOR, NOT func() ([]float64, float64)
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "gates", Tests: []grading.Test[Impl]{
	gate("AND", 2, func(x []float64) bool { return x[0] == 1 && x[1] == 1 }),
	gate("OR", 2, func(x []float64) bool { return x[0] == 1 || x[1] == 1 }),
	gate("NAND", 2, func(x []float64) bool { return !(x[0] == 1 && x[1] == 1) }),
	gate("NOR", 2, func(x []float64) bool { return !(x[0] == 1 || x[1] == 1) }),
	gate("NOT", 1, func(x []float64) bool { return x[0] == 0 }),
}}

// gateCall asks for one gate's weights.
type gateCall struct{ Gate string }

func (c gateCall) String() string { return c.Gate + "()" }

// unitWeights is a gate's answer.
type unitWeights struct {
	W []float64
	B float64
}

func ask(impl Impl, c gateCall) unitWeights {
	f := map[string]func() ([]float64, float64){"AND": impl.AND, "OR": impl.OR, "NAND": impl.NAND, "NOR": impl.NOR, "NOT": impl.NOT}[c.Gate]
	w, b := f()
	return unitWeights{grading.Clone(w), b}
}

// unit is the test's own threshold unit: φ(b + wᵀx), φ(z) = 1 if z ≥ 0.
func unit(w []float64, b float64, x []float64) float64 {
	z := b
	for i := range w {
		z += w[i] * x[i]
	}
	if z >= 0 {
		return 1
	}
	return 0
}

// gate is the test of one gate with its truth table.
func gate(name string, inputs int, truth func(x []float64) bool) grading.Test[Impl] {
	rows := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	if inputs == 1 {
		rows = [][]float64{{0}, {1}}
	}
	plan := func(*rand.Rand) []gateCall { return []gateCall{{name}} }
	judge := func(v *grading.Verdict, _ []gateCall, got, _ []unitWeights) {
		w, b := got[0].W, got[0].B
		if len(w) != inputs {
			v.Errorf("%s returned %d weights, want %d (one per input)", name, len(w), inputs)
			return
		}
		for _, x := range rows {
			want := 0.0
			if truth(x) {
				want = 1
			}
			if got := unit(w, b, x); got != want {
				v.Errorf("%s with w = %s, b = %s answers %g for x = %s, want %g", name, grading.V(w), grading.F(b), got, fmt.Sprint(x), want)
			}
		}
	}
	return grading.New(name, plan, ask, judge)
}
