package mlp

import (
	"runtime"
	"sync"

	"gonum.org/v1/gonum/mat"
)

// finalLoss returns the data loss L of n's current weights on the whole
// training set d (already checked by Train), for History.FinalLoss:
//
//	L = (1/N) Σᵢ₌₁ᴺ ℓ(ŷ⁽ⁱ⁾, y⁽ⁱ⁾),
//
// one forward pass over the N examples, without the L2 term.
func (n *Network) finalLoss(d *Dataset) float64 {
	loss, _ := n.evaluate(d.X, d.Y)
	return loss
}

// evalRows is the number of examples evaluate propagates at a time: a
// Trace of evalRows rows stays in the cache (MNIST's [784, 30, 10]: 80 kB),
// where one for all of MNIST would take 38 MB.
const evalRows = 256

// evaluate returns the mean loss L = (1/N) Σᵢ ℓ⁽ⁱ⁾ of the N examples (X, Y)
// and the number whose predicted class is right (see countCorrect). It
// propagates evalRows examples at a time, the two halves of a large set on
// two goroutines when two CPUs are available; each ℓ⁽ⁱ⁾ is kept and they
// are summed in order, so the result is that of one forward pass over all
// of X, bit for bit.
func (n *Network) evaluate(X, Y *mat.Dense) (loss float64, right int) {
	N, _ := X.Dims()
	ell := make([]float64, N)
	half := N
	if N >= 2*parallelRows && runtime.GOMAXPROCS(0) >= 2 {
		half = N / 2
	}
	var wg sync.WaitGroup
	var right2 int
	if half < N {
		wg.Add(1)
		go func() {
			defer wg.Done()
			right2 = n.evaluateRows(X, Y, half, N, ell)
		}()
	}
	right = n.evaluateRows(X, Y, 0, half, ell)
	wg.Wait()
	sum := 0.0
	for _, v := range ell {
		sum += v
	}
	return sum / float64(N), right + right2
}

// evaluateRows writes ℓ⁽ⁱ⁾ into ell[i] for from ≤ i < to and returns how
// many of those examples are classified right.
func (n *Network) evaluateRows(X, Y *mat.Dense, from, to int, ell []float64) (right int) {
	_, nx := X.Dims()
	_, ny := Y.Dims()
	tr := newTrace(n.Sizes, min(evalRows, to-from), false)
	for i := from; i < to; i += evalRows {
		rows := min(evalRows, to-i)
		if r, _ := tr.Z[0].Dims(); r != rows { // the last, smaller chunk
			tr = newTrace(n.Sizes, rows, false)
		}
		tr.A[0] = X.Slice(i, i+rows, 0, nx).(*mat.Dense)
		y := Y.Slice(i, i+rows, 0, ny).(*mat.Dense)
		n.forward(tr)
		for r := range rows {
			ell[i+r] = n.exampleLoss(tr, y, r)
		}
		right += countCorrect(tr.Output(), y)
	}
	return right
}
