// Package backprop holds the graded tests of exercises/backprop.
package backprop

import (
	"fmt"
	"math"
	"testing"

	"gomlp.dev/internal/cases/dense"
	"gomlp.dev/internal/grading"
	"gonum.org/v1/gonum/mat"
)

// Impl is the student's (or the solution's) functions.
type Impl struct {
	Backward func(Ws []*mat.Dense, bs []*mat.VecDense, X, Y *mat.Dense) (deltas, gW []*mat.Dense, gb []*mat.VecDense, err error)
}

// Run runs the graded tests on impl.
func Run(t *testing.T, impl Impl) { grading.Run(t, "backprop", Tests(impl)) }

var targets = mat.NewDense(5, 2, []float64{1, 0, 0.5, -0.5, -1, 0.2, 0, 1, 0.3, 0.3})

// forward is the tests' own forward pass: activations per layer, per
// example (dense.Loops on each row of X).
func forward(Ws []*mat.Dense, bs []*mat.VecDense, X *mat.Dense) [][][]float64 {
	n, _ := X.Dims()
	out := make([][][]float64, n)
	for i := range n {
		out[i] = dense.Loops(Ws, bs, mat.Row(nil, i, X))
	}
	return out
}

// loss is ECM = (1/2N) Σᵢ ‖ŷ⁽ⁱ⁾ − y⁽ⁱ⁾‖².
func loss(Ws []*mat.Dense, bs []*mat.VecDense, X, Y *mat.Dense) float64 {
	acts := forward(Ws, bs, X)
	s := 0.0
	for i, as := range acts {
		for k, v := range as[len(as)-1] {
			d := v - Y.At(i, k)
			s += d * d
		}
	}
	return s / (2 * float64(len(acts)))
}

func call(c *grading.C, impl Impl) ([]*mat.Dense, []*mat.Dense, []*mat.VecDense) {
	Ws, bs, X := dense.Net()
	d, gW, gb, err := impl.Backward(Ws, bs, X, targets)
	if err != nil {
		c.Fatalf("Backward: %v", err)
	}
	if len(d) != 3 || len(gW) != 3 || len(gb) != 3 {
		c.Fatalf("Backward returned %d deltas, %d ∂W, %d ∂b: want 3 each (one per layer)", len(d), len(gW), len(gb))
	}
	for l := range 3 {
		if d[l] == nil || gW[l] == nil || gb[l] == nil {
			c.Fatalf("Backward returned nil for layer %d", l+1)
		}
		dr, dc := d[l].Dims()
		wr, wc := Ws[l].Dims()
		gr, gc := gW[l].Dims()
		if dr != 5 || dc != wr || gr != wr || gc != wc || gb[l].Len() != wr {
			c.Fatalf("layer %d: δ is %d×%d (want 5×%d), ∂W %d×%d (want %d×%d), ∂b %d (want %d)", l+1, dr, dc, wr, gr, gc, wr, wc, gb[l].Len(), wr)
		}
	}
	return d, gW, gb
}

// Tests returns the graded tests, in the points table's order.
func Tests(impl Impl) []grading.Test {
	return []grading.Test{
		{Name: "Shapes", Run: func(c *grading.C) {
			call(c, impl)
			Ws, bs, X := dense.Net()
			if _, _, _, err := impl.Backward(Ws, bs, X, mat.NewDense(4, 2, nil)); err == nil {
				c.Errorf("Backward with Y of 4 rows for X of 5: no error")
			}
		}},
		{Name: "Delta_output", Run: func(c *grading.C) {
			d, _, _ := call(c, impl)
			Ws, bs, X := dense.Net()
			acts := forward(Ws, bs, X)
			for i := range 5 {
				for k := range 2 {
					want := acts[i][3][k] - targets.At(i, k)
					c.Close(fmt.Sprintf("δ{3}[%d][%d] (= ŷ − y, ERRATA 5)", i, k), d[2].At(i, k), want, 1e-12)
				}
			}
		}},
		{Name: "Delta_hidden", Run: func(c *grading.C) {
			d, _, _ := call(c, impl)
			Ws, bs, X := dense.Net()
			acts := forward(Ws, bs, X)
			// δ{l}⁽ⁱ⁾ = ∂ℓ⁽ⁱ⁾/∂z{l}⁽ⁱ⁾ with ℓ⁽ⁱ⁾ = ½‖ŷ⁽ⁱ⁾ − y⁽ⁱ⁾‖²: central differences in z
			for i := range 5 {
				for l := 1; l <= 2; l++ {
					for j := range acts[i][l] {
						a := acts[i][l][j]
						z := math.Log(a / (1 - a))
						h := 1e-5
						fp := perExample(Ws, bs, acts[i], l, j, z+h, targets, i)
						fm := perExample(Ws, bs, acts[i], l, j, z-h, targets, i)
						c.Close(fmt.Sprintf("δ{%d}[%d][%d] against central differences in z", l, i, j), d[l-1].At(i, j), (fp-fm)/(2*h), 1e-7)
					}
				}
			}
		}},
		{Name: "Gradients_central_differences", Run: func(c *grading.C) {
			_, gW, gb := call(c, impl)
			Ws, bs, X := dense.Net()
			h := 1e-6
			for l := range Ws {
				r, k := Ws[l].Dims()
				for a := range r {
					for b := range k {
						old := Ws[l].At(a, b)
						Ws[l].Set(a, b, old+h)
						fp := loss(Ws, bs, X, targets)
						Ws[l].Set(a, b, old-h)
						fm := loss(Ws, bs, X, targets)
						Ws[l].Set(a, b, old)
						c.Close(fmt.Sprintf("∂ECM/∂W{%d}[%d][%d]", l+1, a, b), gW[l].At(a, b), (fp-fm)/(2*h), 1e-7)
					}
					old := bs[l].AtVec(a)
					bs[l].SetVec(a, old+h)
					fp := loss(Ws, bs, X, targets)
					bs[l].SetVec(a, old-h)
					fm := loss(Ws, bs, X, targets)
					bs[l].SetVec(a, old)
					c.Close(fmt.Sprintf("∂ECM/∂b{%d}[%d]", l+1, a), gb[l].AtVec(a), (fp-fm)/(2*h), 1e-7)
				}
			}
		}},
	}
}

// perExample is ℓ⁽ⁱ⁾ = ½‖ŷ − y‖² when z{l}_j of example i is set to z and the
// layers above are recomputed.
func perExample(Ws []*mat.Dense, bs []*mat.VecDense, as [][]float64, l, j int, z float64, Y *mat.Dense, i int) float64 {
	a := append([]float64(nil), as[l]...)
	a[j] = 1 / (1 + math.Exp(-z))
	for m := l; m < len(Ws); m++ {
		r, c := Ws[m].Dims()
		next := make([]float64, r)
		for p := range r {
			v := bs[m].AtVec(p)
			for q := range c {
				v += Ws[m].At(p, q) * a[q]
			}
			if m < len(Ws)-1 {
				v = 1 / (1 + math.Exp(-v))
			}
			next[p] = v
		}
		a = next
	}
	s := 0.0
	for k, v := range a {
		d := v - Y.At(i, k)
		s += d * d
	}
	return s / 2
}
