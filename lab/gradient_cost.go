package lab

import (
	"fmt"
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
// both ways (see GradientCost), backprop timed over reps ≥ 1 runs. Errors as
// mlp.NumericalGradients, and for reps < 1.
func MeasureGradientCost(net *mlp.Network, X, Y *mat.Dense, reps int) (GradientCost, error) {
	if reps < 1 {
		return GradientCost{}, fmt.Errorf("lab: MeasureGradientCost with reps = %d, want at least 1", reps)
	}
	var c GradientCost
	var err error
	c.P = net.NumParams()
	c.Forward = CountMultiplyAdds(func() { _, err = net.Forward(X) })
	if err != nil {
		return GradientCost{}, err
	}
	var num, bp *mlp.Gradients
	start := time.Now()
	c.Numerical = CountMultiplyAdds(func() { num, err = mlp.NumericalGradients(net, X, Y, 0) })
	c.NumericalTime = time.Since(start)
	if err != nil {
		return GradientCost{}, err
	}
	backprop := func() {
		var tr *mlp.Trace
		if tr, err = net.Forward(X); err == nil {
			bp, err = net.Backward(tr, Y)
		}
	}
	if c.Backprop = CountMultiplyAdds(backprop); err != nil {
		return GradientCost{}, err
	}
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
	return c, nil
}
