package plots_test

import (
	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
)

// fromMLP adapts an mlp model, whose Predict still returns an error on this
// branch, to plots.Predictor. TODO(api_mlp): remove once mlp's Predict
// returns the outputs alone.
func fromMLP(m interface {
	Predict(mat.Matrix) (*mat.Dense, error)
}) plots.Predictor {
	return plots.PredictorFunc(func(X mat.Matrix) *mat.Dense {
		out, err := m.Predict(X)
		if err != nil {
			panic(err)
		}
		return out
	})
}
