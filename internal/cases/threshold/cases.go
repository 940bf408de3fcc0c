// Package threshold holds the graded tests of exercises/threshold.
package threshold

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the functions a student writes.
type Impl struct {
	Z          func(w []float64, b float64, x []float64) float64
	Unit       func(w []float64, b float64, x []float64) float64
	BoundaryX2 func(w []float64, b, x1 float64) (float64, error)
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "threshold", Tests: []grading.Test[Impl]{
	grading.New("Z_hand", zPlan, askZ, judgeZ),
	grading.New("Unit_hand", unitPlan, askZ, judgeUnit),
	grading.New("Unit_at_zero", atZeroPlan, askZ, judgeUnit),
	grading.New("Boundary_line", linePlan, askBoundary, judgeLine),
	grading.New("Boundary_vertical", verticalPlan, askBoundary, judgeVertical),
}}

// zCall is Z or Unit on (w, b, x); Want is the hand value (NaN: none).
type zCall struct {
	Fn   string
	W    []float64
	B    float64
	X    []float64
	Want float64
}

func (c zCall) String() string {
	return fmt.Sprintf("%s(%s, %s, %s)", c.Fn, grading.V(c.W), grading.F(c.B), grading.V(c.X))
}

func askZ(impl Impl, c zCall) float64 {
	if c.Fn == "Z" {
		return impl.Z(grading.Clone(c.W), c.B, grading.Clone(c.X))
	}
	return impl.Unit(grading.Clone(c.W), c.B, grading.Clone(c.X))
}

// z is the test's own cumulative stimulus b + Σᵢ wᵢxᵢ.
func z(w []float64, b float64, x []float64) float64 {
	s := b
	for i := range w {
		s += w[i] * x[i]
	}
	return s
}

// randomUnit draws n inputs, weights and a bias.
func randomUnit(r *rand.Rand, fn string) zCall {
	n := 1 + r.IntN(6)
	return zCall{fn, grading.Uniforms(r, n, -3, 3), grading.Uniform(r, -2, 2), grading.Uniforms(r, n, -3, 3), math.NaN()}
}

func zPlan(r *rand.Rand) []zCall {
	calls := []zCall{
		// notebook 01's example: −0.5 + 0.5·2 − 1·0.5 + 2·1 = 2
		{"Z", []float64{0.5, -1, 2}, -0.5, []float64{2, 0.5, 1}, 2},
		{"Z", []float64{3}, 1, []float64{-2}, -5},
		{"Z", nil, 0.25, nil, 0.25},
	}
	for range 20 {
		calls = append(calls, randomUnit(r, "Z"))
	}
	return calls
}

func judgeZ(v *grading.Verdict, calls []zCall, got, want []float64) {
	for i, c := range calls {
		if !math.IsNaN(c.Want) {
			v.Close(c.String(), got[i], c.Want, 1e-12)
		}
		v.Close(c.String()+" (the reference's)", got[i], want[i], 1e-12)
	}
}

func unitPlan(r *rand.Rand) []zCall {
	calls := []zCall{
		{"Unit", []float64{0.5, -1, 2}, -0.5, []float64{2, 0.5, 1}, 1},
		{"Unit", []float64{1, 1}, -1.5, []float64{1, 0}, 0},
		{"Unit", []float64{1, 1}, -1.5, []float64{1, 1}, 1},
	}
	for len(calls) < 23 {
		c := randomUnit(r, "Unit")
		if math.Abs(z(c.W, c.B, c.X)) > 1e-3 { // no order of additions can flip the step
			calls = append(calls, c)
		}
	}
	return calls
}

func atZeroPlan(r *rand.Rand) []zCall {
	calls := []zCall{
		// φ(0) = 1: the slide's step fires at z = 0 exactly
		{"Unit", []float64{1, 1}, -1, []float64{0.5, 0.5}, 1},
		{"Unit", []float64{2}, 0, []float64{0}, 1},
		{"Unit", []float64{2}, 0, []float64{-1e-9}, 0},
	}
	// small integers: z = 0 exactly, in any order of additions
	for range 10 {
		n := 1 + r.IntN(4)
		w, x := make([]float64, n), make([]float64, n)
		for i := range n {
			w[i], x[i] = float64(r.IntN(9)-4), float64(r.IntN(9)-4)
		}
		calls = append(calls, zCall{"Unit", w, -z(w, 0, x), x, 1})
	}
	return calls
}

