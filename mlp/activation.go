package mlp

import "math"

// Activation is a function φ applied to each pre-activation z of a layer,
// together with its derivative φ′ (used by backpropagation).
type Activation struct {
	// Name is the activation's lower-case name, as used in saved models.
	Name string
	// F computes φ(z).
	F func(z float64) float64
	// Deriv computes φ′(z) = dφ/dz.
	Deriv func(z float64) float64
}

// Step is the threshold ("todo o nada") activation of the linear threshold unit:
//
//	φ(z) = 1 if z ≥ 0, else 0.
//
// Its derivative is 0 everywhere except at z = 0, where it is undefined;
// Deriv returns 0, which is why the step cannot be trained by gradient descent.
var Step = Activation{
	Name:  "step",
	F:     func(z float64) float64 { return step(z) },
	Deriv: func(z float64) float64 { return 0 },
}

// Identity is the linear activation ("lineal"):
//
//	lineal(z) = z,  d lineal(z)/dz = 1.
var Identity = Activation{
	Name:  "identity",
	F:     func(z float64) float64 { return z },
	Deriv: func(z float64) float64 { return 1 },
}

// Sigmoid is the logistic function:
//
//	σ(z) = 1 / (1 + e^(−z)),  σ′(z) = σ(z)(1 − σ(z)).
var Sigmoid = Activation{
	Name:  "sigmoid",
	F:     sigmoid,
	Deriv: func(z float64) float64 { s := sigmoid(z); return s * (1 - s) },
}

func step(z float64) float64 {
	if z >= 0 {
		return 1
	}
	return 0
}

// sigmoid computes σ(z) without overflowing e^(−z) for very negative z.
func sigmoid(z float64) float64 {
	if z >= 0 {
		return 1 / (1 + math.Exp(-z))
	}
	e := math.Exp(z)
	return e / (1 + e)
}
