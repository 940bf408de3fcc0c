package mlp

import (
	"fmt"
	"math"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
)

// ThresholdUnit is the artificial neuron of the slides ("unidad de umbral
// lineal"): weights w (one per input), a bias b and an activation φ,
//
//	ŷ = a = φ(b + Σᵢ wᵢ·xᵢ) = φ(b + wᵀx).
//
// The zero value of Phi means the step ("todo o nada"), φ(z) = 1 if z ≥ 0,
// else 0; any element-wise activation will do (Softmax, which acts on a
// whole layer, will not). With two inputs, the unit's decision boundary is
// the line w₁x₁ + w₂x₂ + b = 0.
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
	if u == nil {
		panicf("Z of a nil ThresholdUnit")
	}
	if len(x) != len(u.W) {
		panicf("ThresholdUnit: input of length %d for a unit with %d weights", len(x), len(u.W))
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
// panics if len(x) ≠ len(u.W), or if Phi is not an element-wise activation
// (Softmax, or one without a function F).
func (u *ThresholdUnit) Output(x []float64) float64 {
	phi := u.phi()
	z := u.Z(x)
	if math.IsNaN(z) {
		return z
	}
	return phi(z)
}

// phi returns the unit's φ as a function of z, or panics if Phi is not an
// element-wise activation.
func (u *ThresholdUnit) phi() func(float64) float64 {
	if u == nil {
		panicf("Output of a nil ThresholdUnit")
	}
	switch {
	case u.Phi.isZero():
		return step
	case u.Phi.F == nil:
		panicf("ThresholdUnit: φ = %q is not an element-wise activation (it has no F): use Step, Identity, Sigmoid, Tanh or ReLU", u.Phi.Name)
	}
	return u.Phi.F
}

// Predict returns the unit's output for each row x⁽ⁱ⁾ of X (N×d) as an N×1
// matrix:
//
//	ŷ⁽ⁱ⁾ = φ(b + wᵀx⁽ⁱ⁾),
//
// 0 or 1 with the step. It panics if the unit is nil, a weight or the bias
// is NaN or ±Inf, Phi is not element-wise (see Output), X is nil, empty,
// not finite or has a number of columns other than len(u.W), or z
// overflows to NaN (+Inf − Inf) for some row.
func (u *ThresholdUnit) Predict(X mat.Matrix) *mat.Dense {
	return u.predict("ThresholdUnit.Predict", X)
}

// predict is Predict; fn names the exported function called.
func (u *ThresholdUnit) predict(fn string, X mat.Matrix) *mat.Dense {
	if u == nil {
		panicf("%s: nil ThresholdUnit", fn)
	}
	for j, w := range u.W {
		mustFinite(fn, fmt.Sprintf("the unit's weight w%d", j+1), w)
	}
	mustFinite(fn, "the unit's bias b", u.B)
	u.phi()
	n, d := mustMatrix(fn, "X", X)
	if d != len(u.W) {
		panicf("%s: X is %s but the unit has %d weights: want %d columns", fn, validate.Dims(n, d), len(u.W), len(u.W))
	}
	out := mat.NewDense(n, 1, nil)
	x := make([]float64, d)
	for i := range n {
		mat.Row(x, i, X)
		y := u.Output(x)
		if math.IsNaN(y) {
			panicf("%s: the unit's output for row %d of X is NaN: z = b + wᵀx overflows float64 (z = %v)", fn, i, u.Z(x))
		}
		out.Set(i, 0, y)
	}
	return out
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
