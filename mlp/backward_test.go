package mlp

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestBackwardWorkedExample is the slides' worked example (one sigmoid hidden
// layer, a linear output, ECM), with biases, computed by hand example by
// example in the slides' column notation and compared with Backward
// (acceptance 2). Slide names: a{1} = x, z{2} = W{1}x + b{1}, a{2} = σ(z{2}),
// z{3} = W{2}a{2} + b{2}, ŷ = a{3} = z{3}; in the package, W{1} and W{2} are
// Layers[0].W and Layers[1].W, δ{2} and δ{3} are Delta[0] and Delta[1].
func TestBackwardWorkedExample(t *testing.T) {
	net := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Hidden: Sigmoid, Output: Identity, Loss: MeanSquaredError})
	W1 := [][]float64{{0.1, -0.2}, {0.4, 0.3}, {-0.5, 0.6}}
	b1 := []float64{0.01, -0.02, 0.03}
	W2 := []float64{0.7, -0.8, 0.9}
	b2 := 0.05
	net.Layers[0].SetW(mat.NewDense(3, 2, []float64{0.1, -0.2, 0.4, 0.3, -0.5, 0.6}))
	net.Layers[0].b = mat.NewVecDense(3, b1)
	net.Layers[1].SetW(mat.NewDense(1, 3, W2))
	net.Layers[1].b = mat.NewVecDense(1, []float64{b2})
	xs := [][]float64{{1, 2}, {-0.5, 0.25}}
	ys := []float64{0.5, -1}
	N := float64(len(xs))

	// By hand, one example at a time, then the mean over the N examples.
	var loss float64
	dW1 := [3][2]float64{}
	db1 := [3]float64{}
	dW2 := [3]float64{}
	var db2 float64
	delta2 := make([][3]float64, len(xs))
	delta3 := make([]float64, len(xs))
	for i, x := range xs {
		var z2, a2 [3]float64
		for j := range 3 {
			z2[j] = W1[j][0]*x[0] + W1[j][1]*x[1] + b1[j]
			a2[j] = 1 / (1 + math.Exp(-z2[j]))
		}
		yhat := W2[0]*a2[0] + W2[1]*a2[1] + W2[2]*a2[2] + b2 // linear output: a{3} = z{3}
		loss += (yhat - ys[i]) * (yhat - ys[i]) / (2 * N)    // ECM = (1/2N) Σ (ŷ − y)²
		delta3[i] = yhat - ys[i]                             // δ{3} = ŷ − y (ERRATA 5)
		for j := range 3 {
			sp := a2[j] * (1 - a2[j])             // σ′(z{2})
			delta2[i][j] = W2[j] * delta3[i] * sp // δ{2} = (W{2})ᵀ δ{3} ⊙ σ′(z{2}) (ERRATA 6)
			dW2[j] += delta3[i] * a2[j] / N       // ∂L/∂W{2} = δ{3} (a{2})ᵀ
			dW1[j][0] += delta2[i][j] * x[0] / N  // ∂L/∂W{1} = δ{2} xᵀ
			dW1[j][1] += delta2[i][j] * x[1] / N
			db1[j] += delta2[i][j] / N
		}
		db2 += delta3[i] / N
	}

	X := mat.NewDense(2, 2, []float64{1, 2, -0.5, 0.25})
	Y := mat.NewDense(2, 1, ys)
	tr := net.Forward(X)
	g := net.Backward(tr, Y)
	const tol = 1e-12
	check := func(name string, got, want float64) {
		t.Helper()
		if math.Abs(got-want) > tol {
			t.Errorf("%s: got %v, want %v", name, got, want)
		}
	}
	cost := net.Cost(X, Y)
	check("ECM", cost, loss)
	for i := range xs {
		check(fmt.Sprintf("δ{3} of example %d", i), g.Delta[1].At(i, 0), delta3[i])
		for j := range 3 {
			check(fmt.Sprintf("δ{2}[%d] of example %d", j, i), g.Delta[0].At(i, j), delta2[i][j])
		}
	}
	for j := range 3 {
		check(fmt.Sprintf("∂L/∂W{2}[0,%d]", j), g.W[1].At(0, j), dW2[j])
		check(fmt.Sprintf("∂L/∂b{1}[%d]", j), g.B[0].AtVec(j), db1[j])
		for k := range 2 {
			check(fmt.Sprintf("∂L/∂W{1}[%d,%d]", j, k), g.W[0].At(j, k), dW1[j][k])
		}
	}
	check("∂L/∂b{2}", g.B[1].AtVec(0), db2)
}

