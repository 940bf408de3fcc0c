package mlp

import (
	"fmt"
	"math"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
)

// Loss is a cost with its two behaviours (Nielsen, network2.py): the loss
// ℓ of one example and its error δ{L} = ∂ℓ/∂z{L} at the output layer, from
// which backpropagation starts. The loss of N examples is the mean
// (ERRATA 1):
//
//	L = (1/N) Σᵢ ℓ(ŷ⁽ⁱ⁾, y⁽ⁱ⁾).
type Loss struct {
	// Name is the loss's short name, as used in saved models: "mse", "bce"
	// or "cce".
	Name string
	// Output names the output activation the loss requires ("sigmoid",
	// "softmax"), or is "" when any element-wise activation will do.
	Output string
	// Example computes ℓ(ŷ, y) of one example from its outputs ŷ and targets y.
	Example func(yhat, y []float64) float64
	// FromLogits, when not nil, computes the same ℓ from the output layer's
	// pre-activations z = z{L} (exact where ŷ would round to 0 or 1). It
	// assumes the activation named by Output.
	FromLogits func(z, y []float64) float64
	// Delta writes δ{L} = ∂ℓ/∂z{L} of one example into dst, given the output
	// layer's pre-activations z, outputs ŷ = φ(z), targets y and activation φ.
	Delta func(dst, z, yhat, y []float64, out Activation)
}

// probFloor is the smallest probability a loss takes the logarithm of: the
// smallest normal float64, 2⁻¹⁰²². logProb replaces a smaller probability
// (0, or a subnormal number) by it, so a single term of a loss is at most
// −log(probFloor) = 1022 ln 2 ≈ 708.40.
const probFloor = 0x1p-1022

// logFloor is log(probFloor) = −1022 ln 2, rounded once to float64.
const logFloor = -1022 * math.Ln2

// logProb returns log p for a probability p, or logFloor if p < probFloor
// (log 0 is −Inf). The floor is a normal number rather than the smallest
// positive float64 (a subnormal) because math.Log of a subnormal depends on
// the platform: on amd64 it returns −709.09 for every one of them instead of
// down to −744.44 (golang/go#56600). logFloor is the same everywhere.
func logProb(p float64) float64 {
	if p < probFloor {
		return logFloor
	}
	return math.Log(p)
}

// MeanSquaredError is the mean squared error, the lecture's ECM, in mean
// form (ERRATA 1):
//
//	ECM = (1/2N) Σᵢ Σₖ (ŷₖ⁽ⁱ⁾ − yₖ⁽ⁱ⁾)²,   δ{L} = (ŷ − y) ⊙ φ′(z{L}).
//
// It works with any element-wise output activation: Identity for regression,
// Sigmoid as in Nielsen's chapter 1.
var MeanSquaredError = Loss{
	Name:    "mse",
	Example: mseExample,
	Delta: func(dst, z, yhat, y []float64, out Activation) {
		for k := range dst {
			dst[k] = (yhat[k] - y[k]) * out.derivAt(z[k], yhat[k]) // φ′(z{L})
		}
	},
}

// BinaryCrossEntropy is the binary cross-entropy, the lecture's ECB, for
// Sigmoid outputs, in mean form; with K labels it is the sum of one ECB per
// label (multi-label classification, ERRATA 4):
//
//	ECB = −(1/N) Σᵢ Σₖ [yₖ⁽ⁱ⁾ log ŷₖ⁽ⁱ⁾ + (1 − yₖ⁽ⁱ⁾) log(1 − ŷₖ⁽ⁱ⁾)],   δ{L} = ŷ − y.
//
// The σ′(z) of the chain rule cancels against the derivative of the
// logarithms, so δ{L} needs no σ′ and does not vanish when the sigmoid
// saturates. From the logits it is computed stably as
// ℓ = Σₖ max(zₖ, 0) − zₖyₖ + log(1 + e^(−|zₖ|)); from probabilities, an
// ŷ of 0 or 1 inside a log is replaced by 2⁻¹⁰²² (the smallest normal
// float64), so a term costs at most 1022 ln 2 ≈ 708.40 and the loss stays
// finite.
var BinaryCrossEntropy = Loss{
	Name:       "bce",
	Output:     Sigmoid.Name,
	Example:    bceExample,
	FromLogits: bceFromLogits,
	Delta:      fusedDelta,
}

