package mlp

import (
	"math"
	"strings"
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
// perceptron and the threshold unit: every malformed call returns an error
// that starts with "mlp:" and names the problem, and none panics.
func TestMetricsBadInput(t *testing.T) {
	and := testAnd()
	nanX := mat.NewDense(2, 2, []float64{0, math.NaN(), 1, 1})
	infX := mat.NewDense(2, 2, []float64{0, 1, math.Inf(1), 1})
	y2 := mat.NewDense(2, 1, []float64{0, 1})
	x6 := mat.NewDense(6, 4, nil)
	oneHot3, _ := OneHot([]int{0, 1, 2, 0, 1, 2}, 3)

	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"one-hot label out of range", func() error { _, err := OneHot([]int{0, 3}, 3); return err }, "label 3 of example 1 is out of range 0…2"},
		{"one-hot negative label", func() error { _, err := OneHot([]int{-1}, 3); return err }, "label -1 of example 0"},
		{"one-hot of no labels", func() error { _, err := OneHot(nil, 3); return err }, "no labels"},
		{"one-hot row not summing to 1", func() error {
			_, err := Labels(mat.NewDense(2, 2, []float64{1, 0, 1, 1}))
			return err
		}, "row 1 of Y sums to 2"},
		{"one-hot row with a fraction", func() error {
			_, err := Labels(mat.NewDense(1, 2, []float64{0.5, 0.5}))
			return err
		}, "Y[0,0] = 0.5"},
		{"classes of NaN outputs", func() error { _, err := Classes(nanX); return err }, "Ŷ[0,1] is NaN"},
		{"accuracy with mismatched shapes", func() error { _, err := Accuracy(oneHot3, and.Y); return err }, "Y is 6×3 but Ŷ is 4×1"},
		{"accuracy with Inf outputs", func() error { _, err := Accuracy(mat.NewDense(2, 2, nil), infX); return err }, "Ŷ[1,0] is +Inf"},
		{"accuracy with a target 2", func() error {
			_, err := Accuracy(mat.NewDense(2, 1, []float64{0, 2}), y2)
			return err
		}, "Y[1,0] = 2, want a 0/1 class"},
		{"accuracy with a bad one-hot", func() error { _, err := Accuracy(mat.NewDense(2, 2, nil), y2.Grow(0, 1)); return err }, "row 0 of Y sums to 0"},
		{"label accuracy with a target 0.5", func() error {
			_, err := LabelAccuracy(mat.NewDense(1, 2, []float64{0.5, 1}), mat.NewDense(1, 2, nil))
			return err
		}, "Y[0,0] = 0.5, want 0 or 1"},
		{"confusion matrix lengths differ", func() error { _, err := ConfusionMatrix([]int{0, 1}, []int{0}, 2); return err }, "2 true classes but 1 predicted"},
		{"confusion matrix class out of range", func() error { _, err := ConfusionMatrix([]int{0, 1}, []int{0, 2}, 2); return err }, "true class 1 and prediction 2, want both in 0…1"},
		{"confusion matrix of nothing", func() error { _, err := ConfusionMatrix(nil, nil, 2); return err }, "no examples"},
		{"perceptron α = 0", func() error {
			_, err := TrainPerceptron(and.X, and.Y, PerceptronOptions{LearningRate: 0, MaxEpochs: 10})
			return err
		}, "learning rate α = 0"},
		{"perceptron α < 0", func() error {
			_, err := TrainPerceptron(and.X, and.Y, PerceptronOptions{LearningRate: -1, MaxEpochs: 10})
			return err
		}, "learning rate α = -1"},
		{"perceptron α NaN", func() error {
			_, err := TrainPerceptron(and.X, and.Y, PerceptronOptions{LearningRate: math.NaN(), MaxEpochs: 10})
			return err
		}, "learning rate α = NaN"},
		{"perceptron epoch cap 0", func() error {
			_, err := TrainPerceptron(and.X, and.Y, PerceptronOptions{LearningRate: 1})
			return err
		}, "MaxEpochs = 0"},
		{"perceptron negative init scale", func() error {
			_, err := TrainPerceptron(and.X, and.Y, PerceptronOptions{LearningRate: 1, MaxEpochs: 1, InitScale: -1})
			return err
		}, "InitScale = -1"},
		{"perceptron mismatched rows", func() error { _, err := TrainPerceptron(and.X, y2, DefaultPerceptronOptions()); return err }, "X is 4×2 but Y is 2×1"},
		{"perceptron one-hot targets", func() error { _, err := TrainPerceptron(x6, oneHot3, DefaultPerceptronOptions()); return err }, "Y is 6×3, want 6×1"},
		{"perceptron target 2", func() error {
			_, err := TrainPerceptron(and.X, mat.NewDense(4, 1, []float64{0, 0, 2, 1}), DefaultPerceptronOptions())
			return err
		}, "Y[2,0] = 2, want a target 0 or 1"},
		{"perceptron NaN input", func() error { _, err := TrainPerceptron(nanX, y2, DefaultPerceptronOptions()); return err }, "X[0,1] is NaN"},
		{"perceptron Inf input", func() error { _, err := TrainPerceptron(infX, y2, DefaultPerceptronOptions()); return err }, "X[1,0] is +Inf"},
		{"perceptron empty input", func() error { _, err := TrainPerceptron(&mat.Dense{}, y2, DefaultPerceptronOptions()); return err }, "X is empty"},
		{"perceptron nil targets", func() error { _, err := TrainPerceptron(and.X, nil, DefaultPerceptronOptions()); return err }, "Y is nil"},
		{"threshold unit with other input width", func() error { _, err := NOT().Predict(and.X); return err }, "X is 4×2 but the unit has 1 weights"},
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
			if err == nil {
				t.Fatalf("got no error, want one containing %q", c.want)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "mlp: ") || !strings.Contains(msg, c.want) {
				t.Errorf("got %q, want an mlp: error containing %q", msg, c.want)
			}
		})
	}
}
