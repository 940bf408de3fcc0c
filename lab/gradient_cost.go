package lab

import (
	"math"
	"time"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// GradientCost is what one gradient of a network's mean loss on a batch
// costs, computed two ways: by central differences (mlp.NumericalGradients)
// and by backpropagation (Forward, then Backward).
type GradientCost struct {
	P int // the network's parameters (weights and biases)
	// Multiply-adds of the matrix products (CountMultiplyAdds): one Forward,
	// the numerical gradient, and Forward + Backward.
	Forward, Numerical, Backprop int64
	// Wall-clock times: the numerical gradient runs once (counted and timed
	// in the same run; the count adds one addition per product), backprop
	// runs reps times and its fastest run is kept.
	NumericalTime, BackpropTime time.Duration
	// MaxAbsDiff is the largest |numerical − backprop| over all parameters.
	MaxAbsDiff float64
}

// MeasureGradientCost measures the cost of one gradient of net on (X, Y)
// both ways (see GradientCost), backprop timed over reps ≥ 1 runs. It
// panics as mlp.NumericalGradients does, and if net is nil or reps < 1.
func MeasureGradientCost(net *mlp.Network, X, Y *mat.Dense, reps int) GradientCost {
	if net == nil {
		panicf("MeasureGradientCost of a nil network")
	}
	if reps < 1 {
		panicf("MeasureGradientCost with reps = %d, want at least 1", reps)
	}
	var c GradientCost
	c.P = net.NumParams()
	c.Forward = CountMultiplyAdds(func() { net.Forward(X) })
	var num, bp *mlp.Gradients
	start := time.Now()
	c.Numerical = CountMultiplyAdds(func() { num = mlp.NumericalGradients(net, X, Y, 0) })
	c.NumericalTime = time.Since(start)
	backprop := func() { bp = net.Backward(net.Forward(X), Y) }
	c.Backprop = CountMultiplyAdds(backprop)
	c.BackpropTime = time.Duration(math.MaxInt64)
	for range reps {
		start = time.Now()
		backprop()
		c.BackpropTime = min(c.BackpropTime, time.Since(start))
	}
	a, b := num.Flat(), bp.Flat()
	for k := range a {
		c.MaxAbsDiff = math.Max(c.MaxAbsDiff, math.Abs(a[k]-b[k]))
	}
	return c
}
