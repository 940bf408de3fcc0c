package mlp

import (
	"errors"
	"fmt"
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// Settings are the knobs of Train. Epochs, BatchSize and LearningRate must
// be set; the zero value of WeightDecay, Seed, Validation, OnStep and OnEpoch is
// a sensible default.
type Settings struct {
	// Epochs is the number of passes over the training set (≥ 1).
	Epochs int
	// BatchSize is B, the number of examples per step: 1 ≤ B ≤ N for
	// mini-batch SGD (B = 1: one example per step), or FullBatch for
	// full-batch gradient descent (B = N). Its zero value is an error, so
	// that forgetting it does not silently choose one of the two.
	BatchSize int
	// LearningRate is α > 0.
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
// It is an error if the data do not fit the network or the loss, or a
// setting is out of range. If the loss becomes NaN or ±Inf, training stops
// with an error wrapping ErrDiverged that names the epoch and the step; the
// history up to there is returned with it. A callback's error ends training
// and is returned (ErrStop: without error). Sizes are checked at the start,
// before anything is allocated: the training set (its final loss is one
// pass over all N examples) and the validation set within MaxBatchValues.
//
// Train writes the weights at every step: nothing else may use the network
// while it runs (Predict, Cost, Save or another Train on it from another
// goroutine is a data race). Its callbacks run in Train's goroutine and may
// read the network. To serve predictions while training, train a Clone;
// training different networks in parallel is safe.
func (n *Network) Train(d *Dataset, s Settings) (*History, error) {
	if err := n.checkTraining(d, s); err != nil {
		return nil, err
	}
	N, _ := d.X.Dims()
	B := s.BatchSize
	if B == FullBatch {
		B = N
	}
	steps := (N + B - 1) / B
	full := &workspace{tr: newTrace(n.Sizes, B, false), g: newGradients(n.Sizes, B)}
	last := full
	if r := N % B; r != 0 {
		last = &workspace{tr: newTrace(n.Sizes, r, false), g: newGradients(n.Sizes, r)}
	}
	var val *workspace
	if s.Validation != nil {
		nv, _ := s.Validation.X.Dims()
		val = &workspace{tr: newTrace(n.Sizes, nv, false), y: s.Validation.Y}
		val.tr.A[0] = s.Validation.X
	}
	classes := isClasses(d.Y)
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
			ws.tr.A[0], ws.y = batches.next() // the batch's X (= A{0}) and Y
			n.forward(ws.tr)
			loss := n.batchLoss(ws.tr, ws.y)
			if math.IsNaN(loss) || math.IsInf(loss, 0) {
				return h, fmt.Errorf("%w at epoch %d, step %d of %d: the batch loss is %v (try a learning rate below α = %v)",
					ErrDiverged, epoch, step, steps, loss, s.LearningRate)
			}
			n.backward(ws.tr, ws.y, ws.g)
			n.update(ws.g, s.LearningRate, s.WeightDecay, N)
			rows, _ := ws.y.Dims()
			lossSum += loss * float64(rows)
			right += countCorrect(ws.tr.Output(), ws.y)
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
		if val != nil {
			n.forward(val.tr)
			nv, _ := val.y.Dims()
			h.ValLoss = append(h.ValLoss, n.batchLoss(val.tr, val.y))
			h.ValAccuracy = append(h.ValAccuracy, accuracyOrNaN(isClasses(val.y), countCorrect(val.tr.Output(), val.y), nv))
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

// workspace holds the buffers of one batch size, allocated once per Train.
type workspace struct {
	tr *Trace
	g  *Gradients
	y  *mat.Dense
}

// update takes one gradient step on every layer.
func (n *Network) update(g *Gradients, alpha, rho float64, N int) {
	decay := 1 - alpha*rho/float64(N)
	for l, layer := range n.Layers {
		if decay != 1 {
			scale(decay, layer.Wt) // (1 − αρ/N) W{l}
		}
		addScaled(layer.Wt, -alpha, g.Wt[l])          //  − α ∂L/∂W{l}
		layer.B.AddScaledVec(layer.B, -alpha, g.B[l]) // b{l} − α ∂L/∂b{l}
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

// checkTraining returns an error unless d and s are fit for training n.
func (n *Network) checkTraining(d *Dataset, s Settings) error {
	if err := n.check(); err != nil {
		return err
	}
	if err := n.checkFinite(); err != nil {
		return fmt.Errorf("mlp: cannot train from non-finite weights: %v", err)
	}
	for _, set := range []struct {
		name string
		d    *Dataset
	}{{"training set", d}, {"validation set", s.Validation}} {
		if set.d == nil && set.name == "validation set" {
			continue
		}
		if err := dataCheckDataset(set.d); err != nil {
			return fmt.Errorf("%w (%s)", err, set.name)
		}
		if err := n.checkInputs(set.d.X); err != nil {
			return fmt.Errorf("%w (%s)", err, set.name)
		}
		if err := n.checkBatchValues("the "+set.name, set.d.X.RawMatrix().Rows); err != nil {
			return err
		}
		if err := n.checkTargetShape(set.d.Y, set.d.X.RawMatrix().Rows); err != nil {
			return fmt.Errorf("%w (%s)", err, set.name)
		}
		if err := checkLossTargets(n.Loss, set.d.Y); err != nil {
			return fmt.Errorf("%w (%s)", err, set.name)
		}
	}
	N, _ := d.X.Dims()
	switch {
	case s.Epochs < 1:
		return fmt.Errorf("mlp: Epochs = %d, want ≥ 1", s.Epochs)
	case !(s.LearningRate > 0) || math.IsInf(s.LearningRate, 0):
		return fmt.Errorf("mlp: learning rate α = %v, want a finite α > 0", s.LearningRate)
	case !(s.WeightDecay >= 0) || math.IsInf(s.WeightDecay, 0):
		return fmt.Errorf("mlp: weight decay ρ = %v, want a finite ρ ≥ 0", s.WeightDecay)
	case s.BatchSize == 0:
		return fmt.Errorf("mlp: BatchSize is 0 (not set): set BatchSize to B in 1…N (N = %d examples), or mlp.FullBatch for full-batch GD", N)
	case s.BatchSize != FullBatch && (s.BatchSize < 1 || s.BatchSize > N):
		return fmt.Errorf("mlp: BatchSize = %d for N = %d examples: set BatchSize to B in 1…N, or mlp.FullBatch for full-batch GD", s.BatchSize, N)
	}
	return nil
}

// checkFinite returns an error naming the first weight or bias that is NaN
// or ±Inf.
func (n *Network) checkFinite() error {
	for l, layer := range n.Layers {
		wt := layer.Wt.RawMatrix()
		for i := range wt.Rows {
			for j, v := range wt.Data[i*wt.Stride : i*wt.Stride+wt.Cols] {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					return fmt.Errorf("weight W{%d}[%d,%d] is %v", l+1, j, i, v)
				}
			}
		}
		for k, v := range layer.B.RawVector().Data {
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
