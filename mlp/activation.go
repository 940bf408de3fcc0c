package mlp

import (
	"fmt"
	"math"
)

// Activation is a function φ applied to each pre-activation z of a layer,
// together with its derivative φ′ (used by backpropagation).
//
// Softmax is the one activation that works on a whole layer at once: its
// Layer field is set and F and Deriv are nil.
type Activation struct {
	// Name is the activation's lower-case name, as used in saved models.
	Name string
	// F computes φ(z).
	F func(z float64) float64
	// Deriv computes φ′(z) = dφ/dz.
	Deriv func(z float64) float64
	// DerivFromOutput, when not nil, computes the same φ′ from the output
	// a = φ(z) instead of z, which backpropagation has at hand (the layer's
	// A{l}); it saves computing φ(z) a second time:
	//
	//	σ′ = a(1 − a),   tanh′ = 1 − a²,   identity′ = 1,   ReLU′ = 1 if a > 0, else 0.
	//
	// It must give exactly Deriv(z) for a = F(z). Backward uses it when set.
	DerivFromOutput func(a float64) float64
	// Layer, when not nil, computes a = φ(z) for a whole layer, writing a
	// into dst (len(dst) = len(z)). It is set only for Softmax.
	Layer func(dst, z []float64)
}

// Step is the threshold ("todo o nada") activation of the linear threshold unit:
//
//	φ(z) = 1 if z ≥ 0, else 0.
//
// Its derivative is 0 everywhere except at z = 0, where it is undefined;
// Deriv returns 0, which is why the step cannot be trained by gradient descent.
var Step = Activation{
	Name:            "step",
	F:               func(z float64) float64 { return step(z) },
	Deriv:           func(z float64) float64 { return 0 },
	DerivFromOutput: func(a float64) float64 { return 0 },
}

// Identity is the linear activation ("lineal"):
//
//	lineal(z) = z,  d lineal(z)/dz = 1.
var Identity = Activation{
	Name:            "identity",
	F:               func(z float64) float64 { return z },
	Deriv:           func(z float64) float64 { return 1 },
	DerivFromOutput: func(a float64) float64 { return 1 },
}

// Sigmoid is the logistic function:
//
//	σ(z) = 1 / (1 + e^(−z)),  σ′(z) = σ(z)(1 − σ(z)).
var Sigmoid = Activation{
	Name:            "sigmoid",
	F:               sigmoid,
	Deriv:           func(z float64) float64 { s := sigmoid(z); return s * (1 - s) },
	DerivFromOutput: func(a float64) float64 { return a * (1 - a) },
}

// Tanh is the hyperbolic tangent:
//
//	tanh(z) = (e^z − e^(−z)) / (e^z + e^(−z)) = 2σ(2z) − 1,  tanh′(z) = 1 − tanh²(z).
var Tanh = Activation{
	Name:            "tanh",
	F:               math.Tanh,
	Deriv:           func(z float64) float64 { t := math.Tanh(z); return 1 - t*t },
	DerivFromOutput: func(a float64) float64 { return 1 - a*a },
}

// ReLU is the rectified linear unit:
//
//	ReLU(z) = max(0, z),  ReLU′(z) = 1 if z > 0, else 0 (0 at the kink z = 0).
var ReLU = Activation{
	Name: "relu",
	F:    func(z float64) float64 { return math.Max(0, z) },
	Deriv: func(z float64) float64 {
		if z > 0 {
			return 1
		}
		return 0
	},
	DerivFromOutput: func(a float64) float64 { // a = max(0, z) > 0 exactly when z > 0
		if a > 0 {
			return 1
		}
		return 0
	},
}

// Softmax turns the K pre-activations of an output layer into probabilities
// (with the denominator of ERRATA 2 corrected):
//
//	softmax(z)ₖ = e^(zₖ) / Σⱼ₌₁ᴷ e^(zⱼ) = e^(zₖ − LSE(z)),  LSE(z) = log Σⱼ e^(zⱼ).
//
// It is computed with the maximum logit m subtracted, e^(zₖ − m) / Σⱼ e^(zⱼ − m)
// (the log-sum-exp trick), so logits of ±1000 give exact 0s and 1s instead
// of Inf/Inf. Softmax acts on a whole layer (its Layer field); a
// network accepts it only as the output layer with CategoricalCrossEntropy,
// whose output delta ŷ − y needs no Jacobian of the softmax.
var Softmax = Activation{
	Name:  "softmax",
	Layer: softmax,
}

