package mlp

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// mulTransA sets dst = alpha·Aᵀ·D with one BLAS call. It is
// dst.Mul(A.T(), D) followed by dst.Scale(alpha, dst), but mat.Dense.Mul has
// no factor alpha and the separate scaling pass over the weight gradient
// costs as much as a tenth of an MNIST epoch. The shapes are the caller's
// business (backward's buffers always fit).
func mulTransA(dst *mat.Dense, alpha float64, A, D *mat.Dense) {
	blas64.Gemm(blas.Trans, blas.NoTrans, alpha, A.RawMatrix(), D.RawMatrix(), 0, dst.RawMatrix())
}
