package mlp

import (
	"math"

	"gomlp.dev/internal/validate"
	"gonum.org/v1/gonum/mat"
)

// OneHot returns the N×K matrix Y whose row i is the one-hot code of class
// labels[i]:
//
//	Y[i,k] = 1 if k = labels[i], else 0,   k = 0 … K−1.
//
// It panics if labels is empty, K < 1, K > MaxClasses, N·K > MaxOneHot
// (checked before Y is allocated) or a label is outside 0…K−1.
func OneHot(labels []int, k int) *mat.Dense {
	if len(labels) == 0 {
		panicf("OneHot of no labels")
	}
	checkClasses("OneHot", k)
	if n := len(labels); !validate.Fits(MaxOneHot, n, k) {
		panicf("OneHot: N = %d labels and K = %d classes need %d entries, more than mlp.MaxOneHot = %d", n, k, n*k, MaxOneHot)
	}
	y := mat.NewDense(len(labels), k, nil)
	for i, l := range labels {
		if l < 0 || l >= k {
			panicf("OneHot: label %d of example %d is out of range 0…%d", l, i, k-1)
		}
		y.Set(i, l, 1)
	}
	return y
}

// Labels returns the class of each one-hot row of Y, the inverse of OneHot:
//
//	label(i) = the k with Y[i,k] = 1.
//
// It panics if Y is nil, empty or not finite, or a row of Y is not one-hot
// (entries other than 0 and 1, or a row that does not sum to 1).
func Labels(Y mat.Matrix) []int { return labels("Labels", Y) }

// labels is Labels; fn names the exported function called.
func labels(fn string, Y mat.Matrix) []int {
	n, k := mustMatrix(fn, "Y", Y)
	labels := make([]int, n)
	for i := range n {
		sum, label := 0.0, -1
		for j := range k {
			v := Y.At(i, j)
			if v != 0 && v != 1 {
				panicf("%s: Y[%d,%d] = %v, want 0 or 1 in a one-hot row", fn, i, j, v)
			}
			if v == 1 {
				label = j
			}
			sum += v
		}
		if sum != 1 {
			panicf("%s: row %d of Y sums to %v, want 1 for a one-hot row", fn, i, sum)
		}
		labels[i] = label
	}
	return labels
}

// Classes returns the predicted class of each row of the network output Ŷ
// (N×K):
//
//	class(i) = argmaxₖ Ŷ[i,k]   if K > 1 (the first maximum on ties),
//	class(i) = 1 if Ŷ[i,0] ≥ ½, else 0   if K = 1 (a single sigmoid or step unit).
//
// It panics if Ŷ is nil, empty or holds NaN or ±Inf.
func Classes(Yhat mat.Matrix) []int { return classes("Classes", Yhat) }

// classes is Classes; fn names the exported function called.
func classes(fn string, Yhat mat.Matrix) []int {
	n, k := mustMatrix(fn, "Ŷ", Yhat)
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
	return classes
}
