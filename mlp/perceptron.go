package mlp

import (
	"fmt"
	"math"
	"math/rand/v2"

	"gonum.org/v1/gonum/mat"
)

// PerceptronOptions are the settings of the perceptron rule.
// DefaultPerceptronOptions returns the slide's choices.
type PerceptronOptions struct {
	// LearningRate is the learning rate α > 0 that scales each update. The slide's
	// rule has none, which is α = 1.
	LearningRate float64
	// MaxEpochs > 0 caps the number of passes over the examples; training
	// stops earlier at convergence.
	MaxEpochs int
	// InitScale selects step 1 of the slide: 0 starts from w = 0, b = 0;
	// a value s > 0 draws every weight and the bias uniformly from [−s, s].
	InitScale float64
	// Seed seeds the random initial weights (unused when InitScale is 0).
	Seed uint64
}

// DefaultPerceptronOptions returns α = 1 (the slide's rule), a cap of 100
// epochs and zero initial weights.
func DefaultPerceptronOptions() PerceptronOptions {
	return PerceptronOptions{LearningRate: 1, MaxEpochs: 100}
}

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
// It is an error if X or Y is empty or not finite, if their row counts differ,
// if Y is not a single column of 0/1 targets, or if LearningRate ≤ 0, MaxEpochs ≤ 0,
// MaxEpochs·(d + 1) > MaxPerceptronHistory (the History it may keep) or
// InitScale < 0, or if the weights overflow float64 during training.
func TrainPerceptron(X, Y mat.Matrix, opt PerceptronOptions) (*Perceptron, error) {
	if err := perceptronCheck(X, Y, opt); err != nil {
		return nil, err
	}
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
		if err := p.checkFinite(epoch); err != nil {
			return nil, err
		}
		if errors == 0 {
			p.Converged = true
			break
		}
	}
	return p, nil
}

// checkFinite returns an error if a weight or the bias is no longer a finite
// number after the epoch (inputs so large that the updates overflow).
func (p *Perceptron) checkFinite(epoch int) error {
	for j, w := range p.W {
		if math.IsNaN(w) || math.IsInf(w, 0) {
			return fmt.Errorf("mlp: perceptron weight w%d is %v after epoch %d: the updates overflow float64 (inputs too large)", j+1, w, epoch)
		}
	}
	if math.IsNaN(p.B) || math.IsInf(p.B, 0) {
		return fmt.Errorf("mlp: perceptron bias b is %v after epoch %d: the updates overflow float64 (inputs too large)", p.B, epoch)
	}
	return nil
}

// snapshot copies the current weights into a history entry.
func (p *Perceptron) snapshot(epoch, errors int) PerceptronEpoch {
	return PerceptronEpoch{Epoch: epoch, Errors: errors, W: append([]float64(nil), p.W...), B: p.B}
}

// perceptronCheck validates the arguments of TrainPerceptron.
func perceptronCheck(X, Y mat.Matrix, opt PerceptronOptions) error {
	if !(opt.LearningRate > 0) || math.IsInf(opt.LearningRate, 0) {
		return fmt.Errorf("mlp: perceptron learning rate α = %v, want a finite α > 0 (the slide's rule is α = 1)", opt.LearningRate)
	}
	if opt.MaxEpochs <= 0 {
		return fmt.Errorf("mlp: perceptron MaxEpochs = %d, want a cap > 0", opt.MaxEpochs)
	}
	if X != nil && !nilMatrix(X) {
		if _, d := X.Dims(); opt.MaxEpochs > MaxPerceptronHistory/(d+1) {
			return fmt.Errorf("mlp: perceptron MaxEpochs = %d with d = %d inputs would keep up to %.3g numbers of History, more than mlp.MaxPerceptronHistory = %d: lower MaxEpochs to at most %d",
				opt.MaxEpochs, d, float64(opt.MaxEpochs)*float64(d+1), MaxPerceptronHistory, MaxPerceptronHistory/(d+1))
		}
	}
	if !(opt.InitScale >= 0) || math.IsInf(opt.InitScale, 0) {
		return fmt.Errorf("mlp: perceptron InitScale = %v, want 0 (zeros) or a finite scale > 0", opt.InitScale)
	}
	if err := dataCheckMatrix("X", X); err != nil {
		return err
	}
	if err := dataCheckMatrix("Y", Y); err != nil {
		return err
	}
	if err := dataCheckRows(X, Y); err != nil {
		return err
	}
	n, k := Y.Dims()
	if k != 1 {
		return fmt.Errorf("mlp: Y is %d×%d, want %d×1: the perceptron has one output", n, k, n)
	}
	for i := range n {
		if y := Y.At(i, 0); y != 0 && y != 1 {
			return fmt.Errorf("mlp: Y[%d,0] = %v, want a target 0 or 1", i, y)
		}
	}
	return nil
}
