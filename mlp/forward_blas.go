package mlp

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// The layer products of forward and backward, as BLAS calls on the
// preallocated matrices of a Trace and Gradients. Each computes exactly what
// mat.Dense.Mul computes (Mul makes the same Gemm calls), but without Mul's
// per-call work: shape and overlap checks, unwrapping the .T() view (which
// also allocates). On the small matrices of a mini-batch (10×30 · 30×30)
// that work costs as much as the product itself. The callers guarantee the
// shapes.
//
// And they never spread a product over goroutines. gonum's Gemm does when
// the result has four or more blocks of 64×64 (a forward pass over MNIST's
// 60 000 examples: 938 blocks), starting a goroutine per block and waiting
// for each through a channel. On a busy machine every such wait costs a turn
// of the scheduler: Train's final loss over MNIST took 1.1–1.3 s instead of
// 0.1 s at load 15 on 2 cores. So the products are computed 64 rows of the
// result at a time (one Gemm call each, which Gemm does in one goroutine),
// and a large batch is split in two by forward itself (forwardRows). Every
// element is still the same sum in the same order, so the result does not
// depend on the splitting.

// blockRows is gonum's block size: Gemm computes a product of at most
// blockRows rows in the calling goroutine.
const blockRows = 64

// mul sets dst = A·B: Z{l} = A{l-1}·W{l}ᵀ, with B = W{l}ᵀ as the layer stores it.
func mul(dst, A, B *mat.Dense) {
	a, b, c := A.RawMatrix(), B.RawMatrix(), dst.RawMatrix()
	for i := 0; i < c.Rows; i += blockRows {
		n := min(blockRows, c.Rows-i)
		blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, rowsOf(a, i, n), b, 0, rowsOf(c, i, n))
	}
}

// mulTransB sets dst = A·Bᵀ: Δ{l-1} = Δ{l}·W{l}, with B = W{l}ᵀ.
func mulTransB(dst, A, B *mat.Dense) {
	a, b, c := A.RawMatrix(), B.RawMatrix(), dst.RawMatrix()
	for i := 0; i < c.Rows; i += blockRows {
		n := min(blockRows, c.Rows-i)
		blas64.Gemm(blas.NoTrans, blas.Trans, 1, rowsOf(a, i, n), b, 0, rowsOf(c, i, n))
	}
}

// rowsOf returns rows i … i+n−1 of m.
func rowsOf(m blas64.General, i, n int) blas64.General {
	return blas64.General{Rows: n, Cols: m.Cols, Stride: m.Stride, Data: m.Data[i*m.Stride:]}
}
