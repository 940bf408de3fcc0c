package mlp

import (
	"bytes"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// savedModel returns a small trained-looking network with awkward numbers
// (−0, subnormals, huge and tiny magnitudes) and its saved text.
func savedModel(t testing.TB) (*Network, []byte) {
	t.Helper()
	net := NewNetwork(Spec{Sizes: []int{3, 4, 2, 2}, Hidden: Tanh, Loss: CategoricalCrossEntropy, Seed: 3})
	net.Layers[0].wt.Set(0, 0, math.Copysign(0, -1))
	net.Layers[0].wt.Set(1, 0, 5e-324)
	net.Layers[0].wt.Set(2, 0, 1.7976931348623157e308)
	net.Layers[1].b.SetVec(0, 0.1+0.2)
	net.Layers[2].b.SetVec(1, -1e-300)
	var b bytes.Buffer
	if err := net.Save(&b); err != nil {
		t.Fatal(err)
	}
	return net, b.Bytes()
}

// TestSaveLoadRoundTrip: a loaded network is bit for bit the saved one, and
// saving it again gives the same text (acceptance 8).
func TestSaveLoadRoundTrip(t *testing.T) {
	net, text := savedModel(t)
	got, err := Load(bytes.NewReader(text))
	if err != nil {
		t.Fatal(err)
	}
	if !sameWeights(got, net) || got.String() != net.String() {
		t.Errorf("loaded %v, want %v with the same bits", got, net)
	}
	if b := got.Layers[0].wt.At(0, 0); !math.Signbit(b) {
		t.Errorf("−0 came back as %v", b)
	}
	var again bytes.Buffer
	if err := got.Save(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), text) {
		t.Errorf("saving the loaded network gave other text:\n%s\nwant\n%s", again.Bytes(), text)
	}
	// The file is the documented, readable layout: W{1} as 4 rows of 3.
	if !strings.Contains(string(text), `"format": "gomlp.dev/mlp network"`) || !strings.Contains(string(text), `"version": 1`) ||
		!strings.Contains(string(text), `"activations": ["tanh","tanh","softmax"]`) {
		t.Errorf("unexpected header in\n%s", text)
	}
	// Files.
	path := filepath.Join(t.TempDir(), "net.json")
	if err := net.SaveFile(path); err != nil {
		t.Fatal(err)
	}
	fromFile, err := LoadFile(path)
	if err != nil || !sameWeights(fromFile, net) {
		t.Errorf("LoadFile: got %v, %v", fromFile, err)
	}
}

// TestLoadTruncated: every cut of the model text that loses part of the
// JSON object is an error (acceptance 8). (Cutting only the final newline
// leaves a complete model.)
func TestLoadTruncated(t *testing.T) {
	_, text := savedModel(t)
	end := bytes.LastIndexByte(text, '}')
	for i := 0; i <= end; i++ {
		if _, err := Load(bytes.NewReader(text[:i])); err == nil {
			t.Fatalf("Load of the first %d of %d bytes: got nil error", i, len(text))
		} else if !strings.HasPrefix(err.Error(), "mlp: ") {
			t.Fatalf("Load of %d bytes: error %q lacks the mlp: prefix", i, err)
		}
	}
}

