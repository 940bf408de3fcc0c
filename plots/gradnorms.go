package plots

import (
	"fmt"

	"gonum.org/v1/plot"
)

// GradientNorms plots, on a log scale, the norm of each hidden layer's
// error ‖δ{l}‖ (or gradient) over the epochs, one line per layer, as in
// Nielsen's chapter 5 on the vanishing gradient: perEpoch[e][l] is the norm
// for hidden layer l+1 after epoch e+1.
//
// It panics if there is no epoch, the epochs do not all have the same
// number of layers, or a norm is not finite or not > 0.
func GradientNorms(title string, perEpoch [][]float64) *plot.Plot {
	const fn = "GradientNorms"
	if len(perEpoch) == 0 || len(perEpoch[0]) == 0 {
		fail(fn, nil, "no norms: want at least one epoch with one layer")
	}
	layers := len(perEpoch[0])
	series := make([]Series, layers)
	for l := range series {
		series[l].Name = fmt.Sprintf(words().HiddenLayer, l+1)
		series[l].Y = make([]float64, len(perEpoch))
	}
	for e, norms := range perEpoch {
		if len(norms) != layers {
			fail(fn, nil, "epoch %d has %d layer norms, epoch 0 has %d", e, len(norms), layers)
		}
		for l, v := range norms {
			series[l].Y[e] = v
		}
	}
	return training(fn, title, words().Epoch, "‖δ{l}‖", true, series)
}
