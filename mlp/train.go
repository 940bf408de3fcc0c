package mlp

import (
	"errors"
	"fmt"
	"math"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// Settings are the knobs of Train. The zero value of every field is its
// documented default, with one exception: BatchSize must be set, so that
// forgetting it does not silently choose between full-batch GD and SGD.
type Settings struct {
	// Epochs is the number of passes over the training set; 0 means 1.
	Epochs int
	// BatchSize is B, the number of examples per step: 1 ≤ B ≤ N for
	// mini-batch SGD (B = 1: one example per step), or FullBatch for
	// full-batch gradient descent (B = N). It has no default: 0 panics.
	BatchSize int
	// LearningRate is α > 0; 0 means α = 0.1, a common first try rather
	// than a tuned value (notebook 10 shows how α is chosen).
	LearningRate float64
	// WeightDecay is the L2 weight decay ρ ≥ 0 (Nielsen ch. 3); 0 means none.
	WeightDecay float64
	// Seed seeds the shuffling of the examples at each epoch.
	Seed uint64
	// Validation, if not nil, is evaluated after every epoch.
	Validation *Dataset
	// OnStep, if not nil, is called after every step (update).
	OnStep func(StepInfo) error
	// OnEpoch, if not nil, is called after every epoch.
	OnEpoch func(EpochInfo) error
}

// defaultLearningRate is the α of Settings whose LearningRate is 0.
const defaultLearningRate = 0.1

// StepInfo is what Settings.OnStep sees after each step.
type StepInfo struct {
	// Epoch counts from 1; Step counts the steps of this epoch from 1,
	// Steps is the number of steps per epoch, Total the steps so far.
	Epoch, Step, Steps, Total int
	// Loss is the batch's mean loss L before the update.
	Loss float64
	// Grads holds ∂L/∂W{l}, ∂L/∂b{l} and every δ{l} of the batch, from which
	// the update was made (e.g. for the norms ‖δ{l}‖ of the vanishing
	// gradient). Train reuses it at the next step: copy what you keep.
	Grads *Gradients
	// Net is the network, already updated.
	Net *Network
}

// EpochInfo is what Settings.OnEpoch sees after each epoch.
type EpochInfo struct {
	Epoch   int // counting from 1
	Net     *Network
	History *History // all epochs so far
}

// History records one value per epoch. TrainLoss and TrainAccuracy are the
// means over the epoch's mini-batches, each measured before its update (for
// full-batch GD: the loss of the weights the epoch started from); ValLoss
// and ValAccuracy are measured on Settings.Validation after the epoch (empty
// without one). Losses are the data loss L, without the L2 term. Accuracies
// are NaN when the targets are not classes (0/1 with K = 1, one-hot rows
// with K > 1). FinalLoss is the data loss L, on the whole training set, of
// the weights Train returns (after the last update): TrainLoss[e] is never
// that, since it is measured before the updates of epoch e+1.
type History struct {
	TrainLoss, TrainAccuracy []float64
	ValLoss, ValAccuracy     []float64
	// FinalLoss is NaN if training stopped early (an error or ErrStop).
	FinalLoss float64
}

// FullBatch, as Settings.BatchSize, makes every step use all N examples
// (B = N): full-batch gradient descent, one step per epoch, each on the
// gradient of the mean loss of the whole training set,
//
//	L = (1/N) Σᵢ₌₁ᴺ ℓ⁽ⁱ⁾.
//
// It trains the same weights as BatchSize = N, bit for bit.
const FullBatch = -1

// ErrStop, returned by OnStep or OnEpoch, ends training early without error.
var ErrStop = errors.New("mlp: training stopped by a callback")

// ErrDiverged is wrapped by Train's error when the loss becomes NaN or ±Inf.
var ErrDiverged = errors.New("mlp: training diverged")

// shuffleSeedStream is the second word of the PCG state for shuffling.
const shuffleSeedStream = 0x73687566 // "shuf"

// Train fits the network to the examples of d by gradient descent on the
// mean loss, in place, and returns the history of losses and accuracies.
// Each epoch shuffles the N examples (seeded by s.Seed; not when B = N)
// and cuts them into ⌈N/B⌉ mini-batches; for each batch, Forward, Backward,
// then the update with learning rate α and L2 decay ρ (Nielsen's form):
//
//	W{l} ← (1 − αρ/N) W{l} − α ∂L/∂W{l},   b{l} ← b{l} − α ∂L/∂b{l},
//
// where ∂L/∂W{l} is the gradient of the batch's mean loss. With B = N
// (BatchSize N or FullBatch) this is full-batch gradient descent; with
// B < N, stochastic gradient descent.
//
// Train checks its data sets (d and s.Validation) once, at its start, and
// returns an error if they do not fit: one wrapping ErrShape (no X or Y,
// rows that differ, columns other than n_0 and K, more examples than
// MaxBatchValues allows for the final loss), ErrNonFinite (NaN or ±Inf) or
// ErrTargets (targets the loss cannot take). If the loss becomes NaN or
// ±Inf, training stops with an error wrapping ErrDiverged that names the
// epoch and the step; the history up to there is returned with it (and the
// weights are left as they were then: do not use them). A callback's error
// ends training and is returned (ErrStop: without error).
//
// It panics, naming the problem, on what the caller controls: a nil or
// malformed network or one with NaN or ±Inf weights, a nil d, and settings
// out of range (Epochs or LearningRate < 0 or not finite, WeightDecay < 0
// or not finite, BatchSize 0 or outside 1…N and not FullBatch).
//
// Train writes the weights at every step: nothing else may use the network
// while it runs (Predict, Cost, Save or another Train on it from another
// goroutine is a data race). Its callbacks run in Train's goroutine and may
// read the network. To serve predictions while training, train a Clone;
// training different networks in parallel is safe.
func (n *Network) Train(d *Dataset, s Settings) (*History, error) {
	s = n.mustSettings(d, s)
	if err := n.checkData(d, s); err != nil {
		return nil, err
	}
	N, _ := d.X.Dims()
	B := s.BatchSize
	if B == FullBatch {
		B = N
	}
	if B < 1 || B > N {
		panicf("Train: BatchSize = %d for N = %d examples: set BatchSize to B in 1…N, or mlp.FullBatch for full-batch GD", s.BatchSize, N)
	}
	steps := (N + B - 1) / B
	full := n.newWorkspace(B)
	last := full
	if r := N % B; r != 0 {
		last = n.newWorkspace(r)
	}
	classes := isClasses(d.Y)
	valClasses := s.Validation != nil && isClasses(s.Validation.Y)
	batches := newBatches(d, B, s.Epochs, s.Seed) // shuffled at every epoch
	defer batches.stop()
	h := &History{FinalLoss: math.NaN()}
	total := 0
	for epoch := 1; epoch <= s.Epochs; epoch++ {
		lossSum, right := 0.0, 0
		for step := 1; step <= steps; step++ {
			ws := full
			if step == steps {
				ws = last
			}
			b := batches.next()
			loss := n.forwardBatch(ws, b)
			if math.IsNaN(loss) || math.IsInf(loss, 0) {
				return h, fmt.Errorf("%w at epoch %d, step %d of %d: the batch loss is %v (try a learning rate below α = %v)",
					ErrDiverged, epoch, step, steps, loss, s.LearningRate)
			}
			n.backwardUpdate(ws, b, s.LearningRate, s.WeightDecay, N, s.OnStep != nil)
			rows, _ := b.y.Dims()
			lossSum += loss * float64(rows)
			right += countCorrect(ws.tr.Output(), b.y)
			total++
			if s.OnStep != nil {
				err := s.OnStep(StepInfo{Epoch: epoch, Step: step, Steps: steps, Total: total, Loss: loss, Grads: ws.g, Net: n})
				if err != nil {
					return h, callbackErr(err)
				}
			}
		}
		h.TrainLoss = append(h.TrainLoss, lossSum/float64(N))
		h.TrainAccuracy = append(h.TrainAccuracy, accuracyOrNaN(classes, right, N))
		if v := s.Validation; v != nil {
			loss, right := n.evaluate(v.X, v.Y)
			nv, _ := v.Y.Dims()
			h.ValLoss = append(h.ValLoss, loss)
			h.ValAccuracy = append(h.ValAccuracy, accuracyOrNaN(valClasses, right, nv))
		}
		if s.OnEpoch != nil {
			if err := s.OnEpoch(EpochInfo{Epoch: epoch, Net: n, History: h}); err != nil {
				return h, callbackErr(err)
			}
		}
	}
	if err := n.checkFinite(); err != nil {
		return h, fmt.Errorf("%w after the last step (epoch %d): %v (try a learning rate below α = %v)", ErrDiverged, s.Epochs, err, s.LearningRate)
	}
	h.FinalLoss = n.finalLoss(d)
	return h, nil
}

// update takes one gradient step on every layer.
func (n *Network) update(g *Gradients, alpha, rho float64, N int) { n.updateFrom(g, 1, alpha, rho, N) }

// updateFrom is update without the weights of the layers below low (the
// biases of all layers are updated).
func (n *Network) updateFrom(g *Gradients, low int, alpha, rho float64, N int) {
	decay := 1 - alpha*rho/float64(N)
	for l, layer := range n.Layers {
		if l+1 >= low {
			if decay != 1 {
				scale(decay, layer.wt) // (1 − αρ/N) W{l}
			}
			addScaled(layer.wt, -alpha, g.wt[l]) //  − α ∂L/∂W{l}
		}
		layer.b.AddScaledVec(layer.b, -alpha, g.B[l]) // b{l} − α ∂L/∂b{l}
	}
}

// addScaled sets m = m + alpha·d, row by row.
func addScaled(m *mat.Dense, alpha float64, d *mat.Dense) {
	r, _ := m.Dims()
	for i := range r {
		floats.AddScaled(m.RawRowView(i), alpha, d.RawRowView(i))
	}
}

// callbackErr turns ErrStop into nil and passes other errors on.
func callbackErr(err error) error {
	if errors.Is(err, ErrStop) {
		return nil
	}
	return err
}

// mustSettings panics unless n can be trained with s on d (a caller's
// bugs: see Train) and returns s with its zero fields set to their
// defaults. BatchSize against N is checked once the data are.
func (n *Network) mustSettings(d *Dataset, s Settings) Settings {
	n.mustBeValid("Train")
	if err := n.checkFinite(); err != nil {
		panicf("Train: cannot train from non-finite weights: the network's %v (did an earlier Train return ErrDiverged?)", err)
	}
	if d == nil {
		panicf("Train: the training set d is nil")
	}
	switch {
	case s.Epochs < 0:
		panicf("Train: Epochs = %d, want ≥ 1 (or 0 for 1)", s.Epochs)
	case s.LearningRate < 0 || !validate.Finite(s.LearningRate):
		panicf("Train: learning rate α = %v, want a finite α > 0 (or 0 for α = %v)", s.LearningRate, defaultLearningRate)
	case s.WeightDecay < 0 || !validate.Finite(s.WeightDecay):
		panicf("Train: weight decay ρ = %v, want a finite ρ ≥ 0", s.WeightDecay)
	case s.BatchSize == 0:
		panicf("Train: BatchSize is 0 (not set): set BatchSize to B in 1…N, or mlp.FullBatch for full-batch GD")
	case s.BatchSize < 1 && s.BatchSize != FullBatch:
		panicf("Train: BatchSize = %d: set BatchSize to B in 1…N, or mlp.FullBatch for full-batch GD", s.BatchSize)
	}
	if s.Epochs == 0 {
		s.Epochs = 1
	}
	if s.LearningRate == 0 {
		s.LearningRate = defaultLearningRate
	}
	return s
}

// checkData returns an error, wrapping ErrShape, ErrNonFinite or
// ErrTargets, unless the training set d and the validation set of s (if
// any) fit n and its loss.
func (n *Network) checkData(d *Dataset, s Settings) error {
	for _, set := range []struct {
		name string
		d    *Dataset
	}{{"training set", d}, {"validation set", s.Validation}} {
		if set.d == nil {
			continue // only the validation set may be nil: d was checked
		}
		if err := n.checkDataset(set.name, set.d); err != nil {
			return err
		}
	}
	return nil
}

// checkDataset is checkData for one set, named by name.
func (n *Network) checkDataset(name string, d *Dataset) error {
	shape := func(format string, args ...any) error {
		return validate.Errorf(ErrShape, "mlp: Train: the %s: "+format, append([]any{name}, args...)...)
	}
	for _, m := range []struct {
		name string
		m    *mat.Dense
	}{{"X", d.X}, {"Y", d.Y}} {
		if m.m == nil {
			return shape("%s is nil", m.name)
		}
		if validate.Empty(m.m) {
			r, c := m.m.Dims()
			return shape("%s is empty (%s)", m.name, validate.Dims(r, c))
		}
	}
	rx, cx := d.X.Dims()
	ry, cy := d.Y.Dims()
	switch {
	case rx != ry:
		return shape("X is %s but Y is %s: want one row of each per example", validate.Dims(rx, cx), validate.Dims(ry, cy))
	case cx != n.Sizes[0]:
		return shape("X is %s but the network %s takes n_0 = %d inputs per row", validate.Dims(rx, cx), shortSizes(n.Sizes), n.Sizes[0])
	case cy != n.Sizes[len(n.Sizes)-1]:
		return shape("Y is %s but the network %s has K = %d outputs", validate.Dims(ry, cy), shortSizes(n.Sizes), n.Sizes[len(n.Sizes)-1])
	case d.Labels != nil && len(d.Labels) != rx:
		return shape("%d labels for %d examples", len(d.Labels), rx)
	}
	if err := n.checkBatchValues("the "+name, rx); err != nil {
		return validate.Errorf(ErrShape, "mlp: Train: %v", err)
	}
	for _, m := range []struct {
		name string
		m    *mat.Dense
	}{{"X", d.X}, {"Y", d.Y}} {
		if i, j, found := validate.DenseNonFinite(m.m); found {
			return validate.Errorf(ErrNonFinite, "mlp: Train: the %s's %s[%d,%d] is %v, want a finite number", name, m.name, i, j, m.m.At(i, j))
		}
	}
	if err := checkLossTargets(n.Loss, d.Y); err != nil {
		return validate.Errorf(ErrTargets, "mlp: Train: the %s's %v", name, err)
	}
	return nil
}

// checkFinite returns an error naming the first weight or bias that is NaN
// or ±Inf.
func (n *Network) checkFinite() error {
	for l, layer := range n.Layers {
		wt := layer.wt.RawMatrix()
		for i := range wt.Rows {
			for j, v := range wt.Data[i*wt.Stride : i*wt.Stride+wt.Cols] {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					return fmt.Errorf("weight W{%d}[%d,%d] is %v", l+1, j, i, v)
				}
			}
		}
		for k, v := range layer.b.RawVector().Data {
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return fmt.Errorf("bias b{%d}[%d] is %v", l+1, k, v)
			}
		}
	}
	return nil
}