// TestLoadRejects lists malformed models and the error each must give.
func TestLoadRejects(t *testing.T) {
	_, text := savedModel(t)
	good := string(text)
	tests := []struct {
		name, text, want string
	}{
		{"empty", "", "truncated"},
		{"not JSON", "hello", "not a model file"},
		{"other format", strings.Replace(good, "gomlp.dev/mlp network", "keras", 1), `format is "keras"`},
		{"newer version", strings.Replace(good, `"version": 1`, `"version": 2`, 1), "version 2 is newer"},
		{"version 0", strings.Replace(good, `"version": 1`, `"version": 0`, 1), "version 0"},
		{"absurd sizes", strings.Replace(good, `"sizes": [3,4,2,2]`, `"sizes": [3,4,2000000000,2]`, 1), "want ≤"},
		{"too many parameters", strings.Replace(good, `"sizes": [3,4,2,2]`, `"sizes": [3,1000000,1000,2]`, 1), "parameters"},
		{"width 0", strings.Replace(good, `"sizes": [3,4,2,2]`, `"sizes": [3,0,2,2]`, 1), "want ≥ 1"},
		{"unknown activation", strings.Replace(good, `"tanh","tanh"`, `"tanh","swish"`, 1), `unknown activation "swish"`},
		{"unknown loss", strings.Replace(good, `"loss": "cce"`, `"loss": "hinge"`, 1), `unknown loss "hinge"`},
		{"loss without its output", strings.Replace(good, `"loss": "cce"`, `"loss": "mse"`, 1), "softmax output layer needs"},
		{"sizes and W disagree", strings.Replace(good, `"sizes": [3,4,2,2]`, `"sizes": [3,4,2,3]`, 1), "want 3 of each"},
		{"activations missing", strings.Replace(good, `"tanh","tanh",`, ``, 1), "1 activations"},
		{"unknown field", strings.Replace(good, `"version": 1`, `"version": 1, "extra": 0`, 1),
			`mlp: model file has unknown field "extra": the model format is strict and allows only "format", "version"`},
		{"unknown field in a layer", strings.Replace(good, `"b": [`, `"bias": [0], "b": [`, 1),
			`unknown field "bias": the model format is strict and allows only "W" and "b"`},
		{"trailing data", good + "{}", "data after the model"},
		{"NaN", strings.Replace(good, `"b": [`, `"b": [NaN,`, 1), "invalid character"},
		{"no layers", `{"format": "gomlp.dev/mlp network", "version": 1, "sizes": [1,1], "activations": ["identity"], "loss": "mse"}`, `no "layers"`},
		{"short row", `{"format": "gomlp.dev/mlp network", "version": 1, "sizes": [2,1], "activations": ["identity"], "loss": "mse", "layers": [{"W": [[1]], "b": [0]}]}`, "has 1 weights, want 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.text))
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "mlp: ") {
				t.Errorf("got %v, want an mlp: error containing %q", err, tt.want)
			}
		})
	}
	if _, err := LoadFile(filepath.Join(t.TempDir(), "missing.json")); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Errorf("LoadFile of a missing file: got %v", err)
	}
}

// TestLoadedModelForOtherInputs: a model for 784 inputs refuses a batch of
// 2 features, saying why.
func TestLoadedModelForOtherInputs(t *testing.T) {
	net := NewNetwork(Spec{Sizes: []int{784, 30, 10}, Output: Sigmoid, Seed: 1})
	var b bytes.Buffer
	if err := net.Save(&b); err != nil {
		t.Fatal(err)
	}
	loaded, err := Load(&b)
	if err != nil {
		t.Fatal(err)
	}
	wantPanic(t, "Predict of 2 features", func() { loaded.Predict(mat.NewDense(4, 2, nil)) }, "takes n_0 = 784 inputs")
}

func TestSaveRejects(t *testing.T) {
	net := NewNetwork(Spec{Sizes: []int{2, 2, 1}, Seed: 1})
	net.Layers[1].b.SetVec(0, math.NaN())
	if err := net.Save(&bytes.Buffer{}); !errors.Is(err, ErrNonFinite) || !strings.Contains(err.Error(), "bias b{2}[0] is NaN") {
		t.Errorf("Save of a NaN bias: got %v, want an error matching ErrNonFinite", err)
	}
	custom := Activation{Name: "cube", F: func(z float64) float64 { return z * z * z }, Deriv: func(z float64) float64 { return 3 * z * z }}
	net = NewNetwork(Spec{Sizes: []int{2, 2, 1}, Hidden: custom, Seed: 1})
	if err := net.Save(&bytes.Buffer{}); err == nil || !strings.Contains(err.Error(), `unknown activation "cube"`) {
		t.Errorf("Save of a custom activation: got %v", err)
	}
	if err := net.SaveFile(filepath.Join(t.TempDir(), "no", "such", "dir.json")); err == nil {
		t.Errorf("SaveFile into a missing directory: got nil error")
	}
	good := NewNetwork(Spec{Sizes: []int{2, 1}, Seed: 1})
	if err := good.SaveFile(filepath.Join(t.TempDir(), "no", "dir.json")); err == nil {
		t.Errorf("SaveFile into a missing directory: got nil error")
	}
	if err := good.Save(failWriter{}); err == nil || !strings.Contains(err.Error(), "file already closed") {
		t.Errorf("Save to a failing writer: got %v", err)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }
