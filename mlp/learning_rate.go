package mlp

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// ECMHessian returns the Hessian of the ECM of a linear neuron (identity
// output, one output) on the inputs X (N×d), with respect to its parameters
// θ = (w₁, …, w_d, b):
//
//	ECM(θ) = (1/2N) ‖Aθ − y‖²,   A = [X 1] (N×(d+1)),
//	∇²ECM  = (1/N) AᵀA,
//
// a (d+1)×(d+1) symmetric matrix, the same at every θ and for every target
// y: the ECM of a linear neuron is a quadratic bowl whose curvature depends
// only on the inputs. The last row and column belong to the bias b. It is
// an error if X is empty or not finite, if d > MaxHessianInputs (checked
// before anything is allocated: MNIST's Xᵀ, d = 60 000, would need 29 GB),
// or if H overflows float64 (inputs near 1e154 square to +Inf).
func ECMHessian(X mat.Matrix) (*mat.SymDense, error) {
	if err := dataCheckMatrix("X", X); err != nil {
		return nil, err
	}
	N, d := X.Dims()
	if d > MaxHessianInputs {
		return nil, fmt.Errorf("mlp: X is %d×%d: the Hessian of d = %d inputs is %d×%d (%.3g numbers), more than mlp.MaxHessianInputs = %d inputs allow (one example per row: a transposed X?)",
			N, d, d, d+1, d+1, float64(d+1)*float64(d+1), MaxHessianInputs)
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
			if v := H.At(i, j); math.IsNaN(v) || math.IsInf(v, 0) {
				return nil, fmt.Errorf("mlp: the ECM's Hessian H[%d,%d] is %v: (1/N) AᵀA overflows float64 (inputs too large)", i, j, v)
			}
		}
	}
	return H, nil
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
// start has no component along it). Errors are those of ECMHessian, and it
// is an error if H is zero.
func DivergenceThreshold(X mat.Matrix) (alpha float64, lambdas []float64, err error) {
	H, err := ECMHessian(X)
	if err != nil {
		return 0, nil, err
	}
	var eig mat.EigenSym
	if !eig.Factorize(H, false) {
		return 0, nil, fmt.Errorf("mlp: the eigenvalues of the ECM's Hessian did not converge")
	}
	lambdas = eig.Values(nil) // ascending
	lmax := lambdas[len(lambdas)-1]
	if !(lmax > 0) {
		return 0, nil, fmt.Errorf("mlp: the ECM's Hessian has λ_max = %v, want > 0", lmax)
	}
	return 2 / lmax, lambdas, nil
}
