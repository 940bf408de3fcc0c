package mlp

import (
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

func TestGatesTruthTables(t *testing.T) {
	in2 := [][]float64{{0, 0}, {0, 1}, {1, 0}, {1, 1}}
	for _, c := range []struct {
		name string
		unit *ThresholdUnit
		in   [][]float64
		want []float64 // the slides' truth tables
	}{
		{"AND", AND(), in2, []float64{0, 0, 0, 1}},
		{"OR", OR(), in2, []float64{0, 1, 1, 1}},
		{"NAND", NAND(), in2, []float64{1, 1, 1, 0}},
		{"NOR", NOR(), in2, []float64{1, 0, 0, 0}},
		{"NOT", NOT(), [][]float64{{0}, {1}}, []float64{1, 0}},
	} {
		t.Run(c.name, func(t *testing.T) {
			for i, x := range c.in {
				if got := c.unit.Output(x); got != c.want[i] {
					t.Errorf("%s%v: got %v, want %v", c.name, x, got, c.want[i])
				}
			}
			X := mat.NewDense(len(c.in), len(c.in[0]), nil)
			for i, x := range c.in {
				X.SetRow(i, x)
			}
			got := c.unit.Predict(X)
			if want := mat.NewDense(len(c.want), 1, c.want); !mat.Equal(got, want) {
				t.Errorf("Predict: got %v, want %v", mat.Formatted(got.T()), mat.Formatted(want.T()))
			}
			// The gate agrees with the truth table written out in testGate.
			d, err := testGate(c.name)
			if err != nil {
				t.Fatal(err)
			}
			if !mat.Equal(got, d.Y) {
				t.Errorf("testGate(%q).Y: got %v, want %v", c.name, mat.Formatted(d.Y.T()), mat.Formatted(got.T()))
			}
		})
	}
}

func TestXORNetwork(t *testing.T) {
	d, err := testGate("xor")
	if err != nil {
		t.Fatal(err)
	}
	net := XORNetwork()
	outs := net.Forward(d.X)
	// Hidden layer: columns OR and NAND; output: their AND.
	wantHidden := mat.NewDense(4, 2, []float64{
		0, 1, // (0,0): OR 0, NAND 1
		1, 1, // (0,1)
		1, 1, // (1,0)
		1, 0, // (1,1)
	})
	if !mat.Equal(outs[0], wantHidden) {
		t.Errorf("hidden layer: got %v, want %v", mat.Formatted(outs[0]), mat.Formatted(wantHidden))
	}
	got := net.Predict(d.X)
	want := mat.NewDense(4, 1, []float64{0, 1, 1, 0}) // the slide's XOR table
	if !mat.Equal(got, want) || !mat.Equal(got, d.Y) {
		t.Errorf("XOR: got %v, want %v", mat.Formatted(got.T()), mat.Formatted(want.T()))
	}
}

func TestThresholdUnitHandComputation(t *testing.T) {
	u := &ThresholdUnit{W: []float64{0.5, -2, 1}, B: 0.25}
	x := []float64{2, 1, -0.5}
	// z = 0.25 + 0.5·2 − 2·1 + 1·(−0.5) = −1.25
	if got, want := u.Z(x), -1.25; got != want {
		t.Errorf("Z: got %v, want %v", got, want)
	}
	if got := u.Output(x); got != 0 {
		t.Errorf("step output: got %v, want 0", got)
	}
	u.Phi = Sigmoid
	if got, want := u.Output(x), 1/(1+math.Exp(1.25)); math.Abs(got-want) > 1e-15 {
		t.Errorf("sigmoid output: got %v, want %v", got, want)
	}
	// The step is 1 at z = 0 exactly (φ(z) = 1 if z ≥ 0).
	if got := (&ThresholdUnit{W: []float64{1}, B: -1}).Output([]float64{1}); got != 1 {
		t.Errorf("step at z = 0: got %v, want 1", got)
	}
}

func TestThresholdUnitPanicsOnLength(t *testing.T) {
	defer func() {
		r := recover()
		msg, _ := r.(string)
		if !strings.HasPrefix(msg, "mlp:") || !strings.Contains(msg, "length 3") || !strings.Contains(msg, "2 weights") {
			t.Errorf("got panic %v, want an mlp: message naming both lengths", r)
		}
	}()
	AND().Output([]float64{1, 0, 1})
}

func TestThresholdNetworkErrors(t *testing.T) {
	X := mat.NewDense(1, 2, []float64{0, 1})
	for _, c := range []struct {
		name string
		net  *ThresholdNetwork
		X    mat.Matrix
		want string
	}{
		{"nil network", nil, X, "no layers"},
		{"no layers", &ThresholdNetwork{}, X, "no layers"},
		{"empty layer", &ThresholdNetwork{Layers: [][]*ThresholdUnit{{AND()}, {}}}, X, "ThresholdNetwork.Predict: layer 2 has no units"},
		{"nil unit", &ThresholdNetwork{Layers: [][]*ThresholdUnit{{AND(), nil}}}, X, "layer 1, unit 2 is nil"},
		{"wrong fan-in", &ThresholdNetwork{Layers: [][]*ThresholdUnit{{AND()}, {AND()}}}, X, "ThresholdNetwork.Predict: layer 2, unit 1: X is 1×1 but the unit has 2 weights"},
		{"NaN input", XORNetwork(), mat.NewDense(1, 2, []float64{math.NaN(), 1}), "X[0,0] is NaN"},
		{"nil input", XORNetwork(), nil, "X is nil"},
	} {
		t.Run(c.name, func(t *testing.T) { wantPanic(t, c.name, func() { c.net.Predict(c.X) }, c.want) })
	}
}

// Both kinds of unit are predictors, so plots can draw their regions.
var (
	_ predictor = (*ThresholdUnit)(nil)
	_ predictor = (*ThresholdNetwork)(nil)
	_ predictor = (*Perceptron)(nil)
)
