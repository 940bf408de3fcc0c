// Package softmax holds the graded tests of exercises/softmax.
package softmax

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the functions a student writes.
type Impl struct {
	Softmax func(z []float64) []float64
	ECC     func(P, Y [][]float64) float64
	GradZ   func(Z, Y [][]float64) [][]float64
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "softmax", Tests: []grading.Test[Impl]{
	grading.New("Softmax_hand", handPlan, askSoftmax, judgeSoftmax(1e-14, 1e-12)),
	grading.New("Softmax_stable", stablePlan, askSoftmax, judgeSoftmax(1e-10, 1e-10)),
	grading.New("ECC_hand", eccPlan, askECC, judgeECC),
	grading.New("GradZ_central_differences", gradPlan, askGrad, judgeGrad),
}}

// softmaxCall is Softmax(z); Want is the hand value (nil: none).
type softmaxCall struct{ Z, Want []float64 }

func (c softmaxCall) String() string { return "Softmax" + grading.V(c.Z) }

func askSoftmax(impl Impl, c softmaxCall) []float64 {
	return grading.Clone(impl.Softmax(grading.Clone(c.Z)))
}

// softmax is the test's own stable softmax: e^(zⱼ − max z) / Σₖ e^(zₖ − max z).
func softmax(z []float64) []float64 {
	m := math.Inf(-1)
	for _, v := range z {
		m = math.Max(m, v)
	}
	out, s := make([]float64, len(z)), 0.0
	for j, v := range z {
		out[j] = math.Exp(v - m)
		s += out[j]
	}
	for j := range out {
		out[j] /= s
	}
	return out
}

func handPlan(r *rand.Rand) []softmaxCall {
	s := 1 + math.E + math.E*math.E
	calls := []softmaxCall{
		{[]float64{0, 1, 2}, []float64{1 / s, math.E / s, math.E * math.E / s}},
		{[]float64{0, math.Log(3)}, []float64{0.25, 0.75}},
		{[]float64{5}, []float64{1}},
	}
	for range 15 {
		calls = append(calls, softmaxCall{Z: grading.Uniforms(r, 2+r.IntN(6), -5, 5)})
	}
	return calls
}

// stablePlan asks for logits whose exponentials overflow or underflow: the
// same shifted by ±1000, spread from −1000 to 1000, random wide ones.
func stablePlan(r *rand.Rand) []softmaxCall {
	s := 1 + math.E + math.E*math.E
	small := []float64{1 / s, math.E / s, math.E * math.E / s}
	calls := []softmaxCall{
		{[]float64{1000, 1001, 1002}, small},
		{[]float64{-1000, -999, -998}, small},
		{[]float64{-1000, 0, 1000}, []float64{0, 0, 1}},
		{[]float64{800, -800}, []float64{1, 0}},
	}
	for range 10 {
		calls = append(calls, softmaxCall{Z: grading.Uniforms(r, 2+r.IntN(5), -1000, 1000)})
	}
	return calls
}

// judgeSoftmax compares with the hand values and with the test's own
// softmax. Logits near ±1000 carry an absolute rounding error of about
// 1000·2⁻⁵² (1e-13) into any stable computation (a log-sum-exp one
// included): their tolerance is wider.
func judgeSoftmax(handTol, tol float64) func(v *grading.Verdict, calls []softmaxCall, got, want [][]float64) {
	return func(v *grading.Verdict, calls []softmaxCall, got, want [][]float64) {
		for i, c := range calls {
			if c.Want != nil {
				v.Vec(c.String(), got[i], c.Want, handTol)
			}
			v.Vec(c.String(), got[i], softmax(c.Z), tol)
		}
	}
}

// eccCall is ECC(P, Y); Want is the hand value (NaN: none).
type eccCall struct {
	P, Y [][]float64
	Want float64
}

func (c eccCall) String() string {
	rows := make([]string, len(c.P))
	for i := range c.P {
		rows[i] = grading.V(c.P[i])
	}
	return fmt.Sprintf("ECC(P = %v, Y = %d one-hot rows)", rows, len(c.Y))
}

func askECC(impl Impl, c eccCall) float64 { return impl.ECC(clone2(c.P), clone2(c.Y)) }

func clone2(A [][]float64) [][]float64 {
	out := make([][]float64, len(A))
	for i := range A {
		out[i] = grading.Clone(A[i])
	}
	return out
}

