// Package gradnorms holds the graded tests of exercises/gradnorms.
package gradnorms

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gomlp.dev/internal/grading"
	"gonum.org/v1/gonum/mat"
)

// Impl is the functions a student writes.
type Impl struct {
	Norms  func(gs []*mat.Dense) []float64
	Speeds func(deltas []*mat.Dense) []float64
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "gradnorms", Tests: []grading.Test[Impl]{
	grading.New("Norms_hand", normsPlan, ask, judgeNorms),
	grading.New("Norms_scale", scalePlan, ask, judgeScale),
	grading.New("Speeds_hand", speedsPlan, ask, judgeSpeeds),
	grading.New("Speeds_are_bias_gradients", biasPlan, ask, judgeSpeeds),
}}

// call is Norms or Speeds of a list of matrices; Want is the hand value
// (nil: none).
type call struct {
	Fn   string
	Ms   []grading.Matrix
	Want []float64
}

func (c call) String() string {
	shapes := make([]string, len(c.Ms))
	for i, m := range c.Ms {
		shapes[i] = m.Shape()
	}
	return fmt.Sprintf("%s(%d matrices %v)", c.Fn, len(c.Ms), shapes)
}

func ask(impl Impl, c call) []float64 {
	ms := make([]*mat.Dense, len(c.Ms))
	for i, m := range c.Ms {
		ms[i] = m.Dense()
	}
	if c.Fn == "Norms" {
		return grading.Clone(impl.Norms(ms))
	}
	return grading.Clone(impl.Speeds(ms))
}

// frobenius is the test's own √(Σⱼₖ g²ⱼₖ).
func frobenius(m grading.Matrix) float64 {
	s := 0.0
	for _, v := range m.Data {
		s += v * v
	}
	return math.Sqrt(s)
}

// speed is the test's own ‖(1/N) Σᵢ δ⁽ⁱ⁾‖: the norm of the column means.
func speed(m grading.Matrix) float64 {
	s := 0.0
	for j := range m.C {
		mean := 0.0
		for i := range m.R {
			mean += m.At(i, j)
		}
		mean /= float64(m.R)
		s += mean * mean
	}
	return math.Sqrt(s)
}

func randomList(r *rand.Rand) []grading.Matrix {
	var ms []grading.Matrix
	for range 1 + r.IntN(4) {
		ms = append(ms, grading.RandMatrix(r, 1+r.IntN(5), 1+r.IntN(5), -2, 2))
	}
	return ms
}

var hand = []grading.Matrix{
	{R: 2, C: 2, Data: []float64{3, 0, 0, 4}}, // 5
	{R: 1, C: 3, Data: []float64{1, 2, 2}},    // 3
	{R: 2, C: 1, Data: []float64{-0.6, 0.8}},  // 1
}

func normsPlan(r *rand.Rand) []call {
	calls := []call{{"Norms", hand, []float64{5, 3, 1}}}
	for range 8 {
		calls = append(calls, call{Fn: "Norms", Ms: randomList(r)})
	}
	return calls
}

func judgeNorms(v *grading.Verdict, calls []call, got, want [][]float64) {
	for i, c := range calls {
		if c.Want != nil {
			v.Vec(c.String(), got[i], c.Want, 1e-12)
		}
		own := make([]float64, len(c.Ms))
		for l, m := range c.Ms {
			own[l] = frobenius(m)
		}
		v.Vec(c.String(), got[i], own, 1e-12)
	}
}

// scalePlan asks for ‖G‖ and ‖s·G‖: a norm scales by |s|.
func scalePlan(r *rand.Rand) []call {
	calls := []call{{Fn: "Norms", Ms: hand[1:2]}, {Fn: "Norms", Ms: []grading.Matrix{{R: 1, C: 3, Data: []float64{-2.5, -5, -5}}}, Want: []float64{7.5}}}
	for range 3 {
		m := grading.RandMatrix(r, 1+r.IntN(4), 1+r.IntN(4), -2, 2)
		s := grading.Uniform(r, -10, 10)
		sm := grading.Matrix{R: m.R, C: m.C}
		for _, x := range m.Data {
			sm.Data = append(sm.Data, s*x)
		}
		calls = append(calls, call{Fn: "Norms", Ms: []grading.Matrix{m}}, call{Fn: "Norms", Ms: []grading.Matrix{sm}, Want: []float64{math.Abs(s) * frobenius(m)}})
	}
	return calls
}

func judgeScale(v *grading.Verdict, calls []call, got, want [][]float64) {
	for i := 0; i+1 < len(calls); i += 2 {
		if len(got[i]) != 1 || len(got[i+1]) != 1 {
			v.Errorf("Norms of one matrix returned %d and %d norms, want 1", len(got[i]), len(got[i+1]))
			continue
		}
		// ‖sG‖ = |s|·‖G‖, and the value itself
		v.Vec(calls[i+1].String(), got[i+1], calls[i+1].Want, 1e-12)
	}
}

func speedsPlan(r *rand.Rand) []call {
	// rows (1,2), (3,−2): mean (2, 0) → 2; rows (0.5), (−1.5), (4): mean 1 → 1
	calls := []call{{"Speeds", []grading.Matrix{{R: 2, C: 2, Data: []float64{1, 2, 3, -2}}, {R: 3, C: 1, Data: []float64{0.5, -1.5, 4}}}, []float64{2, 1}}}
	for range 8 {
		calls = append(calls, call{Fn: "Speeds", Ms: randomList(r)})
	}
	return calls
}

// biasPlan: the speed of one example is ‖δ‖ itself; of rows that cancel, 0.
func biasPlan(r *rand.Rand) []call {
	calls := []call{
		{"Speeds", []grading.Matrix{{R: 1, C: 4, Data: []float64{1, -1, 1, -1}}}, []float64{2}},
		{"Speeds", []grading.Matrix{{R: 2, C: 2, Data: []float64{1, 5, -1, -5}}}, []float64{0}},
	}
	row := grading.RandMatrix(r, 1, 1+r.IntN(5), -2, 2)
	return append(calls, call{Fn: "Speeds", Ms: []grading.Matrix{row}, Want: []float64{frobenius(row)}})
}

func judgeSpeeds(v *grading.Verdict, calls []call, got, want [][]float64) {
	for i, c := range calls {
		if c.Want != nil {
			v.Vec(c.String(), got[i], c.Want, 1e-12)
		}
		own := make([]float64, len(c.Ms))
		for l, m := range c.Ms {
			own[l] = speed(m)
		}
		v.Vec(c.String(), got[i], own, 1e-12)
	}
}
