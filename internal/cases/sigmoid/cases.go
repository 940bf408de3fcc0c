// Package sigmoid holds the graded tests of exercises/sigmoid.
package sigmoid

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the functions a student writes.
type Impl struct {
	Sigmoid func(z float64) float64
	ECB     func(p, y []float64) float64
	GradZ   func(z, y []float64) []float64
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "sigmoid", Tests: []grading.Test[Impl]{
	grading.New("Sigmoid_values", valuesPlan, askSigmoid, judgeValues),
	grading.New("Sigmoid_extremes", extremesPlan, askSigmoid, judgeExtremes),
	grading.New("ECB_hand", ecbPlan, askECB, judgeECB),
	grading.New("GradZ_central_differences", gradPlan, askGrad, judgeGrad),
}}

// sigmoidCall is Sigmoid(z); Want is the hand value (NaN: none).
type sigmoidCall struct{ Z, Want float64 }

func (c sigmoidCall) String() string { return "σ(" + grading.F(c.Z) + ")" }

func askSigmoid(impl Impl, c sigmoidCall) float64 { return impl.Sigmoid(c.Z) }

// sigma is the test's own σ, without overflow.
func sigma(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}

func valuesPlan(r *rand.Rand) []sigmoidCall {
	calls := []sigmoidCall{{0, 0.5}, {math.Log(3), 0.75}}
	for range 20 {
		calls = append(calls, sigmoidCall{grading.Uniform(r, -30, 30), math.NaN()})
	}
	return calls
}

func judgeValues(v *grading.Verdict, calls []sigmoidCall, got, want []float64) {
	for i, c := range calls {
		if !math.IsNaN(c.Want) {
			v.Close(c.String(), got[i], c.Want, 1e-14)
		}
		// relative: σ(−30) ≈ 1e-13 must be right in its own digits
		if !(math.Abs(got[i]-sigma(c.Z)) <= 1e-12*sigma(c.Z)) {
			v.Errorf("%s = %s, want %s (relative tolerance 1e-12)", c, grading.F(got[i]), grading.F(sigma(c.Z)))
		}
	}
}

func extremesPlan(r *rand.Rand) []sigmoidCall {
	calls := []sigmoidCall{{1000, 1}, {-1000, 0}, {-40, math.NaN()}}
	for range 8 {
		z := grading.Uniform(r, 40, 700)
		calls = append(calls, sigmoidCall{z, math.NaN()}, sigmoidCall{-z, math.NaN()})
	}
	return calls
}

func judgeExtremes(v *grading.Verdict, calls []sigmoidCall, got, want []float64) {
	for i, c := range calls {
		switch {
		case !math.IsNaN(c.Want):
			v.Close(c.String(), got[i], c.Want, 0)
		case c.Z < 0: // σ(z) ≈ e^z: relative, far below 1e-16
			if !(math.Abs(got[i]/math.Exp(c.Z)-1) <= 1e-9) {
				v.Errorf("%s = %s, want ≈ e^(%s) = %s (relative 1e-9): compute it without overflow", c, grading.F(got[i]), grading.F(c.Z), grading.F(math.Exp(c.Z)))
			}
		default:
			v.Close(c.String(), got[i], 1, 1e-15)
		}
	}
}

// ecbCall is ECB(p, y); Want is the hand value (NaN: none).
type ecbCall struct {
	P, Y []float64
	Want float64
}

func (c ecbCall) String() string { return fmt.Sprintf("ECB(%s, %s)", grading.V(c.P), grading.V(c.Y)) }

func askECB(impl Impl, c ecbCall) float64 { return impl.ECB(grading.Clone(c.P), grading.Clone(c.Y)) }

// ecb is the test's own ECB.
func ecb(p, y []float64) float64 {
	s := 0.0
	for i := range p {
		s += y[i]*math.Log(p[i]) + (1-y[i])*math.Log(1-p[i])
	}
	return -s / float64(len(p))
}

func ecbPlan(r *rand.Rand) []ecbCall {
	calls := []ecbCall{
		// −(1/2)(log 0.8 + log(1 − 0.4))
		{[]float64{0.8, 0.4}, []float64{1, 0}, -(math.Log(0.8) + math.Log(0.6)) / 2},
		{[]float64{0.5}, []float64{1}, math.Ln2},
	}
	for range 15 {
		n := 1 + r.IntN(8)
		c := ecbCall{grading.Uniforms(r, n, 0.01, 0.99), make([]float64, n), math.NaN()}
		for i := range n {
			c.Y[i] = float64(r.IntN(2))
		}
		calls = append(calls, c)
	}
	return calls
}

func judgeECB(v *grading.Verdict, calls []ecbCall, got, want []float64) {
	for i, c := range calls {
		if !math.IsNaN(c.Want) {
			v.Close(c.String(), got[i], c.Want, 1e-12)
		}
		v.Close(c.String(), got[i], ecb(c.P, c.Y), 1e-12)
	}
}

// gradCall is GradZ(z, y).
type gradCall struct{ Z, Y []float64 }

func (c gradCall) String() string {
	return fmt.Sprintf("GradZ(%s, %s)", grading.V(c.Z), grading.V(c.Y))
}

func askGrad(impl Impl, c gradCall) []float64 {
	return grading.Clone(impl.GradZ(grading.Clone(c.Z), grading.Clone(c.Y)))
}

// ecbOfZ is the test's own ECB of σ(z), for central differences.
func ecbOfZ(z, y []float64) float64 {
	p := make([]float64, len(z))
	for i := range z {
		p[i] = sigma(z[i])
	}
	return ecb(p, y)
}

func gradPlan(r *rand.Rand) []gradCall {
	calls := []gradCall{{[]float64{0.3, -1.2, 2.5, 0}, []float64{1, 0, 0, 1}}}
	for range 8 {
		n := 1 + r.IntN(6)
		c := gradCall{grading.Uniforms(r, n, -4, 4), make([]float64, n)}
		for i := range n {
			c.Y[i] = float64(r.IntN(2))
		}
		calls = append(calls, c)
	}
	return calls
}

func judgeGrad(v *grading.Verdict, calls []gradCall, got, want [][]float64) {
	const h = 1e-5
	for i, c := range calls {
		if len(got[i]) != len(c.Z) {
			v.Errorf("%s returned %d components, want %d", c, len(got[i]), len(c.Z))
			continue
		}
		for j := range c.Z {
			zp, zm := grading.Clone(c.Z), grading.Clone(c.Z)
			zp[j] += h
			zm[j] -= h
			v.Close(fmt.Sprintf("∂ECB/∂z[%d] of %s against central differences", j, c), got[i][j], (ecbOfZ(zp, c.Y)-ecbOfZ(zm, c.Y))/(2*h), 1e-7)
		}
		v.Vec(c.String()+" (the reference's)", got[i], want[i], 1e-12)
	}
}
