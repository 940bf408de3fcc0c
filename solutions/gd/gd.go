// Package gd is gradient descent, notebooks 08 and 10: w ← w − α∇L(w).
package gd

// Step returns one gradient-descent step w − α·grad, leaving w unchanged.
func Step(w, grad []float64, alpha float64) []float64 {
	// BEGIN SOLUTION
	out := make([]float64, len(w))
	for i := range w {
		out[i] = w[i] - alpha*grad[i]
	}
	return out
	// END SOLUTION
}

// Descend starts at w0 and takes steps gradient-descent steps with the
// gradient function grad and learning rate α. It returns the path: w0, then
// the weights after each step (steps+1 points).
func Descend(grad func(w []float64) []float64, w0 []float64, alpha float64, steps int) [][]float64 {
	// BEGIN SOLUTION
	path := [][]float64{append([]float64(nil), w0...)}
	w := path[0]
	for range steps {
		w = Step(w, grad(w), alpha)
		path = append(path, w)
	}
	return path
	// END SOLUTION
}
