// Package mse holds the graded tests of exercises/mse.
package mse

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gomlp.dev/internal/grading"
	"gomlp.dev/internal/validate"
)

// Impl is the functions a student writes.
type Impl struct {
	ECM      func(yhat, y []float64) float64
	Gradient func(w []float64, b float64, X [][]float64, y []float64) ([]float64, float64)
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "mse", Tests: []grading.Test[Impl]{
	grading.New("ECM_hand", ecmPlan, askECM, judgeECM),
	grading.New("ECM_is_a_mean", meanPlan, askECM, judgeMean),
	grading.New("Gradient_hand", gradPlan, askGrad, judgeGrad),
	grading.New("Gradient_central_differences", cdPlan, askGrad, judgeCD),
}}

// ecmCall is ECM(ŷ, y); Want is the hand value (NaN: none).
type ecmCall struct {
	Yhat, Y []float64
	Want    float64
}

func (c ecmCall) String() string {
	return fmt.Sprintf("ECM(%s, %s)", grading.V(c.Yhat), grading.V(c.Y))
}

func askECM(impl Impl, c ecmCall) float64 {
	return impl.ECM(grading.Clone(c.Yhat), grading.Clone(c.Y))
}

func randomECM(r *rand.Rand) ecmCall {
	n := 1 + r.IntN(8)
	return ecmCall{grading.Uniforms(r, n, -3, 3), grading.Uniforms(r, n, -3, 3), math.NaN()}
}

func ecmPlan(r *rand.Rand) []ecmCall {
	calls := []ecmCall{
		// (1/(2·2))·((3−1)² + (0−1)²) = 5/4
		{[]float64{3, 0}, []float64{1, 1}, 1.25},
		{[]float64{0.5, -2}, []float64{0.5, -2}, 0},
	}
	for range 15 {
		calls = append(calls, randomECM(r))
	}
	return calls
}

func judgeECM(v *grading.Verdict, calls []ecmCall, got, want []float64) {
	for i, c := range calls {
		if !math.IsNaN(c.Want) {
			v.Close(c.String(), got[i], c.Want, 1e-12)
		}
		v.Close(c.String()+" (the reference's)", got[i], want[i], 1e-12)
	}
}

// meanPlan pairs data sets with the same data repeated: a mean does not
// change, a sum does (ERRATA 1).
func meanPlan(r *rand.Rand) []ecmCall {
	calls := []ecmCall{
		{[]float64{3}, []float64{1}, 2},
		{[]float64{3, 3, 3, 3}, []float64{1, 1, 1, 1}, 2},
	}
	for range 4 {
		c := randomECM(r)
		k := 2 + r.IntN(3)
		rep := ecmCall{Want: math.NaN()}
		for range k {
			rep.Yhat = append(rep.Yhat, c.Yhat...)
			rep.Y = append(rep.Y, c.Y...)
		}
		calls = append(calls, c, rep)
	}
	return calls
}

func judgeMean(v *grading.Verdict, calls []ecmCall, got, want []float64) {
	for i := 0; i+1 < len(calls); i += 2 {
		if !validate.Close(got[i+1], got[i], 1e-12) {
			v.Errorf("%s = %s but the same errors repeated, %s = %s: ECM is a mean (1/2N), ERRATA 1", calls[i], grading.F(got[i]), calls[i+1], grading.F(got[i+1]))
		}
	}
	// and a right value: a constant is also "a mean"
	v.Close(calls[0].String()+" (= (1/2)·2²)", got[0], 2, 1e-12)
	v.Close(calls[2].String()+" (the reference's)", got[2], want[2], 1e-12)
}

// gradCall is Gradient(w, b, X, y) of the linear neuron's ECM.
type gradCall struct {
	W     []float64
	B     float64
	X     [][]float64
	Y     []float64
	WantW []float64 // hand value (nil: none)
	WantB float64
}

