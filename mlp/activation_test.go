package mlp

import (
	"math"
	"testing"
)

// elementWise returns the built-in activations that act on each z alone
// (F and Deriv set), from the one list builtins: a new activation is
// tested as soon as it is listed there.
func elementWise() []Activation {
	var acts []Activation
	for _, a := range builtins {
		if a.F != nil {
			acts = append(acts, a)
		}
	}
	return acts
}

// layerWise returns the built-in activations that act on a whole layer
// (Layer set: Softmax).
func layerWise() []Activation {
	var acts []Activation
	for _, a := range builtins {
		if a.Layer != nil {
			acts = append(acts, a)
		}
	}
	return acts
}

// TestBuiltins checks what every activation of builtins must have: a name
// ActivationByName finds, either an element-wise F with its Deriv or a
// Layer function (not both), and an Apply that panics with an mlp: message
// on lengths that differ.
func TestBuiltins(t *testing.T) {
	if len(elementWise())+len(layerWise()) != len(builtins) {
		t.Errorf("%d element-wise and %d layer-wise activations of %d built-ins", len(elementWise()), len(layerWise()), len(builtins))
	}
	for _, act := range builtins {
		t.Run(act.Name, func(t *testing.T) {
			if got := ActivationByName(act.Name); got.Name != act.Name || !got.valid() {
				t.Errorf("ActivationByName(%q) = %q (valid %v)", act.Name, got.Name, got.valid())
			}
			if (act.F != nil) == (act.Layer != nil) || (act.F != nil) != (act.Deriv != nil) {
				t.Errorf("%s: want F and Deriv, or Layer alone", act.Name)
			}
			wantPanic(t, "Apply with a short dst", func() { act.Apply(make([]float64, 1), []float64{1, 2}) }, act.Name+".Apply: len(dst) = 1, len(z) = 2")
		})
	}
}

// TestActivationDerivatives checks each φ′ against the central difference
// (φ(z+h) − φ(z−h)) / 2h, away from kinks and jumps (z ≠ 0).
func TestActivationDerivatives(t *testing.T) {
	const h = 1e-6 // error of the difference ≈ h²φ‴/6 + ε|φ|/h ≈ 1e-10
	zs := []float64{-5, -1.3, -0.2, 0.3, 0.9, 2, 7}
	for _, act := range elementWise() {
		t.Run(act.Name, func(t *testing.T) {
			for _, z := range zs {
				got := act.Deriv(z)
				want := (act.F(z+h) - act.F(z-h)) / (2 * h)
				if math.Abs(got-want) > 1e-8 {
					t.Errorf("φ′(%v): got %v, want %v", z, got, want)
				}
			}
		})
	}
}

// TestDerivFromOutput: φ′ from the output, DerivFromOutput(φ(z)), is exactly
// Deriv(z), also where φ saturates and at ReLU's kink.
func TestDerivFromOutput(t *testing.T) {
	zs := []float64{-1000, -40, -5, -1.3, -0.2, math.Copysign(0, -1), 0, 1e-300, 0.3, 0.9, 2, 7, 37, 1000}
	for _, act := range elementWise() {
		if act.DerivFromOutput == nil {
			continue
		}
		t.Run(act.Name, func(t *testing.T) {
			for _, z := range zs {
				if got, want := act.DerivFromOutput(act.F(z)), act.Deriv(z); got != want {
					t.Errorf("φ′ at z = %v from a = %v: got %v, want %v", z, act.F(z), got, want)
				}
			}
		})
	}
}

func TestActivationValues(t *testing.T) {
	tests := []struct {
		act     Activation
		z, want float64
	}{
		{Identity, -2.5, -2.5},
		{Sigmoid, 0, 0.5},
		{Sigmoid, math.Log(3), 0.75}, // σ(log 3) = 1/(1 + 1/3)
		{Sigmoid, -1000, 0},
		{Sigmoid, 1000, 1},
		{Tanh, 0, 0},
		{Tanh, math.Log(2), 0.6}, // (2 − ½)/(2 + ½)
		{ReLU, -3, 0},
		{ReLU, 3, 3},
		{Step, 0, 1},
		{Step, -0.1, 0},
	}
	for _, tt := range tests {
		if got := tt.act.F(tt.z); math.Abs(got-tt.want) > 1e-15 {
			t.Errorf("%s(%v): got %v, want %v", tt.act.Name, tt.z, got, tt.want)
		}
	}
	if got := ReLU.Deriv(0); got != 0 {
		t.Errorf("ReLU′(0): got %v, want 0", got)
	}
	if got := Step.Deriv(0.3); got != 0 {
		t.Errorf("Step′(0.3): got %v, want 0", got)
	}
	// tanh(z) = 2σ(2z) − 1.
	for _, z := range []float64{-2, 0.4, 3} {
		if got, want := Tanh.F(z), 2*Sigmoid.F(2*z)-1; math.Abs(got-want) > 1e-15 {
			t.Errorf("tanh(%v): got %v, want 2σ(2z)−1 = %v", z, got, want)
		}
	}
}

