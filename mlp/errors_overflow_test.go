package mlp

import (
	"bytes"
	"math"
	"path/filepath"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestNonFinitePanics is issue 18's table of silent NaN/Inf: each call
// below returned NaN or ±Inf (or the step's 0 for a NaN) without an error
// before that issue; now each panics with an mlp: message that names the
// value and says why (a NaN argument, or float64 overflowing).
func TestNonFinitePanics(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	a := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Seed: 1})
	x := mat.NewDense(2, 2, []float64{0, 1, 1, 0})
	y := mat.NewDense(2, 1, []float64{0, 1})

	// A model whose weights are all 1e308: finite, so Save writes it and
	// Load reads it, but z = 1e308·x + 1e308 overflows to +Inf.
	huge := a.Clone()
	huge.SetParams(fill(huge.NumParams(), 1e308))
	path := filepath.Join(t.TempDir(), "huge.json")
	if err := huge.SaveFile(path); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// ŷ = 1e200 is finite, but the ECM ½(ŷ − y)² is +Inf.
	big := NewNetwork(Spec{Sizes: []int{1, 1}, Output: Identity, Seed: 1})
	big.SetParams([]float64{1e200, 0})
	one, zero := mat.NewDense(1, 1, []float64{1}), mat.NewDense(1, 1, []float64{0})
	// A finite trace whose gradient is not: a{1} = 1e200 and δ{2} = 1e200,
	// so ∂L/∂W{2} = δ{2}·a{1} = 1e400.
	chain := NewNetwork(Spec{Sizes: []int{1, 1, 1}, Hidden: Identity, Output: Identity, Seed: 1})
	chain.SetParams([]float64{1e200, 0, 1, 0})
	chainTrace := chain.Forward(one)

	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"ThresholdUnit with a NaN weight", func() {
			(&ThresholdUnit{W: []float64{1, nan}, B: -1.5}).Predict(x)
		}, "the unit's weight w2 = NaN"},
		{"ThresholdUnit with an infinite bias", func() {
			(&ThresholdUnit{W: []float64{1, 1}, B: -inf}).Predict(x)
		}, "the unit's bias b = -Inf"},
		{"ThresholdUnit whose z is +Inf − Inf", func() {
			(&ThresholdUnit{W: []float64{1e308, 1e308}}).Predict(mat.NewDense(1, 2, []float64{10, -10}))
		}, "row 0 of X is NaN: z = b + wᵀx overflows float64"},
		{"Predict of weights near 1e308", func() { huge.Predict(x) }, "Predict: Z{1}[0,0] is +Inf: the forward pass overflows float64 (largest |weight| or |bias| 1e+308)"},
		{"Cost of weights near 1e308", func() { huge.Cost(x, y) }, "the forward pass overflows float64"},
		{"Predict of a loaded model of weights near 1e308", func() { loaded.Predict(x) }, "overflows float64"},
		{"Cost whose loss overflows", func() { big.Cost(one, zero) }, "Cost: the loss mse is +Inf: it overflows float64"},
		{"Backward of a trace altered to NaN", func() {
			tr := a.Forward(x)
			tr.Z[0].Set(1, 2, nan)
			a.Backward(tr, y)
		}, "Backward: trace Z{1}[1,2] is NaN, want finite numbers"},
		{"Backward of a trace whose input was altered to Inf", func() {
			tr := a.Forward(mat.DenseCopyOf(x))
			tr.A[0].Set(0, 0, inf)
			a.Backward(tr, y)
		}, "Backward: trace A{0}[0,0] is +Inf"},
		{"Backward whose gradient overflows", func() { chain.Backward(chainTrace, zero) }, "Backward: ∂L/∂W{2}[0,0] is +Inf: the gradients overflow float64"},
		{"Gradient whose gradient overflows", func() { chain.Gradient(one, zero) }, "∂L/∂W{2}[0,0] is +Inf"},
	} {
		t.Run(c.name, func(t *testing.T) { wantPanic(t, c.name, c.call, c.want) })
	}
}

// TestNonFiniteOutputsAreNaN: a threshold unit with a NaN weight outputs
// NaN, which no comparison takes for a class, rather than the step's 0
// (z ≥ 0 is false for NaN), and the perceptron rule panics when its
// weights overflow.
func TestNonFiniteOutputsAreNaN(t *testing.T) {
	u := &ThresholdUnit{W: []float64{math.NaN(), 1}}
	if got := u.Output([]float64{0, 1}); !math.IsNaN(got) {
		t.Errorf("Output with a NaN weight = %v, want NaN", got)
	}
	if got := AND().Output([]float64{1, 1}); got != 1 {
		t.Errorf("AND(1, 1) = %v, want 1", got)
	}
	// Two examples whose updates push w₁ and w₂ to ∓1.8e308 and beyond:
	// x = (1e308, 1e308) with y = 0 subtracts x, x = (−1e308, 1e308) with
	// y = 1 adds it; after a few epochs a weight is −Inf.
	X := mat.NewDense(2, 2, []float64{1e308, 1e308, -1e308, 1e308})
	Y := mat.NewDense(2, 1, []float64{0, 1})
	wantPanic(t, "TrainPerceptron of inputs near 1e308", func() { TrainPerceptron(X, Y, PerceptronOptions{}) }, "the updates overflow float64")
}

// TestOverflowModelStillSaves: weights near 1e308 are finite: Save writes
// them and Load reads them back bit for bit (only Predict and Cost refuse).
func TestOverflowModelStillSaves(t *testing.T) {
	n := NewNetwork(Spec{Sizes: []int{1, 1}, Seed: 1})
	n.SetParams([]float64{1e308, -1e308})
	var buf bytes.Buffer
	if err := n.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got := m.Params(); got[0] != 1e308 || got[1] != -1e308 {
		t.Errorf("loaded θ = %v, want [1e308 -1e308]", got)
	}
}

// fill returns n copies of v.
func fill(n int, v float64) []float64 {
	s := make([]float64, n)
	for i := range s {
		s[i] = v
	}
	return s
}