// gradCase is one network for the gradient tests.
type gradCase struct {
	name   string
	hidden Activation
	output Activation
	loss   Loss
	depth  int // hidden layers
}

// gradCases lists every hidden activation × output+loss × depth 1–4
// (acceptance 1).
func gradCases() []gradCase {
	var cs []gradCase
	outs := []struct {
		act  Activation
		loss Loss
	}{{Identity, MeanSquaredError}, {Sigmoid, MeanSquaredError}, {Sigmoid, BinaryCrossEntropy}, {Softmax, CategoricalCrossEntropy}}
	for _, h := range elementWise() { // every element-wise built-in, hidden
		if h.Name == Step.Name {
			continue // φ′ = 0: both gradients are 0, nothing to compare
		}
		for _, o := range outs {
			for depth := 1; depth <= 4; depth++ {
				cs = append(cs, gradCase{
					name:   fmt.Sprintf("%s-hidden/%s+%s/depth%d", h.Name, o.act.Name, o.loss.Name, depth),
					hidden: h, output: o.act, loss: o.loss, depth: depth,
				})
			}
		}
	}
	return cs
}

// gradData builds a small random network and batch for c, seeded by seed.
func gradData(t *testing.T, c gradCase, seed uint64) (*Network, *mat.Dense, *mat.Dense) {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 7))
	const d, k, batch = 3, 3, 5
	sizes := []int{d}
	for range c.depth {
		sizes = append(sizes, 2+rng.IntN(4)) // widths 2…5
	}
	sizes = append(sizes, k)
	net := NewNetwork(Spec{Sizes: sizes, Hidden: c.hidden, Output: c.output, Loss: c.loss, Init: InitGlorot, Seed: seed})
	for _, layer := range net.Layers { // non-zero biases, so their gradients are tested too
		for j := range layer.b.Len() {
			layer.b.SetVec(j, 0.3*rng.NormFloat64())
		}
	}
	X := mat.NewDense(batch, d, nil)
	Y := mat.NewDense(batch, k, nil)
	for i := range batch {
		for j := range d {
			X.Set(i, j, rng.NormFloat64())
		}
		switch c.loss.Name {
		case "mse":
			for j := range k {
				Y.Set(i, j, rng.NormFloat64())
			}
		case "bce": // multi-label 0/1 targets
			for j := range k {
				Y.Set(i, j, float64(rng.IntN(2)))
			}
		case "cce": // one-hot rows
			Y.Set(i, rng.IntN(k), 1)
		}
	}
	return net, X, Y
}

// TestBackwardMatchesCentralDifferences: backpropagation's gradients agree
// with central differences to ≤ 1e-7 relative error for every activation ×
// loss × depth 1–4 (acceptance 1).
func TestBackwardMatchesCentralDifferences(t *testing.T) {
	for i, c := range gradCases() {
		t.Run(c.name, func(t *testing.T) {
			net, X, Y := gradData(t, c, uint64(i+1))
			res := GradCheck(net, X, Y, 0)
			for _, r := range res {
				if r.RelErr > 1e-7 {
					t.Errorf("layer %d: relative error %.3g (max |diff| %.3g), want ≤ 1e-7", r.Layer, r.RelErr, r.MaxAbsDiff)
				}
			}
		})
	}
}

