package mlp

import (
	"bytes"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestSizeLimitsEveryFunction is the table of issue 18, item 3: every
// exported function of mlp that allocates from a size it is given (a count,
// a width, the rows of X, the columns of X) returns an error naming the
// limit, before allocating. The rows marked "new" ended the program on the
// code before issue 18 with "fatal error: out of memory" (a slice of count
// gradients, a 60001×60001 Hessian, Z and A of 60 000 × 2²⁰ values, 2²⁰
// Layer values); the others were already errors and are listed so that the
// table covers every function.
func TestSizeLimitsEveryFunction(t *testing.T) {
	xor, _ := testGate("xor")
	small, err := NewNetwork(Spec{Sizes: []int{2, 3, 1}, Seed: 1}) // P = 13 parameters
	if err != nil {
		t.Fatal(err)
	}
	// One layer of 2²⁰ units: within the width and parameter limits (3·2²⁰
	// parameters), but a batch of 60 000 rows through it would keep
	// 60 000 × 2²⁰ values (503 GB) in each of Z and A.
	wide, err := NewNetwork(Spec{Sizes: []int{1, 1 << 20, 1}, Init: InitGlorot, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	mnistSized := mat.NewDense(60000, 1, nil)
	wideData := &Dataset{X: mnistSized, Y: mat.NewDense(60000, 1, nil)}
	tinyData := &Dataset{X: mat.NewDense(2, 1, nil), Y: mat.NewDense(2, 1, nil)}
	// An X transposed by mistake, as MNIST's Xᵀ: d = 60 000 "inputs" (two
	// rows here, to keep the test small). Its Hessian would be
	// 60 001 × 60 001 (29 GB).
	transposed := mat.NewDense(2, 60000, nil)
	transposed.Set(0, 0, 1)
	manyLayers := make([]int, maxLayers+2) // L = 2¹⁶ + 1 layers of one unit
	for i := range manyLayers {
		manyLayers[i] = 1
	}
	var model bytes.Buffer
	model.WriteString(`{"format": "gomlp.dev/mlp network", "version": 1, "sizes": [1, 2000000, 1], "activations": ["sigmoid", "identity"], "loss": "mse", "layers": []}`)

	for _, c := range []struct {
		name string
		call func() error
		want string
	}{
		{"NewNetwork: a width over 2²⁰", func() error { _, err := NewNetwork(Spec{Sizes: []int{2, 1 << 21, 1}}); return err }, "want ≤ 1048576"},
		{"NewNetwork: over 2²⁶ parameters", func() error { _, err := NewNetwork(Spec{Sizes: []int{1 << 20, 100, 1}}); return err }, "need more than 67108864 parameters"},
		{"NewNetwork: over 2¹⁶ layers (new)", func() error { _, err := NewNetwork(Spec{Sizes: manyLayers}); return err }, "L = 65537 layers, want at most 65536"},
		{"Load: a width over 2²⁰", func() error { _, err := Load(&model); return err }, "want ≤ 1048576 (in the model)"},
		{"OneHot: K over MaxClasses", func() error { _, err := OneHot([]int{0}, 1e9); return err }, "want at most mlp.MaxClasses = 1000"},
		{"OneHot: N·K over MaxOneHot", func() error { _, err := OneHot(make([]int, 70000), 1000); return err }, "more than mlp.MaxOneHot = 67108864"},
		{"ConfusionMatrix: K over MaxClasses", func() error { _, err := ConfusionMatrix([]int{0}, []int{0}, 1e9); return err }, "want at most mlp.MaxClasses"},
		{"NewConfusion: K over MaxClasses", func() error {
			_, err := NewConfusion([]int{0}, []int{0}, strings.Split(strings.Repeat("c,", 1001)+"c", ","))
			return err
		}, "K = 1002, want at most mlp.MaxClasses"},
		{"TrainPerceptron: MaxEpochs·(d+1) over MaxPerceptronHistory", func() error {
			_, err := TrainPerceptron(xor.X, xor.Y, PerceptronOptions{LearningRate: 1, MaxEpochs: 1e9})
			return err
		}, "more than mlp.MaxPerceptronHistory"},
		{"BatchGradients: count·P over MaxGradientValues (new)", func() error {
			_, err := small.BatchGradients(xor, 2, 1e9, 1)
			return err
		}, "1000000000 mini-batches (count) of a network of 13 parameters would keep 1.3e+10 numbers, more than mlp.MaxGradientValues = 67108864: use at most 5162220"},
		{"BatchSpread: count·P over MaxGradientValues (new)", func() error {
			_, err := small.BatchSpread(xor, 2, 1e9, 1)
			return err
		}, "more than mlp.MaxGradientValues"},
		{"ExampleSpread: N·P over MaxGradientValues (new)", func() error {
			_, err := wide.ExampleSpread(wideData)
			return err
		}, "60000 examples (N) of a network of 3145729 parameters would keep 1.89e+11 numbers, more than mlp.MaxGradientValues"},
		{"ECMHessian: d over MaxHessianInputs (new)", func() error { _, err := ECMHessian(transposed); return err }, "X is 2×60000: the Hessian of d = 60000 inputs is 60001×60001 (3.6e+09 numbers), more than mlp.MaxHessianInputs = 4095"},
		{"DivergenceThreshold: d over MaxHessianInputs (new)", func() error { _, _, err := DivergenceThreshold(transposed); return err }, "more than mlp.MaxHessianInputs = 4095"},
		{"Forward: rows·Σn over MaxBatchValues (new)", func() error { _, err := wide.Forward(mnistSized); return err }, "X has 60000 rows: a pass through the network [1 1048576 1] keeps 60000 × 1048577 = 6.29e+10 values per Z, A and δ, more than mlp.MaxBatchValues = 67108864; use at most 63 rows at a time"},
		{"Predict: rows·Σn over MaxBatchValues (new)", func() error { _, err := wide.Predict(mnistSized); return err }, "more than mlp.MaxBatchValues"},
		{"Cost: rows·Σn over MaxBatchValues (new)", func() error { _, err := wide.Cost(mnistSized, wideData.Y); return err }, "more than mlp.MaxBatchValues"},
		{"Gradient: rows·Σn over MaxBatchValues (new)", func() error { _, err := wide.Gradient(mnistSized, wideData.Y); return err }, "more than mlp.MaxBatchValues"},
		{"NumericalGradients: rows·Σn over MaxBatchValues (new)", func() error {
			_, err := NumericalGradients(wide, mnistSized, wideData.Y, 0)
			return err
		}, "more than mlp.MaxBatchValues"},
		{"GradCheck: rows·Σn over MaxBatchValues (new)", func() error { _, err := GradCheck(wide, mnistSized, wideData.Y, 0); return err }, "more than mlp.MaxBatchValues"},
		{"Train: the training set's N·Σn over MaxBatchValues (new)", func() error {
			_, err := wide.Train(wideData, Settings{Epochs: 1, BatchSize: FullBatch, LearningRate: 0.1})
			return err
		}, "the training set has 60000 rows"},
		{"Train: the validation set's rows·Σn over MaxBatchValues (new)", func() error {
			_, err := wide.Train(tinyData, Settings{Epochs: 1, BatchSize: 1, LearningRate: 0.1, Validation: wideData})
			return err
		}, "the validation set has 60000 rows"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var err error
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("panicked: %v", r)
					}
				}()
				err = c.call()
			}()
			if err == nil || !strings.HasPrefix(err.Error(), "mlp: ") || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want an mlp: error containing %q", err, c.want)
			}
		})
	}
}

