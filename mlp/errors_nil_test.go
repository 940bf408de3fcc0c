package mlp

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestTypedNilMatrices: every exported function of mlp that takes a matrix,
// given a typed nil *mat.Dense (a Dataset{X: X} whose Y was forgotten, a
// variable never assigned), returns an error that names the missing matrix
// (issue 9, item 6). Before, gonum panicked with a nil dereference.
func TestTypedNilMatrices(t *testing.T) {
	var none *mat.Dense // typed nil
	and := testAnd()
	net, _ := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Output: Sigmoid, Loss: BinaryCrossEntropy, Seed: 1})
	tr, _ := net.Forward(and.X)
	settings := Settings{Epochs: 1, BatchSize: FullBatch, LearningRate: 0.1}
	unit := AND()
	xorNet := XORNetwork()
	p, _ := TrainPerceptron(and.X, and.Y, DefaultPerceptronOptions())
	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"Forward", func() error { _, err := net.Forward(none); return err }, "X is a nil *mat.Dense"},
		{"Forward of a nil transpose", func() error { _, err := net.Forward(none.T()); return err }, "X is a nil"},
		{"Predict", func() error { _, err := net.Predict(none); return err }, "X is a nil *mat.Dense"},
		{"Cost X", func() error { _, err := net.Cost(none, and.Y); return err }, "X is a nil *mat.Dense"},
		{"Cost Y", func() error { _, err := net.Cost(and.X, none); return err }, "Y is a nil *mat.Dense"},
		{"Backward Y", func() error { _, err := net.Backward(tr, none); return err }, "Y is a nil *mat.Dense"},
		{"Backward nil trace", func() error { _, err := net.Backward(nil, and.Y); return err }, "needs the Trace"},
		{"NumericalGradients X", func() error { _, err := NumericalGradients(net, none, and.Y, 0); return err }, "X is a nil"},
		{"NumericalGradients Y", func() error { _, err := NumericalGradients(net, and.X, none, 0); return err }, "Y is a nil"},
		{"GradCheck X", func() error { _, err := GradCheck(net, none, and.Y, 0); return err }, "X is a nil"},
		{"GradCheck Y", func() error { _, err := GradCheck(net, and.X, none, 0); return err }, "Y is a nil"},
		{"Train of an empty Dataset", func() error { _, err := net.Train(&Dataset{}, settings); return err }, "X is a nil *mat.Dense (training set)"},
		{"Train with Y forgotten", func() error { _, err := net.Train(&Dataset{X: and.X}, settings); return err }, "Y is a nil *mat.Dense (training set)"},
		{"Train with an empty validation set", func() error {
			s := settings
			s.Validation = &Dataset{}
			_, err := net.Train(and, s)
			return err
		}, "X is a nil *mat.Dense (validation set)"},
		{"Load from a nil reader", func() error { _, err := Load(nil); return err }, "nil reader"},
		{"Train with a nil Dataset", func() error { _, err := net.Train(nil, settings); return err }, "nil Dataset"},
		{"Accuracy Y", func() error { _, err := Accuracy(none, and.Y); return err }, "Y is a nil"},
		{"Accuracy Ŷ", func() error { _, err := Accuracy(and.Y, none); return err }, "Ŷ is a nil"},
		{"LabelAccuracy Y", func() error { _, err := LabelAccuracy(none, and.Y); return err }, "Y is a nil"},
		{"LabelAccuracy Ŷ", func() error { _, err := LabelAccuracy(and.Y, none); return err }, "Ŷ is a nil"},
		{"Labels", func() error { _, err := Labels(none); return err }, "Y is a nil"},
		{"Classes", func() error { _, err := Classes(none); return err }, "Ŷ is a nil"},
		{"TrainPerceptron X", func() error { _, err := TrainPerceptron(none, and.Y, DefaultPerceptronOptions()); return err }, "X is a nil"},
		{"TrainPerceptron Y", func() error { _, err := TrainPerceptron(and.X, none, DefaultPerceptronOptions()); return err }, "Y is a nil"},
		{"ThresholdUnit.Predict", func() error { _, err := unit.Predict(none); return err }, "X is a nil"},
		{"nil ThresholdUnit", func() error { _, err := (*ThresholdUnit)(nil).Predict(and.X); return err }, "nil ThresholdUnit"},
		{"Perceptron.Predict", func() error { _, err := p.Predict(none); return err }, "X is a nil"},
		{"ThresholdNetwork.Forward", func() error { _, err := xorNet.Forward(none); return err }, "X is a nil"},
		{"ThresholdNetwork.Predict", func() error { _, err := xorNet.Predict(none); return err }, "X is a nil"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panicked: %v", r)
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

// TestTypedNilMatricesPanic: the functions without an error result panic on
// a nil matrix with an mlp: message naming it, not a nil dereference in
// gonum (the package's panic policy).
func TestTypedNilMatricesPanic(t *testing.T) {
	var none *mat.Dense
	y := mat.NewDense(2, 1, []float64{0, 1})
	net, _ := NewNetwork(Spec{Sizes: []int{1, 1}, Seed: 1})
	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"Loss.Value Ŷ", func() { MeanSquaredError.Value(none, y) }, "Ŷ is nil"},
		{"Loss.Value Y", func() { MeanSquaredError.Value(y, none) }, "Y is nil"},
		{"Loss.ValueFromLogits Z", func() { BinaryCrossEntropy.ValueFromLogits(none, y) }, "Z is nil"},
		{"BinaryCrossEntropyByLabel", func() { BinaryCrossEntropyByLabel(y, none) }, "Y is nil"},
		{"SetW", func() { net.Layers[0].SetW(none) }, "SetW of a nil matrix"},
		{"SetW on a layer without weights", func() { (&Layer{}).SetW(y) }, "nil Wt"},
	} {
		t.Run(c.name, func(t *testing.T) {
			defer func() {
				r := recover()
				msg, _ := r.(string)
				if !strings.HasPrefix(msg, "mlp: ") || !strings.Contains(msg, c.want) {
					t.Errorf("got panic %v, want an mlp: message containing %q", r, c.want)
				}
			}()
			c.call()
		})
	}
}