// isClasses reports whether Y holds classes: 0/1 values, and one-hot rows
// when K > 1.
func isClasses(Y *mat.Dense) bool {
	r, k := Y.Dims()
	for i := range r {
		sum := 0.0
		for _, v := range Y.RawRowView(i) {
			if v != 0 && v != 1 {
				return false
			}
			sum += v
		}
		if k > 1 && sum != 1 {
			return false
		}
	}
	return true
}

// countCorrect counts the rows whose predicted class (argmax of Ŷ, or Ŷ ≥ ½
// when K = 1) is the true class of Y.
func countCorrect(yhat, y *mat.Dense) int {
	r, k := y.Dims()
	right := 0
	for i := range r {
		p, t := yhat.RawRowView(i), y.RawRowView(i)
		if k == 1 {
			if (p[0] >= 0.5) == (t[0] == 1) {
				right++
			}
		} else if argmax(p) == argmax(t) {
			right++
		}
	}
	return right
}

// argmax returns the index of the first largest element of v.
func argmax(v []float64) int {
	best := 0
	for k := range v {
		if v[k] > v[best] {
			best = k
		}
	}
	return best
}

func accuracyOrNaN(classes bool, right, n int) float64 {
	if !classes {
		return math.NaN()
	}
	return float64(right) / float64(n)
}
