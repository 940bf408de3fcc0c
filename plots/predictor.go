package plots

import "gonum.org/v1/gonum/mat"

// Predictor is anything that maps a batch of inputs X (N×d, one example
// per row) to outputs (N×K): a threshold unit, a perceptron, a network —
// every mlp model has this method.
type Predictor interface {
	Predict(X mat.Matrix) *mat.Dense
}

// PredictorFunc adapts a function to a Predictor.
type PredictorFunc func(X mat.Matrix) *mat.Dense

// Predict returns f(X).
func (f PredictorFunc) Predict(X mat.Matrix) *mat.Dense { return f(X) }
