package mlp

import (
	"bytes"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestNonFiniteAreErrors is issue 18's table of silent NaN/Inf: each call
// below returned NaN or ±Inf (or the step's 0 for a NaN) without an error
// before the issue; now each is an error that names the value and says
// why (a NaN argument, or float64 overflowing).
func TestNonFiniteAreErrors(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	a, _ := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Seed: 1})
	b, _ := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Seed: 2})
	zeros, tens := a.Clone(), a.Clone()
	_ = zeros.SetParams(make([]float64, zeros.NumParams()))
	_ = tens.SetParams(fill(tens.NumParams(), 10))
	x := mat.NewDense(2, 2, []float64{0, 1, 1, 0})
	y := mat.NewDense(2, 1, []float64{0, 1})

	// A model whose weights are all 1e308: finite, so Save writes it and
	// Load reads it, but z = 1e308·x + 1e308 overflows to +Inf.
	huge := a.Clone()
	_ = huge.SetParams(fill(huge.NumParams(), 1e308))
	path := filepath.Join(t.TempDir(), "huge.json")
	if err := huge.SaveFile(path); err != nil {
		t.Fatal(err)
	}
	loaded, err := LoadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// ŷ = 1e200 is finite, but the ECM ½(ŷ − y)² is +Inf.
	big, _ := NewNetwork(Spec{Sizes: []int{1, 1}, Output: Identity, Seed: 1})
	_ = big.SetParams([]float64{1e200, 0})
	one, zero := mat.NewDense(1, 1, []float64{1}), mat.NewDense(1, 1, []float64{0})
	// A finite trace whose gradient is not: a{1} = 1e200 and δ{2} = 1e200,
	// so ∂L/∂W{2} = δ{2}·a{1} = 1e400.
	chain, _ := NewNetwork(Spec{Sizes: []int{1, 1, 1}, Hidden: Identity, Output: Identity, Seed: 1})
	_ = chain.SetParams([]float64{1e200, 0, 1, 0})
	chainTrace, err := chain.Forward(one)
	if err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"Interpolate at t = NaN", func() error { _, err := Interpolate(a, b, nan); return err }, "Interpolate at t = NaN, want a finite t"},
		{"Interpolate at t = +Inf", func() error { _, err := Interpolate(a, b, inf); return err }, "t = +Inf, want a finite t"},
		{"Interpolate overflowing", func() error { _, err := Interpolate(zeros, tens, 1e308); return err }, "Interpolate at t = 1e+308: the weight W{1}[0,0] is +Inf, want a finite number"},
		{"GradientSpread of a NaN gradient", func() error {
			_, _, err := GradientSpread([][]float64{{1, 2}, {3, nan}}, []float64{2, 2})
			return err
		}, "gradient 1's value 1 is NaN"},
		{"GradientSpread against a NaN full gradient", func() error {
			_, _, err := GradientSpread([][]float64{{1, 2}}, []float64{inf, 2})
			return err
		}, "the full gradient's value 0 is +Inf"},
		{"GradientSpread overflowing", func() error {
			_, _, err := GradientSpread([][]float64{{1e200}}, []float64{-1e200})
			return err
		}, "the spread overflows float64"},
		{"ThresholdUnit with a NaN weight", func() error {
			_, err := (&ThresholdUnit{W: []float64{1, nan}, B: -1.5}).Predict(x)
			return err
		}, "the unit's weight w2 = NaN"},
		{"ThresholdUnit with an infinite bias", func() error {
			_, err := (&ThresholdUnit{W: []float64{1, 1}, B: -inf}).Predict(x)
			return err
		}, "the unit's bias b = -Inf"},
		{"ThresholdUnit whose z is +Inf − Inf", func() error {
			_, err := (&ThresholdUnit{W: []float64{1e308, 1e308}}).Predict(mat.NewDense(1, 2, []float64{10, -10}))
			return err
		}, "row 0 of X is NaN: z = b + wᵀx overflows float64"},
		{"Predict of weights near 1e308", func() error { _, err := huge.Predict(x); return err }, "Z{1}[0,0] is +Inf: the forward pass overflows float64 (largest |weight| or |bias| 1e+308)"},
		{"Cost of weights near 1e308", func() error { _, err := huge.Cost(x, y); return err }, "the forward pass overflows float64"},
		{"Predict of a loaded model of weights near 1e308", func() error { _, err := loaded.Predict(x); return err }, "overflows float64"},
		{"Cost whose loss overflows", func() error { _, err := big.Cost(one, zero); return err }, "the loss mse is +Inf: it overflows float64"},
		{"Backward of a trace altered to NaN", func() error {
			tr, err := a.Forward(x)
			if err != nil {
				return err
			}
			tr.Z[0].Set(1, 2, nan)
			_, err = a.Backward(tr, y)
			return err
		}, "Backward: trace Z{1}[1,2] is NaN, want finite numbers"},
		{"Backward of a trace whose input was altered to Inf", func() error {
			tr, err := a.Forward(mat.DenseCopyOf(x))
			if err != nil {
				return err
			}
			tr.A[0].Set(0, 0, inf)
			_, err = a.Backward(tr, y)
			return err
		}, "Backward: trace A{0}[0,0] is +Inf"},
		{"Backward whose gradient overflows", func() error { _, err := chain.Backward(chainTrace, zero); return err }, "Backward: ∂L/∂W{2}[0,0] is +Inf: the gradients overflow float64"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.call()
			if err == nil || !strings.HasPrefix(err.Error(), "mlp: ") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an mlp: error containing %q", err, c.want)
			}
		})
	}
}

// TestNonFiniteOutputsAreNaN: a threshold unit with a NaN weight outputs
// NaN, which no comparison takes for a class, rather than the step's 0
// (z ≥ 0 is false for NaN), and the perceptron rule stops with an error
// when its weights overflow.
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
	_, err := TrainPerceptron(X, Y, PerceptronOptions{LearningRate: 1, MaxEpochs: 100})
	if err == nil || !strings.Contains(err.Error(), "the updates overflow float64") {
		t.Errorf("TrainPerceptron of inputs near 1e308: got %v, want an error saying the updates overflow", err)
	}
}

// TestOverflowModelStillSaves: weights near 1e308 are finite: Save writes
// them and Load reads them back bit for bit (only Predict and Cost refuse).
func TestOverflowModelStillSaves(t *testing.T) {
	n, _ := NewNetwork(Spec{Sizes: []int{1, 1}, Seed: 1})
	_ = n.SetParams([]float64{1e308, -1e308})
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
