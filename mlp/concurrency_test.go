package mlp

import (
	"bytes"
	"slices"
	"sync"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestConcurrentReaders exercises what the package doc promises is safe:
// many goroutines reading one network at once (Predict, Cost, Forward and
// Backward, Save, String, NumParams, Params, Clone), and training separate
// clones in parallel. Every
// goroutine must get the serial results bit for bit. Run it under the race
// detector with gonum's pure-Go kernels, whose memory accesses the detector
// sees (gonum's assembly hides them):
//
//	go test -race -tags noasm -run Concurrent ./mlp
func TestConcurrentReaders(t *testing.T) {
	d := testRegression(func(x float64) float64 { return x * x }, 64, -1, 1, 0.05, 3)
	net := NewNetwork(Spec{Sizes: []int{1, 8, 1}, Hidden: Tanh, Seed: 1})
	wantPred := net.Predict(d.X)
	wantCost := net.Cost(d.X, d.Y)
	tr := net.Forward(d.X)
	wantGrad := net.Backward(tr, d.Y)
	var wantSave bytes.Buffer
	if err := net.Save(&wantSave); err != nil {
		t.Fatal(err)
	}
	wantString, wantParams := net.String(), net.Params()
	settings := Settings{Epochs: 3, BatchSize: 8, LearningRate: 0.1, Seed: 7}
	serial := net.Clone()
	if _, err := serial.Train(d, settings); err != nil {
		t.Fatal(err)
	}
	wantTrained := serial.Predict(d.X)

	const goroutines = 8
	var wg sync.WaitGroup
	errs := make(chan string, 6*goroutines)
	for range goroutines {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 5 {
				if p := net.Predict(d.X); !mat.Equal(p, wantPred) {
					errs <- "Predict differs"
				}
				if c := net.Cost(d.X, d.Y); c != wantCost {
					errs <- "Cost differs"
				}
				tr := net.Forward(d.X)
				if g := net.Backward(tr, d.Y); !mat.Equal(g.W[0], wantGrad.W[0]) || !mat.Equal(g.B[1], wantGrad.B[1]) {
					errs <- "Backward differs"
				}
				var b bytes.Buffer
				if err := net.Save(&b); err != nil || !bytes.Equal(b.Bytes(), wantSave.Bytes()) {
					errs <- "Save differs"
				}
				if net.String() != wantString || net.NumParams() != len(wantParams) || !slices.Equal(net.Params(), wantParams) {
					errs <- "String, NumParams or Params differs"
				}
			}
			clone := net.Clone() // training a clone is safe beside readers of the original
			if _, err := clone.Train(d, settings); err != nil {
				errs <- err.Error()
				return
			}
			if p := clone.Predict(d.X); !mat.Equal(p, wantTrained) {
				errs <- "Train on a clone differs from the serial run"
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