// TestLayerActivations: a layer-wise activation (softmax) gives
// probabilities that sum to 1, is unchanged by a shift of every z, and
// panics with an mlp: message on an empty layer.
func TestLayerActivations(t *testing.T) {
	for _, act := range layerWise() {
		t.Run(act.Name, func(t *testing.T) {
			for _, z := range [][]float64{{0}, {1, 2, 3}, {-1000, 1000, 0.5}, {1e-300, -2, 7, 7}} {
				a, shifted := make([]float64, len(z)), make([]float64, len(z))
				act.Apply(a, z)
				up := make([]float64, len(z))
				for k := range z {
					up[k] = z[k] + 10
				}
				act.Apply(shifted, up)
				sum := 0.0
				for k := range a {
					if !(a[k] >= 0 && a[k] <= 1) || math.Abs(shifted[k]-a[k]) > 1e-15 {
						t.Errorf("%v: a[%d] = %v (shifted %v), want a probability unchanged by the shift", z, k, a[k], shifted[k])
					}
					sum += a[k]
				}
				if math.Abs(sum-1) > 1e-15 {
					t.Errorf("%v: the outputs sum to %v, want 1", z, sum)
				}
			}
			wantPanic(t, "Apply of an empty z", func() { act.Apply(nil, nil) }, "empty z")
		})
	}
}

func TestSoftmax(t *testing.T) {
	z := []float64{1, 2, 3}
	got := make([]float64, 3)
	Softmax.Apply(got, z)
	// By hand: e^k / (e + e² + e³).
	den := math.E + math.Exp(2) + math.Exp(3)
	for k := range z {
		if want := math.Exp(z[k]) / den; math.Abs(got[k]-want) > 1e-15 {
			t.Errorf("softmax(1,2,3)[%d]: got %v, want %v", k, got[k], want)
		}
	}
	// Shifting every logit changes nothing.
	shifted := make([]float64, 3)
	Softmax.Apply(shifted, []float64{1001, 1002, 1003})
	for k := range z {
		if math.Abs(shifted[k]-got[k]) > 1e-15 {
			t.Errorf("softmax(z+1000)[%d]: got %v, want %v", k, shifted[k], got[k])
		}
	}
	// Logits ±1000: exact 0 and 1, no NaN.
	Softmax.Apply(got, []float64{1000, -1000, 0})
	if got[0] != 1 || got[1] != 0 || got[2] != 0 {
		t.Errorf("softmax(1000, −1000, 0): got %v, want [1 0 0]", got)
	}
}

// TestSoftmaxTwoClassesIsSigmoid checks softmax(z, 0)₀ = σ(z).
func TestSoftmaxTwoClassesIsSigmoid(t *testing.T) {
	p := make([]float64, 2)
	for _, z := range []float64{-1000, -30, -2.5, -0.1, 0, 0.7, 4, 40, 1000} {
		Softmax.Apply(p, []float64{z, 0})
		if got, want := p[0], Sigmoid.F(z); math.Abs(got-want) > 1e-14*want {
			t.Errorf("softmax(%v, 0)₀: got %v, want σ(%v) = %v", z, got, z, want)
		}
	}
}

func TestLogSumExp(t *testing.T) {
	tests := []struct {
		z    []float64
		want float64
	}{
		{[]float64{0, 0}, math.Log(2)},
		{[]float64{1000, 1000}, 1000 + math.Log(2)},
		{[]float64{-1000, -1000, -1000}, -1000 + math.Log(3)},
		{[]float64{math.Inf(1), 0}, math.Inf(1)},
		{[]float64{3}, 3},
	}
	for _, tt := range tests {
		if got := LogSumExp(tt.z); got != tt.want && math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("LogSumExp(%v): got %v, want %v", tt.z, got, tt.want)
		}
	}
	wantPanic(t, "LogSumExp(empty)", func() { LogSumExp(nil) }, "LogSumExp of an empty vector")
}

func TestActivationByNameUnknown(t *testing.T) {
	wantPanic(t, "ActivationByName(swish)", func() { ActivationByName("swish") }, `unknown activation "swish"`)
	wantPanic(t, "Apply without a function", func() { Activation{Name: "swish"}.Apply(make([]float64, 1), []float64{1}) }, `"swish", which has no function`)
}