// CategoricalCrossEntropy is the categorical cross-entropy, the lecture's
// ECC (with the stray xⱼ of ERRATA 3 removed), for a Softmax output over K
// classes and target rows that sum to 1 (one-hot), in mean form:
//
//	ECC = −(1/N) Σᵢ Σₖ yₖ⁽ⁱ⁾ log ŷₖ⁽ⁱ⁾,   δ{L} = ŷ − y.
//
// As for ECB, the softmax Jacobian cancels and δ{L} = ŷ − y. From the logits
// it is computed with log-sum-exp, ℓ = Σₖ yₖ (LSE(z) − zₖ); from
// probabilities, a ŷₖ of 0 inside the log is replaced by 2⁻¹⁰²² (a term
// costs at most 1022 ln 2 ≈ 708.40).
var CategoricalCrossEntropy = Loss{
	Name:       "cce",
	Output:     Softmax.Name,
	Example:    cceExample,
	FromLogits: cceFromLogits,
	Delta:      fusedDelta,
}

// losses lists the built-in losses by name.
var losses = map[string]Loss{
	MeanSquaredError.Name: MeanSquaredError, BinaryCrossEntropy.Name: BinaryCrossEntropy,
	CategoricalCrossEntropy.Name: CategoricalCrossEntropy,
}

// LossByName returns the built-in loss called name ("mse", "bce" or "cce"),
// as written in saved models. It panics if there is none.
func LossByName(name string) Loss {
	l, ok := losses[name]
	if !ok {
		panicf("LossByName: %s", unknownLoss(name))
	}
	return l
}

// unknownLoss describes a loss name that is not a built-in one.
func unknownLoss(name string) string {
	return fmt.Sprintf("unknown loss %q (want mse, bce or cce)", name)
}

// Value returns the mean loss of N examples, L = (1/N) Σᵢ ℓ(ŷ⁽ⁱ⁾, y⁽ⁱ⁾), from
// the outputs Ŷ and the targets Y (both N×K, finite). It panics if a matrix
// is nil, empty or holds NaN or ±Inf, or the shapes differ.
func (l Loss) Value(Yhat, Y mat.Matrix) float64 {
	return l.mean(Yhat, Y, "Ŷ", l.Example)
}

// ValueFromLogits returns the same mean loss as Value from the output layer's
// pre-activations Z = Z{L} (N×K) instead of Ŷ, through FromLogits: stable for
// logits of any size. It panics as Value does, or if the loss has no
// FromLogits (MSE: use Value).
func (l Loss) ValueFromLogits(Z, Y mat.Matrix) float64 {
	if l.FromLogits == nil {
		panicf("loss %s has no logits form; use Value", l.Name)
	}
	return l.mean(Z, Y, "Z", l.FromLogits)
}

// mean applies the per-example function f to the rows of P and Y and
// averages.
func (l Loss) mean(P, Y mat.Matrix, pname string, f func(p, y []float64) float64) float64 {
	n, k := lossShapes(l.Name, pname, P, Y)
	p, y := make([]float64, k), make([]float64, k)
	sum := 0.0
	for i := range n {
		mat.Row(p, i, P)
		mat.Row(y, i, Y)
		sum += f(p, y)
	}
	return sum / float64(n)
}

