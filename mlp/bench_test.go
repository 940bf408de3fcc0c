package mlp

import (
	"fmt"
	"math"
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

// digitLike returns n synthetic 28×28 "digits" with 10 classes, laid out as
// MNIST's (pixels in [0, 1], one row per image, one-hot targets): each is a
// ring of random radius and centre near the middle of the image with a
// stroke through it, so that, as in MNIST, about a fifth of the pixels are
// not zero and they gather in the centre (a batch of 10 touches about half
// of the 784 inputs).
func digitLike(n int, seed uint64) *Dataset {
	rng := rand.New(rand.NewPCG(seed, 3))
	X := mat.NewDense(n, 784, nil)
	labels := make([]int, n)
	for i := range n {
		row := X.RawRowView(i)
		cx, cy := 13.5+2*rng.NormFloat64(), 13.5+2*rng.NormFloat64()
		r := 4 + 4*rng.Float64()
		slope := rng.NormFloat64() / 2
		for p := range row {
			x, y := float64(p%28)-cx, float64(p/28)-cy
			ring := 1.8 - math.Abs(math.Hypot(x, y)-r)
			stroke := 1.2 - math.Abs(x-slope*y)
			if math.Abs(y) > r+1 {
				stroke = 0
			}
			if v := math.Max(ring, stroke) / 1.8; v > 0 {
				row[p] = math.Min(1, 1.5*v)
			}
		}
		labels[i] = rng.IntN(10)
	}
	Y := OneHot(labels, 10)
	return &Dataset{X: X, Y: Y, Labels: labels}
}

// TestDigitLike: the synthetic digits are about as sparse as MNIST's
// (19 % of the pixels not zero; 10 images touch about half of the inputs).
func TestDigitLike(t *testing.T) {
	d := digitLike(1000, 1)
	nz, union := 0, 0
	for i := range 1000 {
		for _, v := range d.X.RawRowView(i) {
			if v != 0 {
				nz++
			}
		}
	}
	for p := range 784 {
		for i := range 10 {
			if d.X.At(i, p) != 0 {
				union++
				break
			}
		}
	}
	if f := float64(nz) / (1000 * 784); f < 0.14 || f > 0.25 {
		t.Errorf("%.3f of the pixels are not zero, want about 0.19 as in MNIST", f)
	}
	if union < 250 || union > 550 {
		t.Errorf("10 images touch %d inputs, want about half of 784", union)
	}
}

// benchSetup returns a network and a random batch in the layout Train uses
// (pixels in [0, 1], about 19 % of them non-zero as in MNIST).
func benchSetup(sizes []int, b int) (*Network, *Trace, *Gradients, *mat.Dense) {
	net := NewNetwork(Spec{Sizes: sizes, Output: Sigmoid, Seed: 1})
	d := digitLike(b, 1)
	tr := newTrace(sizes, b, true)
	tr.A[0].Copy(d.X)
	return net, tr, newGradients(sizes, b), d.Y
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

// stepSetup returns a network, a workspace and a sparse batch of B
// digit-like images, as Train has them at a step.
func stepSetup(sizes []int, B int) (*Network, *workspace, *batch) {
	net := NewNetwork(Spec{Sizes: sizes, Output: Sigmoid, Init: InitNormal, Seed: 1})
	d := digitLike(B, 1)
	b := &batch{sx: &sparseBatch{}, y: d.Y}
	b.sx.gather(d.X, identity(B))
	return net, net.newWorkspace(B), b
}

// trainStep is what Train does at each step of mini-batch SGD.
func trainStep(net *Network, ws *workspace, b *batch) float64 {
	loss := net.forwardBatch(ws, b)
	net.backwardUpdate(ws, b, 3, 0, 60000, false)
	countCorrect(ws.tr.Output(), b.y)
	return loss
}

// BenchmarkStep measures one whole training step of Train (forward, loss,
// backward, update) on a batch of 10 digit-like images, and fails unless it
// allocates nothing: × 6000 it is the training time of an MNIST epoch.
func BenchmarkStep(b *testing.B) {
	for _, s := range benchShapes {
		b.Run(fmt.Sprintf("%s/B=%d", s.name, benchBatch), func(b *testing.B) {
			net, ws, batch := stepSetup(s.sizes, benchBatch)
			if a := testing.AllocsPerRun(10, func() { trainStep(net, ws, batch) }); a != 0 {
				b.Fatalf("%v allocations per step, want 0", a)
			}
			b.ReportAllocs()
			for b.Loop() {
				trainStep(net, ws, batch)
			}
		})
	}
}

// TestStepAllocs: a training step allocates nothing.
func TestStepAllocs(t *testing.T) {
	for _, s := range benchShapes {
		net, ws, batch := stepSetup(s.sizes, benchBatch)
		if a := testing.AllocsPerRun(20, func() { trainStep(net, ws, batch) }); a != 0 {
			t.Errorf("%s: %v allocations per step, want 0", s.name, a)
		}
	}
}
