package mlp

import (
	"errors"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestNonFiniteWeights: a NaN or ±Inf weight or bias cannot be set (SetW,
// SetB and SetParams panic), and a network left with one — a Train that
// returned ErrDiverged — makes Forward, Predict, Cost, GradCheck and Train
// panic with a message naming the weight, instead of NaN outputs (issue 9,
// item 9); Save returns an error wrapping ErrNonFinite. An initialiser whose
// standard deviation is not finite, and a step h of NaN, < 0 or ±Inf for
// GradCheck, panic too.
func TestNonFiniteWeights(t *testing.T) {
	and := testAnd()
	fresh := func() *Network {
		return NewNetwork(Spec{Sizes: []int{2, 2, 1}, Output: Sigmoid, Loss: BinaryCrossEntropy, Seed: 1})
	}
	// What a diverged Train leaves: set here through the unexported fields.
	nanW := fresh()
	nanW.Layers[0].wt.Set(0, 1, math.NaN()) // W{1}[1,0]
	infW := fresh()
	infW.Layers[1].wt.Set(1, 0, math.Inf(1)) // W{2}[0,1]
	infB := fresh()
	infB.Layers[0].b.SetVec(1, math.Inf(-1))
	settings := Settings{Epochs: 1, BatchSize: FullBatch, LearningRate: 0.1}
	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"SetW of a NaN", func() { fresh().Layers[0].SetW(mat.NewDense(2, 2, []float64{1, 2, math.NaN(), 4})) }, "SetW: W[1,0] is NaN"},
		{"SetB of an Inf", func() { fresh().Layers[0].SetB(mat.NewVecDense(2, []float64{math.Inf(1), 0})) }, "SetB: b[0] is +Inf"},
		{"SetParams of a NaN", func() { fresh().SetParams(make([]float64, 8)) }, "θ has 8 values, the network [2 2 1] has 9 parameters"},
		{"SetParams of a NaN", func() { fresh().SetParams([]float64{0, 0, 0, 0, 0, 0, math.NaN(), 0, 0}) }, "θ[6] is NaN"},
		{"Predict", func() { nanW.Predict(and.X) }, "Predict: the network's weight W{1}[1,0] is NaN: its outputs would not be numbers (did Train return ErrDiverged?)"},
		{"Forward", func() { infW.Forward(and.X) }, "weight W{2}[0,1] is +Inf"},
		{"Cost", func() { infB.Cost(and.X, and.Y) }, "bias b{1}[1] is -Inf"},
		{"GradCheck", func() { GradCheck(nanW, and.X, and.Y, 0) }, "W{1}[1,0] is NaN"},
		{"Train", func() { nanW.Train(and, settings) }, "cannot train from non-finite weights: the network's weight W{1}[1,0] is NaN"},
		{"an initialiser with a NaN std", func() {
			nanInit := Initializer{Name: "broken", WeightStd: func(int, int) float64 { return math.NaN() }}
			NewNetwork(Spec{Sizes: []int{2, 3, 1}, Init: nanInit})
		}, `initializer "broken" gives WeightStd(2, 3) = NaN for layer 1`},
		{"an initialiser with an Inf std for layer 2", func() {
			inf := Initializer{Name: "wide", WeightStd: func(nIn, _ int) float64 { return 1 / float64(nIn-3) }}
			NewNetwork(Spec{Sizes: []int{4, 3, 1}, Init: inf})
		}, `gives WeightStd(3, 1) = +Inf for layer 2`},
		{"an initialiser with a negative bias std", func() {
			neg := Initializer{Name: "neg", WeightStd: func(int, int) float64 { return 1 }, BiasStd: -1}
			NewNetwork(Spec{Sizes: []int{2, 1}, Init: neg})
		}, `BiasStd = -1`},
		{"GradCheck h NaN", func() { GradCheck(fresh(), and.X, and.Y, math.NaN()) }, "GradCheck: step h = NaN"},
		{"GradCheck h < 0", func() { GradCheck(fresh(), and.X, and.Y, -1e-5) }, "step h = -1e-05"},
		{"NumericalGradients h +Inf", func() { NumericalGradients(fresh(), and.X, and.Y, math.Inf(1)) }, "step h = +Inf"},
	} {
		t.Run(c.name, func(t *testing.T) { wantPanic(t, c.name, c.call, c.want) })
	}
	err := nanW.Save(&strings.Builder{})
	if !errors.Is(err, ErrNonFinite) || !strings.Contains(err.Error(), "weight W{1}[1,0] is NaN") {
		t.Errorf("Save of a NaN weight: got %v, want an error matching ErrNonFinite that names W{1}[1,0]", err)
	}
	// A finite network still works, and GradCheck's default step too.
	for _, r := range GradCheck(fresh(), and.X, and.Y, 0) {
		if !(r.RelErr < 1e-7) {
			t.Errorf("GradCheck with h = 0 (default), layer %d: relative error %v", r.Layer, r.RelErr)
		}
	}
}

// TestDivergedNetworkPanics: a Train that diverges returns ErrDiverged, and
// the network it leaves behind (non-finite weights) panics on Predict with
// a message that points at that error.
func TestDivergedNetworkPanics(t *testing.T) {
	d := testRegression(func(x float64) float64 { return 3 * x }, 20, -1, 1, 0, 1)
	d.X.Scale(1e150, d.X)
	net := NewNetwork(Spec{Sizes: []int{1, 1}, Output: Identity, Seed: 1})
	// One step of α = 1e10 on a gradient near 1e300: the weight becomes
	// −Inf, the loss before the step was finite.
	_, err := net.Train(d, Settings{Epochs: 1, BatchSize: FullBatch, LearningRate: 1e10})
	if !errors.Is(err, ErrDiverged) || !strings.Contains(err.Error(), "after the last step") {
		t.Fatalf("Train on inputs near 1e150: got %v, want ErrDiverged after the last step", err)
	}
	if net.checkFinite() == nil {
		t.Fatal("the diverged network's weights are all finite: this test needs other data")
	}
	wantPanic(t, "Predict after ErrDiverged", func() { net.Predict(d.X) }, "did Train return ErrDiverged?")
}
