package lab

import (
	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// Gain describes how a sigmoid hidden layer l scales the error on its way
// back, δ{l} = (W{l+1})ᵀδ{l+1} ⊙ σ′(z{l}), over the B examples of a batch.
type Gain struct {
	// MeanDeriv is the mean of σ′(z{l}ⱼ) = a{l}ⱼ(1 − a{l}ⱼ) over the examples
	// and the layer's units.
	MeanDeriv float64
	// Norm is ‖W{l+1}‖₂, the largest singular value of the weights above.
	Norm float64
	// MeanRatio is the mean over the examples of ‖δ{l}‖ / ‖δ{l+1}‖.
	MeanRatio float64
	// Bound says whether every example obeys
	//	‖δ{l}‖ ≤ ‖W{l+1}‖₂ · maxⱼ σ′(z{l}ⱼ) · ‖δ{l+1}‖
	// (up to rounding, a relative 1e-12).
	Bound bool
}

// LayerGain measures the Gain of hidden layer l (1 ≤ l < L) of net from a
// forward trace tr and the gradients g that Backward computed from it. The
// hidden layers must be sigmoid; it panics otherwise, if l is not a hidden
// layer, or if tr or g is not this network's.
func LayerGain(net *mlp.Network, tr *mlp.Trace, g *mlp.Gradients, l int) Gain {
	if net == nil || tr == nil || g == nil {
		panicf("LayerGain needs a network, its trace and its gradients (got nil)")
	}
	L := len(net.Layers)
	if l < 1 || l >= L {
		panicf("LayerGain of layer %d, want a hidden layer 1 … %d", l, L-1)
	}
	if net.Layers[l-1].Act.Name != mlp.Sigmoid.Name {
		panicf("LayerGain needs a sigmoid layer; layer %d is %s", l, net.Layers[l-1].Act.Name)
	}
	if len(tr.A) != L+1 || len(g.Delta) != L {
		panicf("LayerGain: the trace or the gradients are not this network's")
	}
	var svd mat.SVD
	if !svd.Factorize(net.Layers[l].W(), mat.SVDNone) { // Layers[l] is layer l+1
		panicf("LayerGain: the SVD of W{%d} failed", l+1)
	}
	gain := Gain{Norm: svd.Values(nil)[0], Bound: true}
	B, n := tr.A[l].Dims()
	for i := range B {
		maxDeriv := 0.0
		for _, a := range tr.A[l].RawRowView(i) {
			maxDeriv = max(maxDeriv, a*(1-a))
			gain.MeanDeriv += a * (1 - a) / float64(B*n)
		}
		lo := floats.Norm(g.Delta[l-1].RawRowView(i), 2) // δ{l}
		hi := floats.Norm(g.Delta[l].RawRowView(i), 2)   // δ{l+1}
		gain.MeanRatio += lo / hi / float64(B)
		gain.Bound = gain.Bound && lo <= gain.Norm*maxDeriv*hi*(1+1e-12)
	}
	return gain
}

// LayerGains measures the Gain of every hidden layer of net (sigmoid) over
// the examples of d: gains[l-1] is hidden layer l's. It panics if d is nil,
// or as Forward, Backward and LayerGain do.
func LayerGains(net *mlp.Network, d *mlp.Dataset) []Gain {
	if net == nil || d == nil {
		panicf("LayerGains needs a network and a data set (got nil)")
	}
	tr := net.Forward(d.X)
	g := net.Backward(tr, d.Y)
	gains := make([]Gain, len(net.Layers)-1)
	for l := range gains {
		gains[l] = LayerGain(net, tr, g, l+1)
	}
	return gains
}
