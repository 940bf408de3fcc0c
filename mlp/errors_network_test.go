package mlp

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestNetworkBadInput is the network half of the bad-input table: every
// malformed call returns an error that starts with "mlp:" and names the
// problem, and none panics (not here, not inside gonum).
func TestNetworkBadInput(t *testing.T) {
	net, err := NewNetwork(Spec{Sizes: []int{2, 3, 2}, Loss: CategoricalCrossEntropy, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	other, _ := NewNetwork(Spec{Sizes: []int{2, 5, 2}, Loss: CategoricalCrossEntropy, Seed: 1})
	var nilNet *Network
	X := mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1})
	Y, _ := OneHot([]int{0, 1, 1, 0}, 2)
	d := &Dataset{X: X, Y: Y}
	ok := Settings{Epochs: 1, BatchSize: FullBatch, LearningRate: 0.1}
	with := func(f func(*Settings)) Settings { s := ok; f(&s); return s }
	train := func(d *Dataset, s Settings) error { _, err := net.Train(d, s); return err }
	sigmoidBCE, _ := NewNetwork(Spec{Sizes: []int{2, 1}, Loss: BinaryCrossEntropy, Seed: 1})
	tr, _ := net.Forward(X)
	otherTr, _ := other.Forward(X)
	missing := Activation{Name: "swish"}

	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"zero layers", func() error { _, err := NewNetwork(Spec{Sizes: []int{3}}); return err }, "zero layers"},
		{"no sizes", func() error { _, err := NewNetwork(Spec{}); return err }, "zero layers"},
		{"width 0", func() error { _, err := NewNetwork(Spec{Sizes: []int{2, 0, 1}}); return err }, "width n_1 = 0"},
		{"negative input size", func() error { _, err := NewNetwork(Spec{Sizes: []int{-2, 1}}); return err }, "width n_0 = -2"},
		{"absurd width", func() error { _, err := NewNetwork(Spec{Sizes: []int{2, 1 << 30, 1}}); return err }, "want ≤"},
		{"activation without a function", func() error { _, err := NewNetwork(Spec{Sizes: []int{2, 2, 1}, Hidden: missing}); return err }, `"swish" has no function`},
		{"activations for the wrong number of layers", func() error {
			_, err := NewNetwork(Spec{Sizes: []int{2, 2, 1}, Activations: []Activation{Tanh}})
			return err
		}, "1 activations for 2 layers"},
		{"softmax in a hidden layer", func() error {
			_, err := NewNetwork(Spec{Sizes: []int{2, 3, 2}, Hidden: Softmax, Loss: CategoricalCrossEntropy})
			return err
		}, "hidden layer 1"},
		{"ECB with a linear output", func() error {
			_, err := NewNetwork(Spec{Sizes: []int{2, 1}, Output: Identity, Loss: BinaryCrossEntropy})
			return err
		}, "bce needs a sigmoid output layer, got identity"},
		{"ECC with a sigmoid output", func() error {
			_, err := NewNetwork(Spec{Sizes: []int{2, 2}, Output: Sigmoid, Loss: CategoricalCrossEntropy})
			return err
		}, "cce needs a softmax output layer"},
		{"softmax output with ECM", func() error { _, err := NewNetwork(Spec{Sizes: []int{2, 2}, Output: Softmax}); return err }, "softmax output layer needs the categorical cross-entropy"},
		{"initializer without WeightStd", func() error {
			_, err := NewNetwork(Spec{Sizes: []int{2, 1}, Init: Initializer{Name: "lecun"}})
			return err
		}, `initializer "lecun"`},
		{"nil network", func() error { _, err := nilNet.Predict(X); return err }, "nil network"},
		{"X with the wrong number of columns", func() error { _, err := net.Predict(mat.NewDense(4, 3, nil)); return err }, "X is 4×3 but the network [2 3 2] takes n_0 = 2"},
		{"X with NaN", func() error {
			_, err := net.Forward(mat.NewDense(2, 2, []float64{0, math.NaN(), 1, 1}))
			return err
		}, "X[0,1] is NaN"},
		{"X with Inf", func() error {
			_, err := net.Forward(mat.NewDense(2, 2, []float64{0, 1, math.Inf(-1), 1}))
			return err
		}, "X[1,0] is -Inf"},
		{"empty X", func() error { _, err := net.Predict(&mat.Dense{}); return err }, "X is empty"},
		{"nil X", func() error { _, err := net.Predict(nil); return err }, "X is nil"},
		{"Y with the wrong shape", func() error { _, err := net.Cost(X, mat.NewDense(4, 3, nil)); return err }, "Y is 4×3 but the network needs 4×2"},
		{"α = 0", func() error { return train(d, with(func(s *Settings) { s.LearningRate = 0 })) }, "α = 0"},
		{"α < 0", func() error { return train(d, with(func(s *Settings) { s.LearningRate = -1 })) }, "α = -1"},
		{"α NaN", func() error { return train(d, with(func(s *Settings) { s.LearningRate = math.NaN() })) }, "α = NaN"},
		{"batch size 0 (not set)", func() error { return train(d, with(func(s *Settings) { s.BatchSize = 0 })) },
			"BatchSize is 0 (not set): set BatchSize to B in 1…N (N = 4 examples), or mlp.FullBatch for full-batch GD"},
		{"batch larger than N", func() error { return train(d, with(func(s *Settings) { s.BatchSize = 5 })) },
			"BatchSize = 5 for N = 4 examples: set BatchSize to B in 1…N, or mlp.FullBatch for full-batch GD"},
		{"negative batch size", func() error { return train(d, with(func(s *Settings) { s.BatchSize = -2 })) }, "BatchSize = -2 for N = 4"},
		{"zero epochs", func() error { return train(d, with(func(s *Settings) { s.Epochs = 0 })) }, "Epochs = 0"},
		{"negative ρ", func() error { return train(d, with(func(s *Settings) { s.WeightDecay = -0.1 })) }, "ρ = -0.1"},
		{"nil training set", func() error { return train(nil, ok) }, "nil Dataset"},
		{"X and Y of different lengths", func() error { return train(&Dataset{X: X, Y: mat.NewDense(3, 2, nil)}, ok) }, "X is 4×2 but Y is 3×2"},
		{"labels for other examples", func() error { return train(&Dataset{X: X, Y: Y, Labels: []int{0}}, ok) }, "1 labels for 4 examples"},
		{"one-hot rows that do not sum to 1", func() error {
			return train(&Dataset{X: X, Y: mat.NewDense(4, 2, []float64{1, 0, 1, 1, 0, 1, 1, 0})}, ok)
		}, "row 1 of Y sums to 2"},
		{"targets outside [0, 1] for ECB", func() error {
			_, err := sigmoidBCE.Train(&Dataset{X: X, Y: mat.NewDense(4, 1, []float64{0, 1, 2, 0})}, ok)
			return err
		}, "Y[2,0] = 2, want a probability"},
		{"Y with NaN", func() error {
			return train(&Dataset{X: X, Y: mat.NewDense(4, 2, []float64{1, 0, math.NaN(), 1, 0, 1, 1, 0})}, ok)
		}, "Y[1,0] is NaN"},
		{"validation set of another width", func() error {
			return train(d, with(func(s *Settings) { s.Validation = &Dataset{X: mat.NewDense(2, 3, nil), Y: mat.NewDense(2, 2, nil)} }))
		}, "validation set"},
		{"Backward without a trace", func() error { _, err := net.Backward(nil, Y); return err }, "needs the Trace"},
		{"Backward of another network's trace", func() error { _, err := net.Backward(otherTr, Y); return err }, "trace A{1} is 4×5, want 4×3"},
		{"Backward with too few targets", func() error { _, err := net.Backward(tr, Y.Slice(0, 2, 0, 2)); return err }, "Y is 2×2 but the network needs 4×2"},
		{"GradCheck of a nil network", func() error { _, err := GradCheck(nil, X, Y, 0); return err }, "nil network"},
		{"corrupt model", func() error { _, err := Load(strings.NewReader(`{"format": 3}`)); return err }, "not a model file"},
		{"unknown activation name", func() error { _, err := ActivationByName("Sigmoid"); return err }, `unknown activation "Sigmoid"`},
		{"unknown loss name", func() error { _, err := LossByName("ecm"); return err }, `unknown loss "ecm"`},
	} {
		t.Run(c.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						err = fmt.Errorf("panic: %v", r)
					}
				}()
				err = c.call()
			}()
			if err == nil || !strings.HasPrefix(err.Error(), "mlp: ") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an mlp: error containing %q", err, c.want)
			}
		})
	}
}

// TestNetworkMisusePanics: functions without an error result panic on
// programmer misuse, with an mlp: message that names the shapes.
func TestNetworkMisusePanics(t *testing.T) {
	net, _ := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Seed: 1})
	assertPanics(t, "SetW of the wrong shape", "mlp: SetW of a 2×3 matrix on a layer whose W is 3×2", func() { net.Layers[0].SetW(mat.NewDense(2, 3, nil)) })
	assertPanics(t, "loss of mismatched matrices", "mlp: loss bce: Ŷ is 2×2 but Y is 2×1", func() {
		BinaryCrossEntropy.Value(mat.NewDense(2, 2, nil), mat.NewDense(2, 1, nil))
	})
	assertPanics(t, "per-label ECB of mismatched matrices", "mlp: loss bce: Ŷ is 1×2 but Y is 2×2", func() {
		BinaryCrossEntropyByLabel(mat.NewDense(1, 2, nil), mat.NewDense(2, 2, nil))
	})
}
