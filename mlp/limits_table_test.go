package mlp

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestSizeLimitsEveryFunction is the table of issue 18, item 3: every
// exported function of mlp that allocates from a size it is given (a count,
// a width, the rows of X, the columns of X) refuses a size past its limit
// before allocating, with a message naming the limit: a panic for a size
// the caller chose, an error for what Train and Load are given (a data set,
// a model file). Before issue 18 some of them ended the program with
// "fatal error: out of memory" (Z and A of 60 000 × 2²⁰ values, 2²⁰ Layer
// values).
func TestSizeLimitsEveryFunction(t *testing.T) {
	xor, _ := testGate("xor")
	// One layer of 2²⁰ units: within the width and parameter limits (3·2²⁰
	// parameters), but a batch of 60 000 rows through it would keep
	// 60 000 × 2²⁰ values (503 GB) in each of Z and A.
	wide := NewNetwork(Spec{Sizes: []int{1, 1 << 20, 1}, Init: InitGlorot, Seed: 1})
	mnistSized := mat.NewDense(60000, 1, nil)
	wideData := &Dataset{X: mnistSized, Y: mat.NewDense(60000, 1, nil)}
	tinyData := &Dataset{X: mat.NewDense(2, 1, nil), Y: mat.NewDense(2, 1, nil)}
	manyLayers := make([]int, maxLayers+2) // L = 2¹⁶ + 1 layers of one unit
	for i := range manyLayers {
		manyLayers[i] = 1
	}

	for _, c := range []struct {
		name string
		call func()
		want string
	}{
		{"NewNetwork: a width over 2²⁰", func() { NewNetwork(Spec{Sizes: []int{2, 1 << 21, 1}}) }, "want ≤ 1048576"},
		{"NewNetwork: over 2²⁶ parameters", func() { NewNetwork(Spec{Sizes: []int{1 << 20, 100, 1}}) }, "need more than 67108864 parameters"},
		{"NewNetwork: over 2¹⁶ layers", func() { NewNetwork(Spec{Sizes: manyLayers}) }, "L = 65537 layers, want at most 65536"},
		{"OneHot: K over MaxClasses", func() { OneHot([]int{0}, 1e9) }, "K = 1000000000, want 1 … mlp.MaxClasses = 1000"},
		{"OneHot: N·K over MaxOneHot", func() { OneHot(make([]int, 70000), 1000) }, "need 70000000 entries, more than mlp.MaxOneHot = 67108864"},
		{"NewConfusion: K over MaxClasses", func() {
			NewConfusion([]int{0}, []int{0}, strings.Split(strings.Repeat("c,", 1001)+"c", ","))
		}, "K = 1002, want 1 … mlp.MaxClasses"},
		{"TrainPerceptron: MaxEpochs·(d+1) over MaxPerceptronHistory", func() {
			TrainPerceptron(xor.X, xor.Y, PerceptronOptions{MaxEpochs: 1e9})
		}, "MaxEpochs = 1000000000 with d = 2 inputs would keep up to 3e+09 numbers of History, more than mlp.MaxPerceptronHistory = 16777216: lower MaxEpochs to at most 5592405"},
		{"Forward: rows·Σn over MaxBatchValues", func() { wide.Forward(mnistSized) }, "Forward: X has 60000 rows: a pass through the network [1 1048576 1] keeps 60000 × 1048577 = 6.29e+10 values per Z, A and δ, more than mlp.MaxBatchValues = 67108864; use at most 63 rows at a time"},
		{"Predict: rows·Σn over MaxBatchValues", func() { wide.Predict(mnistSized) }, "more than mlp.MaxBatchValues"},
		{"Cost: rows·Σn over MaxBatchValues", func() { wide.Cost(mnistSized, wideData.Y) }, "more than mlp.MaxBatchValues"},
		{"Gradient: rows·Σn over MaxBatchValues", func() { wide.Gradient(mnistSized, wideData.Y) }, "more than mlp.MaxBatchValues"},
		{"NumericalGradients: rows·Σn over MaxBatchValues", func() {
			NumericalGradients(wide, mnistSized, wideData.Y, 0)
		}, "more than mlp.MaxBatchValues"},
		{"GradCheck: rows·Σn over MaxBatchValues", func() { GradCheck(wide, mnistSized, wideData.Y, 0) }, "more than mlp.MaxBatchValues"},
	} {
		t.Run(c.name, func(t *testing.T) { wantPanic(t, c.name, c.call, c.want) })
	}

	var model bytes.Buffer
	model.WriteString(`{"format": "gomlp.dev/mlp network", "version": 1, "sizes": [1, 2000000, 1], "activations": ["sigmoid", "identity"], "loss": "mse", "layers": []}`)
	_, loadErr := Load(&model)
	_, trainErr := wide.Train(wideData, Settings{BatchSize: FullBatch})
	_, valErr := wide.Train(tinyData, Settings{BatchSize: 1, Validation: wideData})
	for _, c := range []struct {
		name     string
		err      error
		sentinel error
		want     string
	}{
		{"Load: a width over 2²⁰", loadErr, ErrCorruptModel, "want ≤ 1048576 (in the model)"},
		{"Train: the training set's N·Σn over MaxBatchValues", trainErr, ErrShape, "the training set has 60000 rows"},
		{"Train: the validation set's rows·Σn over MaxBatchValues", valErr, ErrShape, "the validation set has 60000 rows"},
	} {
		if !errors.Is(c.err, c.sentinel) || !strings.Contains(c.err.Error(), c.want) {
			t.Errorf("%s: got %v, want an error matching %v containing %q", c.name, c.err, c.sentinel, c.want)
		}
	}
}

// TestSizeLimitsBoundaries: the limits refuse one past the limit and accept
// the limit itself (checked on the helpers or with small data, so that no
// test allocates 512 MiB).
func TestSizeLimitsBoundaries(t *testing.T) {
	wide := NewNetwork(Spec{Sizes: []int{1, 1 << 20, 1}, Init: InitGlorot, Seed: 1})
	units := 1<<20 + 1
	if err := wide.checkBatchValues("X", MaxBatchValues/units); err != nil {
		t.Errorf("rows at the limit: %v", err)
	}
	if err := wide.checkBatchValues("X", MaxBatchValues/units+1); err == nil {
		t.Errorf("rows one past the limit: no error")
	}
	names := make([]string, MaxClasses)
	for k := range names {
		names[k] = fmt.Sprint(k)
	}
	if c := NewConfusion([]int{0}, []int{MaxClasses - 1}, names); c.Counts[0][MaxClasses-1] != 1 {
		t.Errorf("NewConfusion with K = MaxClasses: got count %d, want 1", c.Counts[0][MaxClasses-1])
	}
	xor, _ := testGate("xor")
	if p := TrainPerceptron(xor.X, xor.Y, PerceptronOptions{MaxEpochs: 1000}); p.Converged || p.Epochs() != 1000 {
		t.Errorf("XOR for 1000 epochs: converged %v after %d epochs, want no convergence after 1000", p.Converged, p.Epochs())
	}
}