func (c gradCall) String() string {
	return fmt.Sprintf("Gradient(%s, %s, %d examples)", grading.V(c.W), grading.F(c.B), len(c.X))
}

// gradient is Gradient's answer.
type gradient struct {
	W []float64
	B float64
}

func askGrad(impl Impl, c gradCall) gradient {
	X := make([][]float64, len(c.X))
	for i := range X {
		X[i] = grading.Clone(c.X[i])
	}
	gw, gb := impl.Gradient(grading.Clone(c.W), c.B, X, grading.Clone(c.Y))
	return gradient{grading.Clone(gw), gb}
}

func randomGrad(r *rand.Rand) gradCall {
	n, d := 1+r.IntN(8), 1+r.IntN(4)
	c := gradCall{W: grading.Uniforms(r, d, -2, 2), B: grading.Uniform(r, -1, 1)}
	for range n {
		c.X = append(c.X, grading.Uniforms(r, d, -3, 3))
		c.Y = append(c.Y, grading.Uniform(r, -3, 3))
	}
	return c
}

func gradPlan(r *rand.Rand) []gradCall {
	// w = (1), b = 0, X = (1),(2), y = (0),(0): ŷ − y = (1, 2);
	// ∂w = (1·1 + 2·2)/2 = 2.5, ∂b = (1 + 2)/2 = 1.5
	calls := []gradCall{{W: []float64{1}, B: 0, X: [][]float64{{1}, {2}}, Y: []float64{0, 0}, WantW: []float64{2.5}, WantB: 1.5}}
	for range 12 {
		calls = append(calls, randomGrad(r))
	}
	return calls
}

func judgeGrad(v *grading.Verdict, calls []gradCall, got, want []gradient) {
	for i, c := range calls {
		if c.WantW != nil {
			v.Vec("∂ECM/∂w of "+c.String(), got[i].W, c.WantW, 1e-12)
			v.Close("∂ECM/∂b of "+c.String(), got[i].B, c.WantB, 1e-12)
		}
		v.Vec("∂ECM/∂w of "+c.String()+" (the reference's)", got[i].W, want[i].W, 1e-10)
		v.Close("∂ECM/∂b of "+c.String()+" (the reference's)", got[i].B, want[i].B, 1e-10)
	}
}

// loss is the test's own ECM of the linear neuron, for central differences.
func loss(c gradCall, w []float64, b float64) float64 {
	s := 0.0
	for i, x := range c.X {
		d := b - c.Y[i]
		for j := range w {
			d += w[j] * x[j]
		}
		s += d * d
	}
	return s / (2 * float64(len(c.X)))
}

func cdPlan(r *rand.Rand) []gradCall {
	calls := []gradCall{{W: []float64{0.3, -0.8}, B: 0.2,
		X: [][]float64{{1, 2}, {0, -1}, {3, 0.5}, {-2, 1}}, Y: []float64{1, -0.5, 2, 0}}}
	for range 8 {
		calls = append(calls, randomGrad(r))
	}
	return calls
}

func judgeCD(v *grading.Verdict, calls []gradCall, got, want []gradient) {
	const h = 1e-5
	for i, c := range calls {
		if len(got[i].W) != len(c.W) {
			v.Errorf("Gradient of %s returned %d weight components, want %d", c, len(got[i].W), len(c.W))
			continue
		}
		for j := range c.W {
			wp, wm := grading.Clone(c.W), grading.Clone(c.W)
			wp[j] += h
			wm[j] -= h
			v.Close(fmt.Sprintf("∂ECM/∂w[%d] of %s against central differences", j, c), got[i].W[j], (loss(c, wp, c.B)-loss(c, wm, c.B))/(2*h), 1e-6)
		}
		v.Close("∂ECM/∂b of "+c.String()+" against central differences", got[i].B, (loss(c, c.W, c.B+h)-loss(c, c.W, c.B-h))/(2*h), 1e-6)
	}
}
