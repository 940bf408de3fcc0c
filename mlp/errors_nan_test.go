package mlp

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestNonFiniteWeights: a NaN or ±Inf weight or bias — set with SetW, Wt.Set
// or B.SetVec, or drawn by an initialiser whose standard deviation is NaN —
// makes Forward, Predict, Cost, GradCheck and Train return an error naming
// the weight, instead of NaN outputs with no error (issue 9, item 9). A step
// h of NaN, < 0 or ±Inf is an error for GradCheck.
func TestNonFiniteWeights(t *testing.T) {
	and := testAnd()
	fresh := func() *Network {
		net, _ := NewNetwork(Spec{Sizes: []int{2, 2, 1}, Output: Sigmoid, Loss: BinaryCrossEntropy, Seed: 1})
		return net
	}
	setW := fresh()
	setW.Layers[0].SetW(mat.NewDense(2, 2, []float64{1, 2, math.NaN(), 4}))
	wtSet := fresh()
	wtSet.Layers[1].Wt.Set(1, 0, math.Inf(1))
	bias := fresh()
	bias.Layers[0].B.SetVec(1, math.Inf(-1))
	settings := Settings{Epochs: 1, BatchSize: FullBatch, LearningRate: 0.1}
	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"Predict after SetW", func() error { _, err := setW.Predict(and.X); return err }, "weight W{1}[1,0] is NaN"},
		{"Forward after Wt.Set", func() error { _, err := wtSet.Forward(and.X); return err }, "weight W{2}[0,1] is +Inf"},
		{"Cost with an Inf bias", func() error { _, err := bias.Cost(and.X, and.Y); return err }, "bias b{1}[1] is -Inf"},
		{"GradCheck", func() error { _, err := GradCheck(setW, and.X, and.Y, 0); return err }, "W{1}[1,0] is NaN"},
		{"Train", func() error { _, err := setW.Train(and, settings); return err }, "cannot train from non-finite weights: weight W{1}[1,0] is NaN"},
		{"Save", func() error { return setW.Save(&strings.Builder{}) }, "weight W{1}[1,0] is NaN"},
		{"an initialiser with a NaN std", func() error {
			nanInit := Initializer{Name: "broken", WeightStd: func(int, int) float64 { return math.NaN() }}
			_, err := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Init: nanInit})
			return err
		}, `initializer "broken" gives WeightStd(2, 3) = NaN for layer 1`},
		{"an initialiser with an Inf std for layer 2", func() error {
			inf := Initializer{Name: "wide", WeightStd: func(nIn, _ int) float64 { return 1 / float64(nIn-3) }}
			_, err := NewNetwork(Spec{Sizes: []int{4, 3, 1}, Init: inf})
			return err
		}, `gives WeightStd(3, 1) = +Inf for layer 2`},
		{"an initialiser with a negative bias std", func() error {
			neg := Initializer{Name: "neg", WeightStd: func(int, int) float64 { return 1 }, BiasStd: -1}
			_, err := NewNetwork(Spec{Sizes: []int{2, 1}, Init: neg})
			return err
		}, `BiasStd = -1`},
		{"GradCheck h NaN", func() error { _, err := GradCheck(fresh(), and.X, and.Y, math.NaN()); return err }, "step h = NaN"},
		{"GradCheck h < 0", func() error { _, err := GradCheck(fresh(), and.X, and.Y, -1e-5); return err }, "step h = -1e-05"},
		{"NumericalGradients h +Inf", func() error { _, err := NumericalGradients(fresh(), and.X, and.Y, math.Inf(1)); return err }, "step h = +Inf"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.call()
			if err == nil || !strings.HasPrefix(err.Error(), "mlp: ") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an mlp: error containing %q", err, c.want)
			}
		})
	}
	// A finite network still works, and GradCheck's default step too.
	if _, err := GradCheck(fresh(), and.X, and.Y, 0); err != nil {
		t.Errorf("GradCheck with h = 0 (default): %v", err)
	}
}
