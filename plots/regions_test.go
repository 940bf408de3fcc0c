package plots_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"gomlp.dev/data"
	"gomlp.dev/mlp"
	"gomlp.dev/plots"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/plot/cmpimg"
)

// net is a small dense network for the tests, doing what mlp's network
// does: Z{l} = A{l-1}·W{l}ᵀ + 1·b{l}ᵀ, tanh on hidden layers, softmax on
// the output.
type net struct {
	W []*mat.Dense
	b [][]float64
}

// newNet returns a network with the given layer sizes and N(0, 1/n_in)
// weights, seeded.
func newNet(sizes ...int) *net {
	rng := rand.New(rand.NewPCG(2, 2))
	n := &net{}
	for l := 1; l < len(sizes); l++ {
		w := mat.NewDense(sizes[l], sizes[l-1], nil)
		for i := range sizes[l] {
			for j := range sizes[l-1] {
				w.Set(i, j, rng.NormFloat64()/math.Sqrt(float64(sizes[l-1])))
			}
		}
		b := make([]float64, sizes[l])
		for i := range b {
			b[i] = rng.NormFloat64()
		}
		n.W, n.b = append(n.W, w), append(n.b, b)
	}
	return n
}

func (n *net) Predict(X mat.Matrix) *mat.Dense {
	a := mat.DenseCopyOf(X)
	for l, w := range n.W {
		var z mat.Dense
		z.Mul(a, w.T())
		rows, cols := z.Dims()
		last := l == len(n.W)-1
		for i := range rows {
			row := z.RawRowView(i)
			for j := range cols {
				row[j] += n.b[l][j]
				if !last {
					row[j] = math.Tanh(row[j])
				}
			}
			if last {
				softmax(row)
			}
		}
		a = &z
	}
	return a
}

func softmax(z []float64) {
	m := z[0]
	for _, v := range z {
		m = max(m, v)
	}
	s := 0.0
	for j := range z {
		z[j] = math.Exp(z[j] - m)
		s += z[j]
	}
	for j := range z {
		z[j] /= s
	}
}

// linear returns a predictor ŷ = φ(b + wᵀx) with one output.
func linear(w1, w2, b float64, phi func(float64) float64) plots.Predictor {
	return plots.PredictorFunc(func(X mat.Matrix) *mat.Dense {
		n, _ := X.Dims()
		out := mat.NewDense(n, 1, nil)
		for i := range n {
			out.Set(i, 0, phi(b+w1*X.At(i, 0)+w2*X.At(i, 1)))
		}
		return out
	})
}

func ExampleDecisionRegions() {
	X, labels := blobs(30, 0.6, [2]float64{0, 0}, [2]float64{3, 1}, [2]float64{1, 3})
	// A softmax classifier zₖ = cₖ·x − ‖cₖ‖²/2 whose regions are those of
	// the nearest centre cₖ.
	m := &net{
		W: []*mat.Dense{mat.NewDense(3, 2, []float64{0, 0, 3, 1, 1, 3})},
		b: [][]float64{{0, -5, -5}},
	}
	p := plots.DecisionRegions("Softmax classifier: nearest centre", m, X, labels, []string{"a", "b", "c"})
	save("regions", p)
	fmt.Printf("x₁ from %.2f to %.2f\n", p.X.Min, p.X.Max)
	// Output:
	// x₁ from -2.42 to 4.71
}

func ExampleDecisionRegions_probability() {
	X, labels := blobs(25, 0.7, [2]float64{0, 0}, [2]float64{2, 2})
	m := linear(2, 1.5, -3, sigmoid)
	p := plots.DecisionRegions("Sigmoid neuron: P(class 1)", m, X, labels, []string{"0", "1"})
	save("regions_probability", p)
	// Output:
}

func ExampleDecisionRegions_gate() {
	// mlp's threshold unit is a Predictor: its 0/1 output is a K = 1 map
	// whose 0.5 contour is the line x₁ + x₂ − 1.5 = 0.
	and := data.TruthTable("and")
	p := plots.DecisionRegions("AND: ŷ = φ(x₁ + x₂ − 1.5)", mlp.AND(), and.X, and.Labels, []string{"ŷ = 0", "ŷ = 1"})
	save("regions_gate", p)
	// Output:
}

func TestDecisionRegionsGolden(t *testing.T) {
	cmpimg.CheckPlot(ExampleDecisionRegions, t, "regions.png")
	cmpimg.CheckPlot(ExampleDecisionRegions_probability, t, "regions_probability.png")
	cmpimg.CheckPlot(ExampleDecisionRegions_gate, t, "regions_gate.png")
}