// lossShapes panics unless P and Y are finite, non-empty and of the same
// shape.
func lossShapes(loss, pname string, P, Y mat.Matrix) (n, k int) {
	fn := "loss " + loss
	n, k = mustMatrix(fn, pname, P)
	ny, ky := mustMatrix(fn, "Y", Y)
	if n != ny || k != ky {
		panicf("%s: %s is %s but Y is %s, want the same shape", fn, pname, validate.Dims(n, k), validate.Dims(ny, ky))
	}
	return n, k
}

func mseExample(yhat, y []float64) float64 {
	s := 0.0
	for k := range y {
		d := yhat[k] - y[k]
		s += d * d
	}
	return s / 2
}

func bceExample(yhat, y []float64) float64 {
	s := 0.0
	for k := range y {
		if y[k] != 0 {
			s -= y[k] * logProb(yhat[k])
		}
		if y[k] != 1 {
			s -= (1 - y[k]) * logProb(1-yhat[k])
		}
	}
	return s
}

// bceFromLogits is ℓ = Σₖ −[yₖ log σ(zₖ) + (1 − yₖ) log(1 − σ(zₖ))]
// rewritten so that no exponential overflows.
func bceFromLogits(z, y []float64) float64 {
	s := 0.0
	for k := range y {
		s += math.Max(z[k], 0) - z[k]*y[k] + math.Log1p(math.Exp(-math.Abs(z[k])))
	}
	return s
}

func cceExample(yhat, y []float64) float64 {
	s := 0.0
	for k := range y {
		if y[k] != 0 {
			s -= y[k] * logProb(yhat[k])
		}
	}
	return s
}

// cceFromLogits is ℓ = −Σₖ yₖ log softmax(z)ₖ = Σₖ yₖ (LSE(z) − zₖ), computed
// without cancellation: with m = z_t the largest logit (its first index t),
//
//	LSE(z) − zₖ = (m − zₖ) + log1p(S),   S = Σ_{j≠t} e^(zⱼ − m) ≤ K − 1,
//
// a sum of two terms ≥ 0. Written as LSE(z) − zₖ, the loss of a confident
// right answer is a tiny difference of two large numbers: logits (20, 0) for
// class 0 gave 2.061153026e−9 instead of 2.0611536203143807e−9 (relative
// error 2.9e−7), and (1000, 980) 5.5e−6.
func cceFromLogits(z, y []float64) float64 {
	t := 0
	for j, v := range z {
		if v > z[t] {
			t = j
		}
	}
	m := z[t]
	s := 0.0
	for j, v := range z {
		if j != t {
			s += math.Exp(v - m)
		}
	}
	log1pS := math.Log1p(s)
	loss := 0.0
	for k := range y {
		if y[k] != 0 {
			loss += y[k] * ((m - z[k]) + log1pS)
		}
	}
	return loss
}

// fusedDelta is the output error of sigmoid+ECB and softmax+ECC: δ = ŷ − y.
func fusedDelta(dst, _, yhat, y []float64, _ Activation) {
	for k := range dst {
		dst[k] = yhat[k] - y[k]
	}
}

// BinaryCrossEntropyByLabel returns the ECB of each of the K labels
// separately (multi-label classification, ERRATA 4):
//
//	ECBₖ = −(1/N) Σᵢ [yₖ⁽ⁱ⁾ log ŷₖ⁽ⁱ⁾ + (1 − yₖ⁽ⁱ⁾) log(1 − ŷₖ⁽ⁱ⁾)],
//
// whose sum over k is BinaryCrossEntropy.Value(Ŷ, Y). It panics as Value
// does.
func BinaryCrossEntropyByLabel(Yhat, Y mat.Matrix) []float64 {
	n, k := lossShapes(BinaryCrossEntropy.Name, "Ŷ", Yhat, Y)
	out := make([]float64, k)
	for j := range k {
		for i := range n {
			out[j] += bceExample([]float64{Yhat.At(i, j)}, []float64{Y.At(i, j)})
		}
		out[j] /= float64(n)
	}
	return out
}
