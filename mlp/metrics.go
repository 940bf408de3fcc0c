package mlp

import (
	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
)

// Accuracy returns the fraction of examples whose predicted class equals the
// true class:
//
//	accuracy = (1/N) Σᵢ [class(Ŷ⁽ⁱ⁾) = class(Y⁽ⁱ⁾)],
//
// where class is the argmax of a row when K > 1 and the threshold ½ when
// K = 1 (see Classes). Y (N×K) holds the targets (one-hot rows, or a 0/1
// column), Ŷ (N×K) the outputs of a network or a unit. It panics if the
// shapes differ, a matrix is nil, empty or not finite, or Y is not one-hot
// rows (K > 1) or 0/1 (K = 1).
func Accuracy(Y, Yhat mat.Matrix) float64 {
	mustSameShape("Accuracy", Y, Yhat)
	var truth []int
	if _, k := Y.Dims(); k == 1 {
		truth = labelColumn("Accuracy", Y, 0)
	} else {
		truth = labels("Accuracy", Y)
	}
	pred := classes("Accuracy", Yhat)
	correct := 0
	for i := range truth {
		if truth[i] == pred[i] {
			correct++
		}
	}
	return float64(correct) / float64(len(truth))
}

// LabelAccuracy returns, for multi-label data, the accuracy of each label k
// separately:
//
//	accuracyₖ = (1/N) Σᵢ [(Ŷ[i,k] ≥ ½) = (Y[i,k] = 1)].
//
// Y (N×K) holds a 0/1 column per label, Ŷ (N×K) the K sigmoid outputs. It
// panics if the shapes differ, a matrix is nil, empty or not finite, or Y
// holds values other than 0 and 1.
func LabelAccuracy(Y, Yhat mat.Matrix) []float64 {
	n, k := mustSameShape("LabelAccuracy", Y, Yhat)
	acc := make([]float64, k)
	for j := range k {
		truth := labelColumn("LabelAccuracy", Y, j)
		correct := 0
		for i := range n {
			if (Yhat.At(i, j) >= 0.5) == (truth[i] == 1) {
				correct++
			}
		}
		acc[j] = float64(correct) / float64(n)
	}
	return acc
}

// mustSameShape panics unless Y and Ŷ are finite, non-empty and of equal
// shape, and returns it.
func mustSameShape(fn string, Y, Yhat mat.Matrix) (n, k int) {
	ry, cy := mustMatrix(fn, "Y", Y)
	rp, cp := mustMatrix(fn, "Ŷ", Yhat)
	if ry != rp || cy != cp {
		panicf("%s: Y is %s but Ŷ is %s: want the same shape", fn, validate.Dims(ry, cy), validate.Dims(rp, cp))
	}
	return ry, cy
}

// labelColumn returns column k of Y as classes 0/1, or panics if it holds
// another value.
func labelColumn(fn string, Y mat.Matrix, k int) []int {
	n, _ := Y.Dims()
	l := make([]int, n)
	for i := range n {
		switch v := Y.At(i, k); v {
		case 0, 1:
			l[i] = int(v)
		default:
			panicf("%s: Y[%d,%d] = %v, want a 0/1 class", fn, i, k, v)
		}
	}
	return l
}
