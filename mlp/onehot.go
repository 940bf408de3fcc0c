package mlp

import (
	"fmt"
	"math"

	"gonum.org/v1/gonum/mat"
)

// OneHot returns the N×K matrix Y whose row i is the one-hot code of class
// labels[i]:
//
//	Y[i,k] = 1 if k = labels[i], else 0,   k = 0 … K−1.
//
// It is an error if labels is empty, K < 1, K > MaxClasses, N·K > MaxOneHot
// (checked before Y is allocated) or a label is outside 0…K−1.
func OneHot(labels []int, k int) (*mat.Dense, error) {
	if len(labels) == 0 {
		return nil, fmt.Errorf("mlp: OneHot of no labels")
	}
	if err := checkClasses(k); err != nil {
		return nil, err
	}
	if n := len(labels); n > MaxOneHot/k {
		return nil, fmt.Errorf("mlp: OneHot of N = %d labels and K = %d classes needs %d entries, more than mlp.MaxOneHot = %d", n, k, n*k, MaxOneHot)
	}
	y := mat.NewDense(len(labels), k, nil)
	for i, l := range labels {
		if l < 0 || l >= k {
			return nil, fmt.Errorf("mlp: label %d of example %d is out of range 0…%d", l, i, k-1)
		}
		y.Set(i, l, 1)
	}
	return y, nil
}

// Labels returns the class of each one-hot row of Y, the inverse of OneHot:
//
//	label(i) = the k with Y[i,k] = 1.
//
// It is an error if a row of Y is not one-hot (entries other than 0 and 1, or
// a row that does not sum to 1).
func Labels(Y mat.Matrix) ([]int, error) {
	if err := dataCheckMatrix("Y", Y); err != nil {
		return nil, err
	}
	n, k := Y.Dims()
	labels := make([]int, n)
	for i := range n {
		sum, label := 0.0, -1
		for j := range k {
			v := Y.At(i, j)
			if v != 0 && v != 1 {
				return nil, fmt.Errorf("mlp: Y[%d,%d] = %v, want 0 or 1 in a one-hot row", i, j, v)
			}
			if v == 1 {
				label = j
			}
			sum += v
		}
		if sum != 1 {
			return nil, fmt.Errorf("mlp: row %d of Y sums to %v, want 1 for a one-hot row", i, sum)
		}
		labels[i] = label
	}
	return labels, nil
}

// Classes returns the predicted class of each row of the network output Ŷ
// (N×K):
//
//	class(i) = argmaxₖ Ŷ[i,k]   if K > 1 (the first maximum on ties),
//	class(i) = 1 if Ŷ[i,0] ≥ ½, else 0   if K = 1 (a single sigmoid or step unit).
//
// It is an error if Ŷ is empty or holds NaN or ±Inf.
func Classes(Yhat mat.Matrix) ([]int, error) {
	if err := dataCheckMatrix("Ŷ", Yhat); err != nil {
		return nil, err
	}
	n, k := Yhat.Dims()
	classes := make([]int, n)
	for i := range n {
		if k == 1 {
			if Yhat.At(i, 0) >= 0.5 {
				classes[i] = 1
			}
			continue
		}
		best := math.Inf(-1)
		for j := range k {
			if v := Yhat.At(i, j); v > best {
				best, classes[i] = v, j
			}
		}
	}
	return classes, nil
}
