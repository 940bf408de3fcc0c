// Package backprop holds the graded tests of exercises/backprop. Each test
// grades one part of Backward's answer (δ of the output, the hidden δs, ∂W,
// ∂b) and looks at the shapes of that part only.
package backprop

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gomlp.dev/internal/cases/dense"
	"gomlp.dev/internal/grading"
	"gonum.org/v1/gonum/mat"
)

// Impl is the functions a student writes.
type Impl struct {
	Backward func(Ws []*mat.Dense, bs []*mat.VecDense, X, Y *mat.Dense) (deltas, gW []*mat.Dense, gb []*mat.VecDense, err error)
}

// Run runs the graded tests in this process: impl against the reference ref.
func Run(t *testing.T, impl, ref Impl) { grading.Run(t, Suite, impl, ref) }

// Suite is the exercise's graded tests, in the points table's order.
var Suite = grading.Suite[Impl]{Exercise: "backprop", Tests: []grading.Test[Impl]{
	grading.New("Bad_shapes", badPlan, ask, judgeBad),
	grading.New("Delta_output", plan(1), ask, judgeOutput),
	grading.New("Delta_hidden", plan(2), ask, judgeHidden),
	grading.New("Gradient_W", plan(1), ask, judgeW),
	grading.New("Gradient_b", plan(1), ask, judgeB),
}}

// call is Backward(Ws, bs, X, Y).
type call struct {
	Net  dense.Net
	X, Y grading.Matrix
	Why  string // for shapes that do not fit: what is wrong
}

func (c call) String() string {
	return fmt.Sprintf("Backward(network %s, X %s, Y %s)", c.Net, c.X.Shape(), c.Y.Shape())
}

// answer is Backward's answer.
type answer struct {
	Deltas, GW []grading.Matrix
	GB         [][]float64
	Err        string
}

func ask(impl Impl, c call) answer {
	Ws, bs := c.Net.Dense()
	d, gW, gb, err := impl.Backward(Ws, bs, c.X.Dense(), c.Y.Dense())
	out := answer{Deltas: grading.Ms(d), GW: grading.Ms(gW)}
	for _, v := range gb {
		var b []float64
		if v != nil {
			for i := range v.Len() {
				b = append(b, v.AtVec(i))
			}
		}
		out.GB = append(out.GB, b)
	}
	if err != nil {
		out.Err = err.Error() + " " // never empty
	}
	return out
}

// plan draws the fixed network and random ones of at least minLayers layers.
func plan(minLayers int) func(r *rand.Rand) []call {
	return func(r *rand.Rand) []call {
		n, X := dense.Fixed()
		calls := []call{{Net: n, X: X, Y: grading.Matrix{R: 5, C: 2, Data: []float64{1, 0, 0.5, -0.5, -1, 0.2, 0, 1, 0.3, 0.3}}}}
		for len(calls) < 7 {
			n, X := dense.Random(r)
			if len(n.Ws) >= minLayers {
				calls = append(calls, call{Net: n, X: X, Y: grading.RandMatrix(r, X.R, n.Ws[len(n.Ws)-1].R, -1, 1)})
			}
		}
		return calls
	}
}

// forward is the tests' own forward pass of one example: every layer's z
// and activation (a{0} = x), σ hidden, linear output.
func forward(n dense.Net, x []float64) (zs, as [][]float64) {
	as = [][]float64{x}
	zs = [][]float64{nil}
	for l, W := range n.Ws {
		z, a := make([]float64, W.R), make([]float64, W.R)
		for j := range W.R {
			z[j] = n.Bs[l][j]
			for k := range W.C {
				z[j] += W.At(j, k) * as[l][k]
			}
			a[j] = z[j]
			if l < len(n.Ws)-1 {
				a[j] = 1 / (1 + math.Exp(-z[j]))
			}
		}
		zs, as = append(zs, z), append(as, a)
	}
	return zs, as
}

// ecm is ECM = (1/2N) Σᵢ ‖ŷ⁽ⁱ⁾ − y⁽ⁱ⁾‖².
func ecm(n dense.Net, X, Y grading.Matrix) float64 {
	s := 0.0
	for i := range X.R {
		_, as := forward(n, X.Row(i))
		for k, v := range as[len(as)-1] {
			d := v - Y.At(i, k)
			s += d * d
		}
	}
	return s / (2 * float64(X.R))
}

// perExample is ℓ⁽ⁱ⁾ = ½‖ŷ − y‖² when z{l}_j of example i is set to z and
// the layers above are recomputed.
func perExample(n dense.Net, c call, i, l, j int, z float64) float64 {
	zs, _ := forward(n, c.X.Row(i))
	zl := append([]float64{}, zs[l]...)
	zl[j] = z
	a := make([]float64, len(zl))
	for k, v := range zl {
		a[k] = 1 / (1 + math.Exp(-v)) // l is a hidden layer
	}
	for m := l; m < len(n.Ws); m++ {
		W := n.Ws[m]
		next := make([]float64, W.R)
		for p := range W.R {
			v := n.Bs[m][p]
			for q := range W.C {
				v += W.At(p, q) * a[q]
			}
			if m < len(n.Ws)-1 {
				v = 1 / (1 + math.Exp(-v))
			}
			next[p] = v
		}
		a = next
	}
	s := 0.0
	for k, v := range a {
		d := v - c.Y.At(i, k)
		s += d * d
	}
	return s / 2
}

// layers reports whether the answer has one entry per layer in part.
func layers(v *grading.Verdict, c call, what string, got int) bool {
	if L := len(c.Net.Ws); got != L {
		v.Errorf("%s returned %d %s, want %d (one per layer)", c, got, what, L)
		return false
	}
	return true
}

