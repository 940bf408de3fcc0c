// Package dense holds the graded tests of exercises/dense.
package dense

import (
	"fmt"
	"math"
	"testing"

	"gomlp.dev/internal/grading"
	"gonum.org/v1/gonum/mat"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	Layer   func(W *mat.Dense, b *mat.VecDense, A *mat.Dense) *mat.Dense
	Forward func(Ws []*mat.Dense, bs []*mat.VecDense, X *mat.Dense) ([]*mat.Dense, error)
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "dense", Tests(impl)) }

// Net is a small network [3, 4, 2, 2] with fixed weights, shared with the
// backprop tests' idea: hidden σ, linear output.
func Net() ([]*mat.Dense, []*mat.VecDense, *mat.Dense) {
	Ws := []*mat.Dense{
		mat.NewDense(4, 3, []float64{0.2, -0.5, 0.1, 0.7, 0.3, -0.2, -0.4, 0.6, 0.9, 0.05, -0.8, 0.3}),
		mat.NewDense(2, 4, []float64{0.5, -0.3, 0.8, -0.6, -0.2, 0.4, 0.1, 0.7}),
		mat.NewDense(2, 2, []float64{1.2, -0.7, 0.3, 0.9}),
	}
	bs := []*mat.VecDense{
		mat.NewVecDense(4, []float64{0.1, -0.1, 0.2, 0}),
		mat.NewVecDense(2, []float64{-0.3, 0.25}),
		mat.NewVecDense(2, []float64{0.05, -0.15}),
	}
	X := mat.NewDense(5, 3, []float64{1, 0.5, -1, 0, 2, 0.3, -1.5, 0.2, 0.8, 0.4, -0.6, 1.1, 2, 1, 0})
	return Ws, bs, X
}

// Loops is the tests' own forward pass of one example, with plain loops:
// the activations a{0} = x, a{1}, …, a{L} (σ hidden, linear output). The
// backprop tests use it too.
func Loops(Ws []*mat.Dense, bs []*mat.VecDense, x []float64) [][]float64 {
	as := [][]float64{x}
	for l, W := range Ws {
		r, c := W.Dims()
		a := make([]float64, r)
		for j := range r {
			z := bs[l].AtVec(j)
			for k := range c {
				z += W.At(j, k) * as[l][k]
			}
			if l < len(Ws)-1 {
				z = 1 / (1 + math.Exp(-z))
			}
			a[j] = z
		}
		as = append(as, a)
	}
	return as
}

func same(c *grading.C, what string, got mat.Matrix, want func(i, j int) float64, r, k int) {
	if got == nil {
		c.Fatalf("%s is nil", what)
	}
	gr, gc := got.Dims()
	if gr != r || gc != k {
		c.Fatalf("%s is %d×%d, want %d×%d", what, gr, gc, r, k)
	}
	for i := range r {
		for j := range k {
			if !grading.Close(got.At(i, j), want(i, j), 1e-12) {
				c.Fatalf("%s[%d][%d] = %.12g, want %.12g", what, i, j, got.At(i, j), want(i, j))
			}
		}
	}
}

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	return []grading.Test{
		{Name: "Layer_hand", Run: func(c *grading.C) {
			W := mat.NewDense(2, 3, []float64{1, 2, 3, -1, 0, 1})
			b := mat.NewVecDense(2, []float64{0.5, -1})
			A := mat.NewDense(2, 3, []float64{1, 1, 1, 2, 0, -1})
			want := [][]float64{{6.5, -1}, {-0.5, -4}} // 0.5+1+2+3, −1−1+0+1; 0.5+2−3, −1−2−1
			same(c, "Layer(W, b, A)", impl.Layer(W, b, A), func(i, j int) float64 { return want[i][j] }, 2, 2)
		}},
		{Name: "Forward_hand", Run: func(c *grading.C) {
			Ws, bs, X := Net()
			As, err := impl.Forward(Ws, bs, X)
			if err != nil {
				c.Fatalf("Forward: %v", err)
			}
			if len(As) != 4 {
				c.Fatalf("Forward returned %d activations, want 4 (A{0} = X, A{1}, A{2}, A{3})", len(As))
			}
			for i := range 5 {
				want := Loops(Ws, bs, mat.Row(nil, i, X))
				for l := range As {
					same(c, fmt.Sprintf("A{%d} row %d", l, i), As[l].Slice(i, i+1, 0, len(want[l])), func(_, j int) float64 { return want[l][j] }, 1, len(want[l]))
				}
			}
		}},
		{Name: "Forward_rows_independent", Run: func(c *grading.C) {
			Ws, bs, X := Net()
			All, err := impl.Forward(Ws, bs, X)
			if err != nil {
				c.Fatalf("Forward: %v", err)
			}
			one, err := impl.Forward(Ws, bs, mat.DenseCopyOf(X.Slice(2, 3, 0, 3)))
			if err != nil {
				c.Fatalf("Forward on one row: %v", err)
			}
			out := All[len(All)-1]
			same(c, "output of row 2 alone", one[len(one)-1], func(_, j int) float64 { return out.At(2, j) }, 1, 2)
		}},
		{Name: "Forward_bad_shapes", Run: func(c *grading.C) {
			Ws, bs, X := Net()
			if _, err := impl.Forward(Ws, bs, mat.NewDense(2, 4, nil)); err == nil {
				c.Errorf("Forward with X of 4 columns for W{1} of 3: no error")
			}
			if _, err := impl.Forward(Ws, bs[:2], X); err == nil {
				c.Errorf("Forward with 3 weight matrices and 2 biases: no error")
			}
			bad := []*mat.VecDense{bs[0], mat.NewVecDense(3, nil), bs[2]}
			if _, err := impl.Forward(Ws, bad, X); err == nil {
				c.Errorf("Forward with b{2} of 3 entries for W{2} of 2 rows: no error")
			}
		}},
	}
}