// ecc is the test's own ECC, with 0·log 0 = 0.
func ecc(P, Y [][]float64) float64 {
	s := 0.0
	for i := range Y {
		for k := range Y[i] {
			if Y[i][k] != 0 {
				s += Y[i][k] * math.Log(P[i][k])
			}
		}
	}
	return -s / float64(len(Y))
}

func oneHot(r *rand.Rand, n, K int) [][]float64 {
	Y := make([][]float64, n)
	for i := range Y {
		Y[i] = make([]float64, K)
		Y[i][r.IntN(K)] = 1
	}
	return Y
}

func eccPlan(r *rand.Rand) []eccCall {
	calls := []eccCall{
		{[][]float64{{0.7, 0.2, 0.1}, {0.1, 0.5, 0.4}}, [][]float64{{1, 0, 0}, {0, 0, 1}}, -(math.Log(0.7) + math.Log(0.4)) / 2},
		// a probability of 0 where y = 0: 0·log 0 counts 0, not NaN
		{[][]float64{{1, 0, 0}}, [][]float64{{1, 0, 0}}, 0},
		{[][]float64{{0.5, 0.5, 0}, {0, 0.25, 0.75}}, [][]float64{{0, 1, 0}, {0, 0, 1}}, (math.Ln2 - math.Log(0.75)) / 2},
	}
	for range 10 {
		n, K := 1+r.IntN(5), 2+r.IntN(4)
		c := eccCall{Y: oneHot(r, n, K), Want: math.NaN()}
		for range n {
			c.P = append(c.P, softmax(grading.Uniforms(r, K, -3, 3)))
		}
		calls = append(calls, c)
	}
	return calls
}

func judgeECC(v *grading.Verdict, calls []eccCall, got, want []float64) {
	for i, c := range calls {
		if !math.IsNaN(c.Want) {
			v.Close(c.String(), got[i], c.Want, 1e-12)
		}
		v.Close(c.String(), got[i], ecc(c.P, c.Y), 1e-12)
	}
}

// gradCall is GradZ(Z, Y).
type gradCall struct{ Z, Y [][]float64 }

func (c gradCall) String() string { return fmt.Sprintf("GradZ(Z of %d rows, Y)", len(c.Z)) }

func askGrad(impl Impl, c gradCall) [][]float64 { return clone2(impl.GradZ(clone2(c.Z), clone2(c.Y))) }

// eccOfZ is the test's own ECC of softmax(Z).
func eccOfZ(Z, Y [][]float64) float64 {
	P := make([][]float64, len(Z))
	for i := range Z {
		P[i] = softmax(Z[i])
	}
	return ecc(P, Y)
}

func gradPlan(r *rand.Rand) []gradCall {
	calls := []gradCall{{
		[][]float64{{0.5, -1, 2}, {3, 0.2, -0.4}, {0, 0, 0}},
		[][]float64{{0, 0, 1}, {0, 1, 0}, {1, 0, 0}},
	}}
	for range 6 {
		n, K := 1+r.IntN(4), 2+r.IntN(4)
		c := gradCall{Y: oneHot(r, n, K)}
		for range n {
			c.Z = append(c.Z, grading.Uniforms(r, K, -4, 4))
		}
		calls = append(calls, c)
	}
	return calls
}

func judgeGrad(v *grading.Verdict, calls []gradCall, got, want [][][]float64) {
	const h = 1e-5
	for i, c := range calls {
		g := got[i]
		if len(g) != len(c.Z) {
			v.Errorf("%s returned %d rows, want %d", c, len(g), len(c.Z))
			continue
		}
		for a := range c.Z {
			if len(g[a]) != len(c.Z[a]) {
				v.Errorf("%s: row %d has %d components, want %d", c, a, len(g[a]), len(c.Z[a]))
				break
			}
			for k := range c.Z[a] {
				Z := clone2(c.Z)
				Z[a][k] += h
				fp := eccOfZ(Z, c.Y)
				Z[a][k] -= 2 * h
				fm := eccOfZ(Z, c.Y)
				v.Close(fmt.Sprintf("∂ECC/∂z[%d][%d] of %s against central differences", a, k, c), g[a][k], (fp-fm)/(2*h), 1e-7)
			}
		}
	}
}
