package mlp

import (
	"fmt"
	"slices"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestShuffler: every order is a permutation of 0 … N−1; the same seed gives
// the same orders, another seed others; successive epochs differ; Next
// returns a fresh slice (changing it changes nothing that follows).
func TestShuffler(t *testing.T) {
	orders := func(seed uint64, epochs int) [][]int {
		s := NewShuffler(50, seed)
		var out [][]int
		for range epochs {
			o := s.Next()
			out = append(out, slices.Clone(o))
			clear(o) // must not affect the next order
		}
		return out
	}
	a, b, c := orders(3, 4), orders(3, 4), orders(4, 4)
	for e, o := range a {
		if got := slices.Sorted(slices.Values(o)); !slices.Equal(got, identity(50)) {
			t.Fatalf("epoch %d: order %v is not a permutation of 0…49", e+1, o)
		}
		if !slices.Equal(o, b[e]) {
			t.Errorf("epoch %d: seed 3 gave %v, then %v", e+1, o, b[e])
		}
		if slices.Equal(o, c[e]) {
			t.Errorf("epoch %d: seeds 3 and 4 gave the same order", e+1)
		}
		if e > 0 && slices.Equal(o, a[e-1]) {
			t.Errorf("epochs %d and %d have the same order", e, e+1)
		}
	}
	wantPanic(t, "NewShuffler(0, 1)", func() { NewShuffler(0, 1) }, "NewShuffler of N = 0 examples")
}

func identity(n int) []int {
	v := make([]int, n)
	for i := range v {
		v[i] = i
	}
	return v
}

// TestShufflerIsTrains: SGD written by hand — a Shuffler's order, cut into
// batches of B, each batch's Gradient, θ ← θ − α∇L_B(θ) through Params and
// SetParams — gives Train's weights bit for bit, with a hidden layer and a
// smaller last batch (notebook 09's loop).
func TestShufflerIsTrains(t *testing.T) {
	d := randomDataset(23, 3, 2, 5)
	const alpha, epochs, seed = 0.4, 6, 9
	spec := Spec{Sizes: []int{3, 4, 2}, Hidden: Tanh, Loss: CategoricalCrossEntropy, Seed: 1}
	for _, B := range []int{1, 5, 22} {
		t.Run(fmt.Sprintf("B=%d", B), func(t *testing.T) {
			byHand := NewNetwork(spec)
			sh := NewShuffler(23, seed)
			for range epochs {
				order := sh.Next()
				for start := 0; start < 23; start += B {
					idx := order[start:min(start+B, 23)]
					X, Y := mat.NewDense(len(idx), 3, nil), mat.NewDense(len(idx), 2, nil)
					for r, i := range idx {
						X.SetRow(r, d.X.RawRowView(i))
						Y.SetRow(r, d.Y.RawRowView(i))
					}
					g := byHand.Gradient(X, Y)
					theta := byHand.Params()
					for j := range theta {
						theta[j] -= alpha * g[j]
					}
					byHand.SetParams(theta)
				}
			}
			net := NewNetwork(spec)
			if _, err := net.Train(d, Settings{Epochs: epochs, BatchSize: B, LearningRate: alpha, Seed: seed}); err != nil {
				t.Fatal(err)
			}
			if !sameWeights(net, byHand) {
				t.Errorf("Train's weights %v, by hand %v", net.Params(), byHand.Params())
			}
		})
	}
}