func TestDecisionRegionsSameBytes(t *testing.T) {
	X, labels := blobs(10, 1, [2]float64{0, 0}, [2]float64{2, 2}, [2]float64{0, 2})
	sameBytes(t, func() plots.Figure {
		return plots.DecisionRegions("twice", newNet(2, 4, 3), X, labels, nil)
	})
}

// TestDecisionRegionsBatch checks that the predictor is called once, on
// every grid point.
func TestDecisionRegionsBatch(t *testing.T) {
	calls, rows := 0, 0
	m := plots.PredictorFunc(func(X mat.Matrix) *mat.Dense {
		calls++
		rows, _ = X.Dims()
		return newNet(2, 2).Predict(X)
	})
	X, labels := blobs(5, 1, [2]float64{0, 0}, [2]float64{1, 1})
	plots.DecisionRegions("batch", m, X, labels, nil)
	if want := plots.RegionGrid * plots.RegionGrid; calls != 1 || rows != want {
		t.Errorf("got %d calls on %d rows, want 1 call on %d rows", calls, rows, want)
	}
}

func TestDecisionRegionsBadInput(t *testing.T) {
	X := mat.NewDense(2, 2, []float64{0, 0, 1, 1})
	constant := func(out *mat.Dense) plots.Predictor {
		return plots.PredictorFunc(func(mat.Matrix) *mat.Dense { return out })
	}
	nanAt := func(X mat.Matrix) *mat.Dense {
		out := newNet(2, 3).Predict(X)
		out.Set(5, 2, math.NaN())
		return out
	}
	tests := []struct {
		name string
		m    plots.Predictor
		X    mat.Matrix
		want string
	}{
		{"nil predictor", nil, X, "DecisionRegions: nil predictor"},
		{"NaN data", newNet(2, 3), mat.NewDense(1, 2, []float64{math.NaN(), 0}), "DecisionRegions: row 0 of X is (NaN, 0), not finite"},
		{"too many classes", constant(mat.NewDense(plots.RegionGrid*plots.RegionGrid, plots.MaxClasses+1, nil)), X,
			"DecisionRegions: the predictor returned K = 1001 outputs per point, want at most 1000 classes (plots.MaxClasses)"},
		{"nil outputs", constant(nil), X, "DecisionRegions: the predictor returned no outputs (nil)"},
		{"wrong rows", constant(mat.NewDense(3, 1, nil)), X, "DecisionRegions: the predictor returned 3×1 outputs for 40000 grid points"},
		{"NaN output", plots.PredictorFunc(nanAt), X, "DecisionRegions: predictor output 2 at (-0.114, -0.147) is NaN, not finite"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPanic(t, tt.want, func() { plots.DecisionRegions("bad", tt.m, tt.X, nil, nil) })
		})
	}
}

// BenchmarkDecisionRegions measures a 200×200 decision-region grid for a
// [2,16,16,3] mlp network (tanh hidden layers, softmax output), from the
// prediction to the PNG.
func BenchmarkDecisionRegions(b *testing.B) {
	X, labels := blobs(50, 0.6, [2]float64{0, 0}, [2]float64{3, 1}, [2]float64{1, 3})
	m := mlp.NewNetwork(mlp.Spec{
		Sizes:  []int{2, 16, 16, 3},
		Hidden: mlp.Tanh,
		Loss:   mlp.CategoricalCrossEntropy,
		Seed:   1,
	})
	for b.Loop() {
		p := plots.DecisionRegions("bench", m, X, labels, nil)
		plots.PNG(p, 0, 0)
	}
}

// TestDecisionRegionsConstant checks that a model deciding the same
// everywhere (no boundary on the grid) still draws: one colour, no contour.
func TestDecisionRegionsConstant(t *testing.T) {
	X, labels := blobs(5, 1, [2]float64{0, 0}, [2]float64{1, 1})
	for _, k := range []int{1, 3} {
		m := plots.PredictorFunc(func(X mat.Matrix) *mat.Dense {
			n, _ := X.Dims()
			out := mat.NewDense(n, k, nil)
			for i := range n {
				out.Set(i, 0, 1)
			}
			return out
		})
		p := plots.DecisionRegions("constant", m, X, labels, nil)
		plots.PNG(p, 0, 0)
	}
}
