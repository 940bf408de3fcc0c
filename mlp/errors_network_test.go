package mlp

import (
	"errors"
	"math"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestNetworkBadInput is the network half of the bad-input table: every
// caller's mistake panics with a message that starts with "mlp:" and names
// the problem (never a panic from inside gonum), and what a correct program
// can meet — data sets that do not fit, a corrupt model — is an error that
// errors.Is matches to the package's sentinel.
func TestNetworkBadInput(t *testing.T) {
	net := NewNetwork(Spec{Sizes: []int{2, 3, 2}, Loss: CategoricalCrossEntropy, Seed: 1})
	other := NewNetwork(Spec{Sizes: []int{2, 5, 2}, Loss: CategoricalCrossEntropy, Seed: 1})
	var nilNet *Network
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	Y := OneHot([]int{0, 1, 1, 0}, 2)
	d := &Dataset{X: X, Y: Y}
	ok := Settings{Epochs: 1, BatchSize: FullBatch, LearningRate: 0.1}
	with := func(f func(*Settings)) Settings { s := ok; f(&s); return s }
	train := func(d *Dataset, s Settings) error { _, err := net.Clone().Train(d, s); return err }
	sigmoidBCE := NewNetwork(Spec{Sizes: []int{2, 1}, Loss: BinaryCrossEntropy, Seed: 1})
	tr := net.Forward(X)
	otherTr := other.Forward(X)
	missing := Activation{Name: "swish"}

	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"zero layers", func() { NewNetwork(Spec{Sizes: []int{3}}) }, "NewNetwork: sizes [3] give zero layers"},
		{"no sizes", func() { NewNetwork(Spec{}) }, "zero layers"},
		{"width 0", func() { NewNetwork(Spec{Sizes: []int{2, 0, 1}}) }, "width n_1 = 0"},
		{"negative input size", func() { NewNetwork(Spec{Sizes: []int{-2, 1}}) }, "width n_0 = -2"},
		{"absurd width", func() { NewNetwork(Spec{Sizes: []int{2, 1 << 30, 1}}) }, "want ≤"},
		{"activation without a function", func() { NewNetwork(Spec{Sizes: []int{2, 2, 1}, Hidden: missing}) }, `"swish" has no function`},
		{"activations for the wrong number of layers", func() {
			NewNetwork(Spec{Sizes: []int{2, 2, 1}, Activations: []Activation{Tanh}})
		}, "1 activations for 2 layers"},
		{"softmax in a hidden layer", func() {
			NewNetwork(Spec{Sizes: []int{2, 3, 2}, Hidden: Softmax, Loss: CategoricalCrossEntropy})
		}, "hidden layer 1"},
		{"ECB with a linear output", func() {
			NewNetwork(Spec{Sizes: []int{2, 1}, Output: Identity, Loss: BinaryCrossEntropy})
		}, "bce needs a sigmoid output layer, got identity"},
		{"ECC with a sigmoid output", func() {
			NewNetwork(Spec{Sizes: []int{2, 2}, Output: Sigmoid, Loss: CategoricalCrossEntropy})
		}, "cce needs a softmax output layer"},
		{"softmax output with ECM", func() { NewNetwork(Spec{Sizes: []int{2, 2}, Output: Softmax}) }, "softmax output layer needs the categorical cross-entropy"},
		{"initializer without WeightStd", func() {
			NewNetwork(Spec{Sizes: []int{2, 1}, Init: Initializer{Name: "lecun"}})
		}, `initializer "lecun"`},
		{"nil network", func() { nilNet.Predict(X) }, "Predict: nil network"},
		{"a network made by hand", func() {
			(&Network{Sizes: []int{2, 1}, Layers: []*Layer{{Act: Sigmoid}}, Loss: MeanSquaredError}).Predict(X)
		}, "layer 1 has no weights"},
		{"X with the wrong number of columns", func() { net.Predict(mat.NewDense(4, 3, nil)) }, "Predict: X is 4×3, the network [2 3 2] takes n_0 = 2"},
		{"X with NaN", func() {
			net.Forward(mat.NewDense(2, 2, []float64{0, math.NaN(), 1, 1}))
		}, "Forward: X[0,1] is NaN"},
		{"X with Inf", func() {
			net.Forward(mat.NewDense(2, 2, []float64{0, 1, math.Inf(-1), 1}))
		}, "X[1,0] is -Inf"},
		{"empty X", func() { net.Predict(&mat.Dense{}) }, "X is empty"},
		{"nil X", func() { net.Predict(nil) }, "X is nil"},
		{"Y with the wrong shape", func() { net.Cost(X, mat.NewDense(4, 3, nil)) }, "Cost: Y is 4×3 but the network needs 4×2"},
		{"Y outside [0, 1] for Cost", func() { sigmoidBCE.Cost(X, mat.NewDense(4, 1, []float64{0, 1, 2, 0})) }, "Y[2,0] = 2, want a probability"},
		{"α < 0", func() { train(d, with(func(s *Settings) { s.LearningRate = -1 })) }, "Train: learning rate α = -1"},
		{"α NaN", func() { train(d, with(func(s *Settings) { s.LearningRate = math.NaN() })) }, "α = NaN"},
		{"α +Inf", func() { train(d, with(func(s *Settings) { s.LearningRate = math.Inf(1) })) }, "α = +Inf"},
		{"batch size 0 (not set)", func() { train(d, with(func(s *Settings) { s.BatchSize = 0 })) },
			"BatchSize is 0 (not set): set BatchSize to B in 1…N, or mlp.FullBatch for full-batch GD"},
		{"batch larger than N", func() { train(d, with(func(s *Settings) { s.BatchSize = 5 })) },
			"BatchSize = 5 for N = 4 examples: set BatchSize to B in 1…N, or mlp.FullBatch for full-batch GD"},
		{"negative batch size", func() { train(d, with(func(s *Settings) { s.BatchSize = -2 })) }, "BatchSize = -2"},
		{"negative epochs", func() { train(d, with(func(s *Settings) { s.Epochs = -1 })) }, "Epochs = -1"},
		{"negative ρ", func() { train(d, with(func(s *Settings) { s.WeightDecay = -0.1 })) }, "ρ = -0.1"},
		{"nil training set", func() { train(nil, ok) }, "the training set d is nil"},
		{"Backward without a trace", func() { net.Backward(nil, Y) }, "Backward: the Trace is not one of this network's Forward"},
		{"Backward of another network's trace", func() { net.Backward(otherTr, Y) }, "trace A{1} is 4×5, want 4×3"},
		{"Backward with too few targets", func() { net.Backward(tr, Y.Slice(0, 2, 0, 2)) }, "Y is 2×2 but the network needs 4×2"},
		{"GradCheck of a nil network", func() { GradCheck(nil, X, Y, 0) }, "nil network"},
		{"Load from nil", func() { Load(nil) }, "Load from a nil io.Reader"},
		{"unknown activation name", func() { ActivationByName("Sigmoid") }, `unknown activation "Sigmoid"`},
		{"unknown loss name", func() { LossByName("ecm") }, `unknown loss "ecm"`},
		{"SetW of the wrong shape", func() { net.Layers[0].SetW(mat.NewDense(2, 3, nil)) }, "SetW: W is 2×3, the layer's W{l} is 3×2"},
		{"loss of mismatched matrices", func() { BinaryCrossEntropy.Value(mat.NewDense(2, 2, nil), mat.NewDense(2, 1, nil)) }, "loss bce: Ŷ is 2×2 but Y is 2×1"},
		{"per-label ECB of mismatched matrices", func() {
			BinaryCrossEntropyByLabel(mat.NewDense(1, 2, nil), mat.NewDense(2, 2, nil))
		}, "loss bce: Ŷ is 1×2 but Y is 2×2"},
		{"loss of a NaN", func() { MeanSquaredError.Value(mat.NewDense(1, 1, []float64{math.NaN()}), mat.NewDense(1, 1, nil)) }, "loss mse: Ŷ[0,0] is NaN"},
	} {
		t.Run(c.name, func(t *testing.T) { wantPanic(t, c.name, c.call, c.want) })
	}

	for _, c := range []struct {
		name     string
		err      error
		sentinel error
		want     string
	}{
		{"X and Y of different lengths", train(&Dataset{X: X, Y: mat.NewDense(3, 2, nil)}, ok), ErrShape, "X is 4×2 but Y is 3×2"},
		{"no Y", train(&Dataset{X: X}, ok), ErrShape, "the training set: Y is nil"},
		{"an empty X", train(&Dataset{X: &mat.Dense{}, Y: Y}, ok), ErrShape, "X is empty"},
		{"X of another width", train(&Dataset{X: mat.NewDense(4, 3, nil), Y: Y}, ok), ErrShape, "X is 4×3 but the network [2 3 2] takes n_0 = 2"},
		{"Y of another width", train(&Dataset{X: X, Y: mat.NewDense(4, 3, nil)}, ok), ErrShape, "Y is 4×3 but the network [2 3 2] has K = 2 outputs"},
		{"labels for other examples", train(&Dataset{X: X, Y: Y, Labels: []int{0}}, ok), ErrShape, "1 labels for 4 examples"},
		{"one-hot rows that do not sum to 1", train(&Dataset{X: X, Y: mat.NewDense(4, 2, []float64{1, 0, 1, 1, 0, 1, 1, 0})}, ok), ErrTargets, "row 1 of Y sums to 2"},
		{"targets outside [0, 1] for ECB", func() error {
			_, err := sigmoidBCE.Clone().Train(&Dataset{X: X, Y: mat.NewDense(4, 1, []float64{0, 1, 2, 0})}, ok)
			return err
		}(), ErrTargets, "Y[2,0] = 2, want a probability"},
		{"Y with NaN", train(&Dataset{X: X, Y: mat.NewDense(4, 2, []float64{1, 0, math.NaN(), 1, 0, 1, 1, 0})}, ok), ErrNonFinite, "the training set's Y[1,0] is NaN"},
		{"X with +Inf", train(&Dataset{X: mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, math.Inf(1), 1, 1}), Y: Y}, ok), ErrNonFinite, "the training set's X[2,1] is +Inf"},
		{"validation set of another width", train(d, with(func(s *Settings) {
			s.Validation = &Dataset{X: mat.NewDense(2, 3, nil), Y: mat.NewDense(2, 2, nil)}
		})), ErrShape, "the validation set: X is 2×3"},
		{"corrupt model", func() error { _, err := Load(strings.NewReader(`{"format": 3}`)); return err }(), ErrCorruptModel, "not a model file"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if !errors.Is(c.err, c.sentinel) {
				t.Fatalf("got %v, want an error matching %v", c.err, c.sentinel)
			}
			if msg := c.err.Error(); !strings.HasPrefix(msg, "mlp: ") || !strings.Contains(msg, c.want) {
				t.Errorf("got %q, want an mlp: error containing %q", msg, c.want)
			}
		})
	}
}

// TestSettingsZeroValues: Settings' zero Epochs and LearningRate mean 1
// epoch and α = 0.1 — the same weights as setting them.
func TestSettingsZeroValues(t *testing.T) {
	d, _ := testGate("xor")
	net := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Output: Sigmoid, Seed: 4})
	a, b := net.Clone(), net.Clone()
	if _, err := a.Train(d, Settings{BatchSize: 2, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Train(d, Settings{Epochs: 1, BatchSize: 2, LearningRate: 0.1, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(a.Params(), b.Params()) {
		t.Error("Settings{BatchSize: 2} trained other weights than Epochs 1, α = 0.1")
	}
	if slices.Equal(a.Params(), net.Params()) {
		t.Error("Settings{BatchSize: 2} did not train")
	}
}
