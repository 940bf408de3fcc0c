package mlp

import (
	"math"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

// NumericalGradients estimates ∂L/∂W{l} and ∂L/∂b{l} of the network's mean
// loss L on (X, Y) by central differences, one parameter θ at a time:
//
//	∂L/∂θ ≈ (L(θ + h) − L(θ − h)) / 2h,
//
// whose error is O(h²) (plus rounding of order ε·L/h). h = 0 means 1e-5.
// The result has W and B set, Delta nil; the network is left exactly as it
// was. This costs two forward passes per parameter: use it on small
// networks and batches, to check Backward. It panics as Cost does, and if
// h is negative, NaN or infinite.
func NumericalGradients(n *Network, X, Y mat.Matrix, h float64) *Gradients {
	return numericalGradients("NumericalGradients", n, X, Y, h)
}

// numericalGradients is NumericalGradients; fn names the function called.
func numericalGradients(fn string, n *Network, X, Y mat.Matrix, h float64) *Gradients {
	if !(h >= 0) || math.IsInf(h, 0) {
		panicf("%s: step h = %v, want a finite h > 0 (or 0 for the default 1e-5)", fn, h)
	}
	n.cost(fn, X, Y) // checks n, X and Y
	if h == 0 {
		h = 1e-5 // ≈ ε^(1/3) ≈ 6e-6: balances the h² truncation and the ε/h rounding
	}
	rows, _ := X.Dims()
	tr := newTrace(n.Sizes, rows, true)
	tr.A[0].Copy(X)
	y := mat.DenseCopyOf(Y)
	loss := func() float64 {
		n.forward(tr)
		return n.batchLoss(tr, y)
	}
	g := newGradients(n.Sizes, rows)
	g.Delta = nil
	for l, layer := range n.Layers {
		centralDifferences(g.wt[l].RawMatrix().Data, layer.wt.RawMatrix().Data, h, loss)
		centralDifferences(g.B[l].RawVector().Data, layer.b.RawVector().Data, h, loss)
	}
	return g
}

// centralDifferences writes (L(θ + h) − L(θ − h)) / 2h for every θ in params
// into grad, restoring each θ afterwards.
func centralDifferences(grad, params []float64, h float64, loss func() float64) {
	for k, theta := range params {
		params[k] = theta + h
		plus := loss()
		params[k] = theta - h
		minus := loss()
		params[k] = theta
		grad[k] = (plus - minus) / (2 * h)
	}
}

// GradCheckLayer is the result of GradCheck for layer l: how far
// backpropagation's gradient g (of W{l} and b{l} together) is from the
// numerical one ĝ,
//
//	RelErr = ‖g − ĝ‖ / (‖g‖ + ‖ĝ‖)   (0 when both are 0),
//
// and the largest difference of a single parameter, MaxAbsDiff.
type GradCheckLayer struct {
	Layer      int
	RelErr     float64
	MaxAbsDiff float64
}

// GradCheck compares Backward's gradients on (X, Y) with NumericalGradients
// (step h, 0 meaning 1e-5) and returns one GradCheckLayer per layer
// 1 … L. A correct backpropagation gives relative errors around 1e-9 or
// less in float64; errors near 1 mean a wrong formula. It panics as
// NumericalGradients does.
func GradCheck(n *Network, X, Y mat.Matrix, h float64) []GradCheckLayer {
	num := numericalGradients("GradCheck", n, X, Y, h)
	g := n.Backward(n.forwardChecked("GradCheck", X), Y)
	res := make([]GradCheckLayer, len(n.Layers))
	for l := range n.Layers {
		bp := append(append([]float64(nil), g.wt[l].RawMatrix().Data...), g.B[l].RawVector().Data...)
		nu := append(append([]float64(nil), num.wt[l].RawMatrix().Data...), num.B[l].RawVector().Data...)
		res[l] = GradCheckLayer{Layer: l + 1, RelErr: relErr(bp, nu)}
		for k := range bp {
			res[l].MaxAbsDiff = math.Max(res[l].MaxAbsDiff, math.Abs(bp[k]-nu[k]))
		}
	}
	return res
}

// relErr returns ‖a − b‖ / (‖a‖ + ‖b‖), 0 if both are 0.
func relErr(a, b []float64) float64 {
	den := floats.Norm(a, 2) + floats.Norm(b, 2)
	if den == 0 {
		return 0
	}
	return floats.Distance(a, b, 2) / den
}