// TestGradCheckCatchesAWrongGradient: GradCheck is not blind: a network whose
// hidden activation has a wrong derivative fails it.
func TestGradCheckCatchesAWrongGradient(t *testing.T) {
	wrong := Activation{Name: "sigmoid", F: Sigmoid.F, Deriv: func(z float64) float64 { return 1.1 * Sigmoid.Deriv(z) }}
	c := gradCase{hidden: wrong, output: Identity, loss: MeanSquaredError, depth: 2}
	net, X, Y := gradData(t, c, 3)
	res := GradCheck(net, X, Y, 0)
	if res[0].RelErr < 1e-3 || res[2].RelErr > 1e-7 {
		t.Errorf("relative errors %+v: want layer 1 wrong (> 1e-3) and the output layer right (≤ 1e-7)", res)
	}
}

// TestBackwardDeltaIsPerExample: the gradient of a batch is the mean of the
// gradients of its examples, and Delta holds each example's own δ.
func TestBackwardDeltaIsPerExample(t *testing.T) {
	net, X, Y := gradData(t, gradCase{hidden: Tanh, output: Softmax, loss: CategoricalCrossEntropy, depth: 2}, 5)
	tr := net.Forward(X)
	g := net.Backward(tr, Y)
	rows, _ := X.Dims()
	meanW := mat.NewDense(net.Sizes[1], net.Sizes[0], nil)
	for i := range rows {
		xi, yi := X.Slice(i, i+1, 0, 3), Y.Slice(i, i+1, 0, 3)
		tri := net.Forward(xi)
		gi := net.Backward(tri, yi)
		for l := range net.Layers {
			if !mat.EqualApprox(gi.Delta[l], g.Delta[l].Slice(i, i+1, 0, net.Sizes[l+1]), 1e-15) {
				t.Errorf("example %d, δ{%d}: got %v, want %v", i, l+1, mat.Formatted(g.Delta[l].Slice(i, i+1, 0, net.Sizes[l+1])), mat.Formatted(gi.Delta[l]))
			}
		}
		meanW.Add(meanW, gi.W[0])
	}
	meanW.Scale(1/float64(rows), meanW)
	if !mat.EqualApprox(meanW, g.W[0], 1e-14) {
		t.Errorf("∂L/∂W{1}: got %v, want the mean of per-example gradients %v", mat.Formatted(g.W[0]), mat.Formatted(meanW))
	}
}

// TestDerivFromOutputSameGradients: Backward gives bit-identical gradients
// whether φ′ comes from the outputs (DerivFromOutput, as the built-in
// activations have) or from the pre-activations (Deriv), for every case of
// the gradient test, also with inputs × 40 that saturate the sigmoids.
func TestDerivFromOutputSameGradients(t *testing.T) {
	for i, c := range gradCases() {
		for _, scale := range []float64{1, 40} {
			t.Run(fmt.Sprintf("%s/x%v", c.name, scale), func(t *testing.T) {
				net, X, Y := gradData(t, c, uint64(i+1))
				X.Scale(scale, X)
				fromZ := net.Clone()
				for _, layer := range fromZ.Layers {
					if layer.Act.Layer == nil && layer.Act.DerivFromOutput == nil {
						t.Fatalf("%s has no DerivFromOutput", layer.Act.Name)
					}
					layer.Act.DerivFromOutput = nil
				}
				tr := net.Forward(X)
				got := net.Backward(tr, Y)
				trZ := fromZ.Forward(X)
				want := fromZ.Backward(trZ, Y)
				for l := range net.Layers {
					if !mat.Equal(got.wt[l], want.wt[l]) || !mat.Equal(got.B[l], want.B[l]) || !mat.Equal(got.Delta[l], want.Delta[l]) {
						t.Errorf("layer %d: got ∂L/∂W %v, want %v", l+1, mat.Formatted(got.W[l]), mat.Formatted(want.W[l]))
					}
				}
			})
		}
	}
}
