package mlp

import (
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/blas64"
	"gonum.org/v1/gonum/mat"
)

// mulTransA sets dst = alpha·Aᵀ·D, the weight gradient (∂L/∂W{l})ᵀ =
// (1/B) A{l-1}ᵀ Δ{l}. It is dst.Mul(A.T(), D) followed by dst.Scale(alpha,
// dst), done with BLAS calls for speed:
//
//   - mat.Dense.Mul has no factor alpha, and a separate scaling pass over the
//     gradient costs as much as a tenth of an MNIST epoch;
//   - gonum's Gemm spreads a product over goroutines when the result has
//     four or more 64×64 blocks (784×30: thirteen). For these thin products
//     the goroutines cost more time than they save, and allocate at every
//     step, so the product is computed 64 rows of dst at a time.
//
// Every element is still the same sum in the same order, so the result does
// not depend on the number of threads.
func mulTransA(dst *mat.Dense, alpha float64, A, D *mat.Dense) {
	const rowsPerCall = 64 // gonum's block size
	a, d, c := A.RawMatrix(), D.RawMatrix(), dst.RawMatrix()
	for i := 0; i < c.Rows; i += rowsPerCall {
		n := min(rowsPerCall, c.Rows-i)
		aCols := blas64.General{Rows: a.Rows, Cols: n, Stride: a.Stride, Data: a.Data[i:]}          // columns i…i+n of A
		cRows := blas64.General{Rows: n, Cols: c.Cols, Stride: c.Stride, Data: c.Data[i*c.Stride:]} // rows i…i+n of dst
		blas64.Gemm(blas.Trans, blas.NoTrans, alpha, aCols, d, 0, cRows)
	}
}
