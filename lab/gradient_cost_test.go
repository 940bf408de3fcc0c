package lab

import (
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// TestMeasureGradientCost counts a [2, 3, 1] network on 5 examples against
// the hand counts: forward 5·(2·3 + 3·1) = 45; the numerical gradient
// (2P + 1)·45 with P = 13; backprop 45 + 60 (TestCountMultiplyAddsNetwork).
func TestMeasureGradientCost(t *testing.T) {
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 3, 1}, Hidden: mlp.Tanh, Seed: 1})
	X := mat.NewDense(5, 2, []float64{0.1, -1, 2, 0.3, -0.5, 0.5, 1, 1, -2, 0})
	Y := mat.NewDense(5, 1, []float64{0.5, -1, 0, 2, 1})
	c := MeasureGradientCost(net, X, Y, 3)
	if c.P != 13 || c.Forward != 45 || c.Numerical != 27*45 || c.Backprop != 105 {
		t.Errorf("got P %d, multiply-adds forward %d, numerical %d, backprop %d; want 13, 45, %d, 105",
			c.P, c.Forward, c.Numerical, 27*45, c.Backprop)
	}
	if !(c.MaxAbsDiff < 1e-8) {
		t.Errorf("numerical and backprop gradients differ by %v, want < 1e-8", c.MaxAbsDiff)
	}
	if c.NumericalTime <= 0 || c.BackpropTime <= 0 {
		t.Errorf("times %v, %v: want both measured (> 0)", c.NumericalTime, c.BackpropTime)
	}
	wantPanic(t, "reps = 0", func() { MeasureGradientCost(net, X, Y, 0) }, "lab: ", "MeasureGradientCost with reps = 0")
	wantPanic(t, "Y with the wrong number of rows", func() { MeasureGradientCost(net, X, mat.NewDense(4, 1, nil), 1) }, "mlp: ", "Y is 4×1 but the network needs 5×1")
}
