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
// zero biases), and this measures whether they do. It panics if d is nil,
// n < 1, or as mlp.NewNetwork and Cost do.
func InitialLoss(spec mlp.Spec, d *mlp.Dataset, n int) ([]float64, Summary) {
	if d == nil {
		panicf("InitialLoss on a nil data set")
	}
	if n < 1 {
		panicf("InitialLoss over %d seeds, want at least 1", n)
	}
	losses := make([]float64, n)
	for i := range losses {
		s := spec
		s.Seed = uint64(i + 1)
		losses[i] = mlp.NewNetwork(s).Cost(d.X, d.Y)
	}
	return losses, Summarize(losses)
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
