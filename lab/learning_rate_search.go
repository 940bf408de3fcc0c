package lab

import (
	"errors"
	"fmt"
	"math"

	"gomlp.dev/mlp"
)

// LossesAfter trains a fresh copy of net on d with the settings s once for
// every learning rate α of alphas (s.LearningRate = α) and returns the loss
// L on all of d after s.Epochs epochs: +Inf for a run that diverged
// (mlp.ErrDiverged). net is not changed. Other errors are Train's; it
// panics if net or d is nil.
func LossesAfter(net *mlp.Network, d *mlp.Dataset, s mlp.Settings, alphas []float64) ([]float64, error) {
	if net == nil || d == nil {
		panicf("LossesAfter needs a network and a data set (got nil)")
	}
	out := make([]float64, len(alphas))
	for k, a := range alphas {
		s.LearningRate = a
		c := net.Clone()
		_, err := c.Train(d, s)
		switch {
		case errors.Is(err, mlp.ErrDiverged):
			out[k] = math.Inf(1)
			continue
		case err != nil:
			return nil, fmt.Errorf("lab: LossesAfter with α = %v: %w", a, err)
		}
		out[k] = c.Cost(d.X, d.Y)
	}
	return out, nil
}

// FirstRise returns the first index k ≥ 1 with losses[k] > losses[k−1]:
// over learning rates in increasing order, the first one whose loss is
// higher than the smaller rate's, where a larger α stops helping. It
// returns −1 if the losses never rise.
func FirstRise(losses []float64) int {
	for k := 1; k < len(losses); k++ {
		if losses[k] > losses[k-1] {
			return k
		}
	}
	return -1
}
