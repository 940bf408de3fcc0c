// Package dense holds the graded tests of exercises/dense.
package dense

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
	Layer   func(W *mat.Dense, b *mat.VecDense, A *mat.Dense) *mat.Dense
	Forward func(Ws []*mat.Dense, bs []*mat.VecDense, X *mat.Dense) ([]*mat.Dense, error)
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "dense", Tests: []grading.Test[Impl]{
	grading.New("Layer_hand", layerPlan, askLayer, judgeLayer),
	grading.New("Forward_hand", forwardPlan, askForward, judgeForward),
	grading.New("Forward_rows_independent", rowsPlan, askForward, judgeRows),
	grading.New("Forward_bad_shapes", badPlan, askForward, judgeBad),
}}

// Net is a network: W{l} (n_l×n_{l−1}) and b{l} for l = 1 … L, hidden σ,
// linear output; the backprop tests use it too.
type Net struct {
	Ws []grading.Matrix
	Bs [][]float64
}

// Dense is the network as gonum matrices (fresh copies).
func (n Net) Dense() ([]*mat.Dense, []*mat.VecDense) {
	var Ws []*mat.Dense
	var bs []*mat.VecDense
	for _, W := range n.Ws {
		Ws = append(Ws, W.Dense())
	}
	for _, b := range n.Bs {
		bs = append(bs, mat.NewVecDense(len(b), grading.Clone(b)))
	}
	return Ws, bs
}

// String describes the network by its sizes: "[3, 4, 2, 2]".
func (n Net) String() string {
	if len(n.Ws) == 0 {
		return "[]"
	}
	s := fmt.Sprint(n.Ws[0].C)
	for _, W := range n.Ws {
		s += fmt.Sprintf(", %d", W.R)
	}
	return "[" + s + "]"
}

// Fixed is a small network [3, 4, 2, 2] with fixed weights and a batch X of
// five examples.
func Fixed() (Net, grading.Matrix) {
	n := Net{
		Ws: []grading.Matrix{
			{R: 4, C: 3, Data: []float64{0.2, -0.5, 0.1, 0.7, 0.3, -0.2, -0.4, 0.6, 0.9, 0.05, -0.8, 0.3}},
			{R: 2, C: 4, Data: []float64{0.5, -0.3, 0.8, -0.6, -0.2, 0.4, 0.1, 0.7}},
			{R: 2, C: 2, Data: []float64{1.2, -0.7, 0.3, 0.9}},
		},
		Bs: [][]float64{{0.1, -0.1, 0.2, 0}, {-0.3, 0.25}, {0.05, -0.15}},
	}
	X := grading.Matrix{R: 5, C: 3, Data: []float64{1, 0.5, -1, 0, 2, 0.3, -1.5, 0.2, 0.8, 0.4, -0.6, 1.1, 2, 1, 0}}
	return n, X
}

// Random draws a network of 1 to 3 layers of 1 to 4 units, and a batch X of
// 1 to 5 examples.
func Random(r *rand.Rand) (Net, grading.Matrix) {
	layers := 1 + r.IntN(3)
	sizes := []int{1 + r.IntN(4)}
	var n Net
	for l := range layers {
		sizes = append(sizes, 1+r.IntN(4))
		n.Ws = append(n.Ws, grading.RandMatrix(r, sizes[l+1], sizes[l], -1, 1))
		n.Bs = append(n.Bs, grading.Uniforms(r, sizes[l+1], -0.5, 0.5))
	}
	return n, grading.RandMatrix(r, 1+r.IntN(5), sizes[0], -2, 2)
}

// Loops is the tests' own forward pass of one example, with plain loops:
// the activations a{0} = x, a{1}, …, a{L} (σ hidden, linear output).
func Loops(n Net, x []float64) [][]float64 {
	as := [][]float64{x}
	for l, W := range n.Ws {
		a := make([]float64, W.R)
		for j := range W.R {
			z := n.Bs[l][j]
			for k := range W.C {
				z += W.At(j, k) * as[l][k]
			}
			if l < len(n.Ws)-1 {
				z = 1 / (1 + math.Exp(-z))
			}
			a[j] = z
		}
		as = append(as, a)
	}
	return as
}

// layerCall is Layer(W, b, A).
type layerCall struct {
	W, A grading.Matrix
	B    []float64
	Want grading.Matrix // hand value (R = 0: none)
}

func (c layerCall) String() string {
	return fmt.Sprintf("Layer(W %s, b, A %s)", c.W.Shape(), c.A.Shape())
}

func askLayer(impl Impl, c layerCall) grading.Matrix {
	return grading.M(impl.Layer(c.W.Dense(), mat.NewVecDense(len(c.B), grading.Clone(c.B)), c.A.Dense()))
}

func layerPlan(r *rand.Rand) []layerCall {
	calls := []layerCall{{
		W: grading.Matrix{R: 2, C: 3, Data: []float64{1, 2, 3, -1, 0, 1}},
		B: []float64{0.5, -1},
		A: grading.Matrix{R: 2, C: 3, Data: []float64{1, 1, 1, 2, 0, -1}},
		// 0.5+1+2+3, −1−1+0+1; 0.5+2−3, −1−2−1
		Want: grading.Matrix{R: 2, C: 2, Data: []float64{6.5, -1, -0.5, -4}},
	}}
	for range 10 {
		nIn, nOut, N := 1+r.IntN(4), 1+r.IntN(4), 1+r.IntN(5)
		calls = append(calls, layerCall{W: grading.RandMatrix(r, nOut, nIn, -2, 2), B: grading.Uniforms(r, nOut, -1, 1), A: grading.RandMatrix(r, N, nIn, -2, 2)})
	}
	return calls
}

