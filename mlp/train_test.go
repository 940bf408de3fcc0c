package mlp

import (
	"errors"
	"math"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// randomDataset returns n examples with d N(0,1) features and one-hot
// targets over k classes given by a random linear rule, seeded.
func randomDataset(n, d, k int, seed uint64) *Dataset {
	rng := rand.New(rand.NewPCG(seed, 1))
	X := mat.NewDense(n, d, nil)
	labels := make([]int, n)
	w := make([]float64, d*k)
	for i := range w {
		w[i] = rng.NormFloat64()
	}
	for i := range n {
		row := X.RawRowView(i)
		for j := range row {
			row[j] = rng.NormFloat64()
		}
		best, bestScore := 0, math.Inf(-1)
		for c := range k {
			score := 0.0
			for j := range d {
				score += w[c*d+j] * row[j]
			}
			if score > bestScore {
				best, bestScore = c, score
			}
		}
		labels[i] = best
	}
	Y := OneHot(labels, k)
	return &Dataset{X: X, Y: Y, Labels: labels}
}

// sameWeights reports whether a and b have bit-identical parameters.
func sameWeights(a, b *Network) bool {
	for l := range a.Layers {
		wa, wb := a.Layers[l].wt.RawMatrix().Data, b.Layers[l].wt.RawMatrix().Data
		ba, bb := a.Layers[l].b.RawVector().Data, b.Layers[l].b.RawVector().Data
		for k := range wa {
			if math.Float64bits(wa[k]) != math.Float64bits(wb[k]) {
				return false
			}
		}
		for k := range ba {
			if math.Float64bits(ba[k]) != math.Float64bits(bb[k]) {
				return false
			}
		}
	}
	return true
}

// TestSGDFullBatchIsGD: mini-batch SGD with B = N is full-batch gradient
// descent, bit for bit: Train with B = N and with FullBatch give the weights of
// a plain loop over Forward, Backward and the update written out
// (acceptance 5).
func TestSGDFullBatchIsGD(t *testing.T) {
	d := randomDataset(40, 5, 3, 1)
	const alpha, decay, epochs = 0.3, 0.1, 25
	spec := Spec{Sizes: []int{5, 6, 3}, Hidden: Tanh, Loss: CategoricalCrossEntropy, Seed: 2}
	byHand := NewNetwork(spec)
	for range epochs {
		tr := byHand.Forward(d.X)
		g := byHand.Backward(tr, d.Y)
		for l, layer := range byHand.Layers { // W ← (1 − αρ/N) W − α ∂L/∂W,  b ← b − α ∂L/∂b
			layer.wt.Scale(1-alpha*decay/40, layer.wt)
			var step mat.Dense
			step.Scale(alpha, g.wt[l])
			layer.wt.Sub(layer.wt, &step)
			var bstep mat.VecDense
			bstep.ScaleVec(alpha, g.B[l])
			layer.b.SubVec(layer.b, &bstep)
		}
	}
	for _, b := range []int{40, FullBatch} {
		net := NewNetwork(spec)
		if _, err := net.Train(d, Settings{Epochs: epochs, BatchSize: b, LearningRate: alpha, WeightDecay: decay, Seed: 7}); err != nil {
			t.Fatal(err)
		}
		if !sameWeights(net, byHand) {
			t.Errorf("B = %d: weights differ from full-batch GD by hand: got %v, want %v", b,
				mat.Formatted(net.Layers[0].W()), mat.Formatted(byHand.Layers[0].W()))
		}
	}
}

// TestTrainDeterministic: the same seeds give identical weights, with one or
// two threads (gonum's matrix product runs in parallel at these sizes);
// another shuffling seed gives other weights (acceptance 5).
func TestTrainDeterministic(t *testing.T) {
	d := randomDataset(200, 300, 4, 3)
	train := func(seed uint64) *Network {
		net := NewNetwork(Spec{Sizes: []int{300, 70, 4}, Hidden: ReLU, Loss: CategoricalCrossEntropy, Init: InitHe, Seed: 5})
		if _, err := net.Train(d, Settings{Epochs: 3, BatchSize: 32, LearningRate: 0.05, Seed: seed}); err != nil {
			t.Fatal(err)
		}
		return net
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(1)
	one := train(11)
	runtime.GOMAXPROCS(2)
	two := train(11)
	again := train(11)
	other := train(12)
	if !sameWeights(one, two) {
		t.Errorf("GOMAXPROCS 1 and 2 gave different weights")
	}
	if !sameWeights(two, again) {
		t.Errorf("two runs with the same seed gave different weights")
	}
	if sameWeights(two, other) {
		t.Errorf("shuffling seeds 11 and 12 gave the same weights")
	}
}

// xorBudget is the epoch budget of TestXORSolved: full-batch GD on the four
// XOR examples with [2, 4, 1], tanh hidden units, a sigmoid output, ECB and
// α = 1 solves every seed 1…10 within 113 epochs; 1000 leaves a margin.
const xorBudget = 1000

// TestXORSolved: a [2, 4, 1] network learns XOR (100 %) for 10 seeds out of
// 10 within xorBudget epochs (acceptance 6).
func TestXORSolved(t *testing.T) {
	d, err := testGate("xor")
	if err != nil {
		t.Fatal(err)
	}
	for seed := uint64(1); seed <= 10; seed++ {
		net := NewNetwork(Spec{Sizes: []int{2, 4, 1}, Hidden: Tanh, Loss: BinaryCrossEntropy, Seed: seed})
		h, err := net.Train(d, Settings{Epochs: xorBudget, BatchSize: FullBatch, LearningRate: 1})
		if err != nil {
			t.Fatal(err)
		}
		yhat := net.Predict(d.X)
		acc := Accuracy(d.Y, yhat)
		if acc != 1 {
			t.Errorf("seed %d: accuracy %v after %d epochs (loss %v), want 1", seed, acc, xorBudget, h.TrainLoss[len(h.TrainLoss)-1])
		}
	}
}

func TestTrainHistoryAndCallbacks(t *testing.T) {
	d := randomDataset(50, 3, 2, 4)
	val := randomDataset(20, 3, 2, 5)
	net := NewNetwork(Spec{Sizes: []int{3, 5, 2}, Loss: CategoricalCrossEntropy, Seed: 1})
	steps, epochs := 0, 0
	var norms []float64
	h, err := net.Train(d, Settings{Epochs: 4, BatchSize: 15, LearningRate: 0.5, Validation: val,
		OnStep: func(s StepInfo) error {
			steps++
			if s.Steps != 4 || s.Total != steps || s.Step != (steps-1)%4+1 || s.Epoch != (steps-1)/4+1 {
				t.Errorf("step %d: got %+v", steps, s)
			}
			norms = append(norms, mat.Norm(s.Grads.Delta[0], 2))
			return nil
		},
		OnEpoch: func(e EpochInfo) error {
			epochs++
			if e.Epoch != epochs || len(e.History.TrainLoss) != epochs || len(e.History.ValAccuracy) != epochs {
				t.Errorf("epoch %d: got epoch %d, history of %d", epochs, e.Epoch, len(e.History.TrainLoss))
			}
			return nil
		}})
	if err != nil {
		t.Fatal(err)
	}
	if steps != 16 || epochs != 4 || len(norms) != 16 {
		t.Errorf("got %d steps, %d epochs, want 16 (⌈50/15⌉ = 4 per epoch) and 4", steps, epochs)
	}
	// The validation figures are those of the final network.
	cost := net.Cost(val.X, val.Y)
	yhat := net.Predict(val.X)
	acc := Accuracy(val.Y, yhat)
	if got := h.ValLoss[3]; math.Abs(got-cost) > 1e-15 {
		t.Errorf("last ValLoss: got %v, want %v", got, cost)
	}
	if got := h.ValAccuracy[3]; got != acc {
		t.Errorf("last ValAccuracy: got %v, want %v", got, acc)
	}
	if h.TrainLoss[3] >= h.TrainLoss[0] {
		t.Errorf("training loss did not decrease: %v", h.TrainLoss)
	}
	// ErrStop ends training without error; another error is returned.
	h, err = net.Train(d, Settings{Epochs: 10, BatchSize: FullBatch, LearningRate: 0.1, OnEpoch: func(e EpochInfo) error {
		if e.Epoch == 2 {
			return ErrStop
		}
		return nil
	}})
	if err != nil || len(h.TrainLoss) != 2 {
		t.Errorf("ErrStop at epoch 2: got %v and %d epochs, want nil and 2", err, len(h.TrainLoss))
	}
	boom := errors.New("boom")
	if _, err := net.Train(d, Settings{Epochs: 3, BatchSize: FullBatch, LearningRate: 0.1, OnStep: func(StepInfo) error { return boom }}); !errors.Is(err, boom) {
		t.Errorf("OnStep error: got %v, want boom", err)
	}
	// Regression targets: accuracy is NaN.
	reg := testRegression(math.Sin, 30, -math.Pi, math.Pi, 0.1, 1)
	rnet := NewNetwork(Spec{Sizes: []int{1, 8, 1}, Hidden: Tanh, Seed: 1})
	h, err = rnet.Train(reg, Settings{Epochs: 200, BatchSize: 10, LearningRate: 0.05})
	if err != nil {
		t.Fatal(err)
	}
	if !math.IsNaN(h.TrainAccuracy[0]) || h.TrainLoss[199] >= h.TrainLoss[0]/2 {
		t.Errorf("regression: accuracy %v (want NaN), loss %v → %v (want at least halved)", h.TrainAccuracy[0], h.TrainLoss[0], h.TrainLoss[199])
	}
}

// TestTrainDiverges: a learning rate far too large makes the loss overflow;
// Train says so and where.
func TestTrainDiverges(t *testing.T) {
	d := testRegression(func(x float64) float64 { return 3*x + 1 }, 20, -1, 1, 0.1, 1)
	for i := range 20 {
		d.X.Set(i, 0, 100*d.X.At(i, 0)) // unscaled inputs: GD with α = 10 explodes
	}
	net := NewNetwork(Spec{Sizes: []int{1, 1}, Seed: 1})
	h, err := net.Train(d, Settings{Epochs: 100, BatchSize: 5, LearningRate: 10})
	if !errors.Is(err, ErrDiverged) || !strings.Contains(err.Error(), "at epoch ") || !strings.Contains(err.Error(), ", step ") {
		t.Fatalf("got %v, want an error wrapping ErrDiverged naming the epoch and step", err)
	}
	if h == nil || len(h.TrainLoss) >= 100 {
		t.Errorf("got a history of %v, want the epochs before the divergence", h)
	}
}
