package lab

import (
	"math"
	"testing"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// TestLayerGainChain checks LayerGain on a chain of one sigmoid unit per
// layer, where every quantity is a number computed by hand: σ′(z{l}),
// |w{l+1}|, and |δ{l}/δ{l+1}| = |w{l+1}| σ′(z{l}), the bound holding with
// equality.
func TestLayerGainChain(t *testing.T) {
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{1, 1, 1, 1}, Hidden: mlp.Sigmoid,
		Output: mlp.Sigmoid, Loss: mlp.MeanSquaredError})
	w, b := []float64{0.8, -1.5, 2}, []float64{0.1, -0.3, 0.2}
	for l, layer := range net.Layers {
		layer.SetW(mat.NewDense(1, 1, []float64{w[l]}))
		layer.SetB(mat.NewVecDense(1, []float64{b[l]}))
	}
	tr := net.Forward(mat.NewDense(1, 1, []float64{0.7}))
	g := net.Backward(tr, mat.NewDense(1, 1, []float64{0}))
	a1 := 1 / (1 + math.Exp(-(w[0]*0.7 + b[0])))
	a2 := 1 / (1 + math.Exp(-(w[1]*a1 + b[1])))
	for l, a := range map[int]float64{1: a1, 2: a2} {
		gain := LayerGain(net, tr, g, l)
		deriv := a * (1 - a)
		if math.Abs(gain.MeanDeriv-deriv) > 1e-15 || math.Abs(gain.Norm-math.Abs(w[l])) > 1e-14 ||
			math.Abs(gain.MeanRatio-math.Abs(w[l])*deriv) > 1e-14 || !gain.Bound {
			t.Errorf("layer %d: %+v, want σ′ %v, ‖W‖ %v, ratio %v, bound true", l, gain,
				deriv, math.Abs(w[l]), math.Abs(w[l])*deriv)
		}
	}
	wantPanic(t, "LayerGain of the output layer", func() { LayerGain(net, tr, g, 3) }, "lab: ", "LayerGain of layer 3, want a hidden layer 1 … 2")
}

func TestLayerGainRejectsReLU(t *testing.T) {
	net := mlp.NewNetwork(mlp.Spec{Sizes: []int{2, 3, 1}, Hidden: mlp.ReLU, Seed: 1})
	tr := net.Forward(mat.NewDense(1, 2, []float64{1, 2}))
	g := net.Backward(tr, mat.NewDense(1, 1, []float64{0}))
	wantPanic(t, "LayerGain of a ReLU layer", func() { LayerGain(net, tr, g, 1) }, "lab: ", "LayerGain needs a sigmoid layer; layer 1 is relu")
}

// TestLayerGainsBound checks, on random sigmoid networks, what the bound
// promises (it is a theorem: it must hold for every example) and that
// LayerGains agrees with LayerGain layer by layer.
func TestLayerGainsBound(t *testing.T) {
	X := mat.NewDense(50, 3, nil)
	Y := mat.NewDense(50, 2, nil)
	for i := range 50 {
		for j := range 3 {
			X.Set(i, j, math.Sin(float64(7*i+j)))
		}
		Y.Set(i, i%2, 1)
	}
	d := &mlp.Dataset{X: X, Y: Y}
	for seed := uint64(1); seed <= 5; seed++ {
		net := mlp.NewNetwork(mlp.Spec{Sizes: []int{3, 6, 5, 4, 2}, Hidden: mlp.Sigmoid,
			Output: mlp.Sigmoid, Loss: mlp.BinaryCrossEntropy, Init: mlp.InitNormal, Seed: seed})
		gains := LayerGains(net, d)
		tr := net.Forward(X)
		g := net.Backward(tr, Y)
		for l := 1; l <= 3; l++ {
			one := LayerGain(net, tr, g, l)
			if gains[l-1] != one {
				t.Errorf("seed %d, layer %d: LayerGains %+v, LayerGain %+v", seed, l, gains[l-1], one)
			}
			if !one.Bound || one.MeanDeriv > 0.25 || one.MeanRatio > one.Norm*0.25 {
				t.Errorf("seed %d, layer %d: %+v breaks the bound", seed, l, one)
			}
		}
	}
}
