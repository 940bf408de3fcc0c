package mlp

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// Trace holds what a forward pass computes for a batch of B examples (one
// per row), layer by layer, for backpropagation and for plots:
//
//	A[0] = X,   Z[l-1] = Z{l} = A{l-1}·W{l}ᵀ + 1·b{l}ᵀ,   A[l] = A{l} = φ(Z{l}),
//
// for l = 1 … L, so Z[l-1] and A[l] are B×n_l and A[L] = Ŷ.
type Trace struct {
	Z []*mat.Dense
	A []*mat.Dense
}

// Output returns Ŷ = A{L}, the network's outputs (B×K).
func (tr *Trace) Output() *mat.Dense { return tr.A[len(tr.A)-1] }

// newTrace allocates a trace for batches of b examples; A[0] is allocated
// only if input is true.
func newTrace(sizes []int, b int, input bool) *Trace {
	tr := &Trace{A: []*mat.Dense{nil}}
	if input {
		tr.A[0] = mat.NewDense(b, sizes[0], nil)
	}
	for _, w := range sizes[1:] {
		tr.Z = append(tr.Z, mat.NewDense(b, w, nil))
		tr.A = append(tr.A, mat.NewDense(b, w, nil))
	}
	return tr
}

// Forward propagates the batch X (B×n_0, one example per row) through the
// network and returns every Z{l} and A{l} (see Trace):
//
//	Z{l} = A{l-1}·W{l}ᵀ + 1·b{l}ᵀ,   A{l} = φ(Z{l}),   A{0} = X,   Ŷ = A{L},
//
// the row form of the slides' z{l} = W{l}a{l-1} + b{l}. It is an error if
// the network is nil or malformed or has a NaN or ±Inf weight or bias, or X
// is empty, holds NaN or Inf, or does not have n_0 columns; if the batch is
// larger than MaxBatchValues allows; or if a Z{l} or A{l} overflows to ±Inf
// or NaN (finite but huge weights or inputs, e.g. 1e308), an error that
// names the first such value. A[0] is X itself if X is a *mat.Dense, else a
// copy.
func (n *Network) Forward(X mat.Matrix) (*Trace, error) {
	if err := n.checkInputs(X); err != nil {
		return nil, err
	}
	rows, _ := X.Dims()
	if err := n.checkBatchValues("X", rows); err != nil {
		return nil, err
	}
	// Weights set to NaN or ±Inf (SetW, Wt.Set) would give NaN outputs
	// silently; checking them costs one pass over the parameters, less than
	// the product with one example's worth of rows.
	if err := n.checkFinite(); err != nil {
		return nil, fmt.Errorf("mlp: the network's %v; its outputs would not be numbers", err)
	}
	xd, isDense := X.(*mat.Dense)
	tr := newTrace(n.Sizes, rows, !isDense)
	if isDense {
		tr.A[0] = xd
	} else {
		tr.A[0].Copy(X)
	}
	n.forward(tr)
	if what, found := traceNonFinite(tr, false); found { // X was checked above
		return nil, n.overflowError(what)
	}
	return tr, nil
}

// forward fills tr from tr.A[0]; every matrix of tr has the batch's rows.
func (n *Network) forward(tr *Trace) {
	for l, layer := range n.Layers {
		z, a := tr.Z[l], tr.A[l+1]
		mul(z, tr.A[l], layer.Wt) // Z{l} = A{l-1}·W{l}ᵀ
		addToRows(z, layer.B)     //        + 1·b{l}ᵀ
		activate(a, z, layer.Act) // A{l} = φ(Z{l})
	}
}

// addToRows adds the vector b to every row of m.
func addToRows(m *mat.Dense, b *mat.VecDense) {
	r, _ := m.Dims()
	bias := b.RawVector().Data
	for i := range r {
		floats.Add(m.RawRowView(i), bias)
	}
}

// activate writes A = φ(Z), row by row.
func activate(a, z *mat.Dense, act Activation) {
	r, _ := z.Dims()
	for i := range r {
		act.Apply(a.RawRowView(i), z.RawRowView(i))
	}
}

// Predict returns the network's outputs Ŷ = A{L} (B×K) for the inputs X
// (B×n_0), so that a *Network is a Predictor. Errors as Forward: an output
// that overflows float64 is an error, never a silent ±Inf.
//
// Predict only reads the network: many goroutines may call it at once. It
// must not run beside Train, SetW or SetParams on the same network (a data
// race: it may read weights half updated); to predict while training, train
// a Clone.
func (n *Network) Predict(X mat.Matrix) (*mat.Dense, error) {
	tr, err := n.Forward(X)
	if err != nil {
		return nil, err
	}
	return tr.Output(), nil
}

