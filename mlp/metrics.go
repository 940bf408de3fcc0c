package mlp

import (
	"fmt"

	"gonum.org/v1/gonum/mat"
)

// Accuracy returns the fraction of examples whose predicted class equals the
// true class:
//
//	accuracy = (1/N) Σᵢ [class(Ŷ⁽ⁱ⁾) = class(Y⁽ⁱ⁾)],
//
// where class is the argmax of a row when K > 1 and the threshold ½ when
// K = 1 (see Classes). Y (N×K) holds the targets (one-hot rows, or a 0/1
// column), Ŷ (N×K) the outputs of a Predictor. It is an error if the shapes
// differ or the matrices are empty or not finite.
func Accuracy(Y, Yhat mat.Matrix) (float64, error) {
	truth, pred, err := metricsClasses(Y, Yhat)
	if err != nil {
		return 0, err
	}
	correct := 0
	for i := range truth {
		if truth[i] == pred[i] {
			correct++
		}
	}
	return float64(correct) / float64(len(truth)), nil
}

// LabelAccuracy returns, for multi-label data, the accuracy of each label k
// separately:
//
//	accuracyₖ = (1/N) Σᵢ [(Ŷ[i,k] ≥ ½) = (Y[i,k] = 1)].
//
// Y (N×K) holds a 0/1 column per label, Ŷ (N×K) the K sigmoid outputs. It is
// an error if the shapes differ, the matrices are empty or not finite, or Y
// holds values other than 0 and 1.
func LabelAccuracy(Y, Yhat mat.Matrix) ([]float64, error) {
	if err := metricsCheck(Y, Yhat); err != nil {
		return nil, err
	}
	n, k := Y.Dims()
	acc := make([]float64, k)
	for j := range k {
		correct := 0
		for i := range n {
			y := Y.At(i, j)
			if y != 0 && y != 1 {
				return nil, fmt.Errorf("mlp: Y[%d,%d] = %v, want 0 or 1 for a label", i, j, y)
			}
			if (Yhat.At(i, j) >= 0.5) == (y == 1) {
				correct++
			}
		}
		acc[j] = float64(correct) / float64(n)
	}
	return acc, nil
}

// ConfusionMatrix counts, for K classes, how often each true class was
// predicted as each class:
//
//	C[t][p] = #{i : truth[i] = t and predicted[i] = p},   t, p = 0 … K−1,
//
// so row t sums to the number of examples of class t and the diagonal holds
// the correct predictions. It is an error if the slices are empty or of
// different lengths, a class is outside 0…K−1, or K > MaxClasses.
func ConfusionMatrix(truth, predicted []int, k int) ([][]int, error) {
	if len(truth) == 0 {
		return nil, fmt.Errorf("mlp: ConfusionMatrix of no examples")
	}
	if len(truth) != len(predicted) {
		return nil, fmt.Errorf("mlp: %d true classes but %d predicted", len(truth), len(predicted))
	}
	if err := checkClasses(k); err != nil {
		return nil, err
	}
	c := make([][]int, k)
	for t := range c {
		c[t] = make([]int, k)
	}
	for i := range truth {
		t, p := truth[i], predicted[i]
		if t < 0 || t >= k || p < 0 || p >= k {
			return nil, fmt.Errorf("mlp: example %d has true class %d and prediction %d, want both in 0…%d", i, t, p, k-1)
		}
		c[t][p]++
	}
	return c, nil
}

// metricsCheck returns an error unless Y and Ŷ are finite and of equal shape.
func metricsCheck(Y, Yhat mat.Matrix) error {
	if err := dataCheckMatrix("Y", Y); err != nil {
		return err
	}
	if err := dataCheckMatrix("Ŷ", Yhat); err != nil {
		return err
	}
	ry, cy := Y.Dims()
	rp, cp := Yhat.Dims()
	if ry != rp || cy != cp {
		return fmt.Errorf("mlp: Y is %d×%d but Ŷ is %d×%d: want the same shape", ry, cy, rp, cp)
	}
	return nil
}

// metricsClasses checks Y and Ŷ and returns the class of each row of both.
func metricsClasses(Y, Yhat mat.Matrix) (truth, pred []int, err error) {
	if err := metricsCheck(Y, Yhat); err != nil {
		return nil, nil, err
	}
	if _, k := Y.Dims(); k == 1 {
		n, _ := Y.Dims()
		for i := range n {
			if y := Y.At(i, 0); y != 0 && y != 1 {
				return nil, nil, fmt.Errorf("mlp: Y[%d,0] = %v, want a 0/1 class", i, y)
			}
		}
		truth, _ = Classes(Y)
	} else if truth, err = Labels(Y); err != nil {
		return nil, nil, err
	}
	pred, _ = Classes(Yhat)
	return truth, pred, nil
}
