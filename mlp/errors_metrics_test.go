package mlp

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// testAnd is the AND gate's truth table, a local fixture (package data,
// which has TruthTable, imports mlp, so mlp's own tests cannot import it).
func testAnd() *Dataset {
	return &Dataset{
		X:          mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 0, 1, 1}),
		Y:          mat.NewDense(4, 1, []float64{0, 0, 0, 1}),
		Labels:     []int{0, 0, 0, 1},
		ClassNames: []string{"0", "1"},
	}
}

// TestMetricsBadInput is the bad-input table of one-hot codes, metrics, the
// perceptron and the threshold unit: every malformed call is a caller's bug
// and panics with a message that starts with "mlp:" and names the problem,
// never a panic from gonum or the runtime.
func TestMetricsBadInput(t *testing.T) {
	and := testAnd()
	nanX := mat.NewDense(2, 2, []float64{0, math.NaN(), 1, 1})
	infX := mat.NewDense(2, 2, []float64{0, 1, math.Inf(1), 1})
	y2 := mat.NewDense(2, 1, []float64{0, 1})
	x6 := mat.NewDense(6, 4, nil)
	oneHot3 := OneHot([]int{0, 1, 2, 0, 1, 2}, 3)

	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"one-hot label out of range", func() { OneHot([]int{0, 3}, 3) }, "label 3 of example 1 is out of range 0…2"},
		{"one-hot negative label", func() { OneHot([]int{-1}, 3) }, "label -1 of example 0"},
		{"one-hot of no labels", func() { OneHot(nil, 3) }, "no labels"},
		{"one-hot row not summing to 1", func() {
			Labels(mat.NewDense(2, 2, []float64{1, 0, 1, 1}))
		}, "row 1 of Y sums to 2"},
		{"one-hot row with a fraction", func() {
			Labels(mat.NewDense(1, 2, []float64{0.5, 0.5}))
		}, "Y[0,0] = 0.5"},
		{"classes of NaN outputs", func() { Classes(nanX) }, "Ŷ[0,1] is NaN"},
		{"accuracy with mismatched shapes", func() { Accuracy(oneHot3, and.Y) }, "Y is 6×3 but Ŷ is 4×1"},
		{"accuracy with Inf outputs", func() { Accuracy(mat.NewDense(2, 2, nil), infX) }, "Ŷ[1,0] is +Inf"},
		{"accuracy with a target 2", func() {
			Accuracy(mat.NewDense(2, 1, []float64{0, 2}), y2)
		}, "Y[1,0] = 2, want a 0/1 class"},
		{"accuracy with a bad one-hot", func() { Accuracy(mat.NewDense(2, 2, nil), y2.Grow(0, 1)) }, "row 0 of Y sums to 0"},
		{"label accuracy with a target 0.5", func() {
			LabelAccuracy(mat.NewDense(1, 2, []float64{0.5, 1}), mat.NewDense(1, 2, nil))
		}, "LabelAccuracy: Y[0,0] = 0.5, want a 0/1 class"},
		{"confusion matrix lengths differ", func() { NewConfusion([]int{0, 1}, []int{0}, []string{"a", "b"}) }, "2 true classes but 1 predicted"},
		{"confusion matrix class out of range", func() { NewConfusion([]int{0, 1}, []int{0, 2}, []string{"a", "b"}) }, "true class 1 and prediction 2, want both in 0…1"},
		{"confusion matrix of nothing", func() { NewConfusion(nil, nil, []string{"a", "b"}) }, "no examples"},
		{"perceptron α < 0", func() {
			TrainPerceptron(and.X, and.Y, PerceptronOptions{LearningRate: -1, MaxEpochs: 10})
		}, "learning rate α = -1"},
		{"perceptron α NaN", func() {
			TrainPerceptron(and.X, and.Y, PerceptronOptions{LearningRate: math.NaN(), MaxEpochs: 10})
		}, "learning rate α = NaN"},
		{"perceptron negative epoch cap", func() {
			TrainPerceptron(and.X, and.Y, PerceptronOptions{MaxEpochs: -1})
		}, "MaxEpochs = -1"},
		{"perceptron negative init scale", func() {
			TrainPerceptron(and.X, and.Y, PerceptronOptions{LearningRate: 1, MaxEpochs: 1, InitScale: -1})
		}, "InitScale = -1"},
		{"perceptron mismatched rows", func() { TrainPerceptron(and.X, y2, PerceptronOptions{}) }, "X is 4×2 but Y is 2×1"},
		{"perceptron one-hot targets", func() { TrainPerceptron(x6, oneHot3, PerceptronOptions{}) }, "Y is 6×3, want 6×1"},
		{"perceptron target 2", func() {
			TrainPerceptron(and.X, mat.NewDense(4, 1, []float64{0, 0, 2, 1}), PerceptronOptions{})
		}, "Y[2,0] = 2, want a 0/1 class"},
		{"perceptron NaN input", func() { TrainPerceptron(nanX, y2, PerceptronOptions{}) }, "X[0,1] is NaN"},
		{"perceptron Inf input", func() { TrainPerceptron(infX, y2, PerceptronOptions{}) }, "X[1,0] is +Inf"},
		{"perceptron empty input", func() { TrainPerceptron(&mat.Dense{}, y2, PerceptronOptions{}) }, "X is empty"},
		{"perceptron nil targets", func() { TrainPerceptron(and.X, nil, PerceptronOptions{}) }, "Y is nil"},
		{"threshold unit with other input width", func() { NOT().Predict(and.X) }, "X is 4×2 but the unit has 1 weights"},
		{"threshold unit with a softmax φ", func() { (&ThresholdUnit{W: []float64{1}, Phi: Softmax}).Output([]float64{1}) }, `φ = "softmax" is not an element-wise activation`},
		{"threshold unit with a NaN weight", func() { (&ThresholdUnit{W: []float64{1, math.NaN()}}).Predict(and.X) }, "weight w2 = NaN"},
	} {
		t.Run(c.name, func(t *testing.T) { wantPanic(t, c.name, c.call, c.want) })
	}
}
