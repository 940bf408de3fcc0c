package mlp

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// dense returns the rows of b as a dense matrix of c columns, from its
// elements by row, and the same from its elements by input.
func (b *sparseBatch) dense(c int) (byRow, byInput *mat.Dense) {
	byRow, byInput = mat.NewDense(max(1, b.rows()), c, nil), mat.NewDense(max(1, b.rows()), c, nil)
	for r := range b.rows() {
		for e := b.rowStart[r]; e < b.rowStart[r+1]; e++ {
			byRow.Set(r, int(b.col[e]), b.val[e])
		}
	}
	for k, p := range b.in {
		for e := b.inStart[k]; e < b.inStart[k+1]; e++ {
			if e > b.inStart[k] && b.inRow[e] <= b.inRow[e-1] {
				panic("rows of an input not in ascending order")
			}
			if k > 0 && p <= b.in[k-1] {
				panic("inputs not in ascending order")
			}
			byInput.Set(int(b.inRow[e]), int(p), b.inVal[e])
		}
	}
	return byRow.Slice(0, b.rows(), 0, c).(*mat.Dense), byInput.Slice(0, b.rows(), 0, c).(*mat.Dense)
}

// sparseMatrix returns an r×c matrix whose elements are 0 with probability
// 1 − density, else uniform in (0, 1), with a few −0 and tiny numbers.
func sparseMatrix(r, c int, density float64, seed uint64) *mat.Dense {
	rng := rand.New(rand.NewPCG(seed, 7))
	m := mat.NewDense(r, c, nil)
	x := m.RawMatrix().Data
	for i := range x {
		switch u := rng.Float64(); {
		case u < density:
			x[i] = rng.Float64()
		case u < density+0.01:
			x[i] = math.Copysign(0, -1)
		case u < density+0.02:
			x[i] = 1e-310 // a subnormal: (1/B)·x underflows to 0 for B ≥ 3
		}
	}
	return m
}

// TestSparseBatch: gather keeps exactly the non-zero elements (not −0) of
// the chosen rows, by row and by input in ascending order; an all-zero row
// is an empty row; a second gather into the same batch forgets the first.
func TestSparseBatch(t *testing.T) {
	X := mat.NewDense(5, 4, []float64{
		0, 1.5, 0, -2,
		0, 0, 0, 0,
		math.Copysign(0, -1), 3, 0, 0,
		1, 2, 3, 4,
		9, 9, 9, 9,
	})
	var b sparseBatch
	b.gather(X, []int{4, 3, 2, 1, 0})
	b.gather(X, []int{0, 1, 2, 3})
	wantStart := []int{0, 2, 2, 3, 7}
	wantCol := []int32{1, 3, 1, 0, 1, 2, 3}
	if fmt.Sprint(b.rowStart) != fmt.Sprint(wantStart) || fmt.Sprint(b.col) != fmt.Sprint(wantCol) {
		t.Errorf("rowStart %v, col %v; want %v, %v", b.rowStart, b.col, wantStart, wantCol)
	}
	if fmt.Sprint(b.in) != "[0 1 2 3]" || fmt.Sprint(b.inStart) != "[0 1 4 5 7]" || fmt.Sprint(b.inRow) != "[3 0 2 3 3 0 3]" {
		t.Errorf("by input: in %v, inStart %v, inRow %v", b.in, b.inStart, b.inRow)
	}
	want := mat.NewDense(4, 4, []float64{0, 1.5, 0, -2, 0, 0, 0, 0, 0, 3, 0, 0, 1, 2, 3, 4})
	byRow, byInput := b.dense(4)
	if !mat.Equal(byRow, want) || !mat.Equal(byInput, want) {
		t.Errorf("by row %v, by input %v", mat.Formatted(byRow), mat.Formatted(byInput))
	}
}

// TestSparseProductsAreGemm: the first layer's products by the non-zero
// inputs give gonum's Gemm results bit for bit — forward Z = X·Wᵀ, and the
// step W − α (1/B) Xᵀ Δ with the gradient kept or not — for sparse, dense
// and all-zero batches, with −0 and inputs whose (1/B)·x underflows.
func TestSparseProductsAreGemm(t *testing.T) {
	for _, c := range []struct {
		b, in, out int
		density    float64
	}{{10, 784, 30, 0.19}, {1, 20, 5, 0.5}, {7, 50, 3, 1}, {4, 30, 8, 0}} {
		t.Run(fmt.Sprintf("B=%d,n=%d,density=%v", c.b, c.in, c.density), func(t *testing.T) {
			X := sparseMatrix(c.b, c.in, c.density, 1)
			W := sparseMatrix(c.in, c.out, 1, 2) // Wt: n_0 × n_1
			D := sparseMatrix(c.b, c.out, 1, 3)
			var s sparseBatch
			s.gather(X, identity(c.b))
			want, got := mat.NewDense(c.b, c.out, nil), mat.NewDense(c.b, c.out, nil)
			mul(want, X, W)
			mulSparse(got, &s, W)
			if !sameBits(got, want) {
				t.Errorf("X·W: got %v, want %v", mat.Formatted(got), mat.Formatted(want))
			}
			// The gradient and the step, against mulTransA and addScaled.
			const alpha = 0.7
			wantG := mat.NewDense(c.in, c.out, nil)
			mulTransA(wantG, 1/float64(c.b), X, D)
			wantW := mat.DenseCopyOf(W)
			addScaled(wantW, -alpha, wantG)
			gotW := mat.DenseCopyOf(W)
			stepSparse(gotW, alpha, &s, D, nil, make([]float64, c.out))
			if !sameBits(gotW, wantW) {
				t.Errorf("W − α(1/B) Xᵀ Δ differs")
			}
			gotG := mat.NewDense(c.in, c.out, nil)
			gotG.Set(0, 0, 99) // a stale gradient: must be cleared
			gotW = mat.DenseCopyOf(W)
			stepSparse(gotW, alpha, &s, D, gotG, make([]float64, c.out))
			if !sameBits(gotW, wantW) || !sameBits(gotG, wantG) {
				t.Errorf("with the gradient kept: W or (1/B) Xᵀ Δ differs")
			}
		})
	}
}

