package mlp

import (
	"fmt"
	"math/rand/v2"
	"runtime"
	"testing"
	"time"

	"gonum.org/v1/gonum/mat"
)

// TestBatches: the batches handed out ahead by the gathering goroutine are
// exactly the rows of a shuffle done in line (the same generator), batch by
// batch over several epochs, across group boundaries and with a smaller
// last batch; with B = N they are the data themselves. With n_0 ≥
// sparseInputs (here 70 inputs, 80 % zeros) the batches hold the non-zero
// inputs, by row and by input; with fewer (4) a copy of the rows.
func TestBatches(t *testing.T) {
	for _, c := range []struct{ n, b, epochs, inputs int }{
		{103, 10, 3, 4},   // one group per epoch, last batch of 3
		{103, 10, 3, 70},  // the same, sparse
		{1000, 3, 2, 4},   // 170 batches per group: two groups per epoch, last batch of 1
		{1000, 3, 2, 70},  // the same, sparse
		{600, 600, 2, 70}, // B = N
		{50, 1, 2, 4},     // one example per batch
		{50, 1, 2, 70},    // the same, sparse
		{2000, 600, 2, 4}, // one batch per group
	} {
		t.Run(fmt.Sprintf("N=%d,B=%d,n0=%d", c.n, c.b, c.inputs), func(t *testing.T) {
			d := randomDataset(c.n, c.inputs, 3, 9)
			if c.inputs >= sparseInputs {
				d.X = sparseMatrix(c.n, c.inputs, 0.2, 9)
			}
			bs := newBatches(d, c.b, c.epochs, 42)
			defer bs.stop()
			perm := make([]int, c.n)
			for i := range perm {
				perm[i] = i
			}
			rng := rand.New(rand.NewPCG(42, shuffleSeedStream))
			for epoch := 1; epoch <= c.epochs; epoch++ {
				if c.b < c.n {
					rng.Shuffle(c.n, func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
				}
				for start := 0; start < c.n; start += c.b {
					b := bs.next()
					idx := perm[start:min(start+c.b, c.n)]
					if c.b == c.n {
						if b.x != d.X || b.y != d.Y || b.sx != nil {
							t.Fatalf("B = N: got a copy, want the data themselves")
						}
						continue
					}
					x := b.x
					if (b.sx != nil) != (c.inputs >= sparseInputs) || (b.x != nil) == (b.sx != nil) {
						t.Fatalf("n_0 = %d: sparse %v, dense %v", c.inputs, b.sx != nil, b.x != nil)
					}
					if b.sx != nil {
						var byInput *mat.Dense
						x, byInput = b.sx.dense(c.inputs)
						if !mat.Equal(x, byInput) {
							t.Fatalf("epoch %d, batch at %d: by row %v, by input %v", epoch, start, x, byInput)
						}
					}
					if r, _ := x.Dims(); r != len(idx) {
						t.Fatalf("epoch %d, batch at %d: got %d rows, want %d", epoch, start, r, len(idx))
					}
					for r, i := range idx {
						if !mat.Equal(x.RowView(r), d.X.RowView(i)) || !mat.Equal(b.y.RowView(r), d.Y.RowView(i)) {
							t.Fatalf("epoch %d, batch at %d, row %d: got %v, want example %d = %v", epoch, start, r, x.RawRowView(r), i, d.X.RawRowView(i))
						}
					}
				}
			}
		})
	}
}

// TestBatchesStop: a Train that ends early (a callback's ErrStop, at the
// first step of many epochs) leaves no copying goroutine behind.
func TestBatchesStop(t *testing.T) {
	d := randomDataset(500, 4, 3, 9)
	before := runtime.NumGoroutine()
	for range 5 {
		net := NewNetwork(Spec{Sizes: []int{4, 3}, Loss: CategoricalCrossEntropy, Seed: 1})
		if _, err := net.Train(d, Settings{Epochs: 100, BatchSize: 2, LearningRate: 0.1,
			OnStep: func(StepInfo) error { return ErrStop }}); err != nil {
			t.Fatal(err)
		}
	}
	for wait := 0; runtime.NumGoroutine() > before && wait < 100; wait++ {
		time.Sleep(10 * time.Millisecond)
	}
	if got := runtime.NumGoroutine(); got > before {
		t.Errorf("got %d goroutines after training, want %d as before", got, before)
	}
}
