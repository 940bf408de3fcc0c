// Package perceptron holds the graded tests of exercises/perceptron.
package perceptron

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the functions a student writes.
type Impl struct {
	Update func(w []float64, b float64, x []float64, y, alpha float64) ([]float64, float64)
	Epoch  func(w []float64, b float64, X [][]float64, Y []float64, alpha float64) ([]float64, float64, int)
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "perceptron", Tests: []grading.Test[Impl]{
	grading.New("Update_hand", updatePlan, askUpdate, judgeUpdate),
	grading.New("Update_when_right", rightPlan, askUpdate, judgeRight),
	grading.New("Update_keeps_inputs", keepsPlan, askUpdate, judgeKeeps),
	grading.New("Epoch_matches_rule", epochPlan, askEpoch, judgeEpoch),
	grading.New("Epoch_learns_AND", learnPlan, askLearn, judgeLearn),
}}

// rule is the test's own perceptron rule on one example; it also returns
// z, to keep random examples away from the step's edge.
func rule(w []float64, b float64, x []float64, y, alpha float64) (nw []float64, nb float64, wrong bool, z float64) {
	z = b
	for i := range w {
		z += w[i] * x[i]
	}
	yhat := 0.0
	if z >= 0 {
		yhat = 1
	}
	nw = slices.Clone(w)
	for i := range nw {
		nw[i] += alpha * (y - yhat) * x[i]
	}
	return nw, b + alpha*(y-yhat), yhat != y, z
}

// updateCall is Update(w, b, x, y, α); Want* are hand values (nil: none).
type updateCall struct {
	W     []float64
	B     float64
	X     []float64
	Y     float64
	Alpha float64
	WantW []float64
	WantB float64
}

func (c updateCall) String() string {
	return fmt.Sprintf("Update(%s, %s, %s, y=%g, α=%s)", grading.V(c.W), grading.F(c.B), grading.V(c.X), c.Y, grading.F(c.Alpha))
}

// updated is Update's answer, with its inputs after the call.
type updated struct {
	W, WAfter, XAfter []float64
	B                 float64
}

func askUpdate(impl Impl, c updateCall) updated {
	w, x := grading.Clone(c.W), grading.Clone(c.X)
	nw, nb := impl.Update(w, c.B, x, c.Y, c.Alpha)
	return updated{W: grading.Clone(nw), B: nb, WAfter: w, XAfter: x}
}

// randomUpdate draws an example away from the step's edge; right chooses
// whether the unit answers it right.
func randomUpdate(r *rand.Rand, right bool) updateCall {
	for {
		n := 1 + r.IntN(4)
		c := updateCall{W: grading.Uniforms(r, n, -2, 2), B: grading.Uniform(r, -1, 1), X: grading.Uniforms(r, n, -2, 2), Alpha: grading.Uniform(r, 0.05, 1)}
		_, _, _, z := rule(c.W, c.B, c.X, 0, 0)
		if math.Abs(z) < 1e-3 {
			continue
		}
		c.Y = 1
		if (z >= 0) != right {
			c.Y = 0
		}
		return c
	}
}

func updatePlan(r *rand.Rand) []updateCall {
	calls := []updateCall{
		// z = 0 → ŷ = 1, y = 0: w ← (0,0) + 0.5·(−1)·(1,2) = (−0.5,−1), b ← −0.5
		{W: []float64{0, 0}, B: 0, X: []float64{1, 2}, Y: 0, Alpha: 0.5, WantW: []float64{-0.5, -1}, WantB: -0.5},
		// z = −1 + 0.2·3 = −0.4 → ŷ = 0, y = 1: w ← 0.2 + 0.1·3 = 0.5, b ← −0.9
		{W: []float64{0.2}, B: -1, X: []float64{3}, Y: 1, Alpha: 0.1, WantW: []float64{0.5}, WantB: -0.9},
	}
	for i := range 20 {
		calls = append(calls, randomUpdate(r, i%4 == 0))
	}
	return calls
}

func judgeUpdate(v *grading.Verdict, calls []updateCall, got, want []updated) {
	for i, c := range calls {
		if c.WantW != nil {
			v.Vec("w after "+c.String(), got[i].W, c.WantW, 1e-12)
			v.Close("b after "+c.String(), got[i].B, c.WantB, 1e-12)
		}
		v.Vec("w after "+c.String()+" (the reference's)", got[i].W, want[i].W, 1e-12)
		v.Close("b after "+c.String()+" (the reference's)", got[i].B, want[i].B, 1e-12)
	}
}

func rightPlan(r *rand.Rand) []updateCall {
	calls := []updateCall{{W: []float64{1, -2}, B: 0.5, X: []float64{3, 1}, Y: 1, Alpha: 0.7}}
	for range 10 {
		calls = append(calls, randomUpdate(r, true))
	}
	return calls
}

func judgeRight(v *grading.Verdict, calls []updateCall, got, want []updated) {
	for i, c := range calls {
		v.Vec("w after a right answer, "+c.String(), got[i].W, c.W, 0)
		v.Close("b after a right answer, "+c.String(), got[i].B, c.B, 0)
	}
}

func keepsPlan(r *rand.Rand) []updateCall {
	calls := []updateCall{{W: []float64{0, 0}, B: 0, X: []float64{1, 2}, Y: 0, Alpha: 1}}
	for range 6 {
		calls = append(calls, randomUpdate(r, false))
	}
	return calls
}

