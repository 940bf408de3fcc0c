package mlp

import (
	"fmt"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// Gradients holds what backpropagation computes for a batch of B examples,
// for l = 1 … L (index l−1, like Network.Layers):
//
//	W[l-1] = ∂L/∂W{l}   (n_l × n_{l-1}, the shape of W{l}),
//	B[l-1] = ∂L/∂b{l}   (n_l),
//	Delta[l-1] = δ{l}   (B×n_l: row i is δ{l} = ∂ℓ⁽ⁱ⁾/∂z{l} of example i),
//
// where L = (1/B) Σᵢ ℓ⁽ⁱ⁾ is the mean loss of the batch. Each W[l-1] is a
// read-only view of what the layer's product computes, (∂L/∂W{l})ᵀ (see
// Layer): reading it costs nothing, and mat.DenseCopyOf(W[l-1]) makes a
// matrix of one's own.
type Gradients struct {
	W     []mat.Matrix
	B     []*mat.VecDense
	Delta []*mat.Dense

	wt []*mat.Dense // (∂L/∂W{l})ᵀ, n_{l-1} × n_l, of which W[l-1] is the transpose
}

// newGradients allocates gradients for batches of b examples.
func newGradients(sizes []int, b int) *Gradients {
	g := &Gradients{}
	for l := 1; l < len(sizes); l++ {
		g.wt = append(g.wt, mat.NewDense(sizes[l-1], sizes[l], nil))
		g.W = append(g.W, g.wt[l-1].T())
		g.B = append(g.B, mat.NewVecDense(sizes[l], nil))
		g.Delta = append(g.Delta, mat.NewDense(b, sizes[l], nil))
	}
	return g
}

// Backward backpropagates the loss of the batch that Forward put in tr
// against the targets Y (B×K) and returns every gradient and δ (see
// Gradients). Starting from the output layer's δ{L} (the loss's Delta:
// ŷ − y for sigmoid+ECB and softmax+ECC, (ŷ − y) ⊙ φ′(z{L}) for ECM), it
// applies, for l = L … 1, the row form of the slides' rules (ERRATA 6):
//
//	∂L/∂W{l} = (1/B) Δ{l}ᵀ A{l-1}          (slides: δ{l} (a{l-1})ᵀ, averaged)
//	∂L/∂b{l} = (1/B) Σᵢ δ{l}⁽ⁱ⁾
//	Δ{l-1}  = Δ{l} W{l} ⊙ φ′(Z{l-1})      (slides: (W{l})ᵀ δ{l} ⊙ φ′(z{l-1}))
//
// where Δ{l} stacks the δ{l} of the B examples as rows. It panics, naming
// the problem, if the network is nil or malformed, tr does not come from
// this network's Forward (nil, shapes, or a NaN or ±Inf put into it since),
// Y does not fit it (nil, shape, NaN/Inf, targets outside [0, 1] for
// ECB/ECC, rows not summing to 1 for ECC), or a gradient overflows float64.
func (n *Network) Backward(tr *Trace, Y mat.Matrix) *Gradients {
	n.mustBeValid("Backward")
	if err := n.checkTrace(tr); err != nil {
		panicf("Backward: %v", err)
	}
	y := n.mustTargets("Backward", Y, tr.Output())
	rows, _ := y.Dims()
	g := newGradients(n.Sizes, rows)
	n.backward(tr, y, g)
	if what, found := gradientsNonFinite(g); found {
		panicf("Backward: %s: the gradients overflow float64 (largest |weight| or |bias| %.3g)", what, n.largestWeight())
	}
	return g
}

// backward fills g from the trace and the targets; all of them have the
// batch's rows.
func (n *Network) backward(tr *Trace, y *mat.Dense, g *Gradients) { n.backwardTo(tr, y, g, 1) }

// backwardTo is backward without the weight gradients of the layers below
// low: it fills every δ{l} and ∂L/∂b{l}, and ∂L/∂W{l} for l ≥ low.
func (n *Network) backwardTo(tr *Trace, y *mat.Dense, g *Gradients, low int) {
	L := len(n.Layers)
	rows, _ := y.Dims()
	out := n.Layers[L-1].Act
	for i := range rows { // δ{L} of each example, from the loss
		n.Loss.Delta(g.Delta[L-1].RawRowView(i), tr.Z[L-1].RawRowView(i), tr.A[L].RawRowView(i), y.RawRowView(i), out)
	}
	for l := L; l >= 1; l-- {
		delta := g.Delta[l-1]
		if l >= low {
			mulTransA(g.wt[l-1], 1/float64(rows), tr.A[l-1], delta) // (∂L/∂W{l})ᵀ = (1/B) A{l-1}ᵀ Δ{l}
		}
		meanOfRows(g.B[l-1], delta) // ∂L/∂b{l} = (1/B) Σᵢ δ{l}⁽ⁱ⁾
		if l > 1 {
			prev := g.Delta[l-2]
			mulTransB(prev, delta, n.Layers[l-1].wt)                // Δ{l-1} = Δ{l} W{l}
			mulDeriv(prev, tr.Z[l-2], tr.A[l-1], n.Layers[l-2].Act) // ⊙ φ′(Z{l-1})
		}
	}
}

// scale multiplies m by alpha, row by row (mat.Dense.Scale reads element by
// element, several times slower).
func scale(alpha float64, m *mat.Dense) {
	r, _ := m.Dims()
	for i := range r {
		floats.Scale(alpha, m.RawRowView(i))
	}
}

// meanOfRows writes the mean of the rows of m into v.
func meanOfRows(v *mat.VecDense, m *mat.Dense) {
	r, _ := m.Dims()
	sum := v.RawVector().Data
	for k := range sum {
		sum[k] = 0
	}
	for i := range r {
		floats.Add(sum, m.RawRowView(i))
	}
	floats.Scale(1/float64(r), sum)
}

// mulDeriv multiplies every δ by φ′(z), element by element, computed from
// the layer's outputs a = φ(z) when the activation has DerivFromOutput
// (σ′ = a(1 − a): no second exponential), else from z.
func mulDeriv(delta, z, a *mat.Dense, act Activation) {
	r, _ := z.Dims()
	for i := range r {
		d, zr, ar := delta.RawRowView(i), z.RawRowView(i), a.RawRowView(i)
		for k := range d {
			d[k] *= act.derivAt(zr[k], ar[k])
		}
	}
}

// checkTrace returns an error unless tr has the shapes a Forward of n gives
// and only finite numbers.
func (n *Network) checkTrace(tr *Trace) error {
	L := len(n.Layers)
	if tr == nil || len(tr.A) != L+1 || len(tr.Z) != L || tr.A[0] == nil {
		return fmt.Errorf("the Trace is not one of this network's Forward (%d layers)", L)
	}
	rows, _ := tr.A[0].Dims()
	for l := 0; l <= L; l++ {
		if tr.A[l] == nil || (l > 0 && tr.Z[l-1] == nil) {
			return fmt.Errorf("trace layer %d is missing", l)
		}
		r, c := tr.A[l].Dims()
		if r != rows || c != n.Sizes[l] {
			return fmt.Errorf("trace A{%d} is %s, want %s for sizes %s", l, validate.Dims(r, c), validate.Dims(rows, n.Sizes[l]), shortSizes(n.Sizes))
		}
		if l > 0 {
			if r, c := tr.Z[l-1].Dims(); r != rows || c != n.Sizes[l] {
				return fmt.Errorf("trace Z{%d} is %s, want %s for sizes %s", l, validate.Dims(r, c), validate.Dims(rows, n.Sizes[l]), shortSizes(n.Sizes))
			}
		}
	}
	if what, found := traceNonFinite(tr, true); found {
		return fmt.Errorf("trace %s, want finite numbers (Forward gives only finite ones: was the Trace changed?)", what)
	}
	return nil
}
