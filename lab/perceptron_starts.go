package lab

import (
	"math"

	"gomlp.dev/mlp"
	"gonum.org/v1/gonum/mat"
)

// LineDistance is how far apart the boundaries of two units are: the
// Euclidean distance between (w₁, …, w_d, b)/‖(w, b)‖ of each. A line does
// not change when w and b are multiplied by the same c > 0, so the same line
// is distance 0 whatever the scale; the same line with the sides swapped is
// distance 2. It panics if a unit is nil, the units have different numbers
// of weights, or one of them is all zeros (no line).
func LineDistance(u, v *mlp.ThresholdUnit) float64 {
	if u == nil || v == nil {
		panicf("LineDistance of a nil unit")
	}
	if len(u.W) != len(v.W) {
		panicf("LineDistance of units with %d and %d weights", len(u.W), len(v.W))
	}
	a, b := append(append([]float64(nil), u.W...), u.B), append(append([]float64(nil), v.W...), v.B)
	na, nb := norm(a), norm(b)
	if na == 0 || nb == 0 {
		panicf("LineDistance of a unit with w = 0 and b = 0 (no line)")
	}
	d := 0.0
	for i := range a {
		e := a[i]/na - b[i]/nb
		d += e * e
	}
	return math.Sqrt(d)
}

func norm(x []float64) float64 {
	s := 0.0
	for _, v := range x {
		s += v * v
	}
	return math.Sqrt(s)
}

// PerceptronStart is one run of the perceptron rule from a random start.
type PerceptronStart struct {
	Seed      uint64
	Epochs    int     // epochs run
	Converged bool    // whether an epoch passed without a mistake
	Accuracy  float64 // training accuracy of the final unit
	Distance  float64 // LineDistance of the final unit from the zero start's
}

// PerceptronStarts trains the perceptron rule on (X, Y) once from zeros
// (opt with InitScale = 0) and once from a random start for each seed
// 1 … seeds (opt with InitScale = scale and that Seed), and returns the
// zero start's run and one PerceptronStart per seed. opt's LearningRate
// and MaxEpochs are used for every run. It panics if seeds < 1, scale is
// not a finite number > 0, or as mlp.TrainPerceptron does.
func PerceptronStarts(X, Y mat.Matrix, opt mlp.PerceptronOptions, scale float64, seeds int) (*mlp.Perceptron, []PerceptronStart) {
	if seeds < 1 || !(scale > 0) || math.IsInf(scale, 0) {
		panicf("PerceptronStarts with %d seeds and scale %v, want ≥ 1 and a finite scale > 0", seeds, scale)
	}
	opt.InitScale, opt.Seed = 0, 0
	zero := mlp.TrainPerceptron(X, Y, opt)
	runs := make([]PerceptronStart, seeds)
	for i := range runs {
		o := opt
		o.InitScale, o.Seed = scale, uint64(i+1)
		p := mlp.TrainPerceptron(X, Y, o)
		acc := mlp.Accuracy(Y, p.Predict(X))
		d := LineDistance(&p.ThresholdUnit, &zero.ThresholdUnit)
		runs[i] = PerceptronStart{Seed: o.Seed, Epochs: p.Epochs(), Converged: p.Converged, Accuracy: acc, Distance: d}
	}
	return zero, runs
}
