package lab

import (
	"math"
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// oneLayer is a [2, 2] sigmoid network with W = I, b = (0, −10): unit 0
// computes σ(x₀), unit 1 σ(x₁ − 10), saturated for x₁ ≤ 1.
func oneLayer(t *testing.T) *mlp.Network {
	t.Helper()
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 2}, Output: mlp.Sigmoid, Loss: mlp.MeanSquaredError})
	net.Layers[0].SetW(mat.NewDense(2, 2, []float64{1, 0, 0, 1}))
	net.Layers[0].SetB(mat.NewVecDense(2, []float64{0, -10}))
	return net
}

func TestOutputUnit(t *testing.T) {
	net := oneLayer(t)
	// Three examples of class 1 with x₁ = 0, 1, 2 and one of class 0.
	d := &mlp.Dataset{
		X:      mat.NewDense(4, 2, []float64{0, 0, 0, 1, 0, 2, 3, 0}),
		Y:      mat.NewDense(4, 2, []float64{0, 1, 0, 1, 0, 1, 1, 0}),
		Labels: []int{1, 1, 1, 0},
	}
	u := OutputUnit(net, d, 1)
	sig := func(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
	zs := []float64{-10, -9, -8}
	var wantA, wantD float64
	for _, z := range zs {
		wantA += sig(z) / 3
		wantD += sig(z) * (1 - sig(z)) / 3
	}
	if u.N != 3 || u.Predicted != 0 || math.Abs(u.MeanZ+9) > 1e-15 ||
		math.Abs(u.MeanA-wantA) > 1e-15 || math.Abs(u.MeanDeriv-wantD) > 1e-15 {
		t.Errorf("OutputUnit(unit 1) = %+v, want N 3, Predicted 0, MeanZ −9, MeanA %v, MeanDeriv %v", u, wantA, wantD)
	}
	if u := OutputUnit(net, d, 0); u.N != 1 || u.Predicted != 4 || u.MeanZ != 3 {
		t.Errorf("OutputUnit(unit 0) = %+v; want N 1, Predicted 4, MeanZ 3", u)
	}
	wantPanic(t, "OutputUnit of unit 2 of a 2-unit output", func() { OutputUnit(net, d, 2) }, "lab: ", "OutputUnit of unit 2, but the network has K = 2 output units")
	d.Labels = []int{0, 0, 0, 0}
	wantPanic(t, "OutputUnit with no example of the class", func() { OutputUnit(net, d, 1) }, "lab: ", "OutputUnit: no example of class 1")
}

// TestOutputDeltas trains two epochs of two steps and compares the means
// with the δ{L} that Train passes to OnStep, copied at each step.
func TestOutputDeltas(t *testing.T) {
	net := oneLayer(t)
	d := &mlp.Dataset{
		X: mat.NewDense(4, 2, []float64{0, 0, 0, 1, 1, 2, 3, 0}),
		Y: mat.NewDense(4, 2, []float64{0, 1, 0, 1, 1, 0, 1, 0}),
	}
	var od OutputDeltas
	var want [2][2]float64
	_, err := net.Train(d, mlp.Settings{Epochs: 2, BatchSize: 2, LearningRate: 1, Seed: 1,
		OnStep: func(s mlp.StepInfo) error {
			dl := s.Grads.Delta[0]
			for i := range 2 {
				for k := range 2 {
					want[s.Epoch-1][k] += math.Abs(dl.At(i, k)) / 4
				}
			}
			return od.Step(s)
		}})
	if err != nil {
		t.Fatal(err)
	}
	if len(od.PerEpoch) != 2 {
		t.Fatalf("PerEpoch has %d epochs, want 2", len(od.PerEpoch))
	}
	for e := range 2 {
		for k := range 2 {
			if got := od.PerEpoch[e][k]; math.Abs(got-want[e][k]) > 1e-15 {
				t.Errorf("epoch %d unit %d: mean |δ| = %v, want %v", e+1, k, got, want[e][k])
			}
		}
	}
	if !(od.PerEpoch[0][1] < od.PerEpoch[0][0]) {
		t.Errorf("the saturated unit 1 should have the smaller error: %v", od.PerEpoch[0])
	}
}
