package lab

import (
	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
)

// MaxHessianInputs is the most inputs d that ECMHessian and
// DivergenceThreshold accept: the Hessian is (d+1)×(d+1), 128 MiB at the
// limit, and its eigenvalues take O(d³) steps. MNIST's X has d = 784; its
// transpose (d = 60 000) would need 29 GB.
const MaxHessianInputs = 4095

// ECMHessian returns the Hessian of the ECM of a linear neuron (identity
// output, one output) on the inputs X (N×d), with respect to its parameters
// θ = (w₁, …, w_d, b):
//
//	ECM(θ) = (1/2N) ‖Aθ − y‖²,   A = [X 1] (N×(d+1)),
//	∇²ECM  = (1/N) AᵀA,
//
// a (d+1)×(d+1) symmetric matrix, the same at every θ and for every target
// y: the ECM of a linear neuron is a quadratic bowl whose curvature depends
// only on the inputs. The last row and column belong to the bias b. It
// panics if X is nil, empty or not finite, if d > MaxHessianInputs (checked
// before anything is allocated: MNIST's Xᵀ, d = 60 000, would need 29 GB),
// or if H overflows float64 (inputs near 1e154 square to +Inf).
func ECMHessian(X mat.Matrix) *mat.SymDense {
	return ecmHessian("ECMHessian", X)
}

// ecmHessian is ECMHessian; fn names the exported function called.
func ecmHessian(fn string, X mat.Matrix) *mat.SymDense {
	if validate.Nil(X) {
		panicf("%s: X is nil", fn)
	}
	N, d := X.Dims()
	if validate.Empty(X) {
		panicf("%s: X is empty (%s)", fn, validate.Dims(N, d))
	}
	if i, j, found := validate.MatrixNonFinite(X); found {
		panicf("%s: X[%d,%d] is %v, want a finite number", fn, i, j, X.At(i, j))
	}
	if d > MaxHessianInputs {
		panicf("%s: X is %s: the Hessian of d = %d inputs is %s (%.3g numbers), more than lab.MaxHessianInputs = %d inputs allow (one example per row: a transposed X?)",
			fn, validate.Dims(N, d), d, validate.Dims(d+1, d+1), float64(d+1)*float64(d+1), MaxHessianInputs)
	}
	A := mat.NewDense(N, d+1, nil)
	A.Slice(0, N, 0, d).(*mat.Dense).Copy(X)
	for i := range N {
		A.Set(i, d, 1) // the bias column
	}
	H := mat.NewSymDense(d+1, nil)
	H.SymOuterK(1/float64(N), A.T()) // (1/N) AᵀA
	for i := range d + 1 {
		for j := i; j <= d; j++ {
			if v := H.At(i, j); !validate.Finite(v) {
				panicf("%s: the ECM's Hessian H[%d,%d] is %v: (1/N) AᵀA overflows float64 (inputs too large)", fn, i, j, v)
			}
		}
	}
	return H
}

// DivergenceThreshold returns the learning rate α_c = 2/λ_max above which
// full-batch gradient descent on the ECM of a linear neuron with inputs X
// diverges, and the eigenvalues λ of its Hessian H = (1/N) AᵀA (ECMHessian),
// in ascending order. On a quadratic the GD step θ[t+1] = θ[t] − α∇L(θ[t])
// moves the error e = θ − θ* as
//
//	e[t+1] = (I − αH) e[t],
//
// so along the eigenvector of λᵢ the error is multiplied by (1 − αλᵢ) at
// every step: it shrinks for every i when 0 < α < 2/λ_max, and grows
// without bound along the steepest direction when α > 2/λ_max (unless the
// start has no component along it). It panics as ECMHessian does (H is
// never 0: its bias entry is 1).
func DivergenceThreshold(X mat.Matrix) (alpha float64, lambdas []float64) {
	H := ecmHessian("DivergenceThreshold", X)
	var eig mat.EigenSym
	if !eig.Factorize(H, false) {
		panicf("DivergenceThreshold: the eigenvalues of the ECM's Hessian did not converge")
	}
	lambdas = eig.Values(nil) // ascending
	return 2 / lambdas[len(lambdas)-1], lambdas
}
