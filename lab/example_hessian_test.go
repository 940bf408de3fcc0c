package lab_test

import (
	"fmt"

	"gomlp.dev/lab"
	"gonum.org/v1/gonum/mat"
)

// For two examples x = 0 and x = 2, A = [x 1] gives H = (1/N) AᵀA =
// [[2, 1], [1, 1]], with eigenvalues (3 ± √5)/2: full-batch GD on the ECM
// of a linear neuron diverges for α > 2/λ_max = 4/(3 + √5) ≈ 0.764.
func ExampleDivergenceThreshold() {
	X := mat.NewDense(2, 1, []float64{0, 2})
	H := lab.ECMHessian(X)
	fmt.Printf("H = %v\n", mat.Formatted(H, mat.FormatPython()))
	alpha, lambdas := lab.DivergenceThreshold(X)
	fmt.Printf("λ = %.4f, α_c = 2/λ_max = %.4f\n", lambdas, alpha)
	// Output:
	// H = [[2, 1], [1, 1]]
	// λ = [0.3820 2.6180], α_c = 2/λ_max = 0.7639
}
