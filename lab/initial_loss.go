package lab

import (
	"fmt"

	"gomlp.dev/mlp"
)

// InitialLoss measures what a start costs before any training: the loss on
// d of the untrained network spec drawn from each of the seeds 1 … n
// (spec.Seed is replaced), and their Summary.
//
// CS231n's sanity check says the first loss of a K-class softmax should be
// about log K; that holds when the logits start nearly equal (small weights,
// zero biases), and this measures whether they do.
func InitialLoss(spec mlp.Spec, d *mlp.Dataset, n int) ([]float64, Summary, error) {
	if d == nil {
		return nil, Summary{}, fmt.Errorf("lab: InitialLoss on a nil data set")
	}
	return SweepSeeds(n, func(seed uint64) (float64, error) {
		s := spec
		s.Seed = seed
		net, err := mlp.NewNetwork(s)
		if err != nil {
			return 0, err
		}
		return net.Cost(d.X, d.Y)
	})
}

// WeightScale is the initialiser that draws every weight from N(0, s²) and
// starts every bias at 0, whatever the layer's size: s = 0.01 is CS231n's
// "0.01 · randn" small start.
func WeightScale(s float64) mlp.Initializer {
	return mlp.Initializer{
		Name:      fmt.Sprintf("N(0, %g²), b = 0", s),
		WeightStd: func(nIn, nOut int) float64 { return s },
	}
}
