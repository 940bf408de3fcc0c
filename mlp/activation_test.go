package mlp

import (
	"math"
	"strings"
	"testing"
)

// TestActivationDerivatives checks each φ′ against the central difference
// (φ(z+h) − φ(z−h)) / 2h.
func TestActivationDerivatives(t *testing.T) {
	const h = 1e-6 // error of the difference ≈ h²φ‴/6 + ε|φ|/h ≈ 1e-10
	zs := []float64{-5, -1.3, -0.2, 0.3, 0.9, 2, 7}
	for _, act := range []Activation{Identity, Sigmoid, Tanh, ReLU} {
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
	for _, act := range []Activation{Step, Identity, Sigmoid, Tanh, ReLU} {
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
	assertPanics(t, "LogSumExp(empty)", "mlp: LogSumExp", func() { LogSumExp(nil) })
}

func TestActivationByName(t *testing.T) {
	for _, name := range []string{"step", "identity", "sigmoid", "tanh", "relu", "softmax"} {
		act, err := ActivationByName(name)
		if err != nil || act.Name != name || !act.valid() {
			t.Errorf("ActivationByName(%q): got %q, %v", name, act.Name, err)
		}
	}
	if _, err := ActivationByName("swish"); err == nil || !strings.Contains(err.Error(), `unknown activation "swish"`) {
		t.Errorf("ActivationByName(swish): got %v, want an unknown-activation error", err)
	}
	assertPanics(t, "Apply with short dst", "mlp: sigmoid.Apply", func() { Sigmoid.Apply(make([]float64, 1), []float64{1, 2}) })
}

// assertPanics checks that f panics with a message containing want.
func assertPanics(t *testing.T, what, want string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil {
			t.Errorf("%s: no panic, want one containing %q", what, want)
			return
		}
		if msg := fmtPanic(r); !strings.Contains(msg, want) {
			t.Errorf("%s: panic %q, want it to contain %q", what, msg, want)
		}
	}()
	f()
}

func fmtPanic(r any) string {
	if e, ok := r.(error); ok {
		return e.Error()
	}
	if s, ok := r.(string); ok {
		return s
	}
	return "non-string panic"
}
