package mlp

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// The layer products of forward and backward, as single BLAS calls on the
// preallocated matrices of a Trace and Gradients. Each computes exactly what
// mat.Dense.Mul computes (Mul makes the same Gemm call), but without Mul's
// per-call work: shape and overlap checks, unwrapping the .T() view (which
// also allocates). On the small matrices of a mini-batch (10×30 · 30×30)
// that work costs as much as the product itself. The callers guarantee the
// shapes.

// mul sets dst = A·B: Z{l} = A{l-1}·W{l}ᵀ, with B = W{l}ᵀ as the layer stores it.
func mul(dst, A, B *mat.Dense) {
	blas64.Gemm(blas.NoTrans, blas.NoTrans, 1, A.RawMatrix(), B.RawMatrix(), 0, dst.RawMatrix())
}

// mulTransB sets dst = A·Bᵀ: Δ{l-1} = Δ{l}·W{l}, with B = W{l}ᵀ.
func mulTransB(dst, A, B *mat.Dense) {
	blas64.Gemm(blas.NoTrans, blas.Trans, 1, A.RawMatrix(), B.RawMatrix(), 0, dst.RawMatrix())
}