// LogSumExp returns log Σⱼ e^(zⱼ) without overflow, as
//
//	LSE(z) = m + log Σⱼ e^(zⱼ − m),  m = maxⱼ zⱼ.
//
// It panics if z is empty.
func LogSumExp(z []float64) float64 {
	if len(z) == 0 {
		panicf("LogSumExp of an empty vector")
	}
	m := z[0]
	for _, v := range z[1:] {
		m = math.Max(m, v)
	}
	if math.IsInf(m, 0) {
		return m
	}
	s := 0.0
	for _, v := range z {
		s += math.Exp(v - m)
	}
	return m + math.Log(s)
}

// softmax writes softmax(z) into dst as e^(zₖ − m) / Σⱼ e^(zⱼ − m), m = maxⱼ zⱼ:
// the same value, but no exponential exceeds 1 and the differences zₖ − m
// are exact, so shifting every logit changes nothing.
func softmax(dst, z []float64) {
	m := z[0]
	for _, v := range z[1:] {
		m = math.Max(m, v)
	}
	s := 0.0
	for k, v := range z {
		dst[k] = math.Exp(v - m)
		s += dst[k]
	}
	for k := range dst {
		dst[k] /= s
	}
}

// builtins is the one list of the built-in activations, in the order of
// the lecture: ActivationByName and Load find them here, and the tests
// check every activation on it (a new one is tested once it is listed).
var builtins = []Activation{Step, Identity, Sigmoid, Tanh, ReLU, Softmax}

// activations lists the built-in activations by name.
var activations = func() map[string]Activation {
	m := map[string]Activation{}
	for _, a := range builtins {
		m[a.Name] = a
	}
	return m
}()

// ActivationByName returns the built-in activation called name ("step",
// "identity", "sigmoid", "tanh", "relu" or "softmax"), as written in saved
// models. It panics if there is none.
func ActivationByName(name string) Activation {
	a, ok := activations[name]
	if !ok {
		panicf("ActivationByName: %s", unknownActivation(name))
	}
	return a
}

// unknownActivation describes an activation name that is not a built-in one.
func unknownActivation(name string) string {
	return fmt.Sprintf("unknown activation %q (want step, identity, sigmoid, tanh, relu or softmax)", name)
}

// Apply writes a = φ(z) into dst, element by element, or for the whole layer
// at once when the activation has a Layer function (Softmax). It panics if
// the lengths differ, if z is empty for a layer function (a softmax of no
// logits), or if the activation has no function (F or Layer).
func (act Activation) Apply(dst, z []float64) {
	if len(dst) != len(z) {
		panicf("%s.Apply: len(dst) = %d, len(z) = %d", act.Name, len(dst), len(z))
	}
	if act.Layer == nil && act.F == nil {
		panicf("Apply of activation %q, which has no function F or Layer", act.Name)
	}
	if act.Layer != nil {
		if len(z) == 0 {
			panicf("%s.Apply of an empty z: a layer has at least one unit", act.Name)
		}
		act.Layer(dst, z)
		return
	}
	for k, v := range z {
		dst[k] = act.F(v)
	}
}

// derivAt returns φ′(z) for a = φ(z): DerivFromOutput(a) when it is set,
// else Deriv(z).
func (act Activation) derivAt(z, a float64) float64 {
	if act.DerivFromOutput != nil {
		return act.DerivFromOutput(a)
	}
	return act.Deriv(z)
}

// valid reports whether act can be used in a layer: it has F and Deriv, or a
// Layer function.
func (act Activation) valid() bool {
	return act.Layer != nil || (act.F != nil && act.Deriv != nil)
}

// isZero reports whether act is the zero Activation (nothing set).
func (act Activation) isZero() bool {
	return act.Name == "" && act.F == nil && act.Deriv == nil && act.Layer == nil
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