// Cost returns the network's mean loss on the examples (X, Y),
//
//	L = (1/N) Σᵢ ℓ(ŷ⁽ⁱ⁾, y⁽ⁱ⁾),
//
// computed from the output logits when the loss has a logits form (ECB, ECC).
// It is an error if X or Y is malformed (see Forward) or their shapes do not
// fit the network, or if the loss overflows float64 (outputs or targets so
// large that a square is +Inf). Like Predict, Cost only reads the network.
func (n *Network) Cost(X, Y mat.Matrix) (float64, error) {
	tr, err := n.Forward(X)
	if err != nil {
		return 0, err
	}
	yd, err := n.checkTargets(Y, tr.Output())
	if err != nil {
		return 0, err
	}
	loss := n.batchLoss(tr, yd)
	if math.IsNaN(loss) || math.IsInf(loss, 0) {
		return 0, fmt.Errorf("mlp: the loss %s is %v: it overflows float64 (outputs or targets too large; largest |weight| or |bias| %.3g)", n.Loss.Name, loss, n.largestWeight())
	}
	return loss, nil
}

// batchLoss returns the mean loss of the batch in tr against the targets y.
func (n *Network) batchLoss(tr *Trace, y *mat.Dense) float64 {
	L := len(n.Layers)
	z, yhat := tr.Z[L-1], tr.A[L]
	rows, _ := y.Dims()
	sum := 0.0
	for i := range rows {
		if n.Loss.FromLogits != nil {
			sum += n.Loss.FromLogits(z.RawRowView(i), y.RawRowView(i))
		} else {
			sum += n.Loss.Example(yhat.RawRowView(i), y.RawRowView(i))
		}
	}
	return sum / float64(rows)
}

// checkInputs returns an error unless n is a usable network and X a finite,
// non-empty batch with n_0 columns.
func (n *Network) checkInputs(X mat.Matrix) error {
	if err := n.check(); err != nil {
		return err
	}
	if err := dataCheckMatrix("X", X); err != nil {
		return err
	}
	if r, c := X.Dims(); c != n.Sizes[0] {
		return fmt.Errorf("mlp: X is %d×%d but the network %s takes n_0 = %d inputs per row", r, c, shortSizes(n.Sizes), n.Sizes[0])
	}
	return nil
}

// checkTargets returns Y as a *mat.Dense, or an error unless it is finite,
// has the shape of the outputs Ŷ, and fits the loss: values in [0, 1] for
// ECB and ECC, rows that sum to 1 for ECC.
func (n *Network) checkTargets(Y mat.Matrix, yhat *mat.Dense) (*mat.Dense, error) {
	if err := dataCheckMatrix("Y", Y); err != nil {
		return nil, err
	}
	rows, _ := yhat.Dims()
	if err := n.checkTargetShape(Y, rows); err != nil {
		return nil, err
	}
	yd := mat.DenseCopyOf(Y)
	if err := checkLossTargets(n.Loss, yd); err != nil {
		return nil, err
	}
	return yd, nil
}

// checkTargetShape returns an error unless Y is rows×K, K = n_L.
func (n *Network) checkTargetShape(Y mat.Matrix, rows int) error {
	ry, cy := Y.Dims()
	if k := n.Sizes[len(n.Sizes)-1]; ry != rows || cy != k {
		return fmt.Errorf("mlp: Y is %d×%d but the network needs %d×%d: one row of K = %d targets per example of X", ry, cy, rows, k, k)
	}
	return nil
}

// checkLossTargets returns an error unless the targets fit the loss.
func checkLossTargets(loss Loss, y *mat.Dense) error {
	if loss.Name != BinaryCrossEntropy.Name && loss.Name != CategoricalCrossEntropy.Name {
		return nil
	}
	r, _ := y.Dims()
	for i := range r {
		row := y.RawRowView(i)
		for k, v := range row {
			if v < 0 || v > 1 {
				return fmt.Errorf("mlp: Y[%d,%d] = %v, want a probability in [0, 1] for loss %s", i, k, v, loss.Name)
			}
		}
		if s := floats.Sum(row); loss.Name == CategoricalCrossEntropy.Name && (s < 1-1e-9 || s > 1+1e-9) {
			return fmt.Errorf("mlp: row %d of Y sums to %v, want 1 (one-hot) for loss cce", i, s)
		}
	}
	return nil
}
