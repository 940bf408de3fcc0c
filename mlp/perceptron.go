package mlp

import (
	"math/rand/v2"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
)

// PerceptronOptions are the settings of the perceptron rule. The zero
// value is the slide's rule: α = 1, at most 100 epochs, w = 0 and b = 0 at
// the start.
type PerceptronOptions struct {
	// LearningRate is the learning rate α > 0 that scales each update; 0
	// means α = 1, the slide's rule (which has none).
	LearningRate float64
	// MaxEpochs caps the number of passes over the examples; training
	// stops earlier at convergence. 0 means 100.
	MaxEpochs int
	// InitScale selects step 1 of the slide: 0 starts from w = 0, b = 0;
	// a value s > 0 draws every weight and the bias uniformly from [−s, s].
	InitScale float64
	// Seed seeds the random initial weights (unused when InitScale is 0).
	Seed uint64
}

// defaultPerceptronEpochs is the MaxEpochs of PerceptronOptions{}.
const defaultPerceptronEpochs = 100

// PerceptronEpoch is the state of a perceptron after an epoch, for figures:
// its boundary is the line W[0]·x₁ + W[1]·x₂ + B = 0.
type PerceptronEpoch struct {
	// Epoch counts the passes made: 0 for the initial weights.
	Epoch int
	// Errors is the number of examples misclassified: during the pass (each
	// one caused an update) for Epoch ≥ 1, by the initial weights for Epoch 0.
	Errors int
	// W and B are the weights and bias at the end of the epoch (copies).
	W []float64
	B float64
}

// Perceptron is a threshold unit with step activation trained by the
// perceptron rule (see TrainPerceptron), together with its history.
type Perceptron struct {
	// ThresholdUnit holds the learnt w and b; its Predict gives 0/1.
	ThresholdUnit
	// History[0] is the initial state, History[e] the state after epoch e.
	History []PerceptronEpoch
	// Converged reports whether the last epoch made no error (no update); if
	// false, training stopped at the cap of MaxEpochs epochs.
	Converged bool
}

// Epochs returns the number of epochs that training ran.
func (p *Perceptron) Epochs() int { return len(p.History) - 1 }

// PerceptronUpdate applies steps 2.1 and 2.2 of the perceptron rule to the
// unit for one example (x, y), with y ∈ {0, 1}, and returns ŷ:
//
//	2.1  ŷ = φ(wᵀx + b)
//	2.2  wⱼ ← wⱼ + α·(y − ŷ)·xⱼ,  j = 1 … d
//	     b  ← b  + α·(y − ŷ)
//
// The weights change only when ŷ ≠ y. The slide's rule is α = 1. It panics
// if len(x) ≠ len(u.W).
func (u *ThresholdUnit) PerceptronUpdate(x []float64, y, alpha float64) (yHat float64) {
	yHat = u.Output(x)
	delta := alpha * (y - yHat)
	for j := range u.W {
		u.W[j] += delta * x[j]
	}
	u.B += delta
	return yHat
}