// sameBits reports whether a and b hold the same float64s, bit for bit.
func sameBits(a, b *mat.Dense) bool {
	ra, ca := a.Dims()
	if rb, cb := b.Dims(); ra != rb || ca != cb {
		return false
	}
	for i := range ra {
		x, y := a.RawRowView(i), b.RawRowView(i)
		for j := range x {
			if math.Float64bits(x[j]) != math.Float64bits(y[j]) {
				return false
			}
		}
	}
	return true
}

// TestTrainIsDenseLoop: Train's mini-batch steps (batches gathered by their
// non-zero inputs, the first layer's products and update by those inputs
// only) give the weights of the plain dense loop — Shuffler, the batch
// copied, Gradient, θ ← (1 − αρ/N)θ − α∇L for the weights — bit for bit, on
// sparse inputs with −0 and underflowing elements, for sigmoid + ECM
// (Nielsen's network), ReLU hidden layers (zero activations) + ECC with
// weight decay, a smaller last batch, and with an OnStep callback that
// scribbles on the gradients it is shown.
func TestTrainIsDenseLoop(t *testing.T) {
	const N, n0, K, epochs, seed = 57, 70, 3, 3, 4 // n0 ≥ sparseInputs: sparse batches
	d := randomDataset(N, n0, K, 5)
	d.X = sparseMatrix(N, n0, 0.2, 6)
	for _, c := range []struct {
		name string
		spec Spec
		B    int
		rho  float64
		step func(StepInfo) error
	}{
		{"sigmoid ECM", Spec{Sizes: []int{n0, 6, K}, Output: Sigmoid, Init: InitNormal, Seed: 1}, 10, 0, nil},
		{"ReLU ECC decay", Spec{Sizes: []int{n0, 5, 4, K}, Hidden: ReLU, Loss: CategoricalCrossEntropy, Init: InitHe, Seed: 2}, 4, 0.3, nil},
		{"OnStep", Spec{Sizes: []int{n0, 6, K}, Output: Sigmoid, Seed: 3}, 8, 0, func(s StepInfo) error {
			s.Grads.wt[0].Set(0, 0, 99) // must not leak into the next step
			return nil
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			const alpha = 0.5
			byHand := NewNetwork(c.spec)
			sh := NewShuffler(N, seed)
			for range epochs {
				order := sh.Next()
				for start := 0; start < N; start += c.B {
					idx := order[start:min(start+c.B, N)]
					X, Y := mat.NewDense(len(idx), n0, nil), mat.NewDense(len(idx), K, nil)
					for r, i := range idx {
						X.SetRow(r, d.X.RawRowView(i))
						Y.SetRow(r, d.Y.RawRowView(i))
					}
					tr := byHand.Forward(X)
					g := byHand.Backward(tr, Y)
					byHand.update(g, alpha, c.rho, N)
				}
			}
			net := NewNetwork(c.spec)
			if _, err := net.Train(d, Settings{Epochs: epochs, BatchSize: c.B, LearningRate: alpha,
				WeightDecay: c.rho, Seed: seed, OnStep: c.step}); err != nil {
				t.Fatal(err)
			}
			if got, want := net.Params(), byHand.Params(); !sameWeights(net, byHand) {
				i := 0
				for i < len(got) && math.Float64bits(got[i]) == math.Float64bits(want[i]) {
					i++
				}
				t.Errorf("Train's weights differ from the dense loop's: θ[%d] = %v, want %v", i, got[i], want[i])
			}
		})
	}
}

// TestLargeBatchSplit: a forward pass over 2·parallelRows rows or more
// (done as two halves on two goroutines) and evaluate (chunks of evalRows,
// two halves) give the numbers of one pass over all rows, bit for bit.
func TestLargeBatchSplit(t *testing.T) {
	const N = 2*parallelRows + 37
	d := randomDataset(N, 6, 3, 8)
	net := NewNetwork(Spec{Sizes: []int{6, 5, 3}, Loss: CategoricalCrossEntropy, Seed: 2})
	one := newTrace(net.Sizes, N, false)
	one.A[0] = d.X
	net.forwardFrom(one, 1) // one pass, one goroutine
	tr := net.Forward(d.X)
	for l := range tr.Z {
		if !sameBits(tr.Z[l], one.Z[l]) || !sameBits(tr.A[l+1], one.A[l+1]) {
			t.Errorf("layer %d: the split forward pass differs", l+1)
		}
	}
	loss, right := net.evaluate(d.X, d.Y)
	wantLoss, wantRight := net.batchLoss(one, d.Y), countCorrect(one.Output(), d.Y)
	if math.Float64bits(loss) != math.Float64bits(wantLoss) || right != wantRight {
		t.Errorf("evaluate: loss %v, %d right; one pass: %v, %d", loss, right, wantLoss, wantRight)
	}
}