func judgeUnit(v *grading.Verdict, calls []zCall, got, want []float64) {
	for i, c := range calls {
		if !math.IsNaN(c.Want) {
			v.Close(c.String(), got[i], c.Want, 0)
		}
		v.Close(c.String()+" (the reference's)", got[i], want[i], 0)
	}
}

// lineCall is BoundaryX2(w, b, x1).
type lineCall struct {
	W     []float64
	B, X1 float64
	Want  float64 // hand value (NaN: none)
}

func (c lineCall) String() string {
	return fmt.Sprintf("BoundaryX2(%s, %s, %s)", grading.V(c.W), grading.F(c.B), grading.F(c.X1))
}

// point is BoundaryX2's answer.
type point struct {
	X2  float64
	Err string
}

func askBoundary(impl Impl, c lineCall) point {
	x2, err := impl.BoundaryX2(grading.Clone(c.W), c.B, c.X1)
	p := point{X2: x2}
	if err != nil {
		p.Err = err.Error()
		if p.Err == "" {
			p.Err = "(an error with no text)"
		}
	}
	return p
}

// randomLine draws a boundary that is not vertical.
func randomLine(r *rand.Rand) lineCall {
	w := grading.Uniforms(r, 2, -3, 3)
	for math.Abs(w[1]) < 0.1 {
		w[1] = grading.Uniform(r, -3, 3)
	}
	return lineCall{w, grading.Uniform(r, -2, 2), grading.Uniform(r, -5, 5), math.NaN()}
}

func linePlan(r *rand.Rand) []lineCall {
	calls := []lineCall{
		{[]float64{1, 1}, -1.5, 0, 1.5},
		{[]float64{2, -4}, 1, -3, -1.25},
		{[]float64{2, -4}, 1, 7, 3.75},
	}
	for range 20 {
		calls = append(calls, randomLine(r))
	}
	return calls
}

func judgeLine(v *grading.Verdict, calls []lineCall, got, want []point) {
	for i, c := range calls {
		if got[i].Err != "" {
			v.Errorf("%s: unexpected error %q", c, got[i].Err)
			continue
		}
		if !math.IsNaN(c.Want) {
			v.Close(c.String(), got[i].X2, c.Want, 1e-12)
		}
		// the point lies on the line, whatever the order of operations
		w, b, x1, x2 := c.W, c.B, c.X1, got[i].X2
		scale := math.Abs(b) + math.Abs(w[0]*x1) + math.Abs(w[1]*x2) + 1
		if !(math.Abs(b+w[0]*x1+w[1]*x2) <= 1e-12*scale) {
			v.Errorf("%s = %s: b + w₁x₁ + w₂x₂ = %s there, want 0", c, grading.F(x2), grading.F(b+w[0]*x1+w[1]*x2))
		}
		v.Close(c.String()+" (the reference's)", x2, want[i].X2, 1e-9)
	}
}

func verticalPlan(r *rand.Rand) []lineCall {
	calls := []lineCall{{[]float64{1, 0}, 2, 0, math.NaN()}}
	for range 4 {
		c := randomLine(r)
		c.W[1] = 0
		calls = append(calls, c)
	}
	// and lines that are not vertical: an error there is wrong
	return append(calls, randomLine(r), randomLine(r))
}

func judgeVertical(v *grading.Verdict, calls []lineCall, got, want []point) {
	for i, c := range calls {
		switch {
		case c.W[1] == 0 && got[i].Err == "":
			v.Errorf("%s returned no error: with w₂ = 0 there is no x₂ (vertical line)", c)
		case c.W[1] != 0 && got[i].Err != "":
			v.Errorf("%s: unexpected error %q (w₂ ≠ 0)", c, got[i].Err)
		case c.W[1] != 0:
			v.Close(c.String()+" (the reference's)", got[i].X2, want[i].X2, 1e-9)
		}
	}
}
