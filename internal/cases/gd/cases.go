// Package gd holds the graded tests of exercises/gd.
package gd

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"gomlp.dev/internal/grading"
	"gomlp.dev/internal/validate"
)

// Impl is the functions a student writes.
type Impl struct {
	Step    func(w, grad []float64, alpha float64) []float64
	Descend func(grad func(w []float64) []float64, w0 []float64, alpha float64, steps int) [][]float64
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "gd", Tests: []grading.Test[Impl]{
	grading.New("Step_hand", stepPlan, askStep, judgeStep),
	grading.New("Step_keeps_inputs", keepsPlan, askStep, judgeKeeps),
	grading.New("Descend_quadratic", quadPlan, askDescend, judgeQuad),
	grading.New("Descend_path_length", lengthPlan, askDescend, judgeLength),
}}

// stepCall is Step(w, grad, α); Want is the hand value (nil: none).
type stepCall struct {
	W, Grad []float64
	Alpha   float64
	Want    []float64
}

func (c stepCall) String() string {
	return fmt.Sprintf("Step(%s, %s, %s)", grading.V(c.W), grading.V(c.Grad), grading.F(c.Alpha))
}

// stepped is Step's answer, with its inputs after the call.
type stepped struct{ W, WAfter, GradAfter []float64 }

func askStep(impl Impl, c stepCall) stepped {
	w, g := grading.Clone(c.W), grading.Clone(c.Grad)
	out := impl.Step(w, g, c.Alpha)
	return stepped{grading.Clone(out), w, g}
}

func randomStep(r *rand.Rand) stepCall {
	n := 1 + r.IntN(5)
	return stepCall{W: grading.Uniforms(r, n, -3, 3), Grad: grading.Uniforms(r, n, -3, 3), Alpha: grading.Uniform(r, 0.01, 1)}
}

func stepPlan(r *rand.Rand) []stepCall {
	calls := []stepCall{{W: []float64{1, -2}, Grad: []float64{0.5, -4}, Alpha: 0.1, Want: []float64{0.95, -1.6}}}
	for range 15 {
		calls = append(calls, randomStep(r))
	}
	return calls
}

// step is the test's own w − α·grad.
func step(c stepCall) []float64 {
	out := make([]float64, len(c.W))
	for i := range out {
		out[i] = c.W[i] - c.Alpha*c.Grad[i]
	}
	return out
}

func judgeStep(v *grading.Verdict, calls []stepCall, got, want []stepped) {
	for i, c := range calls {
		if c.Want != nil {
			v.Vec(c.String(), got[i].W, c.Want, 1e-14)
		}
		v.Vec(c.String(), got[i].W, step(c), 1e-14)
	}
}

func keepsPlan(r *rand.Rand) []stepCall {
	calls := []stepCall{{W: []float64{1, 2}, Grad: []float64{3, 4}, Alpha: 1}}
	for range 4 {
		calls = append(calls, randomStep(r))
	}
	return calls
}

func judgeKeeps(v *grading.Verdict, calls []stepCall, got, want []stepped) {
	for i, c := range calls {
		if !slices.Equal(got[i].WAfter, c.W) || !slices.Equal(got[i].GradAfter, c.Grad) {
			v.Errorf("%s changed its inputs: w = %s, grad = %s after the call (return a new slice)", c, grading.V(got[i].WAfter), grading.V(got[i].GradAfter))
			return
		}
		v.Vec(c.String(), got[i].W, step(c), 1e-14) // and the step is right
	}
}

// descendCall is Descend on L(w) = ½ Σⱼ aⱼwⱼ², ∇L = (aⱼwⱼ): from w0 each
// coordinate follows wⱼ[k] = (1 − αaⱼ)^k w0ⱼ.
type descendCall struct {
	A, W0 []float64
	Alpha float64
	Steps int
}

func (c descendCall) String() string {
	return fmt.Sprintf("Descend(∇ of ½Σaⱼwⱼ² with a = %s, w0 = %s, α = %s, %d steps)", grading.V(c.A), grading.V(c.W0), grading.F(c.Alpha), c.Steps)
}

// path is Descend's answer, with w0 after the call.
type path struct {
	Path    [][]float64
	W0After []float64
}

func askDescend(impl Impl, c descendCall) path {
	grad := func(w []float64) []float64 {
		if len(w) != len(c.A) {
			panic(fmt.Sprintf("the gradient was called with %d weights, the problem has %d", len(w), len(c.A)))
		}
		g := make([]float64, len(w))
		for j := range w {
			g[j] = c.A[j] * w[j]
		}
		return g
	}
	w0 := grading.Clone(c.W0)
	p := impl.Descend(grad, w0, c.Alpha, c.Steps)
	out := path{W0After: w0}
	for _, w := range p {
		out.Path = append(out.Path, grading.Clone(w))
	}
	return out
}

func quadPlan(r *rand.Rand) []descendCall {
	calls := []descendCall{{A: []float64{1, 4}, W0: []float64{2, -1}, Alpha: 0.1, Steps: 30}}
	for d := 1; d <= 4; d++ { // 1-D to 4-D: a loop written for 2-D fails
		calls = append(calls, descendCall{grading.Uniforms(r, d, 0.5, 4), grading.Uniforms(r, d, -3, 3), grading.Uniform(r, 0.01, 0.4), 1 + r.IntN(30)})
	}
	return calls
}

func judgeQuad(v *grading.Verdict, calls []descendCall, got, want []path) {
	for i, c := range calls {
		p := got[i].Path
		if len(p) != c.Steps+1 {
			v.Errorf("%s returned %d points, want %d (w0 and one per step)", c, len(p), c.Steps+1)
			continue
		}
		for k, w := range p {
			if len(w) != len(c.W0) {
				v.Errorf("%s: path[%d] has %d weights, want %d", c, k, len(w), len(c.W0))
				break
			}
			for j := range c.W0 {
				if exact := math.Pow(1-c.Alpha*c.A[j], float64(k)) * c.W0[j]; !validate.Close(w[j], exact, 1e-12) {
					v.Errorf("%s: path[%d][%d] = %s, want (1 − αa)^k·w0 = %s", c, k, j, grading.F(w[j]), grading.F(exact))
					break
				}
			}
		}
	}
}

func lengthPlan(r *rand.Rand) []descendCall {
	return []descendCall{
		{A: []float64{1, 4}, W0: []float64{1, 1}, Alpha: 0.1, Steps: 0},
		{A: []float64{1, 4}, W0: []float64{1, 1}, Alpha: 0.1, Steps: 3},
		{A: grading.Uniforms(r, 3, 0.5, 4), W0: grading.Uniforms(r, 3, -3, 3), Alpha: 0.1, Steps: 1 + r.IntN(5)},
	}
}

func judgeLength(v *grading.Verdict, calls []descendCall, got, want []path) {
	for i, c := range calls {
		p := got[i].Path
		if len(p) != c.Steps+1 {
			v.Errorf("%s returned %d points, want %d (w0, then one per step)", c, len(p), c.Steps+1)
			continue
		}
		if !slices.Equal(got[i].W0After, c.W0) {
			v.Errorf("%s changed w0 to %s", c, grading.V(got[i].W0After))
		}
		v.Vec(fmt.Sprintf("path[0] of %s (= w0)", c), p[0], c.W0, 0)
		if c.Steps > 0 {
			first := make([]float64, len(c.W0))
			for j := range first {
				first[j] = (1 - c.Alpha*c.A[j]) * c.W0[j]
			}
			v.Vec(fmt.Sprintf("path[1] of %s", c), p[1], first, 1e-14)
		}
	}
}
