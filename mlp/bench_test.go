package mlp

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// The benchmark shapes of acceptance 9: Nielsen's [784, 30, 10] (W1) and the
// four-hidden-layer [784, 30, 30, 30, 30, 10] (W3), sigmoid, ECM, batch 10.
var benchShapes = []struct {
	name  string
	sizes []int
}{
	{"W1", []int{784, 30, 10}},
	{"W3", []int{784, 30, 30, 30, 30, 10}},
}

const benchBatch = 10

// benchSetup returns a network and a random batch in the layout Train uses
// (pixels in [0, 1], about 19 % of them non-zero as in MNIST).
func benchSetup(sizes []int, b int) (*Network, *Trace, *Gradients, *mat.Dense) {
	net, err := NewNetwork(Spec{Sizes: sizes, Output: Sigmoid, Seed: 1})
	if err != nil {
		panic(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	tr := newTrace(sizes, b, true)
	x := tr.A[0].RawMatrix().Data
	for i := range x {
		if rng.Float64() < 0.19 {
			x[i] = rng.Float64()
		}
	}
	y := mat.NewDense(b, sizes[len(sizes)-1], nil)
	for i := range b {
		y.Set(i, rng.IntN(sizes[len(sizes)-1]), 1)
	}
	return net, tr, newGradients(sizes, b), y
}

// BenchmarkForward measures one forward pass of a batch of 10 (what Train
// does per step; 6000 steps make an MNIST epoch).
func BenchmarkForward(b *testing.B) {
	for _, s := range benchShapes {
		b.Run(fmt.Sprintf("%s/B=%d", s.name, benchBatch), func(b *testing.B) {
			net, tr, _, _ := benchSetup(s.sizes, benchBatch)
			b.ReportAllocs()
			for b.Loop() {
				net.forward(tr)
			}
		})
	}
}

// BenchmarkBackward measures one backward pass of a batch of 10.
func BenchmarkBackward(b *testing.B) {
	for _, s := range benchShapes {
		b.Run(fmt.Sprintf("%s/B=%d", s.name, benchBatch), func(b *testing.B) {
			net, tr, g, y := benchSetup(s.sizes, benchBatch)
			net.forward(tr)
			b.ReportAllocs()
			for b.Loop() {
				net.backward(tr, y, g)
			}
		})
	}
}

// BenchmarkStep measures one whole training step (forward, loss, backward,
// update) of a batch of 10: × 6000 it is the time of an MNIST epoch.
func BenchmarkStep(b *testing.B) {
	for _, s := range benchShapes {
		b.Run(fmt.Sprintf("%s/B=%d", s.name, benchBatch), func(b *testing.B) {
			net, tr, g, y := benchSetup(s.sizes, benchBatch)
			b.ReportAllocs()
			for b.Loop() {
				net.forward(tr)
				net.batchLoss(tr, y)
				net.backward(tr, y, g)
				net.update(g, 3, 0, 60000)
			}
		})
	}
}
