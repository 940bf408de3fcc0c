package mlp

import (
	"fmt"
	"runtime"
	"sync"

	"gomlp.dev/internal/validate"
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
func (tr *Trace) Output() *mat.Dense {
	if tr == nil || len(tr.A) == 0 {
		panicf("Output of an empty Trace: a Trace comes from Forward")
	}
	return tr.A[len(tr.A)-1]
}

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
// the row form of the slides' z{l} = W{l}a{l-1} + b{l}. A[0] is X itself if
// X is a *mat.Dense, else a copy.
//
// It panics, naming the problem, if the network is nil or malformed or has a
// NaN or ±Inf weight (a Train that returned ErrDiverged leaves such
// weights); if X is nil, empty, holds NaN or ±Inf, or does not have n_0
// columns; if the batch is larger than MaxBatchValues allows; or if a Z{l}
// or A{l} overflows to ±Inf or NaN (finite but huge weights or inputs, e.g.
// 1e308): it never returns a silent ±Inf.
func (n *Network) Forward(X mat.Matrix) *Trace { return n.forwardChecked("Forward", X) }

// forwardChecked is Forward; fn names the exported function called, for
// the messages.
func (n *Network) forwardChecked(fn string, X mat.Matrix) *Trace {
	n.mustBeValid(fn)
	rows, cols := mustMatrix(fn, "X", X)
	if cols != n.Sizes[0] {
		panicf("%s: X is %s, the network %s takes n_0 = %d inputs per row", fn, validate.Dims(rows, cols), shortSizes(n.Sizes), n.Sizes[0])
	}
	if err := n.checkBatchValues("X", rows); err != nil {
		panicf("%s: %v", fn, err)
	}
	// Weights that are NaN or ±Inf (a diverged Train) would give NaN
	// outputs silently; checking them costs one pass over the parameters,
	// less than the product with one example's worth of rows.
	if err := n.checkFinite(); err != nil {
		panicf("%s: the network's %v: its outputs would not be numbers (did Train return ErrDiverged?)", fn, err)
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
		panicf("%s: %s", fn, n.overflowMessage(what))
	}
	return tr
}

// forward fills tr from tr.A[0]; every matrix of tr has the batch's rows.
// A batch of 2·parallelRows rows or more is done as two halves at the same
// time, when two CPUs are available (see mul: gonum would otherwise spread
// each product over a goroutine per 64 rows).
func (n *Network) forward(tr *Trace) {
	rows, _ := tr.A[0].Dims()
	if rows < 2*parallelRows || runtime.GOMAXPROCS(0) < 2 {
		n.forwardFrom(tr, 1)
		return
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		n.forwardFrom(tr.rows(rows/2, rows), 1)
	}()
	n.forwardFrom(tr.rows(0, rows/2), 1)
	wg.Wait()
}

// parallelRows is the least number of rows that forward and evaluate give
// to a second goroutine: about 2 ms of work for MNIST's [784, 30, 10],
// well above the cost of starting it and waiting for it, even on a busy
// machine where a goroutine may wait a scheduler's turn (a few ms) to run.
const parallelRows = 1024

// rows returns the trace of rows from … to−1 of tr, as views.
func (tr *Trace) rows(from, to int) *Trace {
	view := func(m *mat.Dense) *mat.Dense {
		_, c := m.Dims()
		return m.Slice(from, to, 0, c).(*mat.Dense)
	}
	out := &Trace{A: []*mat.Dense{view(tr.A[0])}}
	for l := range tr.Z {
		out.Z = append(out.Z, view(tr.Z[l]))
		out.A = append(out.A, view(tr.A[l+1]))
	}
	return out
}

// forwardFrom computes layers l, …, L of tr from A{l-1}.
func (n *Network) forwardFrom(tr *Trace, l int) {
	for ; l <= len(n.Layers); l++ {
		layer := n.Layers[l-1]
		mul(tr.Z[l-1], tr.A[l-1], layer.wt)                     // Z{l} = A{l-1}·W{l}ᵀ
		addBiasActivate(tr.A[l], tr.Z[l-1], layer.b, layer.Act) //        + 1·b{l}ᵀ, A{l} = φ(Z{l})
	}
}

// addBiasActivate adds the bias b to every row of Z and writes A = φ(Z),
// row by row, in one pass over Z.
func addBiasActivate(a, z *mat.Dense, b *mat.VecDense, act Activation) {
	r, _ := z.Dims()
	bias := b.RawVector().Data
	for i := range r {
		zr := z.RawRowView(i)
		floats.Add(zr, bias)
		act.Apply(a.RawRowView(i), zr)
	}
}

// Predict returns the network's outputs Ŷ = A{L} (B×K) for the inputs X
// (B×n_0). It panics as Forward does: an output that overflows float64
// panics with a message naming it, never comes back as a silent ±Inf.
//
// Predict only reads the network: many goroutines may call it at once. It
// must not run beside Train, SetW, SetB or SetParams on the same network (a
// data race: it may read weights half updated); to predict while training,
// train a Clone.
func (n *Network) Predict(X mat.Matrix) *mat.Dense {
	return n.forwardChecked("Predict", X).Output()
}

// Cost returns the network's mean loss on the examples (X, Y),
//
//	L = (1/N) Σᵢ ℓ(ŷ⁽ⁱ⁾, y⁽ⁱ⁾),
//
// computed from the output logits when the loss has a logits form (ECB, ECC).
// It panics as Forward does, and if Y is nil, holds NaN or ±Inf, is not
// N×K, or does not fit the loss (targets outside [0, 1] for ECB and ECC,
// rows that do not sum to 1 for ECC), or if the loss overflows float64
// (outputs or targets so large that a square is +Inf). Like Predict, Cost
// only reads the network.
func (n *Network) Cost(X, Y mat.Matrix) float64 { return n.cost("Cost", X, Y) }

// cost is Cost; fn names the exported function called.
func (n *Network) cost(fn string, X, Y mat.Matrix) float64 {
	tr := n.forwardChecked(fn, X)
	yd := n.mustTargets(fn, Y, tr.Output())
	loss := n.batchLoss(tr, yd)
	if !validate.Finite(loss) {
		panicf("%s: the loss %s is %v: it overflows float64 (outputs or targets too large; largest |weight| or |bias| %.3g)", fn, n.Loss.Name, loss, n.largestWeight())
	}
	return loss
}

// batchLoss returns the mean loss of the batch in tr against the targets y.
func (n *Network) batchLoss(tr *Trace, y *mat.Dense) float64 {
	rows, _ := y.Dims()
	sum := 0.0
	for i := range rows {
		sum += n.exampleLoss(tr, y, i)
	}
	return sum / float64(rows)
}

// exampleLoss returns the loss ℓ of example i (row i) of the batch in tr
// against its targets, from the logits when the loss has a logits form.
func (n *Network) exampleLoss(tr *Trace, y *mat.Dense, i int) float64 {
	L := len(n.Layers)
	if n.Loss.FromLogits != nil {
		return n.Loss.FromLogits(tr.Z[L-1].RawRowView(i), y.RawRowView(i))
	}
	return n.Loss.Example(tr.A[L].RawRowView(i), y.RawRowView(i))
}

// mustTargets returns Y as a *mat.Dense (a copy), or panics unless it is
// finite, has the shape of the outputs Ŷ, and fits the loss; fn names the
// function called.
func (n *Network) mustTargets(fn string, Y mat.Matrix, yhat *mat.Dense) *mat.Dense {
	mustMatrix(fn, "Y", Y)
	rows, _ := yhat.Dims()
	if err := n.checkTargetShape(Y, rows); err != nil {
		panicf("%s: %v", fn, err)
	}
	yd := mat.DenseCopyOf(Y)
	if err := checkLossTargets(n.Loss, yd); err != nil {
		panicf("%s: %v", fn, err)
	}
	return yd
}

// checkTargetShape returns an error unless Y is rows×K, K = n_L.
func (n *Network) checkTargetShape(Y mat.Matrix, rows int) error {
	ry, cy := Y.Dims()
	if k := n.Sizes[len(n.Sizes)-1]; ry != rows || cy != k {
		return fmt.Errorf("Y is %s but the network needs %s: one row of K = %d targets per example of X", validate.Dims(ry, cy), validate.Dims(rows, k), k)
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
				return fmt.Errorf("Y[%d,%d] = %v, want a probability in [0, 1] for loss %s", i, k, v, loss.Name)
			}
		}
		if s := floats.Sum(row); loss.Name == CategoricalCrossEntropy.Name && (s < 1-1e-9 || s > 1+1e-9) {
			return fmt.Errorf("row %d of Y sums to %v, want 1 (one-hot) for loss cce", i, s)
		}
	}
	return nil
}