func judgeKeeps(v *grading.Verdict, calls []updateCall, got, want []updated) {
	for i, c := range calls {
		if !slices.Equal(got[i].WAfter, c.W) || !slices.Equal(got[i].XAfter, c.X) {
			v.Errorf("%s changed its inputs: w = %s, x = %s after the call (return new weights instead)", c, grading.V(got[i].WAfter), grading.V(got[i].XAfter))
			return
		}
		// and the update itself is right: doing nothing does not keep inputs
		v.Vec("w after "+c.String(), got[i].W, want[i].W, 1e-12)
	}
}

// epochCall is Epoch(w, b, X, Y, α).
type epochCall struct {
	W     []float64
	B     float64
	X     [][]float64
	Y     []float64
	Alpha float64
}

func (c epochCall) String() string {
	return fmt.Sprintf("Epoch(%s, %s, %d examples, α=%s)", grading.V(c.W), grading.F(c.B), len(c.X), grading.F(c.Alpha))
}

// epoch is Epoch's answer.
type epoch struct {
	W      []float64
	B      float64
	Errors int
}

func askEpoch(impl Impl, c epochCall) epoch {
	X := make([][]float64, len(c.X))
	for i := range X {
		X[i] = grading.Clone(c.X[i])
	}
	w, b, errs := impl.Epoch(grading.Clone(c.W), c.B, X, grading.Clone(c.Y), c.Alpha)
	return epoch{grading.Clone(w), b, errs}
}

// ownEpoch is the test's own epoch; ok is false when an example came
// within 1e-3 of the step's edge (then the order of additions could decide).
func ownEpoch(c epochCall) (e epoch, ok bool) {
	e.W, e.B, ok = slices.Clone(c.W), c.B, true
	for i := range c.X {
		var wrong bool
		var z float64
		e.W, e.B, wrong, z = rule(e.W, e.B, c.X[i], c.Y[i], c.Alpha)
		if wrong {
			e.Errors++
		}
		ok = ok && math.Abs(z) >= 1e-3
	}
	return e, ok
}

func epochPlan(r *rand.Rand) []epochCall {
	calls := []epochCall{{W: []float64{0.1, -0.2}, B: 0.05,
		X: [][]float64{{1, 0.5}, {-1, 2}, {0.3, -0.7}, {2, 2}, {-0.5, -1}}, Y: []float64{1, 0, 1, 0, 1}, Alpha: 0.3}}
	for len(calls) < 12 {
		n, d := 3+r.IntN(6), 1+r.IntN(3)
		c := epochCall{W: grading.Uniforms(r, d, -1, 1), B: grading.Uniform(r, -1, 1), Alpha: grading.Uniform(r, 0.1, 1)}
		for range n {
			c.X = append(c.X, grading.Uniforms(r, d, -2, 2))
			c.Y = append(c.Y, float64(r.IntN(2)))
		}
		if _, ok := ownEpoch(c); ok {
			calls = append(calls, c)
		}
	}
	return calls
}

func judgeEpoch(v *grading.Verdict, calls []epochCall, got, want []epoch) {
	for i, c := range calls {
		own, _ := ownEpoch(c)
		v.Vec("w after "+c.String(), got[i].W, own.W, 1e-12)
		v.Close("b after "+c.String(), got[i].B, own.B, 1e-12)
		if got[i].Errors != own.Errors {
			v.Errorf("%s counted %d errors, want %d", c, got[i].Errors, own.Errors)
		}
		v.Vec("w after "+c.String()+" (the reference's)", got[i].W, want[i].W, 1e-12)
	}
}

// learnCall trains from w = 0, b = 0 with α = 1 on a truth table, one
// Epoch after the other, until an epoch makes no error (50 at most).
type learnCall struct {
	Gate string
	X    [][]float64
	Y    []float64
}

func (c learnCall) String() string {
	return "Epoch repeated on " + c.Gate + " from w = 0, b = 0, α = 1"
}

func askLearn(impl Impl, c learnCall) []epoch {
	var path []epoch
	w, b := make([]float64, 2), 0.0
	for range 50 {
		var errs int
		w, b, errs = impl.Epoch(w, b, c.X, c.Y, 1)
		path = append(path, epoch{grading.Clone(w), b, errs})
		if errs == 0 {
			break
		}
	}
	return path
}

var table = [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}

func learnPlan(*rand.Rand) []learnCall {
	return []learnCall{
		{"AND", table, []float64{0, 0, 0, 1}},
		{"OR", table, []float64{0, 1, 1, 1}},
		{"NAND", table, []float64{1, 1, 1, 0}},
	}
}

func judgeLearn(v *grading.Verdict, calls []learnCall, got, want [][]epoch) {
	for i, c := range calls {
		path := got[i]
		if len(path) == 0 || path[len(path)-1].Errors != 0 {
			v.Errorf("50 epochs did not learn %s (the rule converges in a few)", c.Gate)
			continue
		}
		last := path[len(path)-1]
		for k, x := range c.X {
			if _, _, wrong, _ := rule(last.W, last.B, x, c.Y[k], 1); wrong || len(last.W) != 2 {
				v.Errorf("%s: Epoch reported 0 errors but w = %s, b = %s gets %s%v wrong", c, grading.V(last.W), grading.F(last.B), c.Gate, x)
				break
			}
		}
		// integers all along: the reference's path, exactly
		if len(path) != len(want[i]) {
			v.Errorf("%s took %d epochs, the rule takes %d", c, len(path), len(want[i]))
		}
	}
}
