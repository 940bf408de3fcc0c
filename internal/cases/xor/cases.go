// Package xor holds the graded tests of exercises/xor: the weights are
// graded on behaviour, through the test's own threshold network.
package xor

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gomlp.dev/internal/grading"
)

// Impl is the functions a student writes.
type Impl struct {
	Weights func() (W1 [][]float64, b1 []float64, w2 []float64, b2 float64)
	XOR     func(x1, x2 float64) float64
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "xor", Tests: []grading.Test[Impl]{
	grading.New("Weights_shape", weightsPlan, askWeights, judgeShape),
	grading.New("Weights_compute_XOR", weightsPlan, askWeights, judgeCompute),
	grading.New("XOR_function", xorPlan, askXOR, judgeXOR),
}}

// weightsCall asks for the network's weights.
type weightsCall struct{ Fn string }

func (c weightsCall) String() string { return c.Fn + "()" }

// network is Weights' answer.
type network struct {
	W1     [][]float64
	B1, W2 []float64
	B2     float64
}

func askWeights(impl Impl, _ weightsCall) network {
	W1, b1, w2, b2 := impl.Weights()
	n := network{B1: grading.Clone(b1), W2: grading.Clone(w2), B2: b2}
	for _, row := range W1 {
		n.W1 = append(n.W1, grading.Clone(row))
	}
	return n
}

func weightsPlan(*rand.Rand) []weightsCall { return []weightsCall{{"Weights"}} }

func step(z float64) float64 {
	if z >= 0 {
		return 1
	}
	return 0
}

var table = [][3]float64{{0, 0, 0}, {0, 1, 1}, {1, 0, 1}, {1, 1, 0}}

// shape reports what is wrong with the network's shapes, or "".
func shape(n network) string {
	if len(n.W1) < 2 || len(n.B1) != len(n.W1) || len(n.W2) != len(n.W1) {
		return fmt.Sprintf("Weights: W1 has %d rows, b1 %d, w2 %d: want one row, one bias and one output weight per hidden unit (at least 2)", len(n.W1), len(n.B1), len(n.W2))
	}
	for j, r := range n.W1 {
		if len(r) != 2 {
			return fmt.Sprintf("Weights: W1 row %d has %d weights, want 2 (one per input)", j, len(r))
		}
	}
	return ""
}

// answer is the test's own threshold network on (x1, x2).
func answer(n network, x1, x2 float64) float64 {
	z := n.B2
	for j := range n.W1 {
		z += n.W2[j] * step(n.B1[j]+n.W1[j][0]*x1+n.W1[j][1]*x2)
	}
	return step(z)
}

func judgeShape(v *grading.Verdict, _ []weightsCall, got, _ []network) {
	n := got[0]
	if msg := shape(n); msg != "" {
		v.Errorf("%s", msg)
		return
	}
	for _, x := range append(append(n.W1, n.B1, n.W2), []float64{n.B2}) {
		for _, w := range x {
			if math.IsNaN(w) || math.IsInf(w, 0) {
				v.Errorf("Weights: a weight is %s: every weight is a number", grading.F(w))
				return
			}
		}
	}
	// and one right answer: a network of the right shape that does nothing fails
	if got := answer(n, 0, 1); got != 1 {
		v.Errorf("your weights answer %g for (0, 1), want 1", got)
	}
}

func judgeCompute(v *grading.Verdict, _ []weightsCall, got, _ []network) {
	n := got[0]
	if msg := shape(n); msg != "" {
		v.Errorf("%s", msg)
		return
	}
	for _, r := range table {
		if got := answer(n, r[0], r[1]); got != r[2] {
			v.Errorf("your weights answer %g for (%g, %g), want %g", got, r[0], r[1], r[2])
		}
	}
}

// xorCall is XOR(x1, x2).
type xorCall struct{ X1, X2 float64 }

func (c xorCall) String() string { return fmt.Sprintf("XOR(%g, %g)", c.X1, c.X2) }

func askXOR(impl Impl, c xorCall) float64 { return impl.XOR(c.X1, c.X2) }

func xorPlan(*rand.Rand) []xorCall {
	var calls []xorCall
	for _, r := range table {
		calls = append(calls, xorCall{r[0], r[1]})
	}
	return calls
}

func judgeXOR(v *grading.Verdict, calls []xorCall, got, want []float64) {
	for i, c := range calls {
		v.Close(c.String(), got[i], table[i][2], 0)
	}
}
