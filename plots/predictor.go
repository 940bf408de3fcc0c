package plots

import "gonum.org/v1/gonum/mat"

// Predictor is anything that maps a batch of inputs X (N×d, one example
// per row) to outputs (N×K): a threshold unit, a perceptron, a network.
// It has the method set of mlp.Predictor, so every mlp model is one.
type Predictor interface {
	Predict(X mat.Matrix) (*mat.Dense, error)
}

// PredictorFunc adapts a function to a Predictor.
type PredictorFunc func(X mat.Matrix) (*mat.Dense, error)

// Predict returns f(X).
func (f PredictorFunc) Predict(X mat.Matrix) (*mat.Dense, error) { return f(X) }
