package mlp

import (
	"errors"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestTypedNilMatrices: every exported function of mlp that takes a matrix,
// given a typed nil *mat.Dense (a variable never assigned), panics with an
// mlp: message that names the missing matrix (issue 9, item 6), not a nil
// dereference in gonum; Train, given a data set whose X or Y was forgotten,
// returns an error matching ErrShape that names it.
func TestTypedNilMatrices(t *testing.T) {
	var none *mat.Dense // typed nil
	and := testAnd()
	net := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Output: Sigmoid, Loss: BinaryCrossEntropy, Seed: 1})
	tr := net.Forward(and.X)
	settings := Settings{Epochs: 1, BatchSize: FullBatch, LearningRate: 0.1}
	unit := AND()
	xorNet := XORNetwork()
	p := TrainPerceptron(and.X, and.Y, PerceptronOptions{})
	y := mat.NewDense(2, 1, []float64{0, 1})
	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"Forward", func() { net.Forward(none) }, "Forward: X is nil"},
		{"Forward of a nil transpose", func() { net.Forward(none.T()) }, "X is nil"},
		{"Predict", func() { net.Predict(none) }, "Predict: X is nil"},
		{"Cost X", func() { net.Cost(none, and.Y) }, "Cost: X is nil"},
		{"Cost Y", func() { net.Cost(and.X, none) }, "Cost: Y is nil"},
		{"Backward Y", func() { net.Backward(tr, none) }, "Backward: Y is nil"},
		{"Backward nil trace", func() { net.Backward(nil, and.Y) }, "the Trace is not one of this network's Forward"},
		{"Gradient Y", func() { net.Gradient(and.X, none) }, "Y is nil"},
		{"NumericalGradients X", func() { NumericalGradients(net, none, and.Y, 0) }, "X is nil"},
		{"NumericalGradients Y", func() { NumericalGradients(net, and.X, none, 0) }, "Y is nil"},
		{"GradCheck X", func() { GradCheck(net, none, and.Y, 0) }, "X is nil"},
		{"GradCheck Y", func() { GradCheck(net, and.X, none, 0) }, "Y is nil"},
		{"Load from a nil reader", func() { Load(nil) }, "nil io.Reader"},
		{"Train with a nil Dataset", func() { net.Train(nil, settings) }, "the training set d is nil"},
		{"Accuracy Y", func() { Accuracy(none, and.Y) }, "Y is nil"},
		{"Accuracy Ŷ", func() { Accuracy(and.Y, none) }, "Ŷ is nil"},
		{"LabelAccuracy Y", func() { LabelAccuracy(none, and.Y) }, "Y is nil"},
		{"LabelAccuracy Ŷ", func() { LabelAccuracy(and.Y, none) }, "Ŷ is nil"},
		{"Labels", func() { Labels(none) }, "Y is nil"},
		{"Classes", func() { Classes(none) }, "Ŷ is nil"},
		{"TrainPerceptron X", func() { TrainPerceptron(none, and.Y, PerceptronOptions{}) }, "X is nil"},
		{"TrainPerceptron Y", func() { TrainPerceptron(and.X, none, PerceptronOptions{}) }, "Y is nil"},
		{"ThresholdUnit.Predict", func() { unit.Predict(none) }, "X is nil"},
		{"nil ThresholdUnit", func() { (*ThresholdUnit)(nil).Predict(and.X) }, "nil ThresholdUnit"},
		{"Perceptron.Predict", func() { p.Predict(none) }, "X is nil"},
		{"ThresholdNetwork.Forward", func() { xorNet.Forward(none) }, "X is nil"},
		{"ThresholdNetwork.Predict", func() { xorNet.Predict(none) }, "X is nil"},
		{"Loss.Value Ŷ", func() { MeanSquaredError.Value(none, y) }, "Ŷ is nil"},
		{"Loss.Value Y", func() { MeanSquaredError.Value(y, none) }, "Y is nil"},
		{"Loss.ValueFromLogits Z", func() { BinaryCrossEntropy.ValueFromLogits(none, y) }, "Z is nil"},
		{"BinaryCrossEntropyByLabel", func() { BinaryCrossEntropyByLabel(y, none) }, "Y is nil"},
		{"SetW", func() { net.Layers[0].SetW(none) }, "SetW: W is nil"},
		{"SetB", func() { net.Layers[0].SetB((*mat.VecDense)(nil)) }, "SetB: b is nil"},
		{"SetW on a layer without weights", func() { (&Layer{}).SetW(y) }, "SetW of a layer without weights"},
	} {
		t.Run(c.name, func(t *testing.T) { wantPanic(t, c.name, c.call, c.want) })
	}
	for _, c := range []struct {
		name string
		d    *Dataset
		val  *Dataset
		want string
	}{
		{"Train of an empty Dataset", &Dataset{}, nil, "the training set: X is nil"},
		{"Train with Y forgotten", &Dataset{X: and.X}, nil, "the training set: Y is nil"},
		{"Train with an empty validation set", and, &Dataset{}, "the validation set: X is nil"},
	} {
		s := settings
		s.Validation = c.val
		_, err := net.Clone().Train(c.d, s)
		if !errors.Is(err, ErrShape) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error matching ErrShape containing %q", c.name, err, c.want)
		}
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
// assigned) do not dereference it (issue 18): NumParams is 0, Params nil,
// String "<nil>", and the others panic with "mlp: <method>: nil network".
func TestNilNetworkReceivers(t *testing.T) {
	var n *Network
	if got := n.NumParams(); got != 0 {
		t.Errorf("NumParams = %d, want 0", got)
	}
	if got := n.Params(); got != nil {
		t.Errorf("Params = %v, want nil", got)
	}
	if got := n.String(); got != "<nil>" {
		t.Errorf("String = %q, want <nil>", got)
	}
	and := testAnd()
	for name, call := range map[string]func(){
		"SetParams": func() { n.SetParams([]float64{1}) },
		"Predict":   func() { n.Predict(and.X) },
		"Cost":      func() { n.Cost(and.X, and.Y) },
		"Gradient":  func() { n.Gradient(and.X, and.Y) },
		"Train":     func() { n.Train(and, Settings{Epochs: 1, BatchSize: 1, LearningRate: 1}) },
		"Save":      func() { n.Save(&strings.Builder{}) },
	} {
		wantPanic(t, name, call, name+": nil network")
	}
}

// TestParamsOfMalformedNetwork: Params of a network whose layer lost its
// weights panics with an mlp: message naming the layer, not a nil
// dereference.
func TestParamsOfMalformedNetwork(t *testing.T) {
	n := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Seed: 1})
	n.Layers[1].wt = nil
	wantPanic(t, "Params", func() { n.Params() }, "Params: layer 2 has no weights")
}