// layer is the test's own Z = A·Wᵀ + 1·bᵀ.
func layer(c layerCall) grading.Matrix {
	Z := grading.Matrix{R: c.A.R, C: c.W.R}
	for i := range c.A.R {
		for j := range c.W.R {
			z := c.B[j]
			for k := range c.W.C {
				z += c.W.At(j, k) * c.A.At(i, k)
			}
			Z.Data = append(Z.Data, z)
		}
	}
	return Z
}

func judgeLayer(v *grading.Verdict, calls []layerCall, got, want []grading.Matrix) {
	for i, c := range calls {
		if c.Want.R > 0 {
			v.Mat(c.String(), got[i], c.Want, 1e-14)
		}
		v.Mat(c.String(), got[i], layer(c), 1e-12)
	}
}

// forwardCall is Forward(Ws, bs, X).
type forwardCall struct {
	Net Net
	X   grading.Matrix
	Why string // for a call with shapes that do not fit: what is wrong
	Row int    // for one row alone: its index in the batch asked before
}

func (c forwardCall) String() string {
	return fmt.Sprintf("Forward(network %s, X %s)", c.Net, c.X.Shape())
}

// forward is Forward's answer.
type forward struct {
	As  []grading.Matrix
	Err string
}

func askForward(impl Impl, c forwardCall) forward {
	Ws, bs := c.Net.Dense()
	As, err := impl.Forward(Ws, bs, c.X.Dense())
	out := forward{As: grading.Ms(As)}
	if err != nil {
		out.Err = err.Error() + " " // never empty
	}
	return out
}

// checkForward compares Forward's activations with Loops, row by row.
func checkForward(v *grading.Verdict, c forwardCall, got forward) {
	if got.Err != "" {
		v.Errorf("%s: unexpected error %q", c, got.Err)
		return
	}
	L := len(c.Net.Ws)
	if len(got.As) != L+1 {
		v.Errorf("%s returned %d activations, want %d (A{0} = X, then one per layer)", c, len(got.As), L+1)
		return
	}
	want := make([]grading.Matrix, L+1)
	for i := range c.X.R {
		as := Loops(c.Net, c.X.Row(i))
		for l, a := range as {
			want[l].R, want[l].C = c.X.R, len(a)
			want[l].Data = append(want[l].Data, a...)
		}
	}
	for l := range want {
		if !v.Mat(fmt.Sprintf("A{%d} of %s", l, c), got.As[l], want[l], 1e-12) {
			return
		}
	}
}

func forwardPlan(r *rand.Rand) []forwardCall {
	n, X := Fixed()
	calls := []forwardCall{{Net: n, X: X}}
	for range 8 {
		n, X := Random(r)
		calls = append(calls, forwardCall{Net: n, X: X})
	}
	return calls
}

func judgeForward(v *grading.Verdict, calls []forwardCall, got, want []forward) {
	for i, c := range calls {
		checkForward(v, c, got[i])
	}
}

// rowsPlan asks for a batch, then for one of its rows alone.
func rowsPlan(r *rand.Rand) []forwardCall {
	n, X := Fixed()
	calls := []forwardCall{{Net: n, X: X}, {Net: n, X: grading.Matrix{R: 1, C: 3, Data: X.Row(2)}, Row: 2}}
	n, X = Random(r)
	k := r.IntN(X.R)
	return append(calls, forwardCall{Net: n, X: X}, forwardCall{Net: n, X: grading.Matrix{R: 1, C: X.C, Data: X.Row(k)}, Row: k})
}

func judgeRows(v *grading.Verdict, calls []forwardCall, got, want []forward) {
	for i := 0; i < len(calls); i += 2 {
		all, one := got[i], got[i+1]
		if all.Err != "" || one.Err != "" || len(all.As) == 0 || len(one.As) != len(all.As) {
			v.Errorf("%s and %s: errors %q, %q; %d and %d activations", calls[i], calls[i+1], all.Err, one.Err, len(all.As), len(one.As))
			continue
		}
		out, alone := all.As[len(all.As)-1], one.As[len(one.As)-1]
		k := calls[i+1].Row
		if out.Nil || out.R <= k || alone.Nil || alone.R != 1 {
			v.Errorf("%s: outputs of shape %s and %s", calls[i], out.Shape(), alone.Shape())
			continue
		}
		v.Vec(fmt.Sprintf("the output of row %d alone", k), alone.Row(0), out.Row(k), 1e-12)
		checkForward(v, calls[i+1], one) // and it is the right output
	}
}

func badPlan(r *rand.Rand) []forwardCall {
	n, X := Fixed()
	twoBiases := Net{Ws: n.Ws, Bs: n.Bs[:2]}
	shortBias := Net{Ws: n.Ws, Bs: [][]float64{n.Bs[0], {0, 0, 0}, n.Bs[2]}}
	good, gX := Random(r)
	return []forwardCall{
		{Net: n, X: grading.Matrix{R: 2, C: 4, Data: make([]float64, 8)}, Why: "X of 4 columns for W{1} of 3"},
		{Net: twoBiases, X: X, Why: "3 weight matrices and 2 biases"},
		{Net: shortBias, X: X, Why: "b{2} of 3 entries for W{2} of 2 rows"},
		{Net: good, X: gX}, // shapes that fit: no error
	}
}

func judgeBad(v *grading.Verdict, calls []forwardCall, got, want []forward) {
	for i, c := range calls {
		if c.Why != "" {
			if got[i].Err == "" {
				v.Errorf("Forward with %s: no error", c.Why)
			}
			continue
		}
		checkForward(v, c, got[i])
	}
}
