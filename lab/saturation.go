package lab

import (
	"math"

	"gomlp.dev/mlp"
)

// UnitOnClass describes output unit k of a network on the examples of
// class k, the ones it should answer 1 for, and how often k is predicted.
type UnitOnClass struct {
	N         int     // examples of class k
	Predicted int     // examples of any class whose predicted class is k
	MeanZ     float64 // mean pre-activation z_k over the N examples of class k
	MeanA     float64 // mean output a_k = φ(z_k) over them
	MeanDeriv float64 // mean φ′(z_k) over them: the factor BP1 puts into δ_k
}

// OutputUnit returns what output unit k of net does on the data d: its mean
// z, a and φ′(z) over the examples labelled k, and how many examples of d
// are predicted as k (mlp.Classes). It shows a saturated output unit: a
// class never predicted, with z far from 0 and φ′(z) ≈ 0 on its own
// examples. It panics if k is not a class of d or net's output layer, d
// has no example of class k, the output activation has no element-wise
// derivative (Softmax), or net cannot predict d.
func OutputUnit(net *mlp.Network, d *mlp.Dataset, k int) UnitOnClass {
	if net == nil || d == nil || d.X == nil || len(d.Labels) == 0 {
		panicf("OutputUnit needs a network and a labelled data set")
	}
	K := net.Sizes[len(net.Sizes)-1]
	if k < 0 || k >= K {
		panicf("OutputUnit of unit %d, but the network has K = %d output units", k, K)
	}
	L := len(net.Layers)
	act := net.Layers[L-1].Act
	if act.Deriv == nil {
		panicf("OutputUnit: the output activation %s has no element-wise derivative", act.Name)
	}
	tr := net.Forward(d.X)
	pred := mlp.Classes(tr.Output())
	if len(pred) != len(d.Labels) {
		panicf("OutputUnit: %d labels for %d examples", len(d.Labels), len(pred))
	}
	var u UnitOnClass
	for i, label := range d.Labels {
		if pred[i] == k {
			u.Predicted++
		}
		if label != k {
			continue
		}
		z := tr.Z[L-1].At(i, k)
		u.N++
		u.MeanZ += z
		u.MeanA += tr.Output().At(i, k)
		u.MeanDeriv += act.Deriv(z)
	}
	if u.N == 0 {
		panicf("OutputUnit: no example of class %d", k)
	}
	u.MeanZ /= float64(u.N)
	u.MeanA /= float64(u.N)
	u.MeanDeriv /= float64(u.N)
	return u
}

// OutputDeltas records, while a network trains, the mean size of each
// output unit's error |δ{L}_k| = |∂ℓ/∂z{L}_k| over all the examples of each
// epoch (BP1: for the ECM, (ŷ_k − y_k)·φ′(z_k)). By BP3 and BP4 it scales
// every gradient of that unit's bias and incoming weights: a unit whose
// mean |δ| is small learns slowly. Call Step from Settings.OnStep:
//
//	var od lab.OutputDeltas
//	s := mlp.Settings{…, OnStep: od.Step}
//
// PerEpoch[e][k] is then the mean |δ{L}_k| over epoch e+1.
type OutputDeltas struct {
	PerEpoch [][]float64
	sum      []float64
	n        int
}

// Step adds the output errors of one step (the rows of s.Grads.Delta of the
// output layer) and closes the epoch at its last step. It never fails; it
// returns an error so that it fits Settings.OnStep.
func (o *OutputDeltas) Step(s mlp.StepInfo) error {
	delta := s.Grads.Delta[len(s.Grads.Delta)-1]
	rows, K := delta.Dims()
	if o.sum == nil {
		o.sum = make([]float64, K)
	}
	for i := range rows {
		for k, v := range delta.RawRowView(i) {
			o.sum[k] += math.Abs(v)
		}
	}
	o.n += rows
	if s.Step == s.Steps {
		mean := make([]float64, K)
		for k := range mean {
			mean[k] = o.sum[k] / float64(o.n)
			o.sum[k] = 0
		}
		o.PerEpoch = append(o.PerEpoch, mean)
		o.n = 0
	}
	return nil
}