// TrainPerceptron learns w and b of a step unit from the examples X (N×d,
// one per row) and their targets Y (N×1, each 0 or 1) by the perceptron rule
// of the slides:
//
//	step 1:    w ← 0, b ← 0 (or small random numbers, see InitScale)
//	step 2:    for each example i, in order:
//	step 2.1:    ŷ⁽ⁱ⁾ = φ(w[t]ᵀx⁽ⁱ⁾ + b)
//	step 2.2:    wⱼ[t+1] = wⱼ[t] + α·(y⁽ⁱ⁾ − ŷ⁽ⁱ⁾)·xⱼ⁽ⁱ⁾,  j = 1 … d
//	             b[t+1]  = b[t]  + α·(y⁽ⁱ⁾ − ŷ⁽ⁱ⁾)
//
// repeating step 2 (one epoch) until an epoch makes no error (convergence) or
// MaxEpochs epochs have passed. It converges when the two classes are
// linearly separable (AND, OR, NAND, NOR) and never on XOR; either way the
// result reports which (Converged) and keeps every epoch (History).
//
// It panics, naming the problem, if X or Y is nil, empty or not finite, if
// their row counts differ, if Y is not a single column of 0/1 targets, if
// LearningRate, MaxEpochs or InitScale is < 0 (or not finite), if
// MaxEpochs·(d + 1) > MaxPerceptronHistory (the History it may keep), or if
// the weights overflow float64 during training (inputs near 1e308).
func TrainPerceptron(X, Y mat.Matrix, opt PerceptronOptions) *Perceptron {
	opt = perceptronCheck(X, Y, opt)
	n, d := X.Dims()

	// Step 1: zeros or small random numbers.
	p := &Perceptron{ThresholdUnit: ThresholdUnit{W: make([]float64, d)}}
	if opt.InitScale > 0 {
		rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed)) // 0x5eed: any fixed second word
		for j := range p.W {
			p.W[j] = opt.InitScale * (2*rng.Float64() - 1)
		}
		p.B = opt.InitScale * (2*rng.Float64() - 1)
	}

	xs := make([][]float64, n)
	ys := make([]float64, n)
	initialErrors := 0
	for i := range n {
		xs[i] = mat.Row(nil, i, X)
		ys[i] = Y.At(i, 0)
		if p.Output(xs[i]) != ys[i] {
			initialErrors++
		}
	}
	p.History = append(p.History, p.snapshot(0, initialErrors))

	// Step 2, once per epoch.
	for epoch := 1; epoch <= opt.MaxEpochs; epoch++ {
		errors := 0
		for i := range n {
			if p.PerceptronUpdate(xs[i], ys[i], opt.LearningRate) != ys[i] {
				errors++
			}
		}
		p.History = append(p.History, p.snapshot(epoch, errors))
		p.mustBeFinite(epoch)
		if errors == 0 {
			p.Converged = true
			break
		}
	}
	return p
}

// mustBeFinite panics if a weight or the bias is no longer a finite number
// after the epoch (inputs so large that the updates overflow).
func (p *Perceptron) mustBeFinite(epoch int) {
	for j, w := range p.W {
		if !validate.Finite(w) {
			panicf("TrainPerceptron: weight w%d is %v after epoch %d: the updates overflow float64 (inputs too large)", j+1, w, epoch)
		}
	}
	if !validate.Finite(p.B) {
		panicf("TrainPerceptron: bias b is %v after epoch %d: the updates overflow float64 (inputs too large)", p.B, epoch)
	}
}

// snapshot copies the current weights into a history entry.
func (p *Perceptron) snapshot(epoch, errors int) PerceptronEpoch {
	return PerceptronEpoch{Epoch: epoch, Errors: errors, W: append([]float64(nil), p.W...), B: p.B}
}

// perceptronCheck panics unless the arguments of TrainPerceptron are
// usable, and returns opt with its zero fields set to their defaults.
func perceptronCheck(X, Y mat.Matrix, opt PerceptronOptions) PerceptronOptions {
	const fn = "TrainPerceptron"
	switch {
	case opt.LearningRate < 0 || !validate.Finite(opt.LearningRate):
		panicf("%s: learning rate α = %v, want a finite α > 0 (or 0 for the slide's α = 1)", fn, opt.LearningRate)
	case opt.MaxEpochs < 0:
		panicf("%s: MaxEpochs = %d, want a cap > 0 (or 0 for %d)", fn, opt.MaxEpochs, defaultPerceptronEpochs)
	case opt.InitScale < 0 || !validate.Finite(opt.InitScale):
		panicf("%s: InitScale = %v, want 0 (zeros) or a finite scale > 0", fn, opt.InitScale)
	}
	if opt.LearningRate == 0 {
		opt.LearningRate = 1
	}
	if opt.MaxEpochs == 0 {
		opt.MaxEpochs = defaultPerceptronEpochs
	}
	rx, d := mustMatrix(fn, "X", X)
	if opt.MaxEpochs > MaxPerceptronHistory/(d+1) {
		panicf("%s: MaxEpochs = %d with d = %d inputs would keep up to %.3g numbers of History, more than mlp.MaxPerceptronHistory = %d: lower MaxEpochs to at most %d",
			fn, opt.MaxEpochs, d, float64(opt.MaxEpochs)*float64(d+1), MaxPerceptronHistory, MaxPerceptronHistory/(d+1))
	}
	n, k := mustMatrix(fn, "Y", Y)
	if rx != n {
		panicf("%s: X is %s but Y is %s: want one row of each per example", fn, validate.Dims(rx, d), validate.Dims(n, k))
	}
	if k != 1 {
		panicf("%s: Y is %s, want %s: the perceptron has one output", fn, validate.Dims(n, k), validate.Dims(n, 1))
	}
	labelColumn(fn, Y, 0)
	return opt
}
