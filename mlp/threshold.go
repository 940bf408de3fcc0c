package mlp

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// ThresholdUnit is the artificial neuron of the slides ("unidad de umbral
// lineal"): weights w (one per input), a bias b and an activation φ,
//
//	ŷ = a = φ(b + Σᵢ wᵢ·xᵢ) = φ(b + wᵀx).
//
// The zero value of Phi means the step ("todo o nada"), φ(z) = 1 if z ≥ 0,
// else 0. With two inputs, the unit's decision boundary is the line
// w₁x₁ + w₂x₂ + b = 0.
type ThresholdUnit struct {
	W   []float64  // synaptic weights w₁ … w_d
	B   float64    // bias b
	Phi Activation // φ; the zero value means Step
}

// Z returns the unit's cumulative stimulus ("estímulo cumulativo") for one
// input x:
//
//	z = b + wᵀx = b + Σᵢ wᵢ·xᵢ.
//
// It panics if len(x) ≠ len(u.W).
func (u *ThresholdUnit) Z(x []float64) float64 {
	if len(x) != len(u.W) {
		panic(fmt.Sprintf("mlp: input of length %d for a unit with %d weights", len(x), len(u.W)))
	}
	z := u.B
	for i, xi := range x {
		z += u.W[i] * xi
	}
	return z
}

// Output returns the unit's output for one input x:
//
//	ŷ = φ(b + wᵀx).
//
// A NaN z (a NaN weight, bias or input, or +Inf − Inf from an overflow)
// gives NaN, not the step's 0: it lies on no side of the threshold. It
// panics if len(x) ≠ len(u.W).
func (u *ThresholdUnit) Output(x []float64) float64 {
	z := u.Z(x)
	if math.IsNaN(z) {
		return z
	}
	if u.Phi.F == nil {
		return step(z)
	}
	return u.Phi.F(z)
}

// Predict returns the unit's output for each row x⁽ⁱ⁾ of X (N×d) as an N×1
// matrix:
//
//	ŷ⁽ⁱ⁾ = φ(b + wᵀx⁽ⁱ⁾),
//
// 0 or 1 with the step. It is an error if X is empty, holds NaN or ±Inf, or
// has a number of columns other than len(u.W); if a weight or the bias is
// NaN or ±Inf; or if z overflows to NaN (+Inf − Inf) for some row.
func (u *ThresholdUnit) Predict(X mat.Matrix) (*mat.Dense, error) {
	if u == nil {
		return nil, fmt.Errorf("mlp: nil ThresholdUnit")
	}
	for j, w := range u.W {
		if math.IsNaN(w) || math.IsInf(w, 0) {
			return nil, fmt.Errorf("mlp: the unit's weight w%d = %v, want a finite number", j+1, w)
		}
	}
	if math.IsNaN(u.B) || math.IsInf(u.B, 0) {
		return nil, fmt.Errorf("mlp: the unit's bias b = %v, want a finite number", u.B)
	}
	if err := dataCheckMatrix("X", X); err != nil {
		return nil, err
	}
	n, d := X.Dims()
	if d != len(u.W) {
		return nil, fmt.Errorf("mlp: X is %d×%d but the unit has %d weights: want %d columns", n, d, len(u.W), len(u.W))
	}
	out := mat.NewDense(n, 1, nil)
	x := make([]float64, d)
	for i := range n {
		mat.Row(x, i, X)
		y := u.Output(x)
		if math.IsNaN(y) {
			return nil, fmt.Errorf("mlp: the unit's output for row %d of X is NaN: z = b + wᵀx overflows float64 (z = %v)", i, u.Z(x))
		}
		out.Set(i, 0, y)
	}
	return out, nil
}

// AND returns a threshold unit computing x₁ ∧ x₂ on inputs 0/1, with the
// hand-set weights w = (1, 1), b = −1.5: only x = (1, 1) gives z ≥ 0.
func AND() *ThresholdUnit { return &ThresholdUnit{W: []float64{1, 1}, B: -1.5} }

// OR returns a threshold unit computing x₁ ∨ x₂ on inputs 0/1, with the
// hand-set weights w = (1, 1), b = −0.5: any input at 1 gives z ≥ 0.
func OR() *ThresholdUnit { return &ThresholdUnit{W: []float64{1, 1}, B: -0.5} }

// NAND returns a threshold unit computing ¬(x₁ ∧ x₂) on inputs 0/1, with the
// hand-set weights w = (−1, −1), b = 1.5: the AND unit with all signs flipped.
func NAND() *ThresholdUnit { return &ThresholdUnit{W: []float64{-1, -1}, B: 1.5} }

// NOR returns a threshold unit computing ¬(x₁ ∨ x₂) on inputs 0/1, with the
// hand-set weights w = (−1, −1), b = 0.5: only x = (0, 0) gives z ≥ 0.
func NOR() *ThresholdUnit { return &ThresholdUnit{W: []float64{-1, -1}, B: 0.5} }

// NOT returns a threshold unit computing ¬x₁ on one input 0/1, with the
// hand-set weights w = (−1), b = 0.5.
func NOT() *ThresholdUnit { return &ThresholdUnit{W: []float64{-1}, B: 0.5} }