func judgeOutput(v *grading.Verdict, calls []call, got, want []answer) {
	for i, c := range calls {
		if got[i].Err != "" {
			v.Errorf("%s: unexpected error %q", c, got[i].Err)
			continue
		}
		if !layers(v, c, "δs", len(got[i].Deltas)) {
			continue
		}
		L := len(c.Net.Ws)
		d := grading.Matrix{R: c.X.R, C: c.Y.C}
		for n := range c.X.R {
			_, as := forward(c.Net, c.X.Row(n))
			for k, a := range as[L] {
				d.Data = append(d.Data, a-c.Y.At(n, k))
			}
		}
		v.Mat(fmt.Sprintf("δ{%d} (= ŷ − y, ERRATA 5) of %s", L, c), got[i].Deltas[L-1], d, 1e-12)
	}
}

func judgeHidden(v *grading.Verdict, calls []call, got, want []answer) {
	const h = 1e-5
	for i, c := range calls {
		if got[i].Err != "" {
			v.Errorf("%s: unexpected error %q", c, got[i].Err)
			continue
		}
		if !layers(v, c, "δs", len(got[i].Deltas)) {
			continue
		}
		// δ{l}⁽ⁱ⁾ = ∂ℓ⁽ⁱ⁾/∂z{l}⁽ⁱ⁾, ℓ⁽ⁱ⁾ = ½‖ŷ⁽ⁱ⁾ − y⁽ⁱ⁾‖²: central differences in z
		for l := 1; l < len(c.Net.Ws); l++ {
			d := got[i].Deltas[l-1]
			if d.Nil || d.R != c.X.R || d.C != c.Net.Ws[l-1].R {
				v.Errorf("δ{%d} of %s is %s, want %d×%d (one row per example)", l, c, d.Shape(), c.X.R, c.Net.Ws[l-1].R)
				continue
			}
			for n := range c.X.R {
				zs, _ := forward(c.Net, c.X.Row(n))
				for j, z := range zs[l] {
					cd := (perExample(c.Net, c, n, l, j, z+h) - perExample(c.Net, c, n, l, j, z-h)) / (2 * h)
					v.Close(fmt.Sprintf("δ{%d}[%d][%d] of %s against central differences in z", l, n, j, c), d.At(n, j), cd, 1e-7)
				}
			}
		}
	}
}

func judgeW(v *grading.Verdict, calls []call, got, want []answer) {
	const h = 1e-6
	for i, c := range calls {
		if got[i].Err != "" {
			v.Errorf("%s: unexpected error %q", c, got[i].Err)
			continue
		}
		if !layers(v, c, "∂W", len(got[i].GW)) {
			continue
		}
		for l, W := range c.Net.Ws {
			g := got[i].GW[l]
			if g.Nil || g.R != W.R || g.C != W.C {
				v.Errorf("∂ECM/∂W{%d} of %s is %s, want %s (the shape of W{%d})", l+1, c, g.Shape(), W.Shape(), l+1)
				continue
			}
			for k := range W.Data {
				old := W.Data[k]
				W.Data[k] = old + h
				fp := ecm(c.Net, c.X, c.Y)
				W.Data[k] = old - h
				fm := ecm(c.Net, c.X, c.Y)
				W.Data[k] = old
				v.Close(fmt.Sprintf("∂ECM/∂W{%d}[%d][%d] of %s against central differences", l+1, k/W.C, k%W.C, c), g.Data[k], (fp-fm)/(2*h), 1e-7)
			}
		}
	}
}

func judgeB(v *grading.Verdict, calls []call, got, want []answer) {
	const h = 1e-6
	for i, c := range calls {
		if got[i].Err != "" {
			v.Errorf("%s: unexpected error %q", c, got[i].Err)
			continue
		}
		if !layers(v, c, "∂b", len(got[i].GB)) {
			continue
		}
		for l, b := range c.Net.Bs {
			g := got[i].GB[l]
			if len(g) != len(b) {
				v.Errorf("∂ECM/∂b{%d} of %s has %d entries, want %d", l+1, c, len(g), len(b))
				continue
			}
			for k := range b {
				old := b[k]
				b[k] = old + h
				fp := ecm(c.Net, c.X, c.Y)
				b[k] = old - h
				fm := ecm(c.Net, c.X, c.Y)
				b[k] = old
				v.Close(fmt.Sprintf("∂ECM/∂b{%d}[%d] of %s against central differences", l+1, k, c), g[k], (fp-fm)/(2*h), 1e-7)
			}
		}
	}
}

func badPlan(r *rand.Rand) []call {
	n, X := dense.Fixed()
	Y := grading.Matrix{R: 5, C: 2, Data: make([]float64, 10)}
	good := plan(1)(r)[1]
	return []call{
		{Net: n, X: X, Y: grading.Matrix{R: 4, C: 2, Data: make([]float64, 8)}, Why: "Y of 4 rows for X of 5"},
		{Net: n, X: X, Y: grading.Matrix{R: 5, C: 3, Data: make([]float64, 15)}, Why: "Y of 3 columns for an output of 2"},
		{Net: dense.Net{Ws: n.Ws, Bs: n.Bs[:2]}, X: X, Y: Y, Why: "3 weight matrices and 2 biases"},
		good, // shapes that fit: no error, and the output's δ right
	}
}

func judgeBad(v *grading.Verdict, calls []call, got, want []answer) {
	for i, c := range calls {
		if c.Why != "" {
			if got[i].Err == "" {
				v.Errorf("Backward with %s: no error", c.Why)
			}
			continue
		}
		judgeOutput(v, calls[i:i+1], got[i:i+1], want[i:i+1])
	}
}