// TestCloneOfNil: the clone of a nil network is nil, not a nil dereference.
func TestCloneOfNil(t *testing.T) {
	var n *Network
	if c := n.Clone(); c != nil {
		t.Errorf("got %v, want nil", c)
	}
}

// TestNilNetworkReceivers: the methods of a nil *Network (a variable never
// assigned, a NewNetwork error ignored) do not dereference it (issue 18):
// NumParams is 0, Params nil, String "<nil>", and the methods with an error
// result return one. Before, the first four panicked with a nil dereference.
func TestNilNetworkReceivers(t *testing.T) {
	var n *Network
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("panicked: %v", r)
		}
	}()
	if got := n.NumParams(); got != 0 {
		t.Errorf("NumParams = %d, want 0", got)
	}
	if got := n.Params(); got != nil {
		t.Errorf("Params = %v, want nil", got)
	}
	if got := n.String(); got != "<nil>" {
		t.Errorf("String = %q, want <nil>", got)
	}
	if err := n.SetParams([]float64{1}); err == nil || err.Error() != "mlp: SetParams on a nil network" {
		t.Errorf("SetParams: got %v, want mlp: SetParams on a nil network", err)
	}
	and := testAnd()
	for name, call := range map[string]func() error{
		"Predict":        func() error { _, err := n.Predict(and.X); return err },
		"Cost":           func() error { _, err := n.Cost(and.X, and.Y); return err },
		"Train":          func() error { _, err := n.Train(and, Settings{Epochs: 1, BatchSize: 1, LearningRate: 1}); return err },
		"Save":           func() error { return n.Save(&strings.Builder{}) },
		"BatchGradients": func() error { _, err := n.BatchGradients(and, 1, 1, 1); return err },
		"ExampleSpread":  func() error { _, err := n.ExampleSpread(and); return err },
		"Interpolate":    func() error { _, err := Interpolate(n, n, 0.5); return err },
	} {
		if err := call(); err == nil || !strings.Contains(err.Error(), "mlp: nil network") {
			t.Errorf("%s: got %v, want mlp: nil network", name, err)
		}
	}
}

// TestParamsOfMalformedNetwork: Params of a network whose layer lost its
// weights panics with an mlp: message naming the layer (the package's
// policy for a function without an error result), not a nil dereference.
func TestParamsOfMalformedNetwork(t *testing.T) {
	n, _ := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Seed: 1})
	n.Layers[1].Wt = nil
	defer func() {
		msg, _ := recover().(string)
		if !strings.HasPrefix(msg, "mlp: Params of a malformed network: layer 2 has no weights") {
			t.Errorf("got panic %q, want an mlp: message naming layer 2", msg)
		}
	}()
	n.Params()
}