// TestSizeLimitsBoundaries: the new limits refuse one past the limit and
// accept the limit itself (checked on the helpers, so that no test
// allocates 512 MiB), and the Hessian of d = MaxHessianInputs inputs is
// computed (a 4096×4096 matrix, 128 MiB).
func TestSizeLimitsBoundaries(t *testing.T) {
	wide, err := NewNetwork(Spec{Sizes: []int{1, 1 << 20, 1}, Init: InitGlorot, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	units := 1<<20 + 1
	if err := wide.checkBatchValues("X", MaxBatchValues/units); err != nil {
		t.Errorf("rows at the limit: %v", err)
	}
	if err := wide.checkBatchValues("X", MaxBatchValues/units+1); err == nil {
		t.Errorf("rows one past the limit: no error")
	}
	P := wide.NumParams()
	if err := wide.checkGradientValues("examples (N)", MaxGradientValues/P); err != nil {
		t.Errorf("gradients at the limit: %v", err)
	}
	if err := wide.checkGradientValues("examples (N)", MaxGradientValues/P+1); err == nil {
		t.Errorf("gradients one past the limit: no error")
	}
	if testing.Short() {
		t.Skip("-short: the Hessian at the limit allocates 128 MiB")
	}
	X := mat.NewDense(2, MaxHessianInputs, nil)
	X.Set(0, 0, 2)
	H, err := ECMHessian(X)
	if err != nil {
		t.Fatalf("ECMHessian with d = MaxHessianInputs: %v", err)
	}
	// H = (1/N) AᵀA with A = [X 1]: H[0,0] = (2² + 0²)/2 = 2, H[0,d] = (2 + 0)/2 = 1, H[d,d] = 1.
	if r, _ := H.Dims(); r != MaxHessianInputs+1 || H.At(0, 0) != 2 || H.At(0, MaxHessianInputs) != 1 || H.At(MaxHessianInputs, MaxHessianInputs) != 1 {
		t.Errorf("H is %d×%d with H[0,0] = %v, H[0,d] = %v, H[d,d] = %v, want 4096×4096, 2, 1, 1",
			r, r, H.At(0, 0), H.At(0, MaxHessianInputs), H.At(MaxHessianInputs, MaxHessianInputs))
	}
}
