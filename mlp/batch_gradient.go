package mlp

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// Gradient returns ∇L(θ), the gradient of the mean loss over the examples
// (X, Y) at the network's current θ, flat in the order of Params:
//
//	∇L(θ) = (1/B) Σᵢ ∇ℓ⁽ⁱ⁾(θ)   over the B rows of X.
//
// With all N examples it is the gradient of gradient descent (GD); with a
// mini-batch of B < N rows, SGD's estimate of it. It is Forward, then
// Backward, then Gradients.Flat, with their errors.
func (n *Network) Gradient(X, Y mat.Matrix) ([]float64, error) {
	tr, err := n.Forward(X)
	if err != nil {
		return nil, err
	}
	g, err := n.Backward(tr, Y)
	if err != nil {
		return nil, err
	}
	return g.Flat(), nil
}

// BatchGradients draws count mini-batches of B examples of d, each B
// distinct rows chosen at random (a fresh draw per batch, seeded), and
// returns the mini-batch gradient ∇L_B(θ) = (1/B) Σ_{i ∈ batch} ∇ℓ⁽ⁱ⁾(θ) of
// each, at the network's current θ. Each is an unbiased estimate of the
// full gradient ∇L(θ): their mean tends to it as count grows.
//
// It is an error if B is not in 1…N, count < 1, count·P > MaxGradientValues
// for a network of P parameters (checked before anything is allocated), or
// d does not fit n.
func (n *Network) BatchGradients(d *Dataset, B, count int, seed uint64) ([][]float64, error) {
	if err := n.check(); err != nil {
		return nil, err
	}
	if d == nil || d.X == nil || d.Y == nil {
		return nil, fmt.Errorf("mlp: BatchGradients of a data set without X or Y")
	}
	N, nx := d.X.Dims()
	_, ny := d.Y.Dims()
	switch {
	case d.Y.RawMatrix().Rows != N:
		return nil, fmt.Errorf("mlp: BatchGradients: X has %d rows, Y %d", N, d.Y.RawMatrix().Rows)
	case B < 1 || B > N:
		return nil, fmt.Errorf("mlp: batch size B = %d for N = %d examples, want 1…N", B, N)
	case count < 1:
		return nil, fmt.Errorf("mlp: %d mini-batches, want at least 1", count)
	}
	if err := n.checkGradientValues("mini-batches (count)", count); err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	perm := make([]int, N)
	for i := range perm {
		perm[i] = i
	}
	X, Y := mat.NewDense(B, nx, nil), mat.NewDense(B, ny, nil) // the batch's rows
	gs := make([][]float64, count)
	for c := range gs {
		rng.Shuffle(N, func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		for r, i := range perm[:B] {
			X.SetRow(r, d.X.RawRowView(i))
			Y.SetRow(r, d.Y.RawRowView(i))
		}
		g, err := n.Gradient(X, Y)
		if err != nil {
			return nil, err
		}
		gs[c] = g
	}
	return gs, nil
}

// GradientSpread returns the mean of the gradient estimates gs and their
// spread around the full gradient, the root mean square distance
//
//	spread = √( (1/count) Σ_c ‖g_c − ∇L(θ)‖² ).
//
// For mini-batches of B of N examples drawn without replacement,
//
//	spread² = (s²/B) · (N − B)/(N − 1),   s² = (1/N) Σᵢ ‖∇ℓ⁽ⁱ⁾(θ) − ∇L(θ)‖²,
//
// so the spread falls as 1/√B while B ≪ N, and is 0 at B = N. It is an
// error if gs is empty, a vector's length differs from full's, a value is
// NaN or ±Inf, or the spread overflows float64.
func GradientSpread(gs [][]float64, full []float64) (mean []float64, spread float64, err error) {
	if len(gs) == 0 {
		return nil, 0, fmt.Errorf("mlp: GradientSpread of no gradients")
	}
	for j, v := range full {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, 0, fmt.Errorf("mlp: GradientSpread: the full gradient's value %d is %v, want a finite number", j, v)
		}
	}
	mean = make([]float64, len(full))
	sq := 0.0
	for c, g := range gs {
		if len(g) != len(full) {
			return nil, 0, fmt.Errorf("mlp: gradient %d has %d values, the full gradient %d", c, len(g), len(full))
		}
		for j := range g {
			if math.IsNaN(g[j]) || math.IsInf(g[j], 0) {
				return nil, 0, fmt.Errorf("mlp: GradientSpread: gradient %d's value %d is %v, want a finite number", c, j, g[j])
			}
			mean[j] += g[j] / float64(len(gs))
			sq += (g[j] - full[j]) * (g[j] - full[j])
		}
	}
	spread = math.Sqrt(sq / float64(len(gs)))
	if math.IsInf(spread, 0) {
		return nil, 0, fmt.Errorf("mlp: GradientSpread: the spread overflows float64 (gradients too large: a square is +Inf)")
	}
	return mean, spread, nil
}

// ExampleSpread returns s, the spread of the N one-example gradients of d
// around the full gradient at the network's current θ,
//
//	s² = (1/N) Σᵢ ‖∇ℓ⁽ⁱ⁾(θ) − ∇L(θ)‖²,
//
// the s of GradientSpread's law: the spread of mini-batch gradients is
// (s/√B)·√((N − B)/(N − 1)). It keeps the N gradients: it is an error if
// N·P > MaxGradientValues for a network of P parameters (checked before
// anything is allocated); other errors are those of Gradient.
func (n *Network) ExampleSpread(d *Dataset) (float64, error) {
	if err := n.check(); err != nil {
		return 0, err
	}
	if d == nil || d.X == nil || d.Y == nil {
		return 0, fmt.Errorf("mlp: ExampleSpread of a data set without X or Y")
	}
	if err := n.checkGradientValues("examples (N)", d.X.RawMatrix().Rows); err != nil {
		return 0, err
	}
	full, err := n.Gradient(d.X, d.Y)
	if err != nil {
		return 0, err
	}
	N, nx := d.X.Dims()
	_, ny := d.Y.Dims()
	each := make([][]float64, N)
	for i := range N {
		if each[i], err = n.Gradient(d.X.Slice(i, i+1, 0, nx), d.Y.Slice(i, i+1, 0, ny)); err != nil {
			return 0, err
		}
	}
	_, s, err := GradientSpread(each, full)
	return s, err
}

// BatchSpread returns the spread around the full gradient of count random
// mini-batch gradients of B examples (BatchGradients, then GradientSpread):
// a measurement of (s/√B)·√((N − B)/(N − 1)). Errors are those of
// BatchGradients (count·P ≤ MaxGradientValues) and GradientSpread.
func (n *Network) BatchSpread(d *Dataset, B, count int, seed uint64) (float64, error) {
	gs, err := n.BatchGradients(d, B, count, seed)
	if err != nil {
		return 0, err
	}
	full, err := n.Gradient(d.X, d.Y)
	if err != nil {
		return 0, err
	}
	_, spread, err := GradientSpread(gs, full)
	return spread, err
}

// checkGradientValues returns an error unless count gradients of n fit in
// MaxGradientValues numbers; what names count.
func (n *Network) checkGradientValues(what string, count int) error {
	if P := n.NumParams(); count > MaxGradientValues/P {
		return fmt.Errorf("mlp: %d %s of a network of %d parameters would keep %.3g numbers, more than mlp.MaxGradientValues = %d: use at most %d",
			count, what, P, float64(count)*float64(P), MaxGradientValues, MaxGradientValues/P)
	}
	return nil
}
