package mlp

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// mulTransA sets dst = alpha·Aᵀ·D, the weight gradient (∂L/∂W{l})ᵀ =
// (1/B) A{l-1}ᵀ Δ{l}. It is dst.Mul(A.T(), D) followed by dst.Scale(alpha,
// dst), done with BLAS calls for speed: mat.Dense.Mul has no factor alpha,
// and a separate scaling pass over the gradient costs as much as a tenth of
// an MNIST epoch. As the other products (see mul), it is computed blockRows
// rows of dst at a time (784×30: thirteen calls), never on goroutines.
func mulTransA(dst *mat.Dense, alpha float64, A, D *mat.Dense) {
	a, d, c := A.RawMatrix(), D.RawMatrix(), dst.RawMatrix()
	for i := 0; i < c.Rows; i += blockRows {
		n := min(blockRows, c.Rows-i)
		aCols := blas64.General{Rows: a.Rows, Cols: n, Stride: a.Stride, Data: a.Data[i:]} // columns i…i+n of A
		blas64.Gemm(blas.Trans, blas.NoTrans, alpha, aCols, d, 0, rowsOf(c, i, n))
	}
}
